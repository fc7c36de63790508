/// Reads the article's own date from its date line, its header, or its lead.
///
/// Only the top of the article is searched (the date line, the header, the lead's first clause):
/// a birth date or a historical date in the body never becomes the article's date.
enum DateParser {
    /// Vietnam is UTC+7 all year; timestamps in another offset are moved to it.
    static let archiveOffsetMinutes = 7 * 60

    private static let dmy = Pattern(#"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)"#)
    private static let wordy = Pattern(#"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#, ignoreCase: true)
    private static let time = Pattern(#"(?<!\d)([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?!\d)"#)
    private static let iso = Pattern(#"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+\-]\d{2}:?\d{2})?)?$"#)
    private static let compact = Pattern(#"^(\d{4})(\d{2})(\d{2})$"#)
    private static let leadDayMonth = Pattern(#"(?:^|[\s,(\-–])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|rạng sáng|cuối ngày|đầu giờ sáng|đầu giờ chiều)(?:\s+(?:qua|nay|mai|hôm qua|hôm nay))?(?:\s*\(?(?:thứ\s+\w+|chủ nhật)\)?)?\s*(?:ngày\s+)?,?\s*(\d{1,2})\s*[/\-]\s*(\d{1,2})(?:\s*[/\-]\s*(\d{4}))?(?![\d/])"#, ignoreCase: true)
    private static let yearMention = Pattern(#"(?<![\d/.\-])(19[5-9]\d|20\d\d)(?![\d/])"#)
    /// Words that may stand on a date line beside the date itself.
    private static let dateLineWords: Set<String> = [
        "ngày", "đăng", "cập", "nhật", "lúc", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "gmt+7",
        "giờ", "xuất", "bản", "published", "posted", "updated", "tháng", "hôm", "nay", "-", "|", ",", "(gmt+7)", "sáng", "chiều",
    ]

    /// An ISO 8601 timestamp ("2026-01-30T03:39:03+00:00") or a bare date, in Vietnam time.
    static func parseISO(_ s: String) -> ArticleDate? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let m = compact.firstMatch(in: t), let y = m.int(1), let mo = m.int(2),
           let d = m.int(3) {
            return ArticleDate.valid(year: y, month: mo, day: d)
        }
        guard let m = iso.firstMatch(in: t) else { return nil }
        let n = { (i: Int) -> Int? in m.int(i) }
        guard let y = n(1), let mo = n(2), let d = n(3) else { return nil }
        guard let h = n(4), let mi = n(5) else { return ArticleDate.valid(year: y, month: mo, day: d) }
        guard var date = ArticleDate.valid(year: y, month: mo, day: d, hour: h, minute: mi) else { return nil }
        if let zone = m[6] {
            var offset = 0
            if zone != "Z" {
                let digits = zone.dropFirst().replacingOccurrences(of: ":", with: "")
                let hh = Int(digits.prefix(2)) ?? 0, mm = Int(digits.suffix(2)) ?? 0
                offset = (hh * 60 + mm) * (zone.hasPrefix("-") ? -1 : 1)
            }
            date = shift(date, minutes: archiveOffsetMinutes - offset)
        }
        return date
    }

    static func shift(_ date: ArticleDate, minutes: Int) -> ArticleDate {
        var total = (date.hour ?? 0) * 60 + (date.minute ?? 0) + minutes
        var d = date
        while total < 0 { total += 1440; d = addDays(d, -1) }
        while total >= 1440 { total -= 1440; d = addDays(d, 1) }
        d.hour = total / 60
        d.minute = total % 60
        return d
    }

    private static func addDays(_ date: ArticleDate, _ n: Int) -> ArticleDate {
        var d = date
        d.day += n
        if d.day < 1 {
            d.month -= 1
            if d.month < 1 { d.month = 12; d.year -= 1 }
            d.day = ArticleDate.daysIn(month: d.month, year: d.year)
        } else if d.day > ArticleDate.daysIn(month: d.month, year: d.year) {
            d.day = 1
            d.month += 1
            if d.month > 12 { d.month = 1; d.year += 1 }
        }
        return d
    }

    /// A line that is a date and little else: "Ngày đăng: 14/12/2021", "Cập nhật: 17:40 ngày 02/08/2021",
    /// "Thứ Sáu, 05/05/2023 - 09:10", "TP Hồ Chí Minh, ngày 28/4/2022", "30-10-2022", an ISO timestamp.
    static func dateLine(_ line: String) -> ArticleDate? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 90 else { return nil }
        if let d = parseISO(t) { return d }
        var found: (Int, Int, Int)?
        var rest = t
        if let m = dmy.firstMatch(in: t) {
            found = (m.int(1)!, m.int(2)!, m.int(3)!)
            rest.removeSubrange(m.range)
        } else if let m = wordy.firstMatch(in: t) {
            found = (m.int(1)!, m.int(2)!, m.int(3)!)
            rest.removeSubrange(m.range)
        }
        guard let (d, mo, y) = found else { return nil }
        var hour: Int?, minute: Int?
        if let m = time.firstMatch(in: rest) {
            hour = m.int(1); minute = m.int(2)
            rest.removeSubrange(m.range)
        }
        // A place may open the line ("TP Hồ Chí Minh, ngày ..."): drop what stands before the first comma.
        if let comma = rest.firstIndex(of: ","), rest[..<comma].split(separator: " ").count <= 5,
           rest[..<comma].first?.isUppercase == true, !rest[..<comma].lowercased().hasPrefix("thứ"),
           !rest[..<comma].lowercased().hasPrefix("chủ nhật") {
            rest = String(rest[rest.index(after: comma)...])
        }
        let leftover = rest.lowercased().split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," })
            .filter { !dateLineWords.contains(String($0)) }
        guard leftover.count <= 1 else { return nil }
        return ArticleDate.valid(year: y, month: mo, day: d, hour: hour, minute: minute)
    }

    /// The lead's "Sáng ngày 19/12, ..." or "(NLĐ) - Chiều 3/3, ...": a day and month near the start,
    /// with the year from the lead itself or inferred from the years the body mentions.
    static func leadDate(_ lead: String, body: String) -> ArticleDate? {
        let head = String(lead.prefix(220))
        guard let m = leadDayMonth.firstMatch(in: head) else { return nil }
        guard let d = m.int(1), let mo = m.int(2) else { return nil }
        if let y = m.int(3) { return ArticleDate.valid(year: y, month: mo, day: d) }
        guard let year = inferYear(body) else { return nil }
        return ArticleDate.valid(year: year, month: mo, day: d, inferred: true)
    }

    /// The latest year the body speaks of as present or past: not a year that ends a range
    /// ("2021-2030") nor one that follows "đến"/"tới" (targets lie in the future).
    static func inferYear(_ body: String) -> Int? {
        var best: Int?
        for m in yearMention.matches(in: body) {
            guard let y = m.int(1) else { continue }
            let before = body[..<m.range.lowerBound].suffix(12).lowercased()
            let trimmed = before.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("-") || trimmed.hasSuffix("–") || trimmed.hasSuffix("đến") || trimmed.hasSuffix("tới")
                || trimmed.hasSuffix("đến năm") || trimmed.hasSuffix("tới năm") || trimmed.hasSuffix("nhìn") || trimmed.hasSuffix("vào năm") && false {
                continue
            }
            best = max(best ?? y, y)
        }
        return best
    }
}

import Foundation
