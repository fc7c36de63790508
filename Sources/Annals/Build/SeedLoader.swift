import Foundation

/// Finds the articles in the seeds folder and reads each one: `.txt` through ingest, `.md` through the
/// document reader. `X.md` wins over `X.txt`, so an article converted and corrected by hand is kept.
public enum SeedLoader {
    public struct Loaded: Sendable {
        public var input: Assemble.Input?
        public var diagnostics: [Diagnostic]
    }

    /// Article files under `seeds`, relative paths, sorted; hidden files and folders skipped.
    public static func list(_ seeds: String) throws -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: seeds, isDirectory: &isDir), isDir.boolValue else {
            throw Diagnostic(.error, .io, file: seeds, "the seeds folder does not exist")
        }
        var files: [String] = []
        let enumerator = fm.enumerator(at: URL(fileURLWithPath: seeds), includingPropertiesForKeys: [.isRegularFileKey],
                                       options: [.skipsHiddenFiles])
        let base = URL(fileURLWithPath: seeds).standardizedFileURL.path
        while let url = enumerator?.nextObject() as? URL {
            let ext = url.pathExtension.lowercased()
            guard ext == "txt" || ext == "md" else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(base + "/") { rel = String(rel.dropFirst(base.count + 1)) }
            files.append(rel)
        }
        let mdStems = Set(files.filter { $0.lowercased().hasSuffix(".md") }.map { String($0.dropLast(3)) })
        return files.filter { f in
            !(f.lowercased().hasSuffix(".txt") && mdStems.contains(String(f.dropLast(4))))
        }.sorted()
    }

    /// Reads one article file. Never throws: a file that cannot be used comes back as an error diagnostic.
    public static func load(_ relative: String, seeds: String, ingest: Ingest) -> Loaded {
        let path = URL(fileURLWithPath: seeds).appendingPathComponent(relative).path
        let shown = (seeds as NSString).appendingPathComponent(relative)
        guard let data = readStable(path) else {
            return Loaded(input: nil, diagnostics: [Diagnostic(.error, .io, file: shown, "cannot read the file")])
        }
        if relative.lowercased().hasSuffix(".md") {
            if let tooBig = Converter.sizeCheck(data, path: shown) { return Loaded(input: nil, diagnostics: [tooBig]) }
            switch TextDecoding.decode(data) {
            case .failure(let f):
                return Loaded(input: nil, diagnostics: [Diagnostic(.error, f == .empty ? .empty : .encoding, file: shown, f.description)])
            case .success(let decoded):
                switch DocumentReader.read(decoded.text, fileName: URL(fileURLWithPath: relative).lastPathComponent) {
                case .failure(let f):
                    return Loaded(input: nil, diagnostics: [Diagnostic(.error, .frontMatter, file: shown, line: f.line, f.message)])
                case .success(let r):
                    let ds = r.notes.map { Diagnostic(.warning, $0.kind, file: shown, line: $0.line, $0.message) }
                    return Loaded(input: Assemble.Input(article: r.article, sourcePath: relative), diagnostics: ds)
                }
            }
        }
        switch Converter.convert(data: data, path: shown, fileName: URL(fileURLWithPath: relative).lastPathComponent, ingest: ingest) {
        case .failure(let d): return Loaded(input: nil, diagnostics: [d])
        case .success(let c): return Loaded(input: Assemble.Input(article: c.article, sourcePath: relative), diagnostics: c.diagnostics)
        }
    }

    /// Reads a file, and again if it changed while being read (an editor still saving it).
    static func readStable(_ path: String) -> Data? {
        for attempt in 0..<5 {
            let before = try? FileManager.default.attributesOfItem(atPath: path)
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let after = try? FileManager.default.attributesOfItem(atPath: path)
            let same = (before?[.size] as? NSNumber) == (after?[.size] as? NSNumber)
                && (before?[.modificationDate] as? Date) == (after?[.modificationDate] as? Date)
                && (after?[.size] as? NSNumber)?.intValue == data.count
            if same { return data }
            if attempt < 4 { usleep(20_000) }
        }
        return FileManager.default.contents(atPath: path)
    }
}
