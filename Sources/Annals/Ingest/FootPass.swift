/// The bylines pass: the source, source URL and byline at the foot of an article, taken off the body.
///
/// Up to four lines are read from the end: a source line ("Theo TTXVN", "Nguồn Trà Vinh: URL"), a bare
/// URL, an agency alone ("TTXVN", "VOV": a source, not an author), and one byline. With no byline line,
/// a byline glued to the last sentence ("… đã ký kết. Hồng Nhung (TTXVN)"). "Theo Kiều Anh" above an
/// agency line is the reporter's credit ("Theo Kiều Anh / VOV"), not a newspaper's.
struct FootPass {
    var authors: [String] = []
    var source: String?
    var sourceURL: String?

    /// `isPlaceName`: a byline that is only a place is a dateline, not a byline. `lexicon`: whose family
    /// names tell a reporter's credit from a newspaper's.
    mutating func read(_ content: inout [TextCleaning.Line], lexicon: Lexicon, isPlaceName: (String) -> Bool) {
        var scanned = 0
        var agencyLine = false
        while let last = content.last, scanned < 4 {
            scanned += 1
            if agencyLine, authors.isEmpty, let name = Byline.reporterAfterTheo(last.text, lexicon: lexicon) {
                authors = [name]
                content.removeLast(); continue
            }
            if let src = Byline.sourceLine(last.text) {
                source = src.name
                if let url = src.url { sourceURL = url }
                content.removeLast(); continue
            }
            // "* Mọi ý kiến đóng góp … độc giả gửi tin, bài về hộp thư: …@dantri.com.vn": the paper's
            // invitation to write in, under every article of a section.
            if Self.invitesMail(last.text) {
                content.removeLast(); continue
            }
            if last.text.hasPrefix("http://") || last.text.hasPrefix("https://"), !last.text.contains(" ") {
                sourceURL = sourceURL ?? last.text
                content.removeLast(); continue
            }
            if authors.isEmpty, Byline.isAgency(last.text) {
                source = source ?? last.text
                agencyLine = true
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
            if by.authors.isEmpty, let credit = by.source {
                // A source credit glued to the last sentence: taken off, no byline.
                source = source ?? credit
                content[content.count - 1].text = rest
            } else if !by.authors.allSatisfy(isPlaceName) {
                authors = by.authors
                if source == nil { source = by.source }
                content[content.count - 1].text = rest
            }
        }
    }

    /// A short line that asks readers to send mail to an address ("gửi … về hộp thư: a@b.vn").
    static func invitesMail(_ line: String) -> Bool {
        guard line.utf8.count <= 320, line.utf8.contains(0x40) else { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == ":" })
        guard words.contains(where: { w in
            guard let at = w.firstIndex(of: "@"), at > w.startIndex else { return false }
            return w[w.index(after: at)...].contains(".")
        }) else { return false }
        let lower = line.lowercased()
        return lower.contains("gửi") && (lower.contains("hộp thư") || lower.contains("email") || lower.contains("e-mail") || lower.contains("thư điện tử"))
    }
}
