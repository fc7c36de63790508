import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and measures it: wall time around posix_spawn → wait4, and the
/// child's own peak resident set (ru_maxrss from wait4's rusage, KiB on Linux).
struct Measured {
    var seconds: Double
    var maxRSSKiB: Int
    var status: Int32
    var stdout: String
    var stderr: String

    var ok: Bool { status == 0 }
}

enum Subprocess {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `executable` with `arguments` in `directory` (nil: ours); output goes to temporary files.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> Measured {
        let tmp = NSTemporaryDirectory()
        let token = "\(getpid())-\(UInt64(now() * 1e9))"
        let outPath = (tmp as NSString).appendingPathComponent("annals-bench-\(token).out")
        let errPath = (tmp as NSString).appendingPathComponent("annals-bench-\(token).err")
        defer {
            unlink(outPath)
            unlink(errPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The child starts in `directory`: change ours around the spawn (the benchmark runs one child at a time).
        let previous = FileManager.default.currentDirectoryPath
        if let dir = directory {
            guard chdir(dir) == 0 else { throw BenchError("cannot change to \(dir) for \(executable)") }
        }
        defer { if directory != nil { _ = chdir(previous) } }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }

        var pid: pid_t = 0
        let start = now()
        let rc = argv.withUnsafeBufferPointer { buf in
            posix_spawn(&pid, executable, &actions, nil, buf.baseAddress!, environ)
        }
        guard rc == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(rc)))") }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = now() - start

        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Measured(seconds: seconds, maxRSSKiB: Int(usage.ru_maxrss), status: exitCode, stdout: out, stderr: err)
    }

    /// The first executable called `name` on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// Files under a folder: how many and how many bytes, through readdir (fast on 100k-file trees).
enum Tree {
    /// Every regular file under `path` (symbolic links not followed), with its stat.
    static func walk(_ path: String, _ visit: (String, stat) -> Void) {
        guard let dir = opendir(path) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let full = path + "/" + name
            var st = stat()
            guard lstat(full, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(full, visit)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                visit(full, st)
            }
        }
    }

    static func count(_ path: String) -> (files: Int, bytes: Int64) {
        var files = 0
        var bytes: Int64 = 0
        walk(path) { _, st in
            files += 1
            bytes += Int64(st.st_size)
        }
        return (files, bytes)
    }

    /// Reads every file under `path` once and throws the bytes away, so that a timed build reads its
    /// input from the page cache as every later run does, not from the disk (which measures the disk).
    static func warm(_ path: String) -> Int64 {
        var total: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        walk(path) { full, _ in
            let fd = open(full, O_RDONLY)
            guard fd >= 0 else { return }
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                total += Int64(n)
            }
            close(fd)
        }
        return total
    }

    static func remove(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
    }

    /// Moves a previous run's output out of the way, to be removed when the benchmark ends. Deleting
    /// 15,000 files just before a timed run skews it: on ext4 without a journal (this machine's disk),
    /// allocating an inode scans past every inode freed in the last minutes (the kernel's
    /// `recently_deleted`), which added seconds to the next build, whichever tool it was.
    /// The records annals leaves beside the output (`.out.annals-state`, `.out.annals-ingest`) go too:
    /// a build "into an empty folder" starts from the raw text, not from what the last run read.
    static func discard(_ path: String, into trash: String) throws {
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        let records = ["annals-state", "annals-ingest"].map { (folder as NSString).appendingPathComponent(".\(name).\($0)") }
        for item in [path] + records where FileManager.default.fileExists(atPath: item) {
            try FileManager.default.createDirectory(atPath: trash, withIntermediateDirectories: true)
            let target = (trash as NSString).appendingPathComponent(UUID().uuidString)
            try FileManager.default.moveItem(atPath: item, toPath: target)
        }
    }
}
