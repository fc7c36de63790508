import Foundation

/// Lines whose stop was dropped, so that the next sentence runs on from them (Baomoi's scrapes): "… tiếp đón
/// Chủ tịch Quốc hội nước bạn Với quan hệ đặc biệt, …", "Hợp tác giáo dục Tại cuộc hội đàm, …". A word that
/// opens sentences and never continues one, capitalised and with no punctuation before it, shows where the
/// line ended.
extension CaptionRules {
    /// A word or two that opens a sentence. `comma`: only with a comma after it ("Đồng thời,", "Sinh thời,"),
    /// because its first word is also a name's or a place's ("Phạm Văn Đồng thời gian qua", "Lâm Đồng thời
    /// gian qua", "Nguyễn Văn Sinh thời gian"). `captionOnly`: the line before it is cut off only when it is a
    /// caption ("Với" opens titles of songs and poems too: "ca khúc Với anh em tôi"). `reported`: a bare title
    /// and a verb of speech, which open the sentence reporting what someone said ("… hội kiến Thủ tướng nước
    /// bạn Chủ tịch đề nghị …"); what follows it may be capitalised ("đề nghị Chính phủ …").
    private struct RunOnOpener {
        let bytes: [UInt8]
        let words: Int
        let comma: Bool
        let captionOnly: Bool
        let reported: Bool

        init(_ text: String, comma: Bool = false, captionOnly: Bool = false, reported: Bool = false) {
            bytes = Array((comma ? text + "," : text).utf8)
            words = text.split(separator: " ").count
            self.comma = comma
            self.captionOnly = captionOnly
            self.reported = reported
        }
    }

    /// Titles that open a sentence alone, and verbs of speech, for `RunOnOpener.reported`.
    private static let bareTitles = ["Thủ tướng", "Phó Thủ tướng", "Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch", "Tổng Bí thư",
                                     "Bộ trưởng", "Thứ trưởng", "Tổng thống", "Bí thư", "Đại sứ", "Thống đốc"]
    private static let speechVerbs = ["đề nghị", "nhấn mạnh", "cho biết", "khẳng định", "yêu cầu", "bày tỏ", "đánh giá", "cảm ơn",
                                      "hoan nghênh", "mong muốn", "chúc mừng"]
    /// Words that a bare title after them continues ("Phó Thủ tướng", "Tổng Bí thư", "nguyên Bộ trưởng", "Ban Bí
    /// thư", "Văn phòng Chủ tịch nước", "Thường trực", "Phu nhân", "Trợ lý", "Thư ký"): a reported opener after
    /// one is part of a longer title, not a sentence's start.
    private static let titlePrefixes: Set<String> = ["Phó", "Tổng", "Quyền", "nguyên", "Nguyên", "cựu", "Cựu", "tân", "Tân",
                                                     "Ban", "phòng", "trực", "nhân", "lý", "ký"]

    private static let runOnOpeners: [RunOnOpener] = [
        "Tại buổi", "Tại đây", "Tại hội", "Tại cuộc", "Tại lễ", "Trong buổi", "Trong chuyến", "Trong khuôn khổ", "Cũng tại",
        "Cũng trong", "Cùng dự", "Cùng tham dự", "Sau khi", "Phát biểu tại", "Phát biểu khai mạc",
    ].map { RunOnOpener($0) } + [
        "Cùng ngày", "Ngoài ra", "Sinh thời", "Theo đó", "Sau đó", "Trước đó", "Bên cạnh đó", "Tiếp đó", "Đồng thời", "Tuy nhiên",
    ].map { RunOnOpener($0, comma: true) } + [RunOnOpener("Với", captionOnly: true)]
        + bareTitles.flatMap { title in speechVerbs.map { RunOnOpener(title + " " + $0, reported: true) } }

    /// The openers by their first byte ("V", "C", "T", …, and 0xC4 for "Đ").
    private static let openersByFirstByte: [(first: UInt8, openers: [Int])] = Dictionary(grouping: runOnOpeners.indices, by: { runOnOpeners[$0].bytes[0] })
        .map { ($0.key, $0.value) }.sorted { $0.first < $1.first }

    /// Where in `text` (byte offsets, in order) an opener of `runOnOpeners` follows a space and a word with no
    /// punctuation after it (a letter, a digit or a closing bracket; not a dash, a quotation mark or an
    /// ellipsis), and which opener. `memchr` finds each opener's first byte; the bytes around it are read.
    /// `any`: stop at the first found (for a yes or no).
    private static func runOnOpenings(_ text: String, any: Bool = false) -> [(offset: Int, opener: RunOnOpener)] {
        var text = text
        return text.withUTF8 { b in
            guard let base = b.baseAddress else { return [] }
            let n = b.count
            var found: [(offset: Int, opener: RunOnOpener)] = []
            for (letter, openers) in openersByFirstByte {
                var from = 2
                while from < n, let hit = memchr(base + from, Int32(letter), n - from) {
                    let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    from = j + 1
                    guard b[j - 1] == 0x20, endsAWord(b, at: j - 2) else { continue }
                    for k in openers {
                        let o = runOnOpeners[k]
                        let end = j + o.bytes.count
                        guard end <= n, memcmp(base + j, o.bytes, o.bytes.count) == 0,
                              o.comma || end == n || b[end] == 0x20 || b[end] == 0x2C else { continue }
                        found.append((j, o))
                        if any { return found }
                        break
                    }
                }
            }
            return found.sorted { $0.offset < $1.offset }
        }
    }

    /// Whether the byte at `i` ends a word with no punctuation: an ASCII letter or digit, a closing bracket, or
    /// the last byte of a letter of several bytes (not of U+2000–U+203F: dashes, quotation marks, the ellipsis).
    private static func endsAWord(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x29 }
        return !(i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80)
    }

    /// Whether `paragraph` may hold a line run on into the next sentence.
    static func mayHoldRunOnLine(_ paragraph: String) -> Bool { !runOnOpenings(paragraph, any: true).isEmpty }

    /// A sentence cut where a line with no stop runs on into the next one: the line, whether it is a caption,
    /// and the rest. The line must read as a short sentence of its own (`readsAsALine`) and an opener without
    /// its comma be followed by a word in lower case ("Với quan hệ", not "Với Bác Hồ"); before a reported
    /// sentence, the line must be someone doing something. It is a caption when it shows
    /// someone or an event (`showsSomeoneOrAnEvent`); otherwise it is a heading run on ("Hợp tác giáo dục Tại
    /// cuộc hội đàm, …"), which becomes a paragraph of its own.
    static func runOnLine(_ sentence: String, lexicon: Lexicon) -> (line: String, isCaption: Bool, rest: String)? {
        let u = sentence.utf8
        for (offset, opener) in runOnOpenings(sentence) {
            let cut = u.index(u.startIndex, offsetBy: offset)
            let head = Vietnamese.trimmed(sentence[..<cut])
            let rest = String(sentence[cut...])
            guard readsAsALine(head), opener.comma || opener.reported || lowerCaseAfter(opener, in: rest) else { continue }
            // Before a reported sentence, only a caption of someone doing something is cut off: an opening phrase
            // with no comma ("Phát biểu tại hội nghị Thủ tướng yêu cầu …"), a clause ("… lần này được Thủ tướng
            // đánh giá cao"), a name in apposition ("Ông A Chủ tịch cho biết") run on into it by their writing.
            if opener.reported && !(personActs(head, lexicon) && !endsWithATitlesWord(head)) { continue }
            let isCaption = showsSomeoneOrAnEvent(head, lexicon)
            if opener.captionOnly && (!isCaption || namesAWork(head)) { continue }
            return (head, isCaption, rest)
        }
        return nil
    }

    /// 4 to 40 words opening with a capital; no colon, quotation, day and month or figure; not opening with a
    /// connective; none of the words of reported speech, plans and statements (`statementWords`: "Việt Nam là
    /// đối tác …" has "là"). A note in brackets ("(bên phải)") is left out of the count and the look.
    private static func readsAsALine(_ head: String) -> Bool {
        guard isPlainLine(head), !UTF8Bytes.contains(head, 0x22), !Vietnamese.containsBytes(head, "“"),
              !Vietnamese.containsBytes(head, "”") else { return false }
        return readsPlainly(words(UTF8Bytes.contains(head, 0x28) ? withoutBrackets(head) : head))
    }

    /// The opener's own words, then a word in lower case or a number ("Tại buổi tiếp", "Trong khuôn khổ chuyến").
    private static func lowerCaseAfter(_ opener: RunOnOpener, in rest: String) -> Bool {
        let parts = rest.split(separator: " ", maxSplits: opener.words + 1)
        guard parts.count > opener.words, let first = parts[opener.words].first else { return false }
        return first.isLowercase || first.isNumber
    }

    /// "Thủ tướng Trần Văn Khải tiếp …", "Ông Lê Văn Phong (giữa) …", "Múa lân tại lễ khánh thành": a person named
    /// after the title or honorific the line opens with, a position in the picture, or an event's place.
    private static func showsSomeoneOrAnEvent(_ head: String, _ lexicon: Lexicon) -> Bool {
        if eventPlaces.contains(where: { Vietnamese.containsBytes(head, $0) }) || positionNotes.contains(where: { Vietnamese.containsBytes(head, $0) }) {
            return true
        }
        return namedPersonEnd(head, lexicon) != nil
    }

    /// Where the name ends (its last word's index) when `head` opens with a title or an honorific and then,
    /// after up to three more words of the title ("nước", "Quốc hội"), a name of capitalised words, the first
    /// a family name.
    private static func namedPersonEnd(_ head: String, _ lexicon: Lexicon) -> Int? {
        let words = head.split(separator: " ")
        let ids = words.prefix(12).map { lexicon.id(ofWord: $0) }
        guard !ids.isEmpty else { return nil }
        var start = lexicon.longestMatch(lexicon.titleHeads, ids, at: 0)
        if start == 0, lexicon.honorificWordSet.contains(ids[0]) { start = 1 }
        guard start > 0, start + 1 < ids.count else { return nil }
        for i in start..<min(start + 4, ids.count - 1) where lexicon.families.contains(ids[i]) {
            guard words[i].first?.isUppercase == true, words[i + 1].first?.isUppercase == true else { continue }
            var end = i + 1
            while end + 1 < words.count, words[end + 1].first?.isUppercase == true { end += 1 }
            return end
        }
        return nil
    }

    /// "Chủ tịch nước A hội kiến …": a person named as `namedPersonEnd` finds, then a word in lower case (what
    /// they do). A title after the name ("Ông A Trưởng đoàn …") is a description in apposition, not an act.
    private static func personActs(_ head: String, _ lexicon: Lexicon) -> Bool {
        guard let end = namedPersonEnd(head, lexicon) else { return false }
        let words = head.split(separator: " ")
        guard end + 1 < words.count, words[end + 1].first?.isLowercase == true else { return false }
        let ids = words.prefix(end + 2).map { lexicon.id(ofWord: $0) }
        return !(2...end).contains { lexicon.longestMatch(lexicon.titleHeads, ids, at: $0) > 1 && words[$0].first?.isUppercase == true }
    }

    /// A head ending with a word that a title after it continues (`titlePrefixes`) or that makes the title
    /// after it part of a clause or a list ("được", "của", "mà", "với", "và").
    private static func endsWithATitlesWord(_ head: String) -> Bool {
        guard let last = head.split(separator: " ").last else { return false }
        return titlePrefixes.contains(String(last)) || clauseWords.contains(String(last))
    }
    private static let clauseWords: Set<String> = ["được", "bị", "mà", "như", "của", "do", "với", "và"]
    private static let positionNotes = ["(bên phải", "(bên trái", "(giữa", "(thứ ", "(ngoài cùng", "(phải", "(trái"]
    private static let eventPlaces = [" tại lễ", " tại buổi", " tại hội nghị", " tại hội chợ", " tại cuộc", " tại sân bay", " tại kỳ họp", " tại phiên"]

    /// "… biểu diễn ca khúc", "… đọc bài thơ": a work's name follows, and "Với" may open it.
    private static func namesAWork(_ head: String) -> Bool {
        guard let last = head.split(separator: " ").last else { return false }
        return workNouns.contains(Vietnamese.wordKey(String(last)))
    }
    private static let workNouns: Set<String> = Set(["khúc", "hát", "thơ", "phẩm", "phim", "sách", "trình", "mục", "đề", "vở", "tập"].map(Vietnamese.wordKey))
}
