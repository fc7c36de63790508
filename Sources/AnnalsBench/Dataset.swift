import Dispatch
import Foundation

/// A generated archive on disk: `<data>/seed<S>-n<N>/*.txt`, with a stamp file written last so a
/// half-written set (an interrupted run) is generated again rather than measured.
struct Dataset {
    let directory: String
    let count: Int
    let files: [String]        // file names, sorted
    let bytes: Int64
    let words: (min: Int, mean: Int, max: Int)
    let generatedSeconds: Double?   // nil when it came from the cache

    static let version = "annals-bench generator 2"
    static let stampName = ".bench-stamp"

    static func ensure(count: Int, seed: UInt64, data: String, generator: () -> ArticleGenerator) throws -> Dataset {
        let dir = (data as NSString).appendingPathComponent("seed\(seed)-n\(count)")
        let stampPath = (dir as NSString).appendingPathComponent(stampName)
        if let stamp = try? String(contentsOfFile: stampPath, encoding: .utf8), let parsed = parse(stamp, seed: seed, count: count) {
            let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
            if files.count == count {
                return Dataset(directory: dir, count: count, files: files, bytes: parsed.bytes, words: parsed.words, generatedSeconds: nil)
            }
        }
        return try generate(count: count, seed: seed, into: dir, generator: generator())
    }

    static func generate(count: Int, seed: UInt64, into dir: String, generator: ArticleGenerator) throws -> Dataset {
        let start = Subprocess.now()
        try Tree.remove(dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let chunk = 500
        let chunks = (count + chunk - 1) / chunk
        let results = Results(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var names: [String] = []
            var bytes: Int64 = 0
            var words: [Int] = []
            var failure: String?
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                let a = generator.generate(i)
                let path = (dir as NSString).appendingPathComponent(a.fileName)
                if !FileManager.default.createFile(atPath: path, contents: a.data) {
                    failure = "cannot write \(path)"
                    break
                }
                names.append(a.fileName)
                bytes += Int64(a.data.count)
                words.append(a.words)
            }
            results.set(c, (names, bytes, words, failure))
        }
        var names: [String] = []
        var bytes: Int64 = 0
        var words: [Int] = []
        for r in results.all() {
            if let f = r.failure { throw BenchError(f) }
            names += r.names
            bytes += r.bytes
            words += r.words
        }
        let w = (min: words.min() ?? 0, mean: words.isEmpty ? 0 : words.reduce(0, +) / words.count, max: words.max() ?? 0)
        let stamp = "\(version)\nseed \(seed)\ncount \(count)\nbytes \(bytes)\nwords \(w.min) \(w.mean) \(w.max)\n"
        try stamp.write(toFile: (dir as NSString).appendingPathComponent(stampName), atomically: true, encoding: .utf8)
        return Dataset(directory: dir, count: count, files: names.sorted(), bytes: bytes, words: w,
                       generatedSeconds: Subprocess.now() - start)
    }

    static func parse(_ stamp: String, seed: UInt64, count: Int) -> (bytes: Int64, words: (min: Int, mean: Int, max: Int))? {
        let lines = stamp.split(separator: "\n").map(String.init)
        guard lines.count >= 5, lines[0] == version, lines[1] == "seed \(seed)", lines[2] == "count \(count)",
              lines[3].hasPrefix("bytes "), let bytes = Int64(lines[3].dropFirst(6)) else { return nil }
        let w = lines[4].split(separator: " ").dropFirst().compactMap { Int($0) }
        guard w.count == 3 else { return nil }
        return (bytes, (w[0], w[1], w[2]))
    }

    /// A real copy of the set, file by file: a file saved in place there leaves the cached set untouched.
    func copy(to path: String) throws {
        try Tree.remove(path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for f in files {
            try FileManager.default.copyItem(atPath: (directory as NSString).appendingPathComponent(f),
                                             toPath: (path as NSString).appendingPathComponent(f))
        }
    }

    /// A copy of the set made of hard links (instant, no extra space), for edits that must not touch the cache.
    func linkedCopy(at path: String) throws {
        try Tree.remove(path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for f in files {
            let from = (directory as NSString).appendingPathComponent(f)
            let to = (path as NSString).appendingPathComponent(f)
            if link(from, to) != 0 { try FileManager.default.copyItem(atPath: from, toPath: to) }
        }
    }
}

/// Per-chunk results written from concurrent workers, each to its own slot.
private final class Results: @unchecked Sendable {
    typealias Slot = (names: [String], bytes: Int64, words: [Int], failure: String?)
    private var slots: [Slot?]
    private let lock = NSLock()

    init(_ n: Int) { slots = Array(repeating: nil, count: n) }

    func set(_ i: Int, _ value: Slot) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func all() -> [Slot] { slots.map { $0! } }
}
