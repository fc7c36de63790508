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

        Self.readHeaders(&lines, date: &date, sourceURL: &sourceURL)

        // Furniture anywhere, and related-link lists at the end.
        lines.removeAll { Boilerplate.isBoilerplate($0.text) }
        while let last = lines.last, last.text.isEmpty || Boilerplate.isRelatedLink(last.text) { lines.removeLast() }

        // Title: the first meaningful line; "Title (NLĐ)- body" run-ons split.
        var content = lines.filter { !$0.text.isEmpty }
        guard !content.isEmpty else {
            notes.append(Note(kind: .empty, line: nil, message: "no text after removing boilerplate"))
            return Result(article: Article(title: "", original: fileName), notes: notes)
        }
        let (title, titleLine, titleFromBody) = titlePass(&content, date: &date, source: &source, sourceURL: sourceURL, notes: &notes)

        Self.takeDateLines(&content, date: &date)

        // Source and byline at the foot.
        var foot = FootPass(source: source, sourceURL: sourceURL)
        foot.read(&content, lexicon: extractor.lexicon, isPlaceName: isPlaceName)
        let authors = foot.authors
        source = foot.source
        sourceURL = foot.sourceURL

        // Related-article titles in square brackets inside paragraphs.
        for k in content.indices where UTF8Bytes.contains(content[k].text, 0x5B) {
            content[k].text = Boilerplate.withoutBracketedLinks(content[k].text)
        }

        let (blocks, captions) = Self.blocksAndCaptions(content, title: title, lexicon: extractor.lexicon)

        let partialDate = Self.leadDatePass(blocks, date: &date, notes: &notes)
        let found = peoplePass(blocks, authors: authors)
        if found.isEmpty {
            notes.append(Note(kind: .noPeople, line: nil, message: "no people found"))
        }
        Self.suspicionPass(content, title: title, titleLine: titleLine, titleFromBody: titleFromBody, notes: &notes)

        var roles: [String: [String]] = [:]
        for f in found where !f.roles.isEmpty { roles[f.name] = f.roles }
        var article = Article(
            title: title, date: date, authors: authors, source: source, sourceURL: sourceURL,
            people: found.map(\.name), roles: roles, captions: captions, original: fileName,
            body: MarkdownBody.make(blocks)
        )
        article.partialDate = partialDate
        return Result(article: article, notes: notes)
    }

    /// The date from the lead when there was no date line: a full date (into `date`), or a day and month
    /// alone (returned); a note when the year or the whole date is missing.
    private static func leadDatePass(_ blocks: [Block], date: inout ArticleDate?, notes: inout [Note]) -> DayMonth? {
        let paragraphs = blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
        var partialDate: DayMonth?
        if date == nil {
            switch LeadDate.find(paragraphs: paragraphs) {
            case .full(let d): date = d
            case .partial(let p): partialDate = p
            case nil: break
            }
        }
        if let p = partialDate {
            notes.append(Note(kind: .noDate, line: nil, message: "the lead gives \(p.day)/\(p.month) without a year; the archive places it where it can (dated articles beside it, 'years' in site.yml), else the year is left unknown"))
        } else if date == nil {
            notes.append(Note(kind: .noDate, line: nil, message: "no date found; the article is listed as undated"))
        }
        return partialDate
    }

    /// Notes on what looks left over: boilerplate in the text, a first line too long for a title.
    private static func suspicionPass(_ content: [TextCleaning.Line], title: String, titleLine: TextCleaning.Line, titleFromBody: Bool,
                                      notes: inout [Note]) {
        if let suspicious = content.first(where: { $0.text.utf8.count < 800 && Boilerplate.isSuspicious($0.text) && $0.text.count < 200 }) {
            notes.append(Note(kind: .boilerplate, line: suspicious.number, message: "possible boilerplate left in the text: \(suspicious.text.prefix(60))"))
        }
        if !titleFromBody, !Vietnamese.hasAtMost(300, charactersIn: title) {
            notes.append(Note(kind: .noTitle, line: titleLine.number, message: "the first line is very long for a title (\(title.count) characters)"))
        }
    }

    /// The title pass: the first meaningful line, after a date line above it; "Title (NLĐ)- body" run-ons
    /// and titles glued to their body are split, a lead written before a short title is put back, and
    /// an article with no title line gets its first sentence as the title (`fromBody`).
    private func titlePass(_ content: inout [TextCleaning.Line], date: inout ArticleDate?, source: inout String?,
                           sourceURL: String?, notes: inout [Note]) -> (title: String, line: TextCleaning.Line, fromBody: Bool) {
        var titleLine = content.removeFirst()
        var title = titleLine.text
        /// The title came from the body's first sentence: the article has no title line.
        var titleFromBody = false
        if DateParser.dateLine(title) != nil, let next = content.first {
            // A date line above the title.
            date = date ?? DateParser.dateLine(title)
            content.removeFirst()
            titleLine = next
            title = next.text
        }
        if let (head, agency, rest) = splitRunOn(title) {
            title = head
            if source == nil { source = agency }
            content.insert(TextCleaning.Line(text: rest, indented: false, number: titleLine.number), at: 0)
            // "Title Caption (NLĐ)- body": a photo caption between the title and the agency.
            if let (t, caption) = Self.splitSceneCaption(head)
                ?? (Vietnamese.wordCount(head) > 16 ? splitGluedTitle(head, minimum: 16) : nil) {
                title = t
                content.insert(TextCleaning.Line(text: caption, indented: true, number: titleLine.number), at: 0)
            }
        } else if Vietnamese.wordCount(title) > 22, !opensLikeLead(title), let (head, rest) = splitGluedTitle(title) {
            // "Title Body…" glued into one line without a separator.
            title = head
            content.insert(TextCleaning.Line(text: rest, indented: false, number: titleLine.number), at: 0)
        } else if looksLikeBody(title), let next = content.first, Vietnamese.wordCount(next.text) <= 25, !endsSentence(next.text),
                  DateParser.dateLine(next.text) == nil, !Captions.isCaptionLine(next.text),
                  Self.mayBeTitle(next.text, url: sourceURL) {
            // The lead came first and a short title follows it.
            content.removeFirst()
            content.insert(titleLine, at: 0)
            titleLine = next
            title = next.text
        } else if looksLikeBody(title) || (content.isEmpty && Vietnamese.wordCount(title) > 30) {
            // No title line (some scrapes drop it): the first line is the lead or a caption, or the whole
            // article on one line. It stays in the body and its first sentence stands in for the title.
            content.insert(titleLine, at: 0)
            title = Self.leadTitle(title)
            titleFromBody = true
            notes.append(Note(kind: .noTitle, line: titleLine.number, message: "no title line; the first sentence stands in: \(title.prefix(60))"))
        }

        return (title, titleLine, titleFromBody)
    }

    /// Whether a short line after the lead can be the article's title, given the article's address from
    /// its header ("# url = …/dong-thai-cung-ran-cua-bo-giao-thong-….htm"): news sites make the address
    /// from the title, so a subheading ("Vướng mắc do …") shares few of its words. Without an address
    /// with words in it, any such line can be.
    static func mayBeTitle(_ line: String, url: String?) -> Bool {
        guard let url, let last = url.split(separator: "/").last else { return true }
        let addressWords = Set(last.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
        guard addressWords.count >= 4 else { return true }
        // Words of letters only: the address keeps none of its numbers ("…-20210423000823208.htm").
        let words = Slug.make(line).split(separator: "-").map(String.init).filter { $0.contains(where: \.isLetter) }
        guard !words.isEmpty else { return false }
        return words.filter(addressWords.contains).count * 2 >= words.count
    }

    /// "Khai mạc Hội nghị APEC Quang cảnh Hội nghị. Ảnh: Nhân Dân": a caption opening as captions do
    /// ("Toàn cảnh", "Quang cảnh", "Trong ảnh") after at least three words of title.
    static func splitSceneCaption(_ head: String) -> (String, String)? {
        for opener in [" Toàn cảnh ", " Quang cảnh ", " Trong ảnh"] {
            guard let r = head.range(of: opener) else { continue }
            let title = String(head[..<r.lowerBound])
            guard title.split(separator: " ").count >= 3 else { continue }
            return (title, String(head[head.index(after: r.lowerBound)...]))
        }
        return nil
    }

    /// Date lines near the top ("Ngày đăng: 14/12/2021" among the first four lines) are taken off; the
    /// first gives the date when the headers gave none.
    private static func takeDateLines(_ content: inout [TextCleaning.Line], date: inout ArticleDate?) {
        var kept: [TextCleaning.Line] = []
        for (i, line) in content.enumerated() {
            if i < 4, let d = DateParser.dateLine(line.text) {
                if date == nil { date = d }
                continue
            }
            kept.append(line)
        }
        content = kept
    }

    /// The people pass: people come from the body (captions included), not from the title line, and not
    /// from lists of street names; bylines are never people.
    private func peoplePass(_ blocks: [Block], authors: [String]) -> [PeopleExtractor.Found] {
        let texts = blocks.map(\.text)
        let searched = texts.indices.filter { !StreetLists.isStreetNameList(texts[$0], after: $0 > 0 ? texts[$0 - 1] : nil) }.map { texts[$0] }
        return extractor.extract(paragraphs: searched, excluding: Set(authors))
    }

    /// The headers pass: `# key = value` lines (one of the scraped layouts) give the date and the URL.
    private static func readHeaders(_ lines: inout [TextCleaning.Line], date: inout ArticleDate?, sourceURL: inout String?) {
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
    }

    /// The captions pass: lines into paragraphs and captions (indented lines, lines printed twice, lines
    /// and sentences with a photo credit, and the creditless ones of `CaptionRules`), and the captions once
    /// each, in order.
    private static func blocksAndCaptions(_ content: [TextCleaning.Line], title: String, lexicon: Lexicon) -> (blocks: [Block], captions: [String]) {
        var blocks: [Block] = []
        var captions: [String] = []
        func add(_ block: Block) {
            blocks.append(block)
            if case .caption(let c) = block, !captions.contains(c) { captions.append(c) }
        }
        var previous: String?
        for (k, line) in content.enumerated() {
            if line.text == previous, let lastBlock = blocks.last {
                // A line repeated twice in a row is a photo caption printed twice.
                if case .paragraph(let p) = lastBlock {
                    blocks[blocks.count - 1] = .caption(p)
                    if !captions.contains(p) { captions.append(p) }
                }
                continue
            }
            previous = line.text
            // The credit tests need "ảnh" or "photo": most lines, without either, are a paragraph after one scan.
            let photo = Captions.mentionsPhoto(line.text)
            if isCaptionLine(line, at: k, in: content, mentionsPhoto: photo, lexicon: lexicon) { add(.caption(line.text)); continue }
            let pieces = photo || Captions.mayHoldInlineCredit(line.text) ? Captions.splitInline(line.text, lexicon: lexicon) : [.paragraph(line.text)]
            for piece in pieces {
                guard case .paragraph(let p) = piece,
                      CaptionRules.mayHoldCaptionSentence(p, title: title, mentionsPhoto: pieces.count == 1 ? photo : nil)
                else { add(piece); continue }
                let isLead = !blocks.contains { if case .paragraph = $0 { return true } else { return false } }
                CaptionRules.split(p, title: title, isLead: isLead, lexicon: lexicon).forEach(add)
            }
        }
        return (blocks, captions)
    }

    /// A whole line that is a caption: indented, ending in a credit, opening as captions do ("Toàn cảnh …"),
    /// or, not the first line (the lead): a scene said as captions say it (also the last line), a short
    /// caption-like line between two paragraphs, a portrait's title and name.
    private static func isCaptionLine(_ line: TextCleaning.Line, at k: Int, in content: [TextCleaning.Line], mentionsPhoto photo: Bool,
                                      lexicon: Lexicon) -> Bool {
        if line.indented { return true }
        if photo, Captions.isCaptionLine(line.text, mentionsPhoto: true) { return true }
        guard k > 0, line.text.utf8.count < 320 else { return false }
        if photo, CaptionRules.opensLikeCaption(line.text), line.text.split(separator: " ").count <= 30,
           Sentences.split(line.text).count == 1 { return true }
        let previous = content[k - 1].text
        let next = k + 1 < content.count ? content[k + 1].text : nil
        if CaptionRules.isSceneLine(line.text, previous: previous, next: next, lexicon: lexicon) { return true }
        guard let next else { return false }
        return CaptionRules.isOwnLineCaption(line.text, previous: previous, next: next)
            || CaptionRules.isPortraitCaption(line.text, previous: previous, next: next, lexicon: lexicon)
    }

    /// Reads one article on another thread, so that the patterns and tables ingest and assembly build on
    /// first use (once per process, by the first thread to need them while the others wait) are ready when
    /// articles are read on every core: a build starts this before listing the seeds folder.
    public func prepareInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            _ = article(fromText: Self.warmUpText, fileName: "")
            _ = Collation.key("Nguyễn Thị Ánh")
        }
    }

    /// An article in the seeds' layout: a title, a date line, a lead, a caption, a byline and a source.
    private static let warmUpText = """
        Hội nghị tổng kết công tác năm
        Ngày đăng: 14/12/2021
        Sáng ngày 19/12, tại Hà Nội, Phó Thủ tướng Nguyễn Văn An dự hội nghị. Ông An đánh giá cao kết quả.
        Quang cảnh hội nghị (Ảnh: TTXVN).
        Văn Hùng, Hoàn Vũ
        Theo TTXVN
        """

    /// A byline line that is only a province, a country or a city ("Hà Nội") is a dateline, not a byline.
    /// Districts do not count: many are also pen names ("Thanh Hà", "Hải An").
    private func isPlaceName(_ s: String) -> Bool {
        let lexicon = extractor.lexicon
        let keys = lexicon.ids(ofWords: s)
        return lexicon.longestMatch(lexicon.bylinePlaces, keys, at: 0) == keys.count
    }

    private static let runOn = Pattern(#"^(.{8,250}?)\s*\(([^()]{1,24})\)\s*([-–—]*)\s*(.+)$"#)
    /// The same after a bracket passed over: the head already has its words.
    private static let runOnNext = Pattern(#"^(.{0,250}?)\s*\(([^()]{1,24})\)\s*([-–—]*)\s*(.+)$"#)

    /// "Tiếp tục xây dựng quân đội (NLĐ) - Sáng qua, ..." → title, agency, body. Without the dash the
    /// agency must be an abbreviation in capitals and the body must start with a capital. A bracket that is
    /// no agency ("Ông X (trái) (NLĐ)- …", a caption's "(trái)") is passed over for the next one.
    private func splitRunOn(_ line: String) -> (String, String, String)? {
        guard UTF8Bytes.contains(line, UInt8(ascii: "(")) else { return nil }
        var from = line.startIndex
        for _ in 0..<4 {
            guard let m = (from == line.startIndex ? Self.runOn : Self.runOnNext).firstMatch(in: String(line[from...])) else { return nil }
            let head = String(line[line.startIndex..<from]) + (m[1] ?? "")
            if let split = runOnParts(head: head, agency: m[2] ?? "", dash: m[3] ?? "", rest: m[4] ?? "") { return split }
            // On past this bracket: the head now runs to its closing bracket.
            guard let close = line[from...].range(of: ")", range: line.index(from, offsetBy: (m[1] ?? "").count)..<line.endIndex) else { return nil }
            from = close.upperBound
        }
        return nil
    }

    private func runOnParts(head: String, agency: String, dash: String, rest: String) -> (String, String, String)? {
        let agency = agency.trimmingCharacters(in: .whitespaces)
        guard agency.contains(where: { $0.isUppercase }), agency.split(separator: " ").count <= 3 else { return nil }
        guard Vietnamese.wordCount(rest) >= 5 else { return nil }
        if dash.isEmpty {
            guard agency == agency.uppercased(), agency.count <= 8, !agency.contains(" "),
                  rest.first?.isUppercase == true, Vietnamese.wordCount(head) >= 3 else { return nil }
        }
        return (head.trimmingCharacters(in: .whitespaces), agency, rest)
    }

    private func endsSentence(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…"
            || ((last == "\"" || last == "”" || last == ")") && s.dropLast().last.map { ".!?…".contains($0) } == true)
    }

    /// A first line that reads as body text: a caption, a lead opening with its date ("Sáng 1/8, …"),
    /// or a long sentence ending with a stop.
    private func looksLikeBody(_ line: String) -> Bool {
        if Captions.isCaptionLine(line) { return true }
        guard endsSentence(line) else { return false }
        return Vietnamese.wordCount(line) > 20 || DateParser.opensWithLeadDate(line)
    }

    /// A line that opens the way leads do: with the date ("Ngày 12.4, …") or a function word ("Trong …").
    private func opensLikeLead(_ line: String) -> Bool {
        if DateParser.opensWithLeadDate(line) { return true }
        guard let first = Vietnamese.words(line).first else { return false }
        return Self.leadOpeners.contains(Vietnamese.wordKey(String(first)))
    }
    private static let leadOpeners: Set<String> = [
        "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "theo", "trong", "tại", "được", "trả", "sau", "trước", "vào",
        "với", "cùng", "từ", "qua", "khi", "chiều tối",
    ]

    /// The first sentence of a lead or caption, without the photo credit, short enough for a title.
    static func leadTitle(_ line: String) -> String {
        var first = Sentences.split(line).first ?? line
        if let r = first.range(of: #"\s*\((?:Ảnh|ảnh|Nguồn|Photo)[^()]*\)\.?$"#, options: .regularExpression) {
            first.removeSubrange(r)
        }
        first = first.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        let words = first.split(separator: " ")
        if words.count > 30 { return words.prefix(30).joined(separator: " ") + " …" }
        return first
    }

    /// "Tạm dừng sản xuất con giống Nhân viên thú y quận …": a title glued to the body. The body starts
    /// at a capitalised word after a lower-case one that opens sentences: a function word ("Tại",
    /// "Trong", "Chiều"), an honorific before a name ("Ông Lê …"), or a title head ("Phó Thủ tướng").
    private func splitGluedTitle(_ line: String, minimum: Int = 22) -> (String, String)? {
        let words = Vietnamese.words(line).map(String.init)
        guard words.count > minimum else { return nil }
        let lexicon = extractor.lexicon
        let keys = words.map { lexicon.id(ofWord: $0) }
        for i in 3..<min(words.count - 4, 21) {
            let prev = words[i - 1], word = words[i]
            guard word.first?.isUppercase == true, let pl = prev.last else { continue }
            if i < 5, !"!?…".contains(pl) { continue }
            // Never inside brackets: "… Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy …)" is one line of text.
            if words[..<i].reduce(0, { $0 + $1.filter { $0 == "(" }.count - $1.filter { $0 == ")" }.count }) > 0 { continue }
            // "… gia nhập WTO Ông Lê Văn A, …": a caption opening with "Ông"/"Bà" and a name after an acronym.
            let acronymThenHonorific = prev.count >= 2 && prev == prev.uppercased() && prev.allSatisfy(\.isLetter)
                && (word == "Ông" || word == "Bà") && words[i + 1].first?.isUppercase == true
            guard pl.isLowercase || pl.isNumber || "!?…”\")".contains(pl) || acronymThenHonorific else { continue }
            // A title does not end on "do", "của", "với": "Đoàn … do Chủ tịch Hạ viện … dẫn đầu".
            if lexicon.longestMatch(lexicon.roleStops, keys, at: i - 1) == 1 { continue }
            if prev.first?.isUppercase == true, !"!?…”\")".contains(pl), !acronymThenHonorific { continue }
            let opener = lexicon.functionWords.contains(keys[i])
                || (lexicon.honorificWordSet.contains(keys[i]) && words[i + 1].first?.isUppercase == true)
                || (lexicon.longestMatch(lexicon.titleHeads, keys, at: i) > 0 && !lexicon.honorificWordSet.contains(keys[i]))
            if opener || "!?…".contains(pl) {
                return (words[..<i].joined(separator: " "), words[i...].joined(separator: " "))
            }
        }
        return nil
    }
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
