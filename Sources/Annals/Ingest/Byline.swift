import Foundation

/// Bylines and source credits at the foot of an article.
enum Byline {
    struct Found: Equatable {
        var authors: [String]
        var source: String?
    }

    private static let labelled = Pattern(#"^(?:tin|bài|tin và ảnh|tin, ảnh|tin - ảnh|bài và ảnh|bài, ảnh|bài - ảnh|bài và ảnh|bài, ảnh|nhóm pv|nhóm phóng viên|thực hiện|văn bản|video|clip|tin/ảnh|bài/ảnh)\s*:\s*(.{2,80})$"#, ignoreCase: true)
    private static let sourceLine = Pattern(#"^(?:\(?\s*)?(?:theo|nguồn)\s*:?\s*([^:()]{2,60}?)\s*(?::\s*(https?://\S+))?\s*\)?\.?$"#, ignoreCase: true)
    private static let reporterWords: Set<String> = ["p.v", "pv", "ctv", "nhóm pv", "phóng viên", "nhóm phóng viên", "p.v.", "btv"]

    /// "Nguồn Trà Vinh: https://..." or "Theo TTXVN" or "(Theo Tuổi Trẻ)".
    static func sourceLine(_ line: String) -> (name: String, url: String?)? {
        // "Theo …", "(Theo …)", "Nguồn …": look at the head before running the pattern. Both words start
        // with a letter whose lower case is ASCII t or n, which only T, t, N and n have: a line starting
        // with anything else is turned away on its first bytes.
        let opening = line.utf8.first(where: { $0 != 0x28 && $0 != 0x20 })
        guard let o = opening, o | 0x20 == 0x74 || o | 0x20 == 0x6E else { return nil }
        let head = line.drop(while: { $0 == "(" || $0 == " " }).prefix(5).lowercased()
        guard head.hasPrefix("theo") || head.hasPrefix("nguồn") else { return nil }
        guard Vietnamese.hasAtMost(300, charactersIn: line), let m = sourceLine.firstMatch(in: line) else { return nil }
        let name = Vietnamese.trimmed(m[1] ?? "")
        guard !name.isEmpty, name.split(separator: " ").count <= 8 else { return nil }
        return (name, m[2])
    }

    /// An agency alone on a line ("TTXVN", "VOV", "AFP", "VOV.VN"): a source credit, not a byline.
    static func isAgency(_ line: String) -> Bool {
        let t = Vietnamese.trimmed(line, dropping: { $0 == " " || $0 == "." })
        guard (2...16).contains(t.utf8.count), !t.contains(" ") else { return false }
        return t.filter(\.isUppercase).count >= 2 && !t.contains(where: \.isLowercase) && !t.contains(where: \.isNumber)
    }

    /// "Theo Kiều Anh" above an agency line: the reporter's name (a family name, then one to three
    /// capitalised words), not a newspaper's ("Theo Tuổi Trẻ").
    static func reporterAfterTheo(_ line: String, lexicon: Lexicon) -> String? {
        let t = Vietnamese.trimmed(line, dropping: { $0 == " " || $0 == "." })
        guard t.hasPrefix("Theo ") else { return nil }
        let words = Vietnamese.words(String(t.dropFirst(5)))
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }),
              lexicon.families.contains(lexicon.id(ofWord: words[0])) else { return nil }
        return words.joined(separator: " ")
    }

    /// A whole line that is a byline: "Văn Hùng, Hoàn Vũ", "Tin, ảnh: THANH NHÃ", "Mai Anh - Đức Trung", "P.V".
    static func line(_ line: String) -> Found? {
        guard line.utf8.count <= 400 else { return nil }
        let t = Vietnamese.trimmed(line)
        guard !t.isEmpty, Vietnamese.hasAtMost(90, charactersIn: t) else { return nil }
        // "Ảnh: Hải Long", "Ảnh:Hải Long": a photo credit, not a byline.
        if t.hasPrefix("Ảnh"), t.prefix(6).contains(":") { return nil }
        // "Minh PhươngTheo TASS, Sputnik": a byline with the sources it rewrote glued on.
        if Vietnamese.containsBytes(t, "Theo "), let r = t.range(of: "Theo "), r.lowerBound > t.startIndex, t[t.index(before: r.lowerBound)].isLowercase,
           var found = Self.line(String(t[..<r.lowerBound])) {
            found.source = Vietnamese.trimmed(t[r.upperBound...])
            return found
        }
        if t.utf8.count <= 24, reporterWords.contains(Vietnamese.trimmed(t.lowercased(), dropping: { $0 == "." })) {
            return Found(authors: [Vietnamese.trimmed(t, dropping: { $0 == " " })])
        }
        if t.utf8.contains(UInt8(ascii: ":")), let m = labelled.firstMatch(in: t) {
            let names = splitNames((m[1] ?? ""))
            return names.isEmpty ? nil : Found(authors: names.authors, source: names.source)
        }
        // A byline is names: every word capitalised, bar the "và" between two names and what is in brackets.
        var inBrackets = false, afterSlash = false
        for w in Vietnamese.words(t) {
            if w.utf8.contains(UInt8(ascii: "(")) { inBrackets = true }
            // "Văn Hiếu/VOV-Trung tâm Tin": what follows the agency's slash is the agency's.
            let ok = inBrackets || afterSlash || w == "và" || w.first.map { $0.isUppercase || $0 == "-" || $0 == "–" } == true
                || reporterWords.contains(Vietnamese.trimmed(w.lowercased(), dropping: { $0 == "," || $0 == "." }))
            if w.utf8.contains(UInt8(ascii: ")")) { inBrackets = false }
            if w.utf8.contains(UInt8(ascii: "/")) { afterSlash = true }
            if !ok { return nil }
        }
        let names = splitNames(t)
        return names.isEmpty ? nil : Found(authors: names.authors, source: names.source)
    }

    /// "... đã ký kết. Hồng Nhung (TTXVN)": a byline glued to the last sentence. Returns the byline and the text before it.
    static func glued(_ paragraph: String) -> (Found, String)? {
        let trimmed = Vietnamese.trimmed(paragraph)
        guard !trimmed.isEmpty else { return nil }
        // The last sentence's end: a stop, an ellipsis, a closing quote or bracket followed by a space (not
        // the dot of "TP.HCM" or "VOV.VN"). (Cut with indices: `dropLast()` counted the paragraph's characters.)
        let body = trimmed[..<trimmed.index(before: trimmed.endIndex)].suffix(120)
        guard let dot = body.indices.last(where: { i in
            endsSentence(body[i]) && body.index(after: i) < body.endIndex && body[body.index(after: i)] == " "
        }) else { return nil }
        let tail = Vietnamese.trimmed(trimmed[trimmed.index(after: dot)...])
        guard !tail.isEmpty, Vietnamese.hasAtMost(60, charactersIn: tail) else { return nil }
        if let src = sourceLine(tail) {
            return (Found(authors: [], source: src.name), String(trimmed[...dot]))
        }
        // "… hai nước. (TTXVN)": the agency alone in brackets after the last sentence.
        if tail.hasPrefix("("), tail.hasSuffix(")"), isAgency(String(tail.dropFirst().dropLast())) {
            return (Found(authors: [], source: String(tail.dropFirst().dropLast())), String(trimmed[...dot]))
        }
        // "… hai nước. TTXVN/Tin Tức": an agency and the paper that ran the story, no byline.
        if let slash = tail.firstIndex(of: "/"), isAgency(String(tail[..<slash])), Vietnamese.words(tail).count <= 4,
           tail[tail.index(after: slash)...].first?.isUppercase == true {
            return (Found(authors: [], source: tail), String(trimmed[...dot]))
        }
        guard let found = line(tail), !found.authors.isEmpty else { return nil }
        return (found, String(trimmed[...dot]))
    }

    /// ".", "!", "?", "…", "”", "\"", ")": what may end the sentence before a glued byline.
    private static func endsSentence(_ c: Character) -> Bool {
        let u = c.unicodeScalars
        guard u.count == 1, let v = u.first?.value else { return false }
        return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026 || v == 0x201D || v == 0x22 || v == 0x29
    }

    private struct Names {
        var authors: [String] = []
        var source: String?
        var isEmpty: Bool { authors.isEmpty }
    }

    /// Splits "Văn Hùng, Hoàn Vũ" / "Mai Anh - Đức Trung" / "Phương Hoa (từ Bangkok)" into names, or nothing
    /// when any part does not look like a name.
    /// The ranges of "(…)" holding 1 to 40 characters and no other bracket, with the spaces before each.
    private static func parentheticals(_ text: String) -> [Range<String.Index>] {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return [] }
        var result: [Range<String.Index>] = []
        var i = text.startIndex
        while let open = text[i...].firstIndex(of: "(") {
            guard let close = text[text.index(after: open)...].firstIndex(where: { $0 == ")" || $0 == "(" }) else { break }
            if text[close] == "(" { i = close; continue }
            let count = text.distance(from: text.index(after: open), to: close)
            if (1...40).contains(count) {
                var start = open
                while start > text.startIndex, text[text.index(before: start)].isWhitespace { start = text.index(before: start) }
                result.append(start..<text.index(after: close))
            }
            i = text.index(after: close)
        }
        return result
    }

    /// "A, B - C – D và E" → the names between the separators, trimmed, empty ones dropped.
    static func splitParts(_ text: String) -> [String] {
        if let parts = splitPartsByBytes(text) { return parts }
        return splitPartsByCharacters(text)
    }

    /// `splitParts` on the bytes of `Vietnamese.isSimple` text, where characters are scalars and the
    /// separators are byte strings; nil for other text.
    static func splitPartsByBytes(_ text: String) -> [String]? {
        var copy = text
        return copy.withUTF8 { b -> [String]? in
            guard Vietnamese.isSimple(b) else { return nil }
            let n = b.count
            var parts: [String] = []
            var current: [UInt8] = []
            func cut() {
                parts.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            var i = 0
            while i < n {
                if b[i] == 0x20 { i += 1; continue }
                var j = i
                while j < n, b[j] != 0x20 { j += 1 }
                let w = UnsafeBufferPointer(rebasing: b[i..<j])
                // "-", "–" and "và" between names.
                if (w.count == 1 && w[0] == 0x2D) || (w.count == 3 && w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0x93)
                    || (w.count == 3 && w[0] == 0x76 && w[1] == 0xC3 && w[2] == 0xA0) {
                    cut()
                    i = j
                    continue
                }
                var start = i, pieces = 0
                for q in i...j where q == j || b[q] == 0x2C {
                    if pieces > 0 { cut() }
                    if q > start {
                        if !current.isEmpty { current.append(0x20) }
                        current.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<q]))
                    }
                    start = q + 1
                    pieces += 1
                }
                i = j
            }
            cut()
            return parts.map { Vietnamese.trimmed($0) }.filter { !$0.isEmpty }
        }
    }

    static func splitPartsByCharacters(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var words = text.split(separator: " ", omittingEmptySubsequences: true)[...]
        while let w = words.popFirst() {
            if w == "-" || w == "–" || w == "và" {
                parts.append(current); current = ""
                continue
            }
            for (k, piece) in w.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { parts.append(current); current = "" }
                if !piece.isEmpty { current += current.isEmpty ? String(piece) : " " + piece }
            }
        }
        parts.append(current)
        return parts.map { Vietnamese.trimmed($0) }.filter { !$0.isEmpty }
    }

    private static func splitNames(_ s: String) -> Names {
        var result = Names()
        var text = Vietnamese.trimmed(s, dropping: { $0 == " " || $0 == "." })
        // "(TTXVN)" names the agency; "(từ Bangkok)" where the reporter filed from.
        for range in parentheticals(text).reversed() {
            let inner = Vietnamese.trimmed(text[range], dropping: { $0 == " " || $0 == "(" || $0 == ")" })
            if inner.lowercased().hasPrefix("theo "), inner.count > 6 {
                // "Thanh Bình (Theo Rappler)": the byline names the source it rewrote.
                result.source = Vietnamese.trimmed(inner.dropFirst(5))
            } else if inner.hasPrefix("Theo"), inner.count > 6, inner.dropFirst(4).first?.isUppercase == true {
                // "Như Tâm(TheoReuters, AFP)": the scrape lost the space after "Theo".
                result.source = Vietnamese.trimmed(inner.dropFirst(4))
            } else if inner == inner.uppercased(), inner.count <= 8, result.source == nil { result.source = inner }
            text.removeSubrange(range)
        }
        // "Vũ Dũng/VOV", "Việt Cường/VOV Việt Cường/VOV": a reporter and the agency; the credit may be doubled.
        if text.utf8.contains(UInt8(ascii: "/")) {
            var names: [String] = []
            var current: [Substring] = []
            var agencyIsLast = false
            for word in text.split(separator: " ") {
                if let slash = word.firstIndex(of: "/") {
                    let before = word[..<slash], agency = word[word.index(after: slash)...]
                    if !before.isEmpty { current.append(before) }
                    agencyIsLast = result.source == nil && !agency.isEmpty
                    if agencyIsLast { result.source = String(agency) }
                    if !current.isEmpty { names.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
            // Words after the last slash are the agency's: "Văn Hiếu/VOV-Trung tâm Tin".
            if agencyIsLast, !current.isEmpty, let agency = result.source {
                result.source = agency + " " + current.joined(separator: " ")
            }
            var seen = Set<String>()
            text = names.filter { $0 != $0.uppercased() && seen.insert($0).inserted }.joined(separator: ", ")
            if text.isEmpty { return Names() }
        }
        // "Hà Thắng-Việt Cường": two names of two words or more joined by a bare hyphen (not a hyphenated
        // name such as "Kosiniak-Kamysz").
        var parts = splitParts(text).flatMap { part -> [String] in
            let sides = part.split(separator: "-")
            guard sides.count == 2, sides.allSatisfy({ $0.split(separator: " ").count >= 2 }) else { return [part] }
            return sides.map { Vietnamese.trimmed($0) }
        }
        guard !parts.isEmpty, parts.count <= 5 else { return Names() }
        // "CHIẾN THẮNG và TTXVN": the reporter and, after "và", the agency that ran the story (not "PV").
        if parts.count > 1, let last = parts.last, result.source == nil, isAgency(last), last.utf8.allSatisfy({ $0 < 0x80 }),
           !reporterWords.contains(last.lowercased()), text.hasSuffix(" và " + last),
           parts.dropLast().contains(where: { Vietnamese.words($0).count >= 2 }) {
            result.source = last
            parts.removeLast()
        }
        for part in parts {
            if reporterWords.contains(part.lowercased()) { result.authors.append(part); continue }
            let words = Vietnamese.words(part)
            guard (1...4).contains(words.count),
                  words.allSatisfy({ w in w.first?.isUppercase == true && !w.contains(where: { $0.isNumber }) && w.count <= 12 })
            else { return Names() }
            result.authors.append(Vietnamese.titleCased(part))
        }
        // A single one-word "name" on the last line is too weak ("Hà Nội" is two words and a place; "Đẹp" is not a
        // byline), unless it is the reporter's credit ("PV (tổng hợp)": the brackets are gone by now).
        if result.authors.count == 1, result.authors[0].split(separator: " ").count == 1, result.authors[0].count < 3,
           !reporterWords.contains(result.authors[0].lowercased()) { return Names() }
        return result
    }
}
