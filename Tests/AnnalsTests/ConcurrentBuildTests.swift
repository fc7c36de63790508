import Foundation
import Testing
@testable import Annals

/// One build per output at a time, and a build killed at any moment is repaired by the next one.
@Suite(.serialized) struct ConcurrentBuildTests {
    /// What a clean build of `options`' seeds gives, in a folder of its own.
    static func cleanBuild(_ options: BuildOptions, in root: URL) -> [String: Data] {
        let (aborted, files) = cleanFiles(options, in: root)
        #expect(!aborted)
        return files
    }

    /// The same, saying whether the build failed rather than expecting it not to (for `offThePool`).
    static func cleanFiles(_ options: BuildOptions, in root: URL) -> (aborted: Bool, files: [String: Data]) {
        var o = options
        o.output = root.appendingPathComponent("reference-\(UUID().uuidString)").path
        let r = Builder.build(o)
        defer { try? FileManager.default.removeItem(atPath: o.output) }
        return (r.aborted, Archive.files(URL(fileURLWithPath: o.output)))
    }

    @Test func aSecondBuildWaitsForTheFirst() async throws {
        let a = try Archive("lock")
        defer { a.remove() }
        let held = try OutputLock(OutputPlace(output: a.output.path))
        let said = Guarded<[String]>([])
        var options = a.options()
        options.waiting = { line in said.withLock { $0.append(line) } }
        let done = Guarded(false)
        let waitingOptions = options
        let build = Task {
            try await offThePool { () -> BuildReport in
                let r = Builder.build(waitingOptions)
                done.withLock { $0 = true }
                return r
            }
        }
        // The build says it waits once it finds the lock held (however long it takes to get there).
        let deadline = Date().addingTimeInterval(60)
        while said.withLock({ $0.isEmpty }), Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: .milliseconds(200))
        #expect(!done.withLock { $0 })
        #expect(said.withLock { $0 } == ["another annals build is writing \(OutputPlace(output: a.output.path).output); waiting for it to finish"])
        #expect(!FileManager.default.fileExists(atPath: a.output.path))
        held.release()
        let r = try await build.value
        #expect(!r.aborted && r.articles == 6)
    }

    /// Two `annals build` processes started together on one output: both succeed, and the site is whole.
    @Test func twoBuildsAtOnce() async throws {
        let a = try Archive("twice", articles: 40)
        defer { a.remove() }
        for round in 0..<3 {
            let r = try await offThePool { () -> (reference: (aborted: Bool, files: [String: Data]), statuses: [Int32], errors: [String]) in
                let reference = Self.cleanFiles(a.options(), in: a.root)
                let args = ["build", "--seeds", a.seeds.path, "--templates", Repo.templates, "--output", a.output.path]
                let first = try AnnalsBinary.start(args), second = try AnnalsBinary.start(args)
                let errs = [AnnalsBinary.Drained(first.2), AnnalsBinary.Drained(second.2)]
                first.0.waitUntilExit(); second.0.waitUntilExit()
                return (reference, [first.0.terminationStatus, second.0.terminationStatus], errs.map { $0.text() })
            }
            #expect(!r.reference.aborted)
            #expect(r.statuses == [0, 0], "\(r.errors)")
            #expect(SiteChecker.check(directory: a.output.path).isEmpty)
            #expect(Archive.files(a.output) == r.reference.files, "round \(round)")
            // Next round: a changed archive, so both builds have work to do.
            try (Archive.article(round) + "\nThêm đoạn \(round).\n").write(to: a.seeds.appendingPathComponent("bai-\(round).txt"), atomically: true, encoding: .utf8)
        }
    }

    /// `annals build` beside `annals serve`: the server's next rebuild notices that another build wrote the
    /// output and puts every page back as its own options make it.
    @Test func aBuildBesideTheServerIsRepairedByItsNextRebuild() throws {
        let a = try Archive("beside", articles: 12)
        defer { a.remove() }
        let served = Session(options: a.options())
        #expect(!served.build().aborted)
        // Another build with other templates: the same pages, other bytes.
        let templates = a.root.appendingPathComponent("other-templates")
        try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates.path)
        let article = templates.appendingPathComponent("article.mustache")
        try (String(contentsOf: article, encoding: .utf8) + "<!-- other -->\n").write(to: article, atomically: true, encoding: .utf8)
        var other = a.options()
        other.templates = templates.path
        #expect(!Builder.build(other).aborted)
        let theirs = Archive.files(a.output), ours = Self.cleanBuild(a.options(), in: a.root)
        #expect(theirs == Self.cleanBuild(other, in: a.root))
        #expect(Set(theirs.keys) == Set(ours.keys) && theirs != ours)
        let r = served.build()
        #expect(!r.aborted && r.pagesWritten > 0)
        #expect(Archive.files(a.output) == Self.cleanBuild(a.options(), in: a.root))
    }

    /// `kill -9` at random moments of builds (first builds and rebuilds): the seeds are untouched, and the
    /// next build leaves exactly what a clean build gives, with nothing of the killed ones left behind.
    @Test func killedBuildsAreRepaired() async throws {
        let a = try Archive("killed", articles: 60)
        defer { a.remove() }
        let seeds = Archive.files(a.seeds)
        let args = ["build", "--seeds", a.seeds.path, "--templates", Repo.templates, "--output", a.output.path]
        let (firstStatus, full) = try await offThePool { () -> (Int32, Double) in
            let start = Date()
            let status = try AnnalsBinary.run(args).status
            return (status, Date().timeIntervalSince(start))
        }
        #expect(firstStatus == 0)
        try await offThePool {
            var random = TestRandom(seed: 20)
            for round in 0..<12 {
                if round % 3 == 0 { try? FileManager.default.removeItem(at: a.output) }  // a first build
                if round == 9 || round == 10 {  // pages that must go (one killed first build left them, with no manifest before)
                    try? FileManager.default.removeItem(at: a.seeds.appendingPathComponent("bai-\(49 + round).txt"))
                }
                if round % 3 == 1 {  // a rebuild with work to do
                    try (Archive.article(round) + "\nĐoạn sửa \(round).\n").write(to: a.seeds.appendingPathComponent("bai-\(round).txt"), atomically: true, encoding: .utf8)
                }
                let (p, _, _) = try AnnalsBinary.start(args)
                usleep(useconds_t(Double(random.next(1000)) / 1000 * full * 1_000_000))
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
            }
        }
        let seedsNow = Archive.files(a.seeds)
        #expect(Set(seedsNow.keys) == Set(seeds.keys).subtracting(["bai-58.txt", "bai-59.txt"]))
        let (r, reference) = try await offThePool { (try AnnalsBinary.run(args), Self.cleanFiles(a.options(), in: a.root)) }
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!reference.aborted)
        #expect(Archive.files(a.output) == reference.files)
        #expect(SiteChecker.check(directory: a.output.path).isEmpty)
        let beside = try FileManager.default.contentsOfDirectory(atPath: a.root.path)
        #expect(!beside.contains { $0.contains(".partial-") || $0.contains("annals-tmp") }, "\(beside)")
        Swift.print("killed builds: a full build took \(String(format: "%.2f", full)) s; 12 builds killed")
    }
}

/// A value behind a lock, for tests that watch another thread.
final class Guarded<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
