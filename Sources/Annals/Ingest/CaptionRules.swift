/// Captions that carry no photo credit, found by where they stand and how they read:
/// - a short line of its own between two paragraphs, written as captions are (Dân trí's layout, where the
///   picture was dropped and its caption kept: "Ông A, Chủ tịch UBND tỉnh phát biểu khai mạc buổi lễ.");
/// - a sentence opening as captions do ("Toàn cảnh buổi tiếp.", "Quang cảnh hội nghị", "Trong ảnh, …");
/// - a sentence inside a paragraph that repeats the title (the first photo's caption often does; a line
///   of its own that repeats it is a heading);
/// - a run of sentences printed twice or more in a row (a gallery scraped with each caption repeated),
///   kept once;
/// - a line whose stop was dropped, run on into the next sentence (`CaptionRules+RunOn.swift`);
/// - a portrait's title and name on a line of its own, and a scene said as captions say it ("Chủ tịch nước A
///   phát biểu tại buổi lễ.") (`CaptionRules+People.swift`).
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
              !Vietnamese.hasAtMost(119, charactersIn: previous), !Vietnamese.hasAtMost(119, charactersIn: next),
              isPlainLine(line), !hasBirthYearNote(line), readsPlainly(words(line)) else { return false }
        return line.count <= 170 && !Vietnamese.containsBytes(line, "…") && Sentences.split(line).count == 1
    }

    /// What a caption's line and a line run on (`readsAsALine`) share, in their characters: a capital opening
    /// it, no colon, semicolon, question or exclamation mark, no day and month ("26/6"), no figure ("30.000").
    static func isPlainLine(_ s: String) -> Bool {
        guard let first = s.first, first.isUppercase,
              !s.utf8.contains(where: { $0 == 0x3A || $0 == 0x3B || $0 == 0x3F || $0 == 0x21 }) else { return false }
        return !hasDayMonth(s) && !hasLargeNumber(s)
    }

    /// And in their words (match keys): 4 to 40 of them, no connective opening them, no statement word.
    static func readsPlainly(_ keys: [String]) -> Bool {
        guard keys.count >= 4, keys.count <= 40 else { return false }
        return !connectives.contains(keys[0]) && !connectives.contains(keys[0] + " " + keys[1]) && !hasStatementWord(keys)
    }

    /// Words that open a sentence continuing the text, never a caption: connectives, pronouns, times.
    static let connectives: Set<String> = keySet([
        "đồng thời", "đối với", "tuy nhiên", "theo", "trong", "ngoài ra", "vì vậy", "do đó", "bên cạnh", "như vậy",
        "cụ thể", "hiện", "hiện nay", "sau", "trước", "trước đó", "về", "với", "khi", "nếu", "để", "từ", "còn", "riêng",
        "mặc dù", "nhưng", "và", "cũng", "đây", "đó", "điều", "qua đó", "thứ nhất", "thứ hai", "thứ ba", "chúng ta",
        "chúng tôi", "tôi", "cho nên", "bởi", "vì", "do", "nhờ", "tất cả", "mỗi", "một", "nhiều", "các", "những", "hai",
        "ba", "năm", "sinh", "tại", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "khóa", "là", "có", "đến",
        "hơn", "chỉ", "dù", "song", "ngay", "rồi", "thế", "vậy", "kịp thời",
    ])

    /// Words of reported speech, plans, past events and statements: a sentence with one is text, not a caption.
    static let statementWords: Set<String> = keySet([
        "sẽ", "đã", "cho biết", "cho rằng", "nhấn mạnh", "đề nghị", "yêu cầu", "khẳng định", "cho hay", "nói", "theo",
        "nếu", "vì", "nhưng", "chúng ta", "chúng tôi", "tôi", "cần", "phải", "dự kiến", "dự báo", "không", "chưa",
        "vừa", "đang", "từng", "bởi", "tuy", "song", "rằng", "là", "mong muốn", "cũng", "khi",
        "cảm ơn", "bày tỏ", "chia sẻ", "kêu gọi", "đánh giá", "nhận định",
        // "Dự buổi lễ có ông A, …", "Toàn huyện có hơn 30.000 ngôi nhà …": who attended, how many — text.
        "có",
    ])

    /// Whether the word keys hold a word (or two) of reported speech, plans or statements (`statementWords`).
    static func hasStatementWord(_ keys: [String]) -> Bool { hasWord(keys, in: statementWords) }

    /// Whether the word keys hold a word, or two words in a row, of `set` (made by `keySet`).
    static func hasWord(_ keys: [String], in set: Set<String>) -> Bool {
        for (i, k) in keys.enumerated() {
            if set.contains(k) { return true }
            if i + 1 < keys.count, set.contains(k + " " + keys[i + 1]) { return true }
        }
        return false
    }

    /// `s` with what stands in brackets left out ("Thủ tướng A (bên phải) đón …" → "Thủ tướng A  đón …").
    static func withoutBrackets(_ s: String) -> String {
        var out = ""
        var depth = 0
        for c in s {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return out
    }

    /// The match keys of words and two-word phrases, for `hasWord`.
    static func keySet(_ list: [String]) -> Set<String> {
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
    static func hasDayMonth(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 3 else { return false }
        for i in 1..<(b.count - 1) where (b[i] == 0x2F || b[i] == 0x2D) && isDigit(b[i - 1]) && isDigit(b[i + 1]) { return true }
        return false
    }
    /// "30.000 ngôi nhà", "1,2 triệu": a figure with a separator, which states a fact a caption does not.
    static func hasLargeNumber(_ s: String) -> Bool {
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

    /// Whether a paragraph may hold a creditless caption sentence: a scene opener, the title, a sentence
    /// printed twice, or, in a joined page, a line run on or a scene's verb. `mentionsPhoto`: what
    /// `Captions.mentionsPhoto(paragraph)` gives, when the caller knows it (every scene opener has "ảnh" in
    /// it). Byte searches with no allocation, so most paragraphs are passed over at once.
    static func mayHoldCaptionSentence(_ paragraph: String, title: String, mentionsPhoto photo: Bool? = nil) -> Bool {
        if photo ?? Captions.mentionsPhoto(paragraph),
           Vietnamese.containsBytes(paragraph, "Toàn cảnh") || Vietnamese.containsBytes(paragraph, "Quang cảnh")
            || Vietnamese.containsBytes(paragraph, "Trong ảnh") { return true }
        if repeatsASentenceStart(paragraph, title: title.utf8.count >= 20 ? title : nil) { return true }
        return isJoinedPage(paragraph) && (mayHoldRunOnLine(paragraph) || mayHoldSceneSentence(paragraph))
    }

    /// A paragraph of 1,200 bytes or more: a page whose lines the scraper joined into one (Baomoi's bodies),
    /// where a caption's or a heading's stop can be lost and a caption sits among the sentences. A paragraph
    /// of a page that kept its lines is shorter, and its captions are lines of their own.
    static func isJoinedPage(_ paragraph: String) -> Bool { paragraph.utf8.count >= 1_200 }

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
        // Runs are looked for only where two sentences start alike: "Muôn năm! Muôn năm!" is said twice, not printed twice.
        let sentences = Sentences.split(paragraph)
        let units = mayRepeatSentences(paragraph) ? collapseRepeats(sentences) : sentences.map { (text: $0, repeated: false) }
        let titleSentence = title.hasSuffix(".") ? title : title + "."
        var blocks: [Block] = []
        var pending: [String] = []
        // Lines run on, and scenes among other sentences, are looked for in a page joined into one paragraph.
        let joined = isJoinedPage(paragraph)
        for (i, unit) in units.enumerated() {
            var unit = unit
            // "Caption Với quan hệ …", "Heading Tại buổi tiếp, …": each line run on into the next sentence.
            while joined, !(isLead && i == 0), !unit.repeated, let (line, isCaption, rest) = runOnLine(unit.text, lexicon: lexicon) {
                if !pending.isEmpty { blocks.append(.paragraph(pending.joined(separator: " "))); pending = [] }
                blocks.append(isCaption ? .caption(line) : .paragraph(line))
                unit.text = rest
            }
            let isCaption = !(isLead && i == 0) && (unit.repeated || (joined && isSceneSentence(unit.text, lexicon: lexicon))
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
