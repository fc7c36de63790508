import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How fast a folder's file system creates pages right now. On ext4 without a journal, for some minutes
/// after many files were deleted (an earlier benchmark's outputs, say), creating a file is several times
/// slower: the inode allocator steps over every recently freed inode. A build timed in that window
/// measures the file system's memory of the deletion, so the benchmark checks first and waits it out.
enum DiskProbe {
    /// Seconds to make `count` folders with an 8 KB `index.html` in each (as the article pages are) in a new
    /// folder under `base`; the folder is then moved into `trash`, not deleted.
    static func seconds(in base: String, trash: String, count: Int = 2_000) -> Double? {
        let dir = (base as NSString).appendingPathComponent("probe-\(UUID().uuidString)")
        guard mkdir(dir, 0o755) == 0 else { return nil }
        let page = [UInt8](repeating: 0x61, count: 8_000)
        let start = Date()
        for i in 0..<count {
            let folder = dir + "/\(i)"
            guard mkdir(folder, 0o755) == 0 else { return nil }
            let fd = open(folder + "/index.html", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { return nil }
            _ = page.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        let s = Date().timeIntervalSince(start)
        try? Tree.discard(dir, into: trash)
        return s
    }

    /// Waits (at most `limit` seconds, probing every 30) until making files under `base` costs at most
    /// `ratio` times what it costs in memory (/dev/shm), and says what it found. (On this machine the disk
    /// is 2.5 to 4.5 times slower than memory at rest, and 8 to 15 times in the minutes after a large delete.)
    static func settle(_ base: String, trash: String, ratio: Double = 6, limit: Double = 420) {
        guard let memory = seconds(in: "/dev/shm", trash: trash), memory > 0 else { return }
        var waited = 0.0
        while let disk = seconds(in: base, trash: trash) {
            let r = disk / memory
            if r <= ratio || waited >= limit {
                print("file-creation probe: \(Int(disk * 1000)) ms on this disk, \(Int(memory * 1000)) ms in memory for 2,000 pages (\(String(format: "%.1f", r)) ×)"
                      + (r > ratio ? "; still slow after \(Int(waited)) s of waiting, timing anyway" : ""))
                return
            }
            print("file-creation probe: this disk makes files \(String(format: "%.1f", r)) × slower than memory right now (many files deleted lately?); waiting 30 s")
            sleep(30)
            waited += 30
        }
    }
}
