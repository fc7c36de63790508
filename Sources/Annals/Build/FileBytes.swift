import Foundation

/// Reading an open file into one buffer: for article files (sized from `fstat`, grown if the file grew
/// meanwhile) and for configuration files and templates (never more than their limit and a byte).
enum FileBytes {
    /// Everything up to the end, or `limit + 1` bytes at most, so that a caller can tell that the file is
    /// larger than `limit` without reading it all. Nil when reading fails.
    static func read(_ fd: Int32, sizeHint: Int, limit: Int = .max - 1) -> Data? {
        var data = Data(count: min(max(sizeHint, 0), limit) + 1)
        var count = 0
        while count <= limit {
            if count == data.count { data.count += min(max(4096, data.count), limit + 1 - count) }
            let n = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            count += n
        }
        data.count = count
        return data
    }
}
