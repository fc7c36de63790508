import Foundation

/// The Mustache templates a site is rendered with, checked when loaded: every page template the site
/// needs must exist and parse, and name only keys its page's model has (`TemplateKeyCheck`), so a broken
/// template stops the build before anything is written.
public struct Templates: Sendable {
    /// The page templates a build needs; partials (`_head`, `_foot`) are found through them.
    public static let required = ["index", "article", "timeline", "year", "people", "person", "search", "404"]

    let library: TemplateLibrary
    /// Files copied as they are (CSS, JS, images), relative path → bytes.
    public let assets: [(path: String, data: Data)]
    /// A digest of every template and asset, so a template change can be told from an article change.
    public let fingerprint: String

    public struct LoadError: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

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
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.error, .template, file: path, "cannot read the template as UTF-8 text"))
                continue
            }
            sources[String(name.dropLast(".mustache".count))] = text
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
        do {
            return try Templates(sources: sources, assets: assets.sorted { $0.0 < $1.0 }, folder: directory)
        } catch {
            throw LoadError(diagnostics: problems + error.diagnostics)
        }
    }

    /// Templates from text, for tests and for sites that carry their own.
    public init(sources: [String: String], assets: [(path: String, data: Data)] = [], folder: String = "Templates") throws(LoadError) {
        var problems: [Diagnostic] = []
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                compiled[name] = try TemplateParser.compile(text)
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
            for (partial, line) in template.partials where sources[partial] == nil {
                problems.append(Diagnostic(.error, .template, file: "\(folder)/\(name).mustache", line: line,
                                           "partial '\(partial)' does not exist"))
            }
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

    func render(_ value: TemplateValue, template: String) -> [UInt8] {
        library.render(template, value)
    }

    /// The same page as Data, made without a copy.
    func renderData(_ value: TemplateValue, template: String) -> Data {
        library.renderData(template, value)
    }
}
