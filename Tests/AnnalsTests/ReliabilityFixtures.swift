import Foundation
@testable import Annals

/// Small archives written for the reliability tests: a seeds folder of short articles of our own, and
/// helpers to build them and look at what came out.
struct Archive {
    let root: URL
    var seeds: URL { root.appendingPathComponent("seeds") }
    var output: URL { root.appendingPathComponent("output") }

    /// `count` articles, each naming a person with a title and dated, in `root/seeds`.
    init(_ name: String, articles count: Int = 6) throws {
        root = temporaryDirectory(name)
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        for k in 0..<count { try Self.article(k).write(to: seeds.appendingPathComponent("bai-\(k).txt"), atomically: true, encoding: .utf8) }
    }

    static let people = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường", "Phạm Thu Dung", "Hoàng Quốc Em"]
    static let titles = ["Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Tài chính", "Giám đốc Sở Y tế", "Bí thư Tỉnh ủy"]

    /// An article of our own: a title, a date line, two paragraphs naming people with titles, a byline.
    static func article(_ k: Int) -> String {
        let a = people[k % people.count], b = people[(k + 2) % people.count]
        let t = titles[k % titles.count]
        return """
        Hội nghị số \(k) bàn về kế hoạch phát triển vùng
        Ngày đăng: \(String(format: "%02d", k % 28 + 1))/\(String(format: "%02d", k % 12 + 1))/20\(String(format: "%02d", 10 + k % 12))

        Sáng nay, \(t) \(a) chủ trì hội nghị lần thứ \(k) về kế hoạch phát triển vùng.

        Phát biểu tại hội nghị, ông \(b) cho biết các địa phương đã hoàn thành phần lớn chỉ tiêu đề ra.

        Minh Châu
        """
    }

    func options(clean: Bool = false) -> BuildOptions {
        BuildOptions(seeds: seeds.path, templates: Repo.templates, output: output.path, clean: clean)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every regular file under `folder` (relative path → bytes), hidden ones included, links not followed.
    static func files(_ folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        func walk(_ rel: String) {
            let dir = rel.isEmpty ? folder.path : folder.path + "/" + rel
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
                let path = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                guard lstat(folder.path + "/" + path, &st) == 0 else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: walk(path)
                case S_IFREG: out[path] = FileManager.default.contents(atPath: folder.path + "/" + path)
                default: out[path] = Data("<link or special>".utf8)
                }
            }
        }
        walk("")
        return out
    }
}

/// The `annals` executable the tests run as a user would (`make test` builds it before the tests).
enum AnnalsBinary {
    static var path: String { Repo.path(".build/debug/annals") }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `annals` with `arguments` in `directory`; the caller waits for or kills it.
    static func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return (p, out, err)
    }

    /// Runs `annals` to the end.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Run {
        let (p, out, err) = try start(arguments, in: directory, environment: environment)
        // Both pipes are drained while the child runs, so a chatty child never blocks on a full pipe.
        let errors = Drained(err)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: output, as: UTF8.self), stderr: errors.text())
    }

    /// A pipe read to its end on another thread.
    final class Drained: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ pipe: Pipe) {
            DispatchQueue.global().async { [self] in
                data = pipe.fileHandleForReading.readDataToEndOfFile()
                done.signal()
            }
        }
        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// Runs blocking work (waiting for `annals` processes, whole builds) on a thread of its own rather than
/// on the concurrency pool, where Swift Testing runs the tests and the preview server tests serve their
/// requests: the pool has a thread per core, and a test that held one for seconds starved the server
/// tests of the other (a request went unanswered for 10 s). `body` records no expectations: it returns
/// what the test then checks.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { done in
        Thread { done.resume(with: Result { try body() }) }.start()
    }
}
