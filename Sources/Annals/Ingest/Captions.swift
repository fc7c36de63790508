/// Photo captions: lines of their own ending in a credit, and captions inside a paragraph
/// ("... tại Bắc Kinh (Ảnh: AFP). Next sentence", "... tại hội nghị. Ảnh: TTXVN. Next sentence").
enum Captions {
    private static let creditAtEnd = Pattern(#"\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|đồ họa|đồ hoạ|photo|video\s*:)[^()]{0,60}\)\.?$"#, ignoreCase: true)
    /// "… hội nghị. Ảnh: TTXVN", "… Ảnh: H.THÚY" (a stop inside the name is an initial's), "… - Ảnh TTXVN",
    /// "… buổi làm việc. Ảnh VGP/Đình Nam" (no colon: the agency, a slash and the photographer say it is one).
    private static let trailingCredit = Pattern(#"(?:[.!?]?\s+(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu)\s*:\s*(?:[^.]|\.(?=\S)){1,60}|\s[-–]\s*Ảnh\s+\p{Lu}[\p{L}./]*(?:\s\p{Lu}[\p{L}./]*){0,2}|[.!?]\s+Ảnh\s+\p{Lu}[\p{L}.]*/\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}|\s[-–](?:\s*[-–])*\s*Nguồn ảnh\s*:\s*\#(source))\.?$"#)
    /// A credit in capitals inside a sentence, before a capitalised word that opens the next one:
    /// "… để kiểm phiếu - Ảnh TTXVN Như vậy …", "Ảnh chụp chiều 23-3 Ảnh: H.THÚY Chiều 23-3, …".
    /// "… tượng đài - Nguồn ảnh: VOV Sau khi …", "… (quận 4) - Nguồn ảnh: Tintuc.vn Tại đây, …": a source in
    /// capitals or a site's address.
    private static let midCredit = Pattern(#"(?:(?:\s[-–]\s*Ảnh:?|\sẢnh:)\s*\p{Lu}[\p{Lu}./]+|\s[-–](?:\s*[-–])*\s*Nguồn ảnh\s*:\s*\#(source))(?=\s+\p{Lu})"#)
    /// A photo's source after "Nguồn ảnh:": an agency in capitals ("VOV", "TTXVN") or a site ("Tintuc.vn").
    private static let source = #"(?:\p{Lu}[\p{Lu}./]+|[\p{L}\d-]+(?:\.\p{Ll}{2,3}){1,2})"#
    private static let inlineCredit = Pattern(#"^(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu)\s*:\s*[^.()]{1,50}?\.(?=\s|$)"#)

    /// A line that is a caption by its credit: "Thủ tướng phát biểu (Ảnh: VGP)." or "Quang cảnh hội nghị. Ảnh: TTXVN".
    /// `mentionsPhoto`: what `mentionsPhoto(line)` gives, when the caller knows it.
    static func isCaptionLine(_ line: String, mentionsPhoto photo: Bool? = nil) -> Bool {
        // Every credit but a clip's has "ảnh" or "photo" in it: look for the bytes before running the patterns.
        // (A clip's "(Video: …)" is found inside a paragraph, by `splitInline`.)
        guard line.utf8.count < 1_200, photo ?? mentionsPhoto(line) else { return false }
        var copy = line
        guard copy.withUTF8({ b in
            var spaces = 0
            for c in b where c == 0x20 { spaces += 1 }
            return spaces
        }) < 60 else { return false }
        return creditAtEnd.firstMatch(in: line) != nil || trailingCredit.firstMatch(in: line) != nil
            || (line.hasPrefix("Ảnh:") && line.count < 80)
    }

    /// "ảnh", "Ảnh", "ẢNH", "photo", "Photo", "PHOTO" somewhere in `s` (each letter in either case). Both words
    /// have an "h": `memchr` finds each "h" and "H", and the bytes around it are read. (A byte at a time, this
    /// look cost more than a tenth of reading an article.)
    static func mentionsPhoto(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            let n = b.count
            for h in [UInt8(0x68), 0x48] {
                var from = 0
                while from < n, let found = memchr(base + from, Int32(h), n - from) {
                    let j = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    // "ả"/"Ả" (E1 BA A3 / E1 BA A2), then "n", then this "h".
                    if j >= 4, b[j - 1] | 0x20 == 0x6E, b[j - 4] == 0xE1, b[j - 3] == 0xBA, b[j - 2] == 0xA2 || b[j - 2] == 0xA3 { return true }
                    // "p", this "h", then "oto".
                    if j >= 1, j + 3 < n, b[j - 1] | 0x20 == 0x70, b[j + 1] | 0x20 == 0x6F, b[j + 2] | 0x20 == 0x74, b[j + 3] | 0x20 == 0x6F {
                        return true
                    }
                    from = j + 1
                }
            }
            return false
        }
    }

    /// Splits a paragraph around the captions written inside it.
    static func splitInline(_ paragraph: String, lexicon: Lexicon) -> [Block] {
        guard mayHoldInlineCredit(paragraph) else { return [.paragraph(paragraph)] }
        let sentences = Sentences.split(paragraph).flatMap { splitAtCredit($0, lexicon: lexicon) }
        var blocks: [Block] = []
        var pending: [String] = []
        func flush() {
            if !pending.isEmpty { blocks.append(.paragraph(pending.joined(separator: " "))); pending = [] }
        }
        /// A caption ending in `last`: with the sentences before it from a figure's name on, when one opens so.
        func caption(_ last: String) {
            let k = figureSentences(before: last, in: pending)
            let head = pending.suffix(k)
            pending.removeLast(k)
            flush()
            blocks.append(.caption((head + [last]).joined(separator: " ")))
        }
        var i = 0
        while i < sentences.count {
            let s = sentences[i]
            if bareCredit.firstMatch(in: s) != nil, let last = pending.popLast() {
                // "Caption. (Ảnh: X/TTXVN) Next sentence": the credit stands alone after the caption's stop.
                caption(last + " " + s)
            } else if creditAtEnd.firstMatch(in: s) != nil, Vietnamese.wordCount(s) <= 60 {
                caption(s)
            } else if i + 1 < sentences.count, isCredit(sentences[i + 1], lexicon), Vietnamese.wordCount(s) <= 60,
                      !isCredit(s, lexicon) {
                caption(s + " " + sentences[i + 1])
                i += 1
            } else if isCredit(s, lexicon), s.count < 80, let last = pending.popLast() {
                caption(last + " " + s)
            } else if !isCredit(s, lexicon), Vietnamese.wordCount(s) <= 60, trailingCredit.firstMatch(in: s) != nil {
                // "Caption Ảnh: X" in one sentence; "Ảnh chụp chiều 23-3 Ảnh: X" is a note on the caption before it.
                if s.hasPrefix("Ảnh "), Vietnamese.wordCount(s) <= 8, let last = pending.popLast() {
                    caption(last + " " + s)
                } else {
                    caption(s)
                }
            } else {
                pending.append(s)
            }
            i += 1
        }
        flush()
        return blocks
    }

    /// Words that name a figure and open its caption: "Bản đồ chiến sự tại X ngày 1/2. Moscow kiểm soát phần
    /// màu đỏ (Ảnh: Y)" is one caption of two sentences, the map's name first.
    private static let figureOpeners = ["Bản đồ ", "Biểu đồ ", "Sơ đồ ", "Đồ họa ", "Đồ hoạ ", "Ảnh vệ tinh ", "Hình ảnh vệ tinh "]

    /// How many of the sentences just before a credited caption's `last` belong to it (0, 1 or 2): those from
    /// a sentence that opens with a figure's name (`figureOpeners`) of at most 25 words and reads as a name,
    /// not a statement (no `CaptionRules.hasStatementWord`, no "cho thấy", "được", "do", "giúp", "công bố"), the
    /// caption at most 70 words in all. Otherwise a caption is its last sentence, as the credit marks no start.
    private static func figureSentences(before last: String, in pending: [String]) -> Int {
        var words = Vietnamese.wordCount(last)
        for k in 1...2 where k <= pending.count {
            let s = pending[pending.count - k]
            let n = Vietnamese.wordCount(s)
            words += n
            if words > 70 { return 0 }
            if n <= 25, figureOpeners.contains(where: { s.hasPrefix($0) }) {
                let keys = CaptionRules.words(s)
                return CaptionRules.hasStatementWord(keys) || CaptionRules.hasWord(keys, in: figureVerbs) ? 0 : k
            }
        }
        return 0
    }

    /// Words that make a figure's name a statement about it: "Bản đồ … cho thấy", "… được công bố", "do … công
    /// bố", "giúp …".
    private static let figureVerbs = CaptionRules.keySet(["cho thấy", "được", "do", "giúp", "công bố"])

    private static let creditPrefixes = ["Ảnh minh họa:", "Ảnh minh hoạ:", "Ảnh tư liệu:", "Ảnh:", "Ảnh :"]

    /// A sentence that is only a photo credit: "Ảnh: Hải An." or "Ảnh: Thống Nhất/TTXVN".
    private static func isCredit(_ s: String, _ lexicon: Lexicon) -> Bool {
        guard creditPrefixes.contains(where: { s.hasPrefix($0) }) else { return false }
        return inlineCredit.firstMatch(in: s).map { $0.range.upperBound == s.endIndex } == true || creditLength(s, lexicon) == s.count
    }

    /// Baomoi glues the next sentence to a credit that has no stop: "Ảnh: Thống Nhất/TTXVN Chúc mừng ông …",
    /// and puts a credit in brackets mid-sentence: "… tại Hà Nội (Ảnh: Nhan Sáng/TTXVN) Chủ tịch nước …".
    /// Splits the sentence after the credit.
    static func splitAtCredit(_ sentence: String, lexicon: Lexicon) -> [String] {
        if creditPrefixes.contains(where: { sentence.hasPrefix($0) }) {
            let n = creditLength(sentence, lexicon)
            if n > 0, n < sentence.count {
                let cut = sentence.index(sentence.startIndex, offsetBy: n)
                let rest = Vietnamese.trimmed(sentence[cut...])
                if rest.first?.isUppercase == true || rest.first?.isNumber == true || rest.first.map({ "“\"(".contains($0) }) == true {
                    return [Vietnamese.trimmed(sentence[..<cut])] + splitAtCredit(rest, lexicon: lexicon)
                }
            }
            return [sentence]
        }
        if let m = midCredit.firstMatch(in: sentence) {
            let head = Vietnamese.trimmed(sentence[..<m.range.upperBound])
            return [head] + splitAtCredit(Vietnamese.trimmed(sentence[m.range.upperBound...]), lexicon: lexicon)
        }
        if let m = bracketCredit.firstMatch(in: sentence), m.range.upperBound < sentence.endIndex {
            let head = Vietnamese.trimmed(sentence[..<m.range.upperBound])
            let rest = Vietnamese.trimmed(sentence[m.range.upperBound...])
            if rest.first?.isUppercase == true || rest.first?.isNumber == true || rest.first.map({ "“\"".contains($0) }) == true {
                return [head] + splitAtCredit(rest, lexicon: lexicon)
            }
        }
        return [sentence]
    }

    private static let bracketCredit = Pattern(#"\((?:Ảnh|ảnh|Nguồn ảnh|Nguồn|Ảnh minh họa|Ảnh minh hoạ|Đồ họa|Đồ hoạ|Photo|Video)\s*:[^()]{1,60}\)"#)
    /// A sentence that is only a credit in brackets: "(Ảnh: Việt Cường)", "(Nguồn: TTXVN)".
    private static let bareCredit = Pattern(#"^\((?:Ảnh|ảnh|Nguồn ảnh|Nguồn|Ảnh minh họa|Ảnh minh hoạ|Đồ họa|Đồ hoạ|Photo|Video)\s*:[^()]{1,60}\)\.?$"#)

    /// Whether a paragraph may hold a caption's credit ("Ảnh: …", "(Ảnh: …)", "(Nguồn: …)", "(Đồ họa: …)",
    /// "(Video: …)", which a clip's caption carries):
    /// a byte search, so most paragraphs are passed over at once.
    static func mayHoldInlineCredit(_ paragraph: String) -> Bool {
        (mentionsPhoto(paragraph) && (Vietnamese.containsBytes(paragraph, "Ảnh") || Vietnamese.containsBytes(paragraph, "ảnh:")))
            || (UTF8Bytes.contains(paragraph, 0x28) && (Vietnamese.containsBytes(paragraph, "(Nguồn:") || Vietnamese.containsBytes(paragraph, "(Đồ họa:")
                || Vietnamese.containsBytes(paragraph, "(Video:")))
    }

    /// How many characters of `s` (which starts with "Ảnh:") make the credit: the label, then a name
    /// or an agency ("Văn Điệp/TTXVN", "VGP/Nhật Bắc", "An Đăng - TTXVN", "TTXVN", "Hải An.").
    private static func creditLength(_ s: String, _ lexicon: Lexicon) -> Int {
        guard let colon = s.firstIndex(of: ":") else { return 0 }
        var end = s.index(after: colon)
        let words = s[end...].split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return 0 }
        var taken = 0
        var nameWords = 0
        var startedWithFamily = false
        let keys = words.prefix(10).map { lexicon.id(ofWord: $0) }
        func opener(_ k: Int) -> Bool {
            guard k < keys.count else { return false }
            return lexicon.functionWords.contains(keys[k]) || lexicon.honorificWordSet.contains(keys[k])
                || lexicon.longestMatch(lexicon.titleHeads, keys, at: k) > 0
        }
        var i = 0
        func take(_ k: Int) {
            let w = words[k]
            end = w.endIndex
            taken += 1
        }
        while i < words.count, taken < 6 {
            let w = words[i]
            if w.hasSuffix(".") || w.hasSuffix(")") {
                if w.first?.isUppercase == true || w.first?.isNumber == true { take(i) }
                break
            }
            if w.contains("/") {
                take(i)
                // "VGP/Nhật Bắc": a photographer's name after the agency may go on for one more word.
                let after = w.split(separator: "/").last.map(String.init) ?? ""
                if after.first?.isUppercase == true, after != after.uppercased(), i + 1 < words.count,
                   words[i + 1].first?.isUppercase == true, !opener(i + 1),
                   i + 2 >= words.count || words[i + 2].first?.isUppercase == true {
                    take(i + 1)
                }
                break
            }
            if (w == "-" || w == "–"), i + 1 < words.count, words[i + 1] == words[i + 1].uppercased() {
                take(i + 1)
                break
            }
            guard w.first?.isUppercase == true else { break }
            if taken > 0, opener(i) { break }
            let isAcronym = w.count >= 2 && w == w.uppercased()
            if isAcronym && taken == 0 {
                take(i)
                if i + 1 < words.count, words[i + 1].hasPrefix("/") { i += 1; continue }
                break
            }
            let family = nameWords == 0 && i < keys.count && lexicon.families.contains(keys[i])
            let limit = (nameWords > 0 && startedWithFamily) || family ? 3 : 2
            if nameWords >= limit { break }
            // "Ảnh: Giang Huy Học viện Chính trị …": a capital followed by a lower-case word opens the next
            // sentence ("Học viện"), it does not end the photographer's name.
            if nameWords > 0, i + 1 < words.count, words[i + 1].first?.isLowercase == true { break }
            if nameWords == 0 { startedWithFamily = family }
            take(i)
            nameWords += 1
            i += 1
        }
        guard taken > 0 else { return 0 }
        return s.distance(from: s.startIndex, to: end)
    }
}

/// A paragraph cut into sentences: after ".", "!", "?" or "…" (with the closing quotes and brackets that
/// follow) and a space, where the next sentence opens with a capital, a digit, an opening quote or bracket.
/// "Tổng thống A. Lukashenko": a capital standing alone before the stop is an initial, unless a grade's noun
/// stands before it ("đạt giải A.").
enum Sentences {
    static func split(_ text: String) -> [String] {
        var copy = text
        guard copy.withUTF8({ Vietnamese.isSimple($0) }) else { return splitByCharacters(text) }
        // Every character is one scalar: the same reading as `splitByCharacters`, on scalars, cutting the
        // text by index instead of growing a String a character at a time.
        let t = ScalarText(text)
        let scalars = t.scalars, at = t.indices
        let n = scalars.count
        func upper(_ k: Int) -> Bool { Character(scalars[k]).isUppercase }
        /// The word that ends before the space at `space`.
        func word(before space: Int) -> String {
            var k = space
            while k > 0, scalars[k - 1] != " " { k -= 1 }
            return String(String.UnicodeScalarView(scalars[k..<space]))
        }
        var result: [String] = []
        var start = 0
        var i = 0
        while i < n {
            let c = scalars[i].value
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 {
                if c == 0x2E, i > 0, upper(i - 1),
                   i == 1 || (scalars[i - 2] == " " && !isGrade(Character(scalars[i - 1]), after: word(before: i - 2))) {
                    i += 1; continue
                }
                while i + 1 < n, closes(scalars[i + 1].value) { i += 1 }
                if i + 2 < n, scalars[i + 1] == " ",
                   upper(i + 2) || Character(scalars[i + 2]).isNumber || opens(scalars[i + 2].value) {
                    result.append(Vietnamese.trimmed(String(text[at[start]..<at[i + 1]])))
                    start = i + 1
                }
            }
            i += 1
        }
        let tail = Vietnamese.trimmed(String(text[at[start]..<at[n]]))
        if !tail.isEmpty { result.append(tail) }
        return result
    }

    /// A grade's letter (A to E) after a grade's noun: "đạt giải A.", "đứng đầu bảng B.", "nhà ở khu C." are not a
    /// name's initial ("giải V. League" has one). The word is made only for a letter that can be a grade.
    private static func isGrade(_ letter: Character, after word: @autoclosure () -> String) -> Bool {
        "ABCDE".contains(letter) && gradeNouns.contains(word())
    }
    private static let gradeNouns: Set<String> = ["giải", "bảng", "hạng", "loại", "nhóm", "khu", "tòa", "khối", "lô", "dãy", "phòng", "mức", "cấp"]

    @inline(__always) private static func closes(_ v: UInt32) -> Bool { v == 0x201D || v == 0x22 || v == 0x2019 || v == 0x29 }
    @inline(__always) private static func opens(_ v: UInt32) -> Bool { v == 0x201C || v == 0x22 || v == 0x28 }

    /// The same cut, character by character, for text with characters of several scalars.
    static func splitByCharacters(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            if c == "." || c == "!" || c == "?" || c == "…" {
                // "Tổng thống A. Lukashenko": a capital standing alone before the stop is an initial ("đạt giải A."
                // is a grade).
                if c == ".", i > 0, chars[i - 1].isUppercase,
                   i == 1 || (chars[i - 2] == " " && !isGrade(chars[i - 1], after: String(chars[..<(i - 2)].reversed().prefix(while: { $0 != " " }).reversed()))) {
                    i += 1; continue
                }
                // Keep closing quotes and brackets with the sentence.
                while i + 1 < chars.count, "”\"’)".contains(chars[i + 1]) { i += 1; current.append(chars[i]) }
                if i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase || chars[i + 2].isNumber || "“\"(".contains(chars[i + 2]) {
                    result.append(Vietnamese.trimmed(current))
                    current = ""
                }
            }
            i += 1
        }
        let tail = Vietnamese.trimmed(current)
        if !tail.isEmpty { result.append(tail) }
        return result
    }
}

import Foundation
