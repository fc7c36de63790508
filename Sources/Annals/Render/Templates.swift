import Foundation

/// The Mustache templates a site is rendered with, checked when loaded: every page template the site
/// needs must exist and parse, and name only keys its page's model has (`TemplateKeyCheck`), so a broken
/// template stops the build before anything is written.
public struct Templates: Sendable {
    /// The page templates a build needs; partials (`_head`, `_foot`) are found through them.
    public static let required = ["index", "article", "timeline", "year", "people", "person", "search", "404", "terms", "term"]

    private(set) var library: TemplateLibrary
    /// Files copied as they are (CSS, JS, images), relative path → bytes.
    public let assets: [(path: String, data: Data)]
    /// A digest of every template and asset, so a template change can be told from an article change.
    public let fingerprint: String

    public struct LoadError: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    static let tooLarge = "a template takes a few kilobytes; check that this file belongs in the templates folder"

    /// Loads `*.mustache` from the folder and everything under `assets/`.
    public static func load(directory: String) throws(LoadError) -> Templates {
        let fm = FileManager.default
        var sources: [String: String] = [:]
        var problems: [Diagnostic] = []
        let dir = URL(fileURLWithPath: directory)
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw LoadError(diagnostics: [Diagnostic(.error, .template, file: directory, "cannot read the templates folder")])
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = dir.appendingPathComponent(name).path
            switch ConfigFiles.text(path, kind: .template, limit: TemplateBounds.maxTemplateBytes, advice: tooLarge) {
            case .success(let text): sources[String(name.dropLast(".mustache".count))] = text
            case .failure(let d):
                // Named all the same, so that the templates including it are not told it does not exist.
                problems.append(d)
                sources[String(name.dropLast(".mustache".count))] = ""
            }
        }
        var assets: [(String, Data)] = []
        let assetsDir = dir.appendingPathComponent("assets")
        if let e = fm.enumerator(atPath: assetsDir.path) {
            for case let rel as String in e {
                var isDir: ObjCBool = false
                let p = assetsDir.appendingPathComponent(rel).path
                guard fm.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue, !rel.hasPrefix(".") else { continue }
                if let d = fm.contents(atPath: p) { assets.append(("assets/" + rel, d)) }
            }
        }
        let templates: Templates
        do {
            templates = try Templates(sources: sources, assets: assets.sorted { $0.0 < $1.0 }, folder: directory)
        } catch {
            throw LoadError(diagnostics: problems + error.diagnostics)
        }
        // A template that could not be read stops the build even when the others are complete without it.
        if !problems.isEmpty { throw LoadError(diagnostics: problems) }
        return templates
    }

    /// Templates from text, for tests and for sites that carry their own.
    public init(sources: [String: String], assets: [(path: String, data: Data)] = [], folder: String = "Templates") throws(LoadError) {
        var problems: [Diagnostic] = []
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let file = "\(folder)/\(name).mustache"
            guard text.utf8.count <= TemplateBounds.maxTemplateBytes else {
                problems.append(Diagnostic(.error, .template, file: file, "the file is larger than "
                                           + "\(YAMLLimits.megabytes(TemplateBounds.maxTemplateBytes)), the limit for a template; \(Self.tooLarge)"))
                continue
            }
            do {
                compiled[name] = try TemplateParser.compile(text)
                compiled[name]?.file = file
            } catch {
                problems.append(Diagnostic(.error, .template, file: "\(folder)/\(name).mustache", line: error.line,
                                           "template does not parse (\(error.message)) near: \(error.lineText)"))
            }
        }
        for name in Self.required where sources[name] == nil {
            problems.append(Diagnostic(.error, .template, file: "\(folder)/\(name).mustache", "required template is missing"))
        }
        // Partials named in a template must exist too: a missing one would render as nothing.
        for (name, template) in compiled.sorted(by: { $0.key < $1.key }) {
            for (partial, line, _) in template.partials where sources[partial] == nil {
                problems.append(Diagnostic(.error, .template, file: "\(folder)/\(name).mustache", line: line,
                                           "partial '\(partial)' does not exist"))
            }
        }
        // Partials that include each other whatever the data: rendering them would never end.
        if let (name, line, path) = TemplateBounds.cycle(in: compiled) {
            problems.append(Diagnostic(.error, .template, file: "\(folder)/\(name).mustache", line: line,
                                       "the partials include each other without end (\(path.joined(separator: " → "))); "
                                       + "a partial may include itself only inside a section whose data runs out, such as a list of children"))
        }
        // Every name a page template looks up must be a key of its page's model (strict templates).
        if problems.isEmpty {
            var check = TemplateKeyCheck(templates: compiled, folder: folder)
            for (name, keys) in PageModel.templates { check.check(name, keys: keys) }
            problems += check.problems
        }
        if !problems.isEmpty { throw LoadError(diagnostics: problems) }
        self.library = TemplateLibrary(templates: compiled)
        self.assets = assets
        var hasher = FNV1a()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) { hasher.add(name); hasher.add(text) }
        for a in assets { hasher.add(a.path); hasher.add(a.data) }
        self.fingerprint = hasher.hex
    }

    /// The most texts and tags one page may take to render: `TemplateBounds.maxRenderSteps` (50 million), unless
    /// set lower (the fuzzer does, so that a page that would take too long fails in a fraction of a second).
    public var renderStepLimit: Int {
        get { library.maxSteps }
        set { library.maxSteps = newValue }
    }

    func render(_ value: TemplateValue, template: String) throws(TemplateRenderError) -> [UInt8] {
        try library.render(template, value)
    }

    /// The same page as Data, made without a copy.
    func renderData(_ value: TemplateValue, template: String) throws(TemplateRenderError) -> Data {
        try library.renderData(template, value)
    }
}
