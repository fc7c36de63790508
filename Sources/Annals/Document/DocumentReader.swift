import Foundation
import Yams

/// Markdown document with YAML front matter → Article. Problems come back as notes with line numbers;
/// only a document whose front matter cannot be read at all is refused.
public enum DocumentReader {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int?
        public var message: String
        public var description: String { message }
    }

    public static let knownKeys: Set<String> = [
        "title", "date", "date_inferred", "slug", "authors", "source", "source_url", "people", "roles", "captions", "original",
    ]

    public static func read(_ text: String, fileName: String) -> Result<Ingest.Result, Failure> {
        var notes: [Ingest.Note] = []
        // NFC is applied to each value after parsing: normalising the YAML text first could merge an escape
        // such as "\u000d" with a combining mark that follows it.
        let normalized = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            return .failure(Failure(line: 1, message: "a Markdown article must start with front matter: a line '---', the YAML keys, and another '---'"))
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else {
            return .failure(Failure(line: 1, message: "the front matter opened on line 1 is never closed with '---'"))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        var joined = lines[(close + 1)...].joinedExactly(separator: "\n")
        // Newlines off both ends; Foundation's trimming only when there is something to trim.
        if let f = joined.unicodeScalars.first, let l = joined.unicodeScalars.last,
           CharacterSet.newlines.contains(f) || CharacterSet.newlines.contains(l) {
            joined = joined.trimmingCharacters(in: .newlines)
        }
        let body = joined.nfc

        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(Failure(line: yamlLine(error).map { $0 + 1 }, message: "the front matter is not valid YAML: \(describe(error))"))
        } catch {
            return .failure(Failure(line: 2, message: "the front matter is not valid YAML: \(error)"))
        }
        guard let map = node?.mapping else {
            return .failure(Failure(line: 2, message: "the front matter must be a set of 'key: value' lines"))
        }

        var article = Article(title: "", original: fileName, body: body)
        var inferred = false
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map { $0.line + 1 }
            func wrong(_ expected: String) {
                notes.append(.init(kind: .frontMatter, line: line, message: "'\(key)' should be \(expected); ignored"))
            }
            switch key {
            case "title": if let s = value.scalar?.string { article.title = s.nfc } else { wrong("text") }
            case "date":
                guard let s = value.scalar?.string else { wrong("a date such as 2021-12-14"); continue }
                if let d = ArticleDate(iso: s) { article.date = d } else {
                    notes.append(.init(kind: .frontMatter, line: line, message: "'date: \(s)' is not a real date (expected YYYY-MM-DD, optionally THH:MM); the article is listed as undated"))
                }
            case "date_inferred":
                if let b = value.scalar.flatMap({ Bool.construct(from: $0) }) { inferred = b } else { wrong("true or false") }
            case "slug": if let s = value.scalar?.string { article.slug = s.nfc } else { wrong("text") }
            case "authors": if let l = stringList(value) { article.authors = l } else { wrong("a list of names") }
            case "source": if let s = value.scalar?.string { article.source = s.nfc } else { wrong("text") }
            case "source_url": if let s = value.scalar?.string { article.sourceURL = s.nfc } else { wrong("a URL") }
            case "people": if let l = stringList(value) { article.people = l } else { wrong("a list of names") }
            case "captions": if let l = stringList(value) { article.captions = l } else { wrong("a list of captions") }
            case "original": if let s = value.scalar?.string { article.original = s.nfc } else { wrong("a file name") }
            case "roles":
                guard let m = value.mapping else { wrong("a map from a name to a list of titles"); continue }
                for (n, v) in m {
                    guard let name = n.string, let titles = stringList(v) else {
                        notes.append(.init(kind: .frontMatter, line: n.mark.map { $0.line + 1 }, message: "each entry under 'roles' should be 'Name: [title, ...]'; ignored"))
                        continue
                    }
                    article.roles[name.nfc] = titles
                }
            default:
                notes.append(.init(kind: .frontMatter, line: line, message: "unknown key '\(key)' ignored (known: \(knownKeys.sorted().joined(separator: ", ")))"))
            }
        }
        if inferred, article.date != nil { article.date?.inferred = true }
        if article.title.trimmingCharacters(in: .whitespaces).isEmpty {
            notes.append(.init(kind: .noTitle, line: 1, message: "no 'title' in the front matter"))
        }
        if article.date == nil && !notes.contains(where: { $0.message.hasPrefix("'date:") }) {
            notes.append(.init(kind: .noDate, line: nil, message: "no date; the article is listed as undated"))
        }
        return .success(Ingest.Result(article: article, notes: notes))
    }

    /// A list of strings; a single string is taken as a list of one.
    private static func stringList(_ node: Node) -> [String]? {
        if let s = node.scalar?.string { return s.isEmpty ? [] : [s.nfc] }
        guard let seq = node.sequence else { return nil }
        var out: [String] = []
        for item in seq {
            guard let s = item.scalar?.string else { return nil }
            out.append(s.nfc)
        }
        return out
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }
}
