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

    public init(seeds: String = "seeds", templates: String = "Templates", output: String = "output",
                config: String? = nil, baseURL: String? = nil, strict: Bool = false) {
        self.seeds = seeds
        self.templates = templates
        self.output = output
        self.config = config
        self.baseURL = baseURL
        self.strict = strict
    }

    /// `people.yml` in the seeds folder, or beside it.
    public var registryPath: String? {
        let inside = (seeds as NSString).appendingPathComponent("people.yml")
        let beside = ((seeds as NSString).deletingLastPathComponent as NSString).appendingPathComponent("people.yml")
        return [inside, beside].first { FileManager.default.fileExists(atPath: $0) }
    }
}

/// What a build did, for the summary line and the curation report.
public struct BuildReport: Sendable {
    public var articles = 0
    public var people = 0
    public var pagesWritten = 0
    public var pagesUnchanged = 0
    public var filesRemoved = 0
    public var diagnostics: [Diagnostic] = []
    public var seconds = 0.0
    /// Nothing was written: the previous output stands.
    public var aborted = false

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Warnings by kind, most frequent first: "no-date 3, no-people 1".
    public var warningCounts: [(kind: String, count: Int)] {
        var counts: [String: Int] = [:]
        for w in warnings { counts[w.kind.rawValue, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (kind: $0.key, count: $0.value) }
    }
}

/// The pipeline, step by step: configuration, templates, registry, seeds, assembly, rendering, output.
/// A step that fails stops the build before anything reaches the output.
public enum Builder {
    /// A step's failure, carrying the diagnostics that explain it.
    struct Stop: Error { var diagnostics: [Diagnostic] }

    public static func build(_ options: BuildOptions, ingest: Ingest = Ingest()) -> BuildReport {
        let start = Date()
        var report = BuildReport()
        do {
            let (site, templates) = try prepare(options, ingest: ingest, report: &report)
            if options.strict && !report.warnings.isEmpty {
                throw Stop(diagnostics: [Diagnostic(.error, .config, file: options.seeds, "--strict: \(report.warnings.count) warning(s); nothing written")])
            }
            let writer = try step("output", file: options.output) { try OutputWriter(output: options.output) }
            do {
                try write(site: site, templates: templates, to: writer)
                let summary = try writer.commit()
                report.pagesWritten = summary.written
                report.pagesUnchanged = summary.unchanged
                report.filesRemoved = summary.removed
            } catch {
                writer.abandon()
                throw Stop(diagnostics: [Diagnostic(.error, .io, file: options.output, "\(error); the previous output is unchanged")])
            }
        } catch let stop as Stop {
            report.diagnostics += stop.diagnostics
            report.aborted = true
        } catch {
            report.diagnostics.append(Diagnostic(.error, .io, file: options.output, "\(error)"))
            report.aborted = true
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// Everything up to the rendered site, with no writing: also what the preview server and `people` use.
    static func prepare(_ options: BuildOptions, ingest: Ingest, report: inout BuildReport) throws -> (Site, Templates) {
        var config = SiteConfig()
        if let path = options.config {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw Stop(diagnostics: [Diagnostic(.error, .config, file: path, "cannot read the configuration file")])
            }
            let (c, notes) = ConfigLoader.site(yaml: text, file: path)
            report.diagnostics += notes
            if notes.contains(where: { $0.severity == .error }) { throw Stop(diagnostics: []) }
            config = c
        }
        if let base = options.baseURL { config.baseURL = base.isEmpty ? nil : base }

        let templates: Templates
        do {
            // No templates folder at all: the defaults compiled into the binary.
            templates = FileManager.default.fileExists(atPath: options.templates)
                ? try Templates.load(directory: options.templates) : try BuiltInTemplates.templates()
        } catch { throw Stop(diagnostics: error.diagnostics) }

        var registry = Registry()
        if let path = options.registryPath {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let (r, notes) = ConfigLoader.registry(yaml: text, file: path)
            report.diagnostics += notes
            if notes.contains(where: { $0.severity == .error }) { throw Stop(diagnostics: []) }
            registry = r
        }

        let files = try step("seeds", file: options.seeds) { try SeedLoader.list(options.seeds) }
        let loaded = parallelMap(files) { SeedLoader.load($0, seeds: options.seeds, ingest: ingest) }
        report.diagnostics += loaded.flatMap(\.diagnostics)
        let inputs = loaded.compactMap(\.input)
        let (site, notes) = Assemble.site(inputs, config: config, registry: registry)
        report.diagnostics += notes.map { d in
            var d = d
            d.file = (options.seeds as NSString).appendingPathComponent(d.file)
            return d
        }
        report.articles = site.articles.count
        report.people = site.people.count
        return (site, templates)
    }

    /// Renders every page in parallel, in batches so memory holds one batch of HTML at a time.
    static func write(site: Site, templates: Templates, to writer: OutputWriter) throws {
        let renderer = Renderer(site: site, templates: templates)
        for page in renderer.assetPages() { try writer.add(page) }
        let plan = renderer.plan()
        let batch = 256
        var start = 0
        while start < plan.count {
            let slice = Array(plan[start..<min(plan.count, start + batch)])
            let failures = parallelMap(slice) { kind -> String? in
                do { try writer.add(renderer.render(kind)); return nil } catch { return "\(error)" }
            }
            if let f = failures.compactMap({ $0 }).first { throw Stop(diagnostics: [Diagnostic(.error, .io, file: writer.output.path, f)]) }
            start += batch
        }
    }

    /// Runs a step; its error gains the step's name and file, once, here.
    static func step<T>(_ name: String, file: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let d as Diagnostic {
            throw Stop(diagnostics: [d])
        } catch let s as Stop {
            throw s
        } catch {
            throw Stop(diagnostics: [Diagnostic(.error, .io, file: file, "\(name): \(error)")])
        }
    }
}
