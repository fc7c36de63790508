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
        "title", "date", "date_inferred", "date_weekday", "slug", "authors", "source", "source_url", "people", "roles", "captions", "original", "aliases",
    ]

    public static func read(_ text: String, fileName: String) -> Result<Ingest.Result, Failure> {
        var notes: [Ingest.Note] = []
        // NFC is applied to each value after parsing: normalising the YAML text first could merge an escape
        // such as "\u000d" with a combining mark that follows it.
        let yaml: String, body: String
        switch parts(text) {
        case .success(let p): (yaml, body) = p
        case .failure(let f): return .failure(f)
        }
        if let refused = bounds(yaml) { return .failure(refused) }

        let node: Node?
        do {
            // The encoding given: Yams's default reads the environment on every call.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
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
        var weekday: Int?
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
                if let d = ArticleDate(iso: s) { article.date = d } else if let p = DayMonth(iso: s) { article.partialDate = p } else {
                    notes.append(.init(kind: .frontMatter, line: line, message: "'date: \(s)' is not a real date (expected YYYY-MM-DD, optionally THH:MM); the article is listed as undated"))
                }
            case "date_weekday":
                if let w = value.scalar.flatMap({ DateParser.weekday($0.string) }) { weekday = w } else { wrong("a weekday such as thứ Hai or Chủ nhật") }
            case "date_inferred":
                if let b = value.scalar.flatMap({ Bool.construct(from: $0) }) { inferred = b } else { wrong("true or false") }
            case "slug": if let s = value.scalar?.string { article.slug = s.nfc } else { wrong("text") }
            case "authors": if let l = stringList(value) { article.authors = l } else { wrong("a list of names") }
            case "source": if let s = value.scalar?.string { article.source = s.nfc } else { wrong("text") }
            case "source_url": if let s = value.scalar?.string { article.sourceURL = s.nfc } else { wrong("a URL") }
            case "people": if let l = stringList(value) { article.people = l } else { wrong("a list of names") }
            case "captions": if let l = stringList(value) { article.captions = l } else { wrong("a list of captions") }
            case "original": if let s = value.scalar?.string { article.original = s.nfc } else { wrong("a file name") }
            case "aliases":
                guard let l = stringList(value) else { wrong("a list of site paths"); break }
                for alias in l {
                    if let path = SitePath.alias(alias) { article.aliases.append(path) } else {
                        notes.append(.init(kind: .frontMatter, line: line, message: "alias '\(alias.prefix(80))' is not a path of this site (letters, digits, '-', '_', '.', '/'); ignored"))
                    }
                }
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
        if let weekday, article.partialDate != nil { article.partialDate?.weekday = weekday }
        if article.title.trimmingCharacters(in: .whitespaces).isEmpty {
            notes.append(.init(kind: .noTitle, line: 1, message: "no 'title' in the front matter"))
        }
        if article.date == nil && article.partialDate == nil && !notes.contains(where: { $0.message.hasPrefix("'date:") }) {
            notes.append(.init(kind: .noDate, line: nil, message: "no date; the article is listed as undated"))
        }
        return .success(Ingest.Result(article: article, notes: notes))
    }

    /// Front matter larger than this is refused: a real one takes a few kilobytes, even with long captions.
    public static let maxFrontMatterBytes = 1 << 20

    /// Why the front matter is not even parsed: too large, or aliases that repeat too much.
    static func bounds(_ yaml: String) -> Failure? {
        if yaml.utf8.count > maxFrontMatterBytes {
            return Failure(line: 1, message: "the front matter is larger than \(YAMLLimits.megabytes(maxFrontMatterBytes)), the limit for front matter, "
                + "so it is not read; move long text into the article's body")
        }
        // The YAML starts on line 2 of the file.
        return YAMLLimits.aliasExpansionLine(yaml).map { Failure(line: $0 + 1, message: YAMLLimits.aliasMessage("the front matter")) }
    }

    /// Whether the text opens with a front matter line "---" (a BOM and spaces around it allowed). A `.md`
    /// file without one is no article: a README or notes kept beside the articles.
    public static func opensWithFrontMatter(_ text: String) -> Bool {
        var first = text.prefix { $0 != "\n" && $0 != "\r\n" }
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        return trimmed(first, .whitespaces) == "---"
    }

    /// The front matter's YAML and the body (newlines trimmed off its ends, NFC), or why there are none.
    static func parts(_ text: String) -> Result<(yaml: String, body: String), Failure> {
        let normalized = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        // Lines are found byte by byte, and only as far as the front matter goes: the body is the rest of
        // the text as it is. (A line feed is a character of its own, so this is splitting on "\n".)
        let u = normalized.utf8
        func lineEnd(from i: String.Index) -> String.Index { u[i...].firstIndex(of: 0x0A) ?? u.endIndex }
        var first = normalized[u.startIndex..<lineEnd(from: u.startIndex)]
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        guard trimmed(first, .whitespaces) == "---" else {
            return .failure(Failure(line: 1, message: "a Markdown article must start with front matter: a line '---', the YAML keys, and another '---'"))
        }
        // Line 1 on: the first "---" or "..." line closes the front matter.
        var close: Range<String.Index>?
        let yamlStart = first.endIndex < u.endIndex ? u.index(after: first.endIndex) : u.endIndex
        if first.endIndex < u.endIndex {
            var lineStart = yamlStart
            while true {
                let end = lineEnd(from: lineStart)
                let line = normalized[lineStart..<end]
                if line == "---" || line == "..." { close = lineStart..<end; break }
                if end == u.endIndex { break }
                lineStart = u.index(after: end)
            }
        }
        guard let close else {
            return .failure(Failure(line: 1, message: "the front matter opened on line 1 is never closed with '---'"))
        }
        let yaml = close.lowerBound > yamlStart ? String(normalized[yamlStart..<u.index(before: close.lowerBound)]) : ""
        let rest = close.upperBound < u.endIndex ? normalized[u.index(after: close.upperBound)...] : normalized[u.endIndex...]
        // Its own buffer (not a slice of the file's text), newlines off both ends.
        return .success((yaml, String(trimmed(rest, .newlines)).nfc))
    }

    /// `s` without the scalars of `set` at either end (as Foundation's `trimmingCharacters(in:)`, which
    /// on Linux goes through NSString and UTF-16: for a whole body, a fifth of reading a document).
    static func trimmed(_ s: Substring, _ set: CharacterSet) -> Substring {
        let scalars = s.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
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
            return YAMLLimits.plain(problem)
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }
}
