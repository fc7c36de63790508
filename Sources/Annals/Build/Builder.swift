import Foundation

/// What a build reads and where it writes.
public struct BuildOptions: Sendable {
    public var seeds = "seeds"
    public var templates = "Templates"
    public var output = "output"
    /// `site.yml`; nil means none.
    public var config: String?
    /// Overrides `base_url` from the config.
    public var baseURL: String?
    /// Warnings fail the build.
    public var strict = false
    /// Remove files in the output that Annals did not write but would (by default they are left alone).
    public var clean = false
    /// Read article files that are symbolic links to files outside the seeds folder (refused by default).
    public var followLinks = false
    /// Told when the build waits for another build of the same output to finish.
    public var waiting: (@Sendable (String) -> Void)?

    public init(seeds: String = "seeds", templates: String = "Templates", output: String = "output",
                config: String? = nil, baseURL: String? = nil, strict: Bool = false, clean: Bool = false,
                followLinks: Bool = false) {
        self.clean = clean
        self.followLinks = followLinks
        self.seeds = seeds
        self.templates = templates
        self.output = output
        self.config = config
        self.baseURL = baseURL
        self.strict = strict
    }

    /// `people.yml` in the seeds folder, or beside it.
    public var registryPath: String? {
        let inside = SeedLoader.path("people.yml", in: seeds)
        let folder = URL(fileURLWithPath: seeds).standardizedFileURL
        let beside = folder.path == "/" ? nil : folder.deletingLastPathComponent().appendingPathComponent("people.yml").path
        return [inside, beside].compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The user's files must be out of the output's reach: the seeds folder, the templates, `site.yml` and
    /// `people.yml` may not lie inside the output (a build would publish them and `--clean` delete them),
    /// and the output may not lie inside the seeds or templates folder (its pages would be read back as
    /// input). Checked before anything is read or written; nil when all is well.
    public func overlap() -> Diagnostic? {
        let out = OutputPlace.resolved(output)
        func inside(_ a: String, _ b: String) -> Bool { a == b || a.hasPrefix(b.hasSuffix("/") ? b : b + "/") }
        let inputs: [(what: String, path: String)] = [("seeds folder", seeds), ("templates folder", templates)]
            + [config.map { ("configuration", $0) }, registryPath.map { ("people registry", $0) }].compactMap { $0 }
        for input in inputs where FileManager.default.fileExists(atPath: input.path) {
            let real = OutputPlace.resolved(input.path)
            if inside(real, out) {
                let place = real == out ? "is also the output folder" : "is inside the output folder \(output)"
                return Diagnostic(.error, .config, file: input.path, "the \(input.what) \(place): a build "
                    + "would overwrite or delete it. Choose an --output outside it; nothing was read or written")
            }
            if input.what.hasSuffix("folder"), inside(out, real) {
                return Diagnostic(.error, .config, file: input.path, "the output folder \(output) is inside the \(input.what): its "
                    + "pages would be read back as input. Choose an --output outside it; nothing was read or written")
            }
        }
        return nil
    }
}

/// What a build did, for the summary line and the curation report.
public struct BuildReport: Sendable {
    public var articles = 0
    public var people = 0
    public var pagesWritten = 0
    public var pagesUnchanged = 0
    public var filesRemoved = 0
    /// Article files read and ingested by this build (the rest were known from an earlier one).
    public var articlesRead = 0
    public var diagnostics: [Diagnostic] = []
    public var seconds = 0.0
    /// Wall time of each step, in order: where a build spends its time (`build --verbose` prints it).
    /// With each, the process's peak resident memory so far, in bytes, and the CPU time the step took
    /// (user and system, all threads): CPU over wall says how many cores the step kept busy.
    public var phases: [(name: String, seconds: Double, peakBytes: Int, cpuSeconds: Double)] = []
    /// Nothing was written: the previous output stands.
    public var aborted = false

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.usage().cpu
        defer {
            let end = Self.usage()
            phases.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, end.peakBytes, end.cpu - cpuStart))
        }
        return try body()
    }

    /// The process's CPU time so far (user and system, in seconds) and its peak resident memory.
    private static func usage() -> (cpu: Double, peakBytes: Int) {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (seconds(u.ru_utime) + seconds(u.ru_stime), u.ru_maxrss * 1024)
    }

    /// Warnings by kind, most frequent first: "no-date 3, no-people 1".
    public var warningCounts: [(kind: String, count: Int)] {
        var counts: [String: Int] = [:]
        for w in warnings { counts[w.kind.rawValue, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (kind: $0.key, count: $0.value) }
    }
}

/// The pipeline, step by step: configuration, templates, registry, seeds, assembly, rendering, output.
/// A step that fails stops the build before anything reaches the output. (The steps live in `Session`,
/// which the preview server keeps alive between builds; a one-off build is a session's first build.)
public enum Builder {
    /// A step's failure, carrying the diagnostics that explain it.
    struct Stop: Error { var diagnostics: [Diagnostic] }

    public static func build(_ options: BuildOptions, ingest: Ingest = Ingest()) -> BuildReport {
        Session(options: options, ingest: ingest, remembers: false).build()
    }

    /// Reads and assembles the archive without writing anything: for `annals people`.
    public static func assemble(_ options: BuildOptions) -> (Site, BuildReport) {
        Session(options: options).assemble()
    }

    /// Runs a step; its error gains the step's name and file, once, here.
    static func step<T>(_ name: String, file: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let d as Diagnostic {
            throw Stop(diagnostics: [d])
        } catch let s as Stop {
            throw s
        } catch {
            throw Stop(diagnostics: [Diagnostic(.error, .io, file: file, "\(name): \(ErrorText.describe(error))")])
        }
    }
}
