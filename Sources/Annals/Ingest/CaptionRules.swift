/// Captions that carry no photo credit, found by where they stand and how they read:
/// - a short line of its own between two paragraphs, written as captions are (Dân trí's layout, where the
///   picture was dropped and its caption kept: "Ông A, Chủ tịch UBND tỉnh phát biểu khai mạc buổi lễ.");
/// - a sentence opening as captions do ("Toàn cảnh buổi tiếp.", "Quang cảnh hội nghị", "Trong ảnh, …");
/// - a sentence inside a paragraph that repeats the title (the first photo's caption often does; a line
///   of its own that repeats it is a heading);
/// - a run of sentences printed twice or more in a row (a gallery scraped with each caption repeated),
///   kept once.
enum CaptionRules {
    // MARK: - Lines of their own

    /// A line between two paragraphs that reads as a caption: one short sentence with its stop, no quotation,
    /// no colon, no date, not opening with a connective ("Đồng thời", "Tuy nhiên", "Theo …") and without
    /// the words of reported speech, plans or statements ("cho biết", "sẽ", "đã", "là", "có"), without a
    /// figure ("30.000 ngôi nhà"), both neighbours real paragraphs of 120 characters or more (a list of short
    /// entries is not a run of captions). A quoted name inside is fine; a quotation opening the line is not.
    static func isOwnLineCaption(_ line: String, previous: String, next: String) -> Bool {
        // Byte tests first: most lines fail one of them.
        let bytes = line.utf8.count
        guard bytes >= 15, bytes <= 320, line.utf8.last == 0x2E, !line.hasSuffix(".."),
              !line.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x3F || $0 == 0x21 }),
              !Vietnamese.hasAtMost(119, charactersIn: previous), !Vietnamese.hasAtMost(119, charactersIn: next),
              let first = line.first, first.isUppercase, !hasDayMonth(line), !hasLargeNumber(line), !hasBirthYearNote(line)
        else { return false }
        let keys = words(line)
        guard keys.count >= 4, keys.count <= 40 else { return false }
        if connectives.contains(keys[0]) || connectives.contains(keys[0] + " " + keys[1]) { return false }
        for (i, k) in keys.enumerated() {
            if statementWords.contains(k) { return false }
            if i + 1 < keys.count, statementWords.contains(k + " " + keys[i + 1]) { return false }
        }
        return line.count <= 170 && !Vietnamese.containsBytes(line, "…") && Sentences.split(line).count == 1
    }

    /// Words that open a sentence continuing the text, never a caption: connectives, pronouns, times.
    private static let connectives: Set<String> = keySet([
        "đồng thời", "đối với", "tuy nhiên", "theo", "trong", "ngoài ra", "vì vậy", "do đó", "bên cạnh", "như vậy",
        "cụ thể", "hiện", "hiện nay", "sau", "trước", "trước đó", "về", "với", "khi", "nếu", "để", "từ", "còn", "riêng",
        "mặc dù", "nhưng", "và", "cũng", "đây", "đó", "điều", "qua đó", "thứ nhất", "thứ hai", "thứ ba", "chúng ta",
        "chúng tôi", "tôi", "cho nên", "bởi", "vì", "do", "nhờ", "tất cả", "mỗi", "một", "nhiều", "các", "những", "hai",
        "ba", "năm", "sinh", "tại", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "khóa", "là", "có", "đến",
        "hơn", "chỉ", "dù", "song", "ngay", "rồi", "thế", "vậy", "kịp thời",
    ])

    /// Words of reported speech, plans, past events and statements: a sentence with one is text, not a caption.
    private static let statementWords: Set<String> = keySet([
        "sẽ", "đã", "cho biết", "cho rằng", "nhấn mạnh", "đề nghị", "yêu cầu", "khẳng định", "cho hay", "nói", "theo",
        "nếu", "vì", "nhưng", "chúng ta", "chúng tôi", "tôi", "cần", "phải", "dự kiến", "dự báo", "không", "chưa",
        "vừa", "đang", "từng", "bởi", "tuy", "song", "rằng", "là", "mong muốn", "cũng", "khi",
        "cảm ơn", "bày tỏ", "chia sẻ", "kêu gọi", "đánh giá", "nhận định",
        // "Dự buổi lễ có ông A, …", "Toàn huyện có hơn 30.000 ngôi nhà …": who attended, how many — text.
        "có",
    ])

    private static func keySet(_ list: [String]) -> Set<String> {
        Set(list.map { $0.split(separator: " ").map { Vietnamese.wordKey(String($0)) }.joined(separator: " ") })
    }

    /// The match keys of a sentence's words, punctuation dropped.
    static func words(_ s: String) -> [String] {
        s.split(separator: " ").compactMap { w -> String? in
            let t = w.trimmingCharacters(in: wordPunctuation)
            return t.isEmpty ? nil : Vietnamese.wordKey(t)
        }
    }
    private static let wordPunctuation = CharacterSet(charactersIn: ".,;:()\"“”'‘’-–")

    /// "26/6", "12-4": a day and month, which dates an event the text reports.
    private static func hasDayMonth(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 3 else { return false }
        for i in 1..<(b.count - 1) where (b[i] == 0x2F || b[i] == 0x2D) && isDigit(b[i - 1]) && isDigit(b[i + 1]) { return true }
        return false
    }
    /// "30.000 ngôi nhà", "1,2 triệu": a figure with a separator, which states a fact a caption does not.
    private static func hasLargeNumber(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 3 else { return false }
        for i in 1..<(b.count - 1) where (b[i] == 0x2E || b[i] == 0x2C) && isDigit(b[i - 1]) && isDigit(b[i + 1]) { return true }
        return false
    }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// "Bà A (Sinh năm 1987), giáo viên …": an entry of a candidate list.
    private static func hasBirthYearNote(_ s: String) -> Bool {
        Vietnamese.containsBytes(s, "(Sinh") || Vietnamese.containsBytes(s, "(sinh") || Vietnamese.containsBytes(s, "(SN")
    }

    /// A line that is only a title and a name, with no stop ("Phó Thủ tướng Trần Văn Khải"), after a line of text
    /// that ends as a sentence does: the caption of a portrait. The name is the last two to four words, each
    /// capitalised, the first a family name; the line opens with a title and has at most 12 words. A line of
    /// names (a list: the next line is one too) or a speaker before a colon is not a caption.
    static func isPortraitCaption(_ line: String, previous: String, next: String, lexicon: Lexicon) -> Bool {
        isTitleAndName(line, lexicon) && endsAsSentence(previous) && next.utf8.count >= 20 && !isTitleAndName(next, lexicon)
    }

    private static func isTitleAndName(_ line: String, _ lexicon: Lexicon) -> Bool {
        let bytes = line.utf8
        guard bytes.count >= 10, bytes.count <= 160, let last = bytes.last,
              !bytes.contains(where: { $0 == 0x2E || $0 == 0x3A || $0 == 0x3B || $0 == 0x2C || $0 == 0x28 || $0 == 0x22 || $0 == 0x3F || $0 == 0x21 }),
              (last | 0x20 >= 0x61 && last | 0x20 <= 0x7A) || last >= 0x80 else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 3, words.count <= 12 else { return false }
        let ids = words.map { lexicon.id(ofWord: $0) }
        let title = lexicon.longestMatch(lexicon.titleHeads, ids, at: 0)
        guard title > 0 else { return false }
        for size in 2...4 where title + size <= words.count {
            let start = words.count - size
            if lexicon.families.contains(ids[start]), words[start...].allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        return false
    }

    /// A line of text, not a name in a list nor a heading: it ends with a stop, a closing quotation or an ellipsis.
    private static func endsAsSentence(_ s: String) -> Bool {
        guard let last = s.last, s.utf8.count >= 40 else { return false }
        return ".!?…”\"".contains(last)
    }

    // MARK: - Sentences

    /// "Toàn cảnh buổi tiếp đón.", "Quang cảnh Hội nghị", "Trong ảnh, Chủ tịch nước …", "Trong ảnh là …",
    /// "Trong ảnh: …": a sentence that says what a picture shows.
    static func opensLikeCaption(_ sentence: String) -> Bool {
        for opener in sceneOpeners where sentence.hasPrefix(opener) {
            let rest = sentence.dropFirst(opener.count)
            return rest.first == " " || rest.first == "," || rest.first == ":"
        }
        return false
    }
    private static let sceneOpeners = ["Toàn cảnh", "Quang cảnh", "Trong ảnh"]

    /// Whether a paragraph may hold a creditless caption sentence: a scene opener, the title, or a sentence
    /// printed twice. `mentionsPhoto`: what `Captions.mentionsPhoto(paragraph)` gives, when the caller knows it
    /// (every scene opener has "ảnh" in it). One pass over the sentence starts, with no allocation, so most
    /// paragraphs are passed over at once.
    static func mayHoldCaptionSentence(_ paragraph: String, title: String, mentionsPhoto photo: Bool? = nil) -> Bool {
        if photo ?? Captions.mentionsPhoto(paragraph),
           Vietnamese.containsBytes(paragraph, "Toàn cảnh") || Vietnamese.containsBytes(paragraph, "Quang cảnh")
            || Vietnamese.containsBytes(paragraph, "Trong ảnh") { return true }
        return repeatsASentenceStart(paragraph, title: title.utf8.count >= 20 ? title : nil) || mayHoldGluedCaption(paragraph)
    }

    // MARK: - Captions run on into the next sentence

    /// Words that open a sentence and never continue one, capitalised: met with no stop before them, they show
    /// where a caption whose stop was dropped ends ("… tiếp đón Chủ tịch Quốc hội Cuba Với quan hệ đặc biệt, …").
    /// None is a name's word ("Nhân", "Sinh" alone are given names; "Cách mạng" is written capitalised).
    static let runOnOpeners: [String] = [
        "Với ", "Cùng ngày", "Cùng dự", "Cùng tham dự", "Tại buổi", "Tại đây", "Tại hội", "Tại cuộc", "Tại lễ", "Ngoài ra",
        "Sinh thời", "Theo đó", "Sau đó", "Trước đó", "Nhân dịp", "Bên cạnh đó", "Cũng tại", "Cũng trong", "Trong buổi",
        "Trong chuyến", "Trong khuôn khổ", "Tiếp đó", "Đồng thời", "Tuy nhiên", "Sau khi", "Phát biểu tại", "Phát biểu khai mạc",
    ]
    private static let openerBytes: [[UInt8]] = runOnOpeners.map { Array($0.utf8) }

    /// The openers by their first byte ("V", "C", "T", …, and 0xC4 for "Đ").
    private static let openersByFirstByte: [(first: UInt8, openers: [[UInt8]])] = Dictionary(grouping: openerBytes, by: { $0[0] })
        .map { ($0.key, $0.value) }.sorted { $0.first < $1.first }

    /// Byte offsets in `text`, in order, where an opener of `runOnOpeners` follows a space and a word with no
    /// punctuation after it (a letter, a digit or a closing bracket ends the word before). `memchr` finds each
    /// opener's first byte; the bytes around it are read. `first`: stop at the first found.
    static func runOnOpenerOffsets(_ text: String, first: Bool = false) -> [Int] {
        var text = text
        return text.withUTF8 { b -> [Int] in
            guard let base = b.baseAddress else { return [] }
            let n = b.count
            var found: [Int] = []
            for (letter, openers) in openersByFirstByte {
                var from = 2
                while from < n, let hit = memchr(base + from, Int32(letter), n - from) {
                    let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    from = j + 1
                    guard b[j - 1] == 0x20 else { continue }
                    let before = b[j - 2]
                    guard before >= 0x80 || (before >= 0x30 && before <= 0x39) || (before | 0x20 >= 0x61 && before | 0x20 <= 0x7A) || before == 0x29
                    else { continue }
                    for o in openers where j + o.count <= n && memcmp(base + j, o, o.count) == 0 {
                        // The opener ends a word: a space, a comma or the text's end after it.
                        let end = j + o.count
                        if o.last == 0x20 || end == n || b[end] == 0x20 || b[end] == 0x2C {
                            found.append(j)
                            if first { return found }
                            break
                        }
                    }
                }
            }
            return found.sorted()
        }
    }

    /// Whether `paragraph` may hold a caption run on into the next sentence: an opener after a word with no stop.
    static func mayHoldGluedCaption(_ paragraph: String) -> Bool { !runOnOpenerOffsets(paragraph, first: true).isEmpty }

    /// A sentence cut where a line with no stop runs on into the next one: the line, whether it is a caption, and
    /// the rest. The line is one when it reads as a short sentence of its own: 4 to 40 words opening with a
    /// capital, no colon, quotation, day and month or figure, not opening with a connective, without the words
    /// of reported speech, plans and statements (`statementWords`; "Việt Nam là đối tác …" has "là"), and the
    /// word after the opener in lower case ("Với quan hệ", not "Với Bác Hồ"). It is a caption when it shows
    /// someone (it opens with a title or "ông"/"bà" and a capitalised name follows) or a place ("… tại lễ kỷ
    /// niệm", "(bên phải)"); otherwise it is a heading run on ("Bộ Chính trị đồng thuận tuyệt đối Tại …"),
    /// which becomes a paragraph of its own.
    static func runOnLine(_ sentence: String, lexicon: Lexicon) -> (line: String, isCaption: Bool, rest: String)? {
        let u = sentence.utf8
        for offset in runOnOpenerOffsets(sentence) {
            let cut = u.index(u.startIndex, offsetBy: offset)
            let head = String(sentence[..<cut]).trimmingCharacters(in: .whitespaces)
            let rest = String(sentence[cut...])
            guard readsAsRunOnCaption(head), secondWordIsLower(rest) else { continue }
            return (head, showsSomeoneOrSomewhere(head, lexicon), rest)
        }
        return nil
    }

    /// "Thủ tướng Trần Văn Khải tiếp …", "Ông Lê Văn Phong (giữa) …", "Lễ đón tại sân bay": a person named after
    /// the title or honorific the line opens with, a position in the picture, or "tại".
    private static func showsSomeoneOrSomewhere(_ head: String, _ lexicon: Lexicon) -> Bool {
        if Vietnamese.containsBytes(head, " tại ") || positionNotes.contains(where: { Vietnamese.containsBytes(head, $0) }) { return true }
        let words = head.split(separator: " ")
        let ids = words.prefix(12).map { lexicon.id(ofWord: $0) }
        var start = lexicon.longestMatch(lexicon.titleHeads, ids, at: 0)
        if start == 0, lexicon.honorificWordSet.contains(ids[0]) { start = 1 }
        guard start > 0 else { return false }
        // Up to three more words of the title ("nước", "Quốc hội"), then a name of two capitalised words.
        for i in start..<min(start + 4, ids.count - 1) where lexicon.families.contains(ids[i]) {
            if words[i].first?.isUppercase == true, words[i + 1].first?.isUppercase == true { return true }
        }
        return false
    }
    private static let positionNotes = ["(bên phải", "(bên trái", "(giữa", "(thứ ", "(ngoài cùng", "(phải", "(trái"]

    private static func readsAsRunOnCaption(_ head: String) -> Bool {
        guard let first = head.first, first.isUppercase,
              !head.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x3F || $0 == 0x21 || $0 == 0x22 }),
              !Vietnamese.containsBytes(head, "“"), !Vietnamese.containsBytes(head, "”"),
              !hasDayMonth(head), !hasLargeNumber(head) else { return false }
        // A note in brackets says where someone stands ("(bên phải)"): its words are not the sentence's.
        let keys = words(head.contains("(") ? withoutBrackets(head) : head)
        guard keys.count >= 4, keys.count <= 40 else { return false }
        if connectives.contains(keys[0]) || connectives.contains(keys[0] + " " + keys[1]) { return false }
        for (i, k) in keys.enumerated() {
            if statementWords.contains(k) { return false }
            if i + 1 < keys.count, statementWords.contains(k + " " + keys[i + 1]) { return false }
        }
        return true
    }

    private static func withoutBrackets(_ s: String) -> String {
        var out = ""
        var depth = 0
        for c in s {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return out
    }

    /// "Với quan hệ …", "Tại buổi tiếp, …": the opener's own words, then a word in lower case or a comma.
    private static func secondWordIsLower(_ rest: String) -> Bool {
        let parts = rest.split(separator: " ", maxSplits: 3)
        guard parts.count >= 2 else { return false }
        let openerWords = rest.hasPrefix("Với ") ? 1 : 2
        if parts[0].hasSuffix(",") || (openerWords == 2 && parts[1].hasSuffix(",")) { return true }
        guard parts.count > openerWords else { return false }
        return parts[openerWords].first?.isLowercase == true || parts[openerWords].first?.isNumber == true
    }

    /// Whether two sentences of `paragraph` start with the same 32 bytes (the only way a run can repeat), or
    /// a sentence starts with `title`. Sentences are taken to start after ". ".
    static func mayRepeatSentences(_ paragraph: String) -> Bool { repeatsASentenceStart(paragraph, title: nil) }

    private static func repeatsASentenceStart(_ paragraph: String, title: String?) -> Bool {
        var p = paragraph
        var t = title ?? ""
        return p.withUTF8 { b -> Bool in
            t.withUTF8 { tb -> Bool in
                let n = b.count
                guard n >= 64 else { return false }
                let base = b.baseAddress!
                return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { seen -> Bool in
                    var count = 0
                    var i = 0   // a sentence starts at 0 and after ". " (found with memchr)
                    while i + 32 <= n {
                        if tb.count > 0, i + tb.count <= n, memcmp(base + i, tb.baseAddress!, tb.count) == 0 { return true }
                        var h: UInt64 = 0xcbf29ce484222325
                        for j in i..<(i + 32) { h = (h ^ UInt64(b[j])) &* 0x100000001b3 }
                        for k in 0..<count where seen[k] == h { return true }
                        if count < 64 { seen[count] = h; count += 1 }
                        var from = i + 1
                        var next = -1
                        while from < n, let dot = memchr(base + from, 0x2E, n - from) {
                            let d = base.distance(to: dot.assumingMemoryBound(to: UInt8.self))
                            if d + 1 < n, b[d + 1] == 0x20 { next = d + 2; break }
                            from = d + 1
                        }
                        guard next > 0 else { return false }
                        i = next
                    }
                    return false
                }
            }
        }
    }

    /// Splits a paragraph into text and the captions without credit it holds. `isLead`: the article's first
    /// paragraph, whose first sentence (or repeated first run) stays text.
    static func split(_ paragraph: String, title: String, isLead: Bool, lexicon: Lexicon) -> [Block] {
        let units = collapseRepeats(Sentences.split(paragraph))
        let titleSentence = title.hasSuffix(".") ? title : title + "."
        var blocks: [Block] = []
        var pending: [String] = []
        for (i, unit) in units.enumerated() {
            var unit = unit
            // "Caption Với quan hệ …", "Heading Tại buổi tiếp, …": each line run on into the next sentence.
            while !(isLead && i == 0), !unit.repeated, let (line, isCaption, rest) = runOnLine(unit.text, lexicon: lexicon) {
                if !pending.isEmpty { blocks.append(.paragraph(pending.joined(separator: " "))); pending = [] }
                blocks.append(isCaption ? .caption(line) : .paragraph(line))
                unit.text = rest
            }
            let isCaption = !(isLead && i == 0) && (unit.repeated
                || (opensLikeCaption(unit.text) && unit.text.split(separator: " ").count <= 40)
                || (units.count > 1 && title.utf8.count >= 20 && (unit.text == titleSentence || unit.text == title)))
            if isCaption {
                if !pending.isEmpty { blocks.append(.paragraph(pending.joined(separator: " "))); pending = [] }
                blocks.append(.caption(unit.text))
            } else {
                pending.append(unit.text)
            }
        }
        if !pending.isEmpty { blocks.append(.paragraph(pending.joined(separator: " "))) }
        return blocks
    }

    /// Sentences with each run printed twice or more in a row ("A B A B A B") kept once, as one unit marked
    /// `repeated`. The shortest repeating run (up to 8 sentences) is taken.
    static func collapseRepeats(_ sentences: [String]) -> [(text: String, repeated: Bool)] {
        var out: [(text: String, repeated: Bool)] = []
        var i = 0
        while i < sentences.count {
            var run = 0
            for k in 1...8 where i + 2 * k <= sentences.count {
                if sentences[i..<(i + k)].elementsEqual(sentences[(i + k)..<(i + 2 * k)]) { run = k; break }
            }
            guard run > 0 else { out.append((sentences[i], false)); i += 1; continue }
            var j = i + run
            while j + run <= sentences.count, sentences[j..<(j + run)].elementsEqual(sentences[i..<(i + run)]) { j += run }
            out.append((sentences[i..<(i + run)].joined(separator: " "), true))
            i = j
        }
        return out
    }
}

import Foundation
