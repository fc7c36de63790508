/// Page furniture a scraper leaves in an article: related links, pagination, share and print buttons.
enum Boilerplate {
    private static let exact: Set<String> = [
        "tin liên quan", "xem tiếp", "xem thêm", "đọc thêm", "tin cùng chuyên mục", "các tin khác", "tin khác",
        "bài liên quan", "tin mới", "tin mới nhất", "in bài", "bản in", "gửi bài", "gửi bài viết", "chia sẻ", "lưu bài",
        "bình luận", "ý kiến bạn đọc", "facebook", "twitter", "zalo", "email", "top", "về đầu trang", "quay lại",
        "trở về", "v", "|", "›", "»", "tags", "tag", "từ khóa", "chia sẻ bài viết", "in", "share", "print", "like",
        "bài viết liên quan", "tin tức liên quan", "có thể bạn quan tâm", "đọc nhiều", "xem nhiều", "tin nổi bật",
    ]
    private static let pagination = Pattern(#"^Trang\s+\d+\s*/\s*\d+"#)
    private static let relatedLink = Pattern(#"^.{8,240}\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)\s*$"#)

    /// True when the whole line is furniture.
    /// (`quickReject: false` skips the first-letters test, for checking that test.)
    static func isBoilerplate(_ line: String, quickReject: Bool = true) -> Bool {
        // Blank lines (every other line of most articles) are no furniture: nothing below matches "".
        if line.isEmpty { return false }
        // ">> Title of a related article", "» Title": a related-link line.
        if let f = line.utf8.first, f == 0x3E || f == 0xC2, opensWithLinkArrows(line) { return true }
        // Pagination leftovers ("Trang 1 / 23 - 222 dòngFirstPrevNextLast v") are short lines.
        if line.utf8.count <= 240, Vietnamese.containsBytes(line, "FirstPrevNextLast") { return true }
        let short = line.utf8.count <= 64
        // Long lines are furniture only when they open like "Tags: …", "Xem tiếp …", "Trang 1 / 23".
        if !short, quickReject, cannotOpenFurniture(line) { return false }
        if !short, let f = line.unicodeScalars.first(where: { !":.»›> ".unicodeScalars.contains($0) }),
           !"tTxXđĐcCuU".unicodeScalars.contains(f) { return false }
        let t = Vietnamese.trimmed(line)
        if !(quickReject && openersRuledOut(line)) {
            // "Tags: …", "Xem tiếp …": furniture that opens the line; only the head is lowered.
            let head = t.drop(while: { ":.»›> ".contains($0) }).prefix(10).lowercased()
            if head.hasPrefix("tags:") || head.hasPrefix("từ khóa:") || head.hasPrefix("chia sẻ:") || head.hasPrefix("xem tiếp")
                || head.hasPrefix("xem thêm:") || head.hasPrefix("đọc thêm:") { return true }
            if t.hasPrefix("Trang "), pagination.firstMatch(in: t) != nil { return true }
        }
        // The furniture of the list above is short, and has no digit, comma, bracket, slash or quote, and
        // at most four spaces (lower-casing and the trim below keep all of those).
        guard t.utf8.count <= 60 else { return false }
        if quickReject {
            var spaces = 0
            for b in t.utf8 {
                if (b >= 0x30 && b <= 0x39) || b == 0x2C || b == 0x28 || b == 0x29 || b == 0x2F || b == 0x22 { return false }
                if b == 0x20 { spaces += 1; if spaces > 4 { return false } }
            }
        }
        var lower = t.lowercased()
        while let l = lower.last, ":.»›>".contains(l) { lower.removeLast() }
        while let f = lower.first, ":.»›>".contains(f) { lower.removeFirst() }
        return exact.contains(lower)
    }

    /// ">>" or "»" and then text: how scraped pages mark the titles of related articles.
    static func opensWithLinkArrows(_ line: String) -> Bool {
        let t = line.drop { $0 == " " }
        let rest: Substring
        if t.hasPrefix(">>") { rest = t.dropFirst(2) } else if t.hasPrefix("»") { rest = t.dropFirst() } else { return false }
        return rest.contains { $0.isLetter }
    }

    /// "… 700 triệu USD.  [Chính phủ chú trọng hợp tác với Hà Lan]  Tới thăm …": the title of a related
    /// article in square brackets between two sentences (a capitalised title of 4 to 40 words after a
    /// sentence's end and before a capital). Removed; other brackets ("[ông ấy]") stay.
    static func withoutBracketedLinks(_ text: String) -> String {
        guard UTF8Bytes.contains(text, 0x5B) else { return text }
        var result = text
        var from = result.startIndex
        while let open = result[from...].firstIndex(of: "["),
              let close = result[result.index(after: open)...].firstIndex(where: { $0 == "]" || $0 == "[" }) {
            guard result[close] == "]" else { from = close; continue }
            let inner = result[result.index(after: open)..<close]
            let words = inner.split(separator: " ").count
            let before = result[..<open].last { $0 != " " }
            let after = result[result.index(after: close)...].first { $0 != " " }
            let linkLike = (4...40).contains(words) && inner.first?.isUppercase == true
                && (before == nil || ".!?”\"".contains(before!)) && (after == nil || after!.isUppercase)
            guard linkLike else { from = result.index(after: close); continue }
            // The bracket and the spaces after it go; one space stays between the sentences.
            var end = result.index(after: close)
            while end < result.endIndex, result[end] == " " { end = result.index(after: end) }
            var start = open
            while start > result.startIndex, result[result.index(before: start)] == " " { start = result.index(before: start) }
            let joiner = start > result.startIndex && end < result.endIndex ? " " : ""
            let offset = result.distance(from: result.startIndex, to: start) + joiner.count
            result.replaceSubrange(start..<end, with: joiner)
            from = result.index(result.startIndex, offsetBy: offset)
        }
        return result
    }

    /// True when the line surely does not open with "Tags:", "Từ khóa:", "Chia sẻ:", "Xem tiếp", "Xem thêm:",
    /// "Đọc thêm:" or "Trang " (after ":.»›> "), judged on its first two letters. False means
    /// "look closer", not "it does".
    /// Only for lines over 60 bytes that do not begin or end with white space (which are what trimming
    /// leaves of them), so the list of short furniture cannot apply either.
    static func cannotOpenFurniture(_ line: String) -> Bool {
        var copy = line
        let plainEnds = copy.withUTF8 { b in b.count > 60 && b[0] != 0x20 && b[0] != 0x09 && !endsWithSpace(b) }
        return plainEnds && openersRuledOut(line)
    }

    /// The first-letters test of `cannotOpenFurniture`, for a line of any length: true when the line
    /// cannot open with one of the furniture heads or "Trang " (the list of short furniture aside).
    static func openersRuledOut(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x20 || c == 0x3A || c == 0x2E || c == 0x3E { i += 1 }
                else if c == 0xC2, i + 1 < n, b[i + 1] == 0xBB { i += 2 }                                 // »
                else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xBA { i += 3 }             // ›
                else { break }
            }
            guard i + 1 < n else { return false }
            @inline(__always) func at(_ k: Int) -> UInt8 { i + k < n ? b[i + k] : 0 }
            @inline(__always) func combining(_ k: Int) -> Bool { at(k) == 0xCC || at(k) == 0xCD }
            let first = b[i], second = b[i + 1]
            // "Look closer" (false) when the letters could begin a head, in either case, precomposed or with a
            // combining mark; "Trang " only as it is written (case and all), where the line itself begins.
            switch first | 0x20 {
            case 0x74:  // t
                switch second | 0x20 {
                case 0x61: return at(2) | 0x20 != 0x67                                   // "tag"
                case 0x72:  // "Trang " after nothing but spaces (trimming keeps any other skipped mark)
                    return !((0..<i).allSatisfy { b[$0] == 0x20 } && at(0) == 0x54 && at(1) == 0x72 && at(2) == 0x61
                             && at(3) == 0x6E && at(4) == 0x67 && at(5) == 0x20)
                case 0x75: return !combining(2)                                          // "tu" + marks
                default:
                    if second == 0xE1 { return !(at(2) == 0xBB && (at(3) == 0xAA || at(3) == 0xAB)) }   // ừ Ừ
                    if second == 0xC6 { return !((at(2) == 0xAF || at(2) == 0xB0) && combining(3)) }   // ư Ư + mark
                    return true
                }
            case 0x63: return !(second | 0x20 == 0x68 && at(2) | 0x20 == 0x69 && at(3) | 0x20 == 0x61)   // "chia"
            case 0x78: return !(second | 0x20 == 0x65 && at(2) | 0x20 == 0x6D)                            // "xem"
            default:
                // đ, Đ: "đọc" (ọ Ọ is E1 BB 8D/8C; or "o" + a mark)
                if first == 0xC4, second == 0x90 || second == 0x91 {
                    return !((at(2) == 0xE1 && at(3) == 0xBB && (at(4) == 0x8C || at(4) == 0x8D)) || (at(2) | 0x20 == 0x6F && combining(3)))
                }
                // Another ASCII letter or a digit cannot open any of them; anything else is looked at closely.
                return first < 0x80 && (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A || first >= 0x30 && first <= 0x39)
            }
        }
    }

    /// Ends with a scalar `Vietnamese.isSpaceScalar` takes: space, tab, U+00A0, U+1680, U+2000–U+200A,
    /// U+202F, U+205F, U+3000.
    private static func endsWithSpace(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        let z = b[n - 1]
        if z == 0x20 || z == 0x09 { return true }
        guard z >= 0x80, n >= 2 else { return false }
        if b[n - 2] == 0xC2 { return z == 0xA0 }
        guard n >= 3 else { return false }
        switch (b[n - 3], b[n - 2]) {
        case (0xE1, 0x9A): return z == 0x80
        case (0xE2, 0x80): return z <= 0x8A || z == 0xAF
        case (0xE2, 0x81): return z == 0x9F
        case (0xE3, 0x80): return z == 0x80
        default: return false
        }
    }

    /// "Title(19/05/2004)": a related-article link left in the text.
    static func isRelatedLink(_ line: String) -> Bool {
        line.utf8.last == UInt8(ascii: ")") && Vietnamese.hasAtMost(259, charactersIn: line) && relatedLink.firstMatch(in: line) != nil
    }

    /// The bytes that can open what `isSuspicious` looks for: h, c, j, q in either case, and đ's first byte.
    nonisolated(unsafe) private static let suspiciousOpeners = ByteTable.make { "hHcCjJqQ".utf8.contains($0) || $0 == 0xC4 }

    /// Lines that look like leftovers the rules above did not catch, for the curation report.
    static func isSuspicious(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            let n = b.count
            func at(_ i: Int, _ word: StaticString) -> Bool {
                let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                guard i + w.count <= n else { return false }
                for k in 0..<w.count where b[i + k] | (w[k] < 0x80 ? 0x20 : 0) != w[k] { return false }
                return true
            }
            let opens = suspiciousOpeners
            for i in 0..<n where opens[Int(b[i])] {
                // The second letter first: "h", "c" and "q" start many Vietnamese syllables (nh, ch, qu…).
                let next = i + 1 < n ? b[i + 1] | 0x20 : 0
                switch b[i] | 0x20 {
                case UInt8(ascii: "h"): if next == UInt8(ascii: "t"), at(i, "http://") || at(i, "https://") { return true }
                case UInt8(ascii: "c"): if next == UInt8(ascii: "l"), at(i, "click") { return true }
                case UInt8(ascii: "j"): if next == UInt8(ascii: "a"), at(i, "javascript") { return true }
                case UInt8(ascii: "q"): if next == UInt8(ascii: "u"), at(i, "quảng cáo") || at(i, "quẢng cÁo") { return true }
                default:
                    if b[i] == 0xC4, i + 1 < n, b[i + 1] == 0x91 || b[i + 1] == 0x90, at(i + 2, "ăng nhập") || at(i + 2, "Ăng nhẬp") { return true }
                }
            }
            return false
        }
    }
}

import Foundation
