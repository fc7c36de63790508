import Foundation

/// Reads one file from disk and ingests it: the thin I/O wrapper around `Ingest`.
public enum Converter {
    public struct Converted: Sendable {
        public var article: Article
        public var diagnostics: [Diagnostic]
        /// The file name `convert` gives the document (made when asked: a build makes slugs itself).
        public var slug: String {
            let made = Slug.make(article.title)
            return made.isEmpty ? "article" : made
        }
    }

    public static func convert(path: String, ingest: Ingest = Ingest()) -> Result<Converted, Diagnostic> {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return .failure(Diagnostic(.error, .io, file: path, "cannot read the file: \(ErrorText.describe(error))"))
        }
        return convert(data: data, path: path, fileName: name, ingest: ingest)
    }

    /// Many files at once, on all cores; results in the order of `paths`.
    public static func convert(paths: [String]) -> [Result<Converted, Diagnostic>] {
        let ingest = Ingest()
        return parallelMap(paths) { convert(path: $0, ingest: ingest) }
    }

    /// Writes a document so that a reader never sees half of it.
    public static func writeDocument(_ text: String, to path: String) throws {
        try OutputWriter.replace(Data(text.utf8), at: path)
    }

    /// Files larger than this are refused: no news article is 5 MB of text, a scraper fault is.
    public static let maxArticleBytes = 5 << 20

    static func sizeCheck(_ data: Data, path: String) -> Diagnostic? {
        guard data.count > maxArticleBytes else { return nil }
        let mb = String(format: "%.1f", Double(data.count) / 1_048_576)
        return Diagnostic(.error, .unreadable, file: path, "the file is \(mb) MB; articles over \(maxArticleBytes >> 20) MB are refused (a scraper fault?)")
    }

    public static func convert(data: Data, path: String, fileName: String, ingest: Ingest = Ingest()) -> Result<Converted, Diagnostic> {
        if let tooBig = sizeCheck(data, path: path) { return .failure(tooBig) }
        switch TextDecoding.decode(data) {
        case .failure(let f):
            let kind: Diagnostic.Kind = f == .empty ? .empty : (f == .binary ? .unreadable : .encoding)
            let line: Int? = { if case let .invalidUTF8(_, l) = f { return l } else { return nil } }()
            return .failure(Diagnostic(.error, kind, file: path, line: line, f.description))
        case .success(let decoded):
            var diagnostics = decoded.notes.map { Diagnostic(.warning, .encoding, file: path, $0) }
            let result = ingest.article(fromText: decoded.text, fileName: fileName)
            if result.article.title.isEmpty {
                return .failure(Diagnostic(.error, .empty, file: path, "no title and no text: nothing to publish"))
            }
            diagnostics += result.notes.map { Diagnostic(.warning, $0.kind, file: path, line: $0.line, $0.message) }
            return .success(Converted(article: result.article, diagnostics: diagnostics))
        }
    }
}
