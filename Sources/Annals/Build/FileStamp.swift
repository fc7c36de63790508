import Foundation

/// A file's size and modification time (nanoseconds): how builds tell that a file is as they last saw it,
/// for the seeds (the session's cache) and for pages (`BuildState`).
struct FileStamp: Equatable, Sendable {
    var size: Int
    var modified: Int64

    init(size: Int, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the regular file at `path` (links followed), or nil when there is none.
    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }
}
