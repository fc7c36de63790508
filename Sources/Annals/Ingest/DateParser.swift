/// Reads the article's own date from its date line, its header, or its lead.
///
/// Only the top of the article is searched (the date line, the header, the lead's first clause):
/// a birth date or a historical date in the body never becomes the article's date.
enum DateParser {
    /// Vietnam is UTC+7 all year; timestamps in another offset are moved to it.
    static let archiveOffsetMinutes = 7 * 60

    private static let wordy = Pattern(#"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#, ignoreCase: true)
    private static let iso = Pattern(#"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+\-]\d{2}:?\d{2})?)?$"#)
    private static let compact = Pattern(#"^(\d{4})(\d{2})(\d{2})$"#)
    /// A lead's day and month ("Chiều 26/6", "Sáng qua (27-12)", "Ngày 5 tháng 3 năm 2020"), perhaps a year,
    /// perhaps a weekday before them; not a count ("hàng ngày, 3 tháng 1 lần") nor a lunar date ("… âm lịch").
    private static let leadDayMonth = Pattern(#"(?:^|[\s,(\-–])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|rạng sáng|cuối ngày|đầu giờ sáng|đầu giờ chiều|chiều tối|tối muộn|sáng sớm)(?:\s+(?:qua|nay|mai|hôm qua|hôm nay))?(?:\s*\(?(thứ\s+\w+|chủ nhật)\)?)?\s*(?:ngày\s+)?,?\s*\(?\s*(\d{1,2})(?:\s*(?:[/\-]|\.(?=\d{1,2}(?!\d)))\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/\-.]\s*|\s+năm\s+)(\d{4}))?(?![\d/])(?!\s*\(?\s*(?:lần|âm lịch))"#, ignoreCase: true)
    /// Words before a year that make it a birth year ("SN 1965", "sinh năm 1920", "sinh ngày 2/9/1950").
    /// Words before a year that make it a target, which lies in the future ("đến năm 2030", "tầm nhìn 2045").
    private static let targetMarkers = ["đến", "tới", "đến năm", "tới năm", "nhìn", "tầm nhìn", "nghị sự", "bền vững",
                                        "trước năm", "đến hết năm", "kế hoạch", "chiến lược", "mục tiêu", "vào năm"]
    private static let birthMarkers = ["sn", "sinh năm", "sinh", "năm sinh", "sinh ngày", "s.n", "(sn", "sn:"]
    /// Words that may stand on a date line beside the date itself.
    private static let dateLineWords: Set<String> = [
        "ngày", "đăng", "cập", "nhật", "lúc", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "gmt+7",
        "giờ", "xuất", "bản", "published", "posted", "updated", "tháng", "hôm", "nay", "-", "|", ",", "(gmt+7)", "sáng", "chiều",
    ]

    /// An ISO 8601 timestamp ("2026-01-30T03:39:03+00:00") or a bare date, in Vietnam time.
    static func parseISO(_ s: String) -> ArticleDate? {
        let t = Vietnamese.trimmed(s)
        // Both forms open with four digits: "20210427", "2021-04-27…".
        let head = Array(t.utf8.prefix(5))
        guard head.count >= 5 || head.count == 4, head.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if let m = compact.firstMatch(in: t), let y = m.int(1), let mo = m.int(2),
           let d = m.int(3) {
            return ArticleDate.valid(year: y, month: mo, day: d)
        }
        guard head.count == 5, head[4] == UInt8(ascii: "-"), let m = iso.firstMatch(in: t) else { return nil }
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
    /// Could a date line be found here? Date lines have an ASCII digit, and every pattern needs four digits
    /// in a row: four ASCII digits, or (with an ASCII digit elsewhere) a byte that may open a digit of
    /// another script (the patterns' `\d` takes any decimal digit; Latin and Vietnamese letters and
    /// general punctuation hold none).
    static func mayHoldYear(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            var run = 0
            var ascii = false, otherScript = false
            let n = b.count
            for i in 0..<n {
                let c = b[i]
                if c >= 0x30 && c <= 0x39 { ascii = true; run += 1; if run >= 4 { return true }; continue }
                run = 0
                guard c >= 0xD9, !otherScript else { continue }
                if c == 0xE1 { if i + 1 < n, b[i + 1] >= 0xB8, b[i + 1] <= 0xBB { continue } else { otherScript = true } }
                else if c != 0xE2 { otherScript = true }
            }
            return ascii && otherScript
        }
    }

    /// Could `wordy` match? It needs "tháng" in some case: "áng" with á or Á precomposed (ICU's case-insensitive
    /// matching folds case, not canonical forms). Most lines with a year have none and skip the pattern.
    static func mayHoldMonthWord(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            let n = b.count
            var i = 0
            while i + 3 < n {
                if b[i] == 0xC3, b[i + 1] == 0xA1 || b[i + 1] == 0x81, b[i + 2] | 0x20 == 0x6E, b[i + 3] | 0x20 == 0x67 { return true }
                i += 1
            }
            return false
        }
    }

    static func dateLine(_ line: String) -> ArticleDate? {
        // A date line is short and has a year: most lines are turned away before any pattern runs.
        guard line.utf8.count <= 400, mayHoldYear(line) else { return nil }
        let t = Vietnamese.trimmed(line)
        guard !t.isEmpty, Vietnamese.hasAtMost(90, charactersIn: t) else { return nil }
        if let d = parseISO(t) { return d }
        var found: (Int, Int, Int)?
        var rest = t
        // (The patterns' \d takes any script's digits, which Int does not read: such a match is no date.)
        if let m = DatePatterns.dayMonthYear(in: t) {
            if let d = m.int(1), let mo = m.int(2), let y = m.int(3) { found = (d, mo, y) }
            rest.removeSubrange(m.range)
        } else if mayHoldMonthWord(t), let m = wordy.firstMatch(in: t) {
            if let d = m.int(1), let mo = m.int(2), let y = m.int(3) { found = (d, mo, y) }
            rest.removeSubrange(m.range)
        }
        guard let (d, mo, y) = found else { return nil }
        var hour: Int?, minute: Int?
        if let m = DatePatterns.time(in: rest) {
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

    /// The day, month and (when written) year of the lead's date within its first `limit` characters.
    /// A full date that names the background ("vụ tai nạn ngày 12-3-2005 của …, ngày 26-9, Thủ tướng ký …")
    /// gives way to a later day and month that opens the main clause (followed by a comma).
    static func leadDayMonth(in lead: String, within limit: Int) -> (day: Int, month: Int, year: Int?)? {
        leadDate(in: lead, within: limit).map { ($0.day, $0.month, $0.year) }
    }

    /// The lead's day and month, its year when written, and the weekday the lead names before them
    /// ("Sáng thứ Hai (26/6)": 1; 0 is Sunday), which can place a day and month in a year.
    static func leadDate(in lead: String, within limit: Int) -> (day: Int, month: Int, year: Int?, weekday: Int?)? {
        let head = String(lead.prefix(limit))
        guard mayHoldDayMonth(head) else { return nil }
        guard let m = leadDayMonth.firstMatch(in: head), let d = m.int(2), let mo = m.int(3) else { return nil }
        let weekday = m[1].flatMap { leadWeekday($0, match: String(head[m.range])) }
        guard m.int(4) != nil else { return (d, mo, nil, weekday) }
        for later in leadDayMonth.matches(in: head).dropFirst() where later[4] == nil {
            let after = head[later.range.upperBound...].drop { $0 == " " || $0 == ")" }
            guard after.first == ",", let ld = later.int(2), let lmo = later.int(3) else { continue }
            return (ld, lmo, nil, later[1].flatMap { leadWeekday($0, match: String(head[later.range])) })
        }
        return (d, mo, m.int(4), weekday)
    }

    /// What the lead pattern needs before it is run (it is slow, and most sentences have no date): digits,
    /// then within 16 bytes and before the next digit a "/", "-", "." or a "t" ("tháng"), then a digit.
    private static func mayHoldDayMonth(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { i += 1; continue }
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            var j = i, separator = false
            while j < b.count, j - i <= 16, !(b[j] >= 0x30 && b[j] <= 0x39) {
                if b[j] == 0x2F || b[j] == 0x2D || b[j] == 0x2E || b[j] == 0x74 || b[j] == 0x54 { separator = true }
                j += 1
            }
            if separator, j > i, j < b.count, b[j] >= 0x30 && b[j] <= 0x39 { return true }
            i = j
        }
        return false
    }

    /// A weekday as a lead names it. "ngày thứ hai (2/3) của hội nghị" is the conference's second day, not a
    /// Monday: after "ngày", only a weekday written as one ("thứ Hai", "Chủ nhật") counts.
    private static func leadWeekday(_ words: String, match: String) -> Int? {
        guard let day = weekday(words) else { return nil }
        let ordinal = words.split(separator: " ").last?.first
        let written = day == 0 || (ordinal.map { $0.isUppercase } ?? false)
        if !written, Vietnamese.matchKey(match).contains("ngày thứ") { return nil }
        return day
    }

    /// "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật": 1 … 6 and 0 (Sunday), as `ArticleDate.weekday`.
    static func weekday(_ words: String) -> Int? {
        weekdays[Vietnamese.matchKey(words).split(separator: " ").joined(separator: " ")]
    }

    private static let weekdays = ["chủ nhật": 0, "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "thứ năm": 4, "thứ sáu": 5, "thứ bảy": 6,
                                   "thứ 2": 1, "thứ 3": 2, "thứ 4": 3, "thứ 5": 4, "thứ 6": 5, "thứ 7": 6, "cn": 0]

    /// True when the line opens with a lead's date ("Sáng 1/8, …", "Hôm qua (13-4), …").
    static func opensWithLeadDate(_ line: String) -> Bool {
        guard let m = leadDayMonth.firstMatch(in: String(line.prefix(60))) else { return false }
        return line.distance(from: line.startIndex, to: m.range.lowerBound) <= 12
    }

    /// The latest year the body speaks of as present or past: not a bare year that ends a range
    /// ("2021-2030") nor one that follows "đến"/"tới" (targets lie in the future), and not a birth year
    /// ("SN 1965", "sinh năm 1920"). A full date closing a range counts: "(22/12/1944 - 22/12/2024)".
    static func inferYear(_ body: String) -> Int? {
        // The latest year that counts wins, and judging the words before a mention costs more than finding
        // it: judge the latest years first and stop at the first that counts (a body names its own year often).
        let mentions = yearMentions(body).sorted { $0.year > $1.year }
        for (y, start, hasDayMonth) in mentions {
            // The words before the mention: at most 14 characters.
            let from = max(0, start - 64)
            var cut = from
            while cut < start, body.utf8[body.utf8.index(body.utf8.startIndex, offsetBy: cut)] & 0xC0 == 0x80 { cut += 1 }
            let u = body.utf8
            let before = String(decoding: u[u.index(u.startIndex, offsetBy: cut)..<u.index(u.startIndex, offsetBy: start)], as: UTF8.self)
                .suffix(14).lowercased()
            let trimmed = Vietnamese.trimmed(before)
            if birthMarkers.contains(where: { trimmed.hasSuffix($0) }) { continue }
            if targetMarkers.contains(where: { trimmed.hasSuffix($0) }) { continue }
            if !hasDayMonth, trimmed.hasSuffix("-") || trimmed.hasSuffix("–") || trimmed.hasSuffix("—") { continue }
            return y
        }
        return nil
    }

    /// Years from 1940 to 2099 written alone or closing a date ("3-4-2006", "tháng 10/2003"): the year, the
    /// byte offset where the mention starts, and whether a day or month came with it. A year glued to other
    /// digits, slashes, dots or hyphens on its left, or followed by a digit or a slash, is none.
    static func yearMentions(_ body: String) -> [(year: Int, start: Int, hasDayMonth: Bool)] {
        var result: [(year: Int, start: Int, hasDayMonth: Bool)] = []
        var body = body
        body.withUTF8 { b in
            let n = b.count
            @inline(__always) func digit(_ i: Int) -> Bool { b[i] >= 0x30 && b[i] <= 0x39 }
            @inline(__always) func space(_ i: Int) -> Bool { b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D }
            @inline(__always) func separator(_ i: Int) -> Bool { b[i] == 0x2F || b[i] == 0x2E || b[i] == 0x2D }
            @inline(__always) func freeBefore(_ i: Int) -> Bool { i == 0 || !(digit(i - 1) || separator(i - 1)) }
            var i = 0
            while i + 4 <= n {
                guard digit(i), digit(i + 1), digit(i + 2), digit(i + 3) else { i += 1; continue }
                let century = (b[i] == 0x31 && b[i + 1] == 0x39 && b[i + 2] >= 0x34) || (b[i] == 0x32 && b[i + 1] == 0x30)
                let after = i + 4 < n && (digit(i + 4) || b[i + 4] == 0x2F)
                guard century, !after else { i += 1; continue }
                // Up to two "dd/" groups before the year, each its own possible start.
                var starts = [i]
                var k = i
                for _ in 0..<2 {
                    var j = k
                    while j > 0, space(j - 1) { j -= 1 }
                    guard j > 0, separator(j - 1) else { break }
                    j -= 1
                    while j > 0, space(j - 1) { j -= 1 }
                    var d = j
                    while d > 0, digit(d - 1), j - d < 3 { d -= 1 }
                    guard (1...2).contains(j - d) else { break }
                    k = d
                    starts.append(d)
                }
                // The earliest start whose left side is free wins, as in a left-to-right search.
                if let start = starts.reversed().first(where: freeBefore) {
                    let year = Int(b[i] - 0x30) * 1000 + Int(b[i + 1] - 0x30) * 100 + Int(b[i + 2] - 0x30) * 10 + Int(b[i + 3] - 0x30)
                    result.append((year, start, start != i))
                    i += 4
                } else {
                    i += 1
                }
            }
        }
        return result
    }
}
