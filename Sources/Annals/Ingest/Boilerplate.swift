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
    static func isBoilerplate(_ line: String) -> Bool {
        // Pagination leftovers ("Trang 1 / 23 - 222 dòngFirstPrevNextLast v") are short lines.
        if line.utf8.count <= 240, Vietnamese.containsBytes(line, "FirstPrevNextLast") { return true }
        let short = line.utf8.count <= 64
        // Long lines are furniture only when they open like "Tags: …", "Xem tiếp …", "Trang 1 / 23".
        if !short, let f = line.unicodeScalars.first(where: { !":.»›> ".unicodeScalars.contains($0) }),
           !"tTxXđĐcCuUcC".unicodeScalars.contains(f) { return false }
        let t = Vietnamese.trimmed(line)
        // "Tags: …", "Xem tiếp …": furniture that opens the line; only the head is lowered.
        let head = t.drop(while: { ":.»›> ".contains($0) }).prefix(10).lowercased()
        if head.hasPrefix("tags:") || head.hasPrefix("từ khóa:") || head.hasPrefix("chia sẻ:") || head.hasPrefix("xem tiếp")
            || head.hasPrefix("xem thêm:") || head.hasPrefix("đọc thêm:") { return true }
        if t.hasPrefix("Trang "), pagination.firstMatch(in: t) != nil { return true }
        // The furniture of the list above is short.
        guard t.utf8.count <= 60 else { return false }
        var lower = t.lowercased()
        while let l = lower.last, ":.»›>".contains(l) { lower.removeLast() }
        while let f = lower.first, ":.»›>".contains(f) { lower.removeFirst() }
        return exact.contains(lower)
    }

    /// "Title(19/05/2004)": a related-article link left in the text.
    static func isRelatedLink(_ line: String) -> Bool {
        line.utf8.last == UInt8(ascii: ")") && line.count < 260 && relatedLink.firstMatch(in: line) != nil
    }

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
            for i in 0..<n {
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
