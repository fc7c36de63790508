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
        let t = line.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":.»›>"))
        if exact.contains(lower) { return true }
        if t.contains("FirstPrevNextLast") || pagination.firstMatch(in: t) != nil { return true }
        if lower.hasPrefix("tags:") || lower.hasPrefix("từ khóa:") || lower.hasPrefix("chia sẻ:") { return true }
        if lower.hasPrefix("xem tiếp") || lower.hasPrefix("xem thêm:") || lower.hasPrefix("đọc thêm:") { return true }
        return false
    }

    /// "Title(19/05/2004)": a related-article link left in the text.
    static func isRelatedLink(_ line: String) -> Bool {
        line.count < 260 && relatedLink.firstMatch(in: line) != nil
    }

    /// Lines that look like leftovers the rules above did not catch, for the curation report.
    static func isSuspicious(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.contains("http://") || lower.contains("https://") || lower.contains("click") || lower.contains("đăng nhập")
            || lower.contains("quảng cáo") || lower.contains("javascript")
    }
}

import Foundation
