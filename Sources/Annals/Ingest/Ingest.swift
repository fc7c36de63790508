import Foundation

/// Raw article text → `Article`. A pure function of the text; reading the file is the caller's business.
public struct Ingest: Sendable {
    public let extractor: PeopleExtractor

    public init(extractor: PeopleExtractor = PeopleExtractor()) { self.extractor = extractor }

    /// Something ingest could not find or had to guess, with the line it concerns.
    public struct Note: Sendable, Equatable {
        public var kind: Diagnostic.Kind
        public var line: Int?
        public var message: String
    }

    public struct Result: Sendable {
        public var article: Article
        public var notes: [Note]
    }

    /// Reads one raw article. `fileName` becomes the `original` key.
    public func article(fromText text: String, fileName: String) -> Result {
        var notes: [Note] = []
        var lines = TextCleaning.lines(text)
        var date: ArticleDate?
        var sourceURL: String?
        var source: String?

        // `# key = value` headers (one of the scraped layouts).
        while let first = lines.first(where: { !$0.text.isEmpty }), first.text.hasPrefix("# "), first.text.contains(" = ") {
            let parts = first.text.dropFirst(2).split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 {
                switch parts[0] {
                case "date": date = DateParser.parseISO(parts[1])
                case "url": sourceURL = parts[1]
                default: break
                }
            }
            lines.removeAll { $0.number == first.number }
        }

        // Furniture anywhere, and related-link lists at the end.
        lines.removeAll { Boilerplate.isBoilerplate($0.text) }
        while let last = lines.last, last.text.isEmpty || Boilerplate.isRelatedLink(last.text) { lines.removeLast() }

        // Title: the first meaningful line; "Title (NLĐ)- body" run-ons split.
        var content = lines.filter { !$0.text.isEmpty }
        guard !content.isEmpty else {
            notes.append(Note(kind: .empty, line: nil, message: "no text after removing boilerplate"))
            return Result(article: Article(title: "", original: fileName), notes: notes)
        }
        var titleLine = content.removeFirst()
        var title = titleLine.text
        if let (head, agency, rest) = splitRunOn(title) {
            title = head
            if source == nil { source = agency }
            content.insert(TextCleaning.Line(text: rest, indented: false, number: titleLine.number), at: 0)
        } else if wordCount(title) > 35, let next = content.first, wordCount(next.text) <= 25, !next.text.hasSuffix("."),
                  DateParser.dateLine(next.text) == nil {
            // The lead came first and a short title follows it.
            content.removeFirst()
            content.insert(titleLine, at: 0)
            titleLine = next
            title = next.text
        }
        if DateParser.dateLine(title) != nil, let next = content.first {
            // A date line above the title.
            date = date ?? DateParser.dateLine(title)
            content.removeFirst()
            titleLine = next
            title = next.text
        }

        // Date lines near the top.
        var kept: [TextCleaning.Line] = []
        for (i, line) in content.enumerated() {
            if i < 4, let d = DateParser.dateLine(line.text) {
                if date == nil { date = d }
                continue
            }
            kept.append(line)
        }
        content = kept

        // Source and byline at the foot.
        var authors: [String] = []
        var footScanned = 0
        while let last = content.last, footScanned < 4 {
            footScanned += 1
            if let src = Byline.sourceLine(last.text) {
                source = src.name
                if let url = src.url { sourceURL = url }
                content.removeLast(); continue
            }
            if last.text.hasPrefix("http://") || last.text.hasPrefix("https://"), !last.text.contains(" ") {
                sourceURL = sourceURL ?? last.text
                content.removeLast(); continue
            }
            if authors.isEmpty, let by = Byline.line(last.text), !by.authors.allSatisfy(isPlaceName) {
                authors = by.authors
                if source == nil { source = by.source }
                content.removeLast(); continue
            }
            break
        }
        if authors.isEmpty, let last = content.last, let (by, rest) = Byline.glued(last.text) {
            if !by.authors.allSatisfy(isPlaceName) {
                authors = by.authors
                if source == nil { source = by.source }
                content[content.count - 1].text = rest
            }
        }

        // Paragraphs and captions.
        var blocks: [Block] = []
        var captions: [String] = []
        var previous: String?
        for line in content {
            if line.text == previous, let lastBlock = blocks.last {
                // A line repeated twice in a row is a photo caption printed twice.
                if case .paragraph(let p) = lastBlock {
                    blocks[blocks.count - 1] = .caption(p)
                    if !captions.contains(p) { captions.append(p) }
                }
                continue
            }
            previous = line.text
            if line.indented || Captions.isCaptionLine(line.text) {
                blocks.append(.caption(line.text))
                if !captions.contains(line.text) { captions.append(line.text) }
                continue
            }
            for block in Captions.splitInline(line.text) {
                blocks.append(block)
                if case .caption(let c) = block, !captions.contains(c) { captions.append(c) }
            }
        }

        // Date from the lead when there was no date line.
        let paragraphs = blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
        if date == nil, let lead = paragraphs.first {
            date = DateParser.leadDate(lead, body: paragraphs.joined(separator: "\n"))
        }
        if date == nil {
            notes.append(Note(kind: .noDate, line: nil, message: "no date found; the article is listed as undated"))
        }

        let found = extractor.extract(paragraphs: [title] + blocks.map(\.text), excluding: Set(authors))
        if found.isEmpty {
            notes.append(Note(kind: .noPeople, line: nil, message: "no people found"))
        }
        if let suspicious = content.first(where: { Boilerplate.isSuspicious($0.text) && $0.text.count < 200 }) {
            notes.append(Note(kind: .boilerplate, line: suspicious.number, message: "possible boilerplate left in the text: \(suspicious.text.prefix(60))"))
        }
        if title.count > 300 {
            notes.append(Note(kind: .noTitle, line: titleLine.number, message: "the first line is very long for a title (\(title.count) characters)"))
        }

        var roles: [String: [String]] = [:]
        for f in found where !f.roles.isEmpty { roles[f.name] = f.roles }
        let article = Article(
            title: title, date: date, authors: authors, source: source, sourceURL: sourceURL,
            people: found.map(\.name), roles: roles, captions: captions, original: fileName,
            body: MarkdownBody.make(blocks)
        )
        return Result(article: article, notes: notes)
    }

    private func isPlaceName(_ s: String) -> Bool {
        let keys = s.split(separator: " ").map { Vietnamese.wordKey(String($0)) }
        return extractor.lexicon.longestMatch(extractor.lexicon.places, keys, at: 0) == keys.count
    }

    private static let runOn = Pattern(#"^(.{8,250}?)\s*\(([^()]{1,24})\)\s*[-–—]+\s*(.+)$"#)

    /// "Tiếp tục xây dựng quân đội (NLĐ) - Sáng qua, ..." → title, agency, body.
    private func splitRunOn(_ line: String) -> (String, String, String)? {
        guard let m = Self.runOn.firstMatch(in: line) else { return nil }
        let agency = (m[2] ?? "")
        guard agency.contains(where: { $0.isUppercase }), agency.split(separator: " ").count <= 3 else { return nil }
        let rest = (m[3] ?? "")
        guard wordCount(rest) >= 5 else { return nil }
        return ((m[1] ?? "").trimmingCharacters(in: .whitespaces), agency, rest)
    }

    private func wordCount(_ s: String) -> Int { s.split(separator: " ").count }
}

/// A block of the body: a paragraph, or a photo caption.
enum Block: Equatable {
    case paragraph(String)
    case caption(String)

    var text: String {
        switch self {
        case .paragraph(let t), .caption(let t): return t
        }
    }
}
