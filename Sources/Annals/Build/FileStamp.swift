import Foundation

/// A file's size, modification time and change time (nanoseconds) and inode: how builds tell that a file is
/// as they last saw it, for the seeds (the session's cache, the ingest record) and for pages (`BuildState`).
/// The change time is there because the modification time can be set back (`touch -r`, `cp -p`,
/// `rsync -a`, `tar x`) while the change time cannot: a file rewritten at the same size with its old
/// modification time still reads as changed.
struct FileStamp: Equatable, Sendable {
    var size: Int
    var modified: Int64
    var changed: Int64
    var inode: UInt64

    init(size: Int, modified: Int64, changed: Int64 = 0, inode: UInt64 = 0) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// The stamp of the regular file at `path` (links followed), or nil when there is none.
    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    /// The stamp `stat` or `fstat` gave, or nil when it is not a regular file's.
    init?(_ st: stat) {
        guard (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        inode = UInt64(st.st_ino)
    }
}
