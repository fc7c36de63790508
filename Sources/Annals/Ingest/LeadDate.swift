/// The date pass for an article without a date line or header: the day and month its lead reports
/// ("Chiều 26/6, …", "Sáng qua, 27-12, …", "Ngày 12.4, …"), and a year only where the article states it.
///
/// A year is never taken from an unrelated number of the body (a range "(2012-2016)", "từ tháng 4/2016",
/// a birth year, an anniversary): the body's years say what the article talks about, not when it was
/// written. The one body year that is evidence is the lead's own day and month written again with a year
/// ("… ngày sinh (19/5/1890 - 19/5/2017)" for a lead "tối 19/5"); the latest such year is taken and
/// marked inferred. Otherwise the day and month are kept alone, as a partial date.
enum LeadDate {
    enum Found: Equatable {
        case full(ArticleDate)
        case partial(DayMonth)
    }

    /// The date of the lead, or of the next paragraph after a summary lead without one
    /// ("Nhận lời mời …, trưa 11/5, Chủ tịch nước …").
    static func find(paragraphs: [String]) -> Found? {
        guard let lead = paragraphs.first else { return nil }
        let body = Lazy { paragraphs.joined(separator: "\n") }
        if let found = read(lead, body: body, within: 220, allowYear: true) { return found }
        // A lead without a date of its own (a summary, or a historical "Ngày 20/5/1947, Bác Hồ …"): the
        // story's first paragraph.
        let leadHasItsDateLater = DateParser.leadDayMonth(in: lead, within: 10_000).map { $0.year == nil } ?? false
        guard !leadHasItsDateLater else { return nil }
        if paragraphs.count > 1 {
            if let found = read(paragraphs[1], body: body, within: 160, allowYear: false) { return found }
            if let found = dayAfterSpan(paragraphs[1], body: body) { return found }
        }
        return sameDay(in: paragraphs, body: body) ?? firstDatedSentence(in: paragraphs, body: body)
    }

    /// "…. Sáng 31-3, Hội đồng …", "Ngày 15/7, Thủ tướng cũng ra chỉ thị …": with no date in the lead, the
    /// first day and month after it dates the story when a sentence opens with it ("Sáng", "Ngày", "Hôm
    /// qua" …, then a comma) and nothing says it is another day. None when it stands anywhere else ("Phiên
    /// bế mạc diễn ra chiều 30-11", "Từ ngày 1/7, luật có hiệu lực", "Dự kiến ngày 25/4, …"); when its
    /// sentence tells a plan or a habit ("sẽ", "theo kế hoạch", "thường", "năm nào cũng"), a crime ("Ngày
    /// 3/2, bị cáo đã …") or walks through days ("Ngày 10/3, bệnh nhân sốt cao, đến ngày 12/3, …", "Ngày
    /// 30/4, 1/5, …"); and when a past year
    /// stands before it outside a span ("Từ năm 1968, ông …", "Ngày 20-9-1986, …"; not "chương trình từ năm
    /// 2004 đến 2010"), an indictment is told ("Theo cáo trạng, …") or the past is looked back on ("Đúng một
    /// năm trước, …", "Năm ấy, …"): the day and month may be that year's, or the crime's. Such an article
    /// stays undated.
    private static func firstDatedSentence(in paragraphs: [String], body: Lazy<String>) -> Found? {
        // The candidate is found first, by its digits and the lead pattern; the patterns that refuse it run
        // only then, on what comes before it (most undated articles have none, and patterns are slow).
        var before: [String] = []
        for (n, paragraph) in paragraphs.enumerated() where hasDigit(paragraph) {
            for sentence in Sentences.split(paragraph) where hasDigit(sentence) {
                if n > 0, let date = DateParser.leadDate(in: sentence, within: sentence.utf8.count), date.year == nil {
                    guard !paragraphs[...n].contains(where: pastStory.contains),
                          !before.contains(where: { pastYear.contains(span.replacingMatches(in: $0, with: " ")) }),
                          DateParser.opensWithLeadDate(sentence), openingDayMonth.contains(String(sentence.prefix(60))),
                          !anotherDay.contains(sentence), !accusedActs.contains(sentence),
                          dayMonth.matches(in: sentence).count == 1 else { return nil }
                    return read(sentence, body: body, within: 40, allowYear: false)
                }
                before.append(sentence)
            }
        }
        return nil
    }

    private static func hasDigit(_ s: String) -> Bool { s.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// A sentence that opens with a time of day or "Ngày", "Hôm", then a day and month and a comma.
    private static let openingDayMonth = Pattern(
        #"^(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Rạng sáng|Cuối ngày|Đầu giờ)[^,.;:!?\d]{0,24}?\d{1,2}\s*[/\-.]\s*\d{1,2}\s*\)?\s*,"#)
    /// A day and month written with a slash, dash or dot.
    private static let dayMonth = Pattern(#"(?<![\d/.\-])\d{1,2}\s*[/\-.]\s*\d{1,2}(?![\d%])"#)
    /// A plan, a habit, a condition or tomorrow ("nếu thắng", "Ngày mai (15/11)"): the day is not the story's.
    /// In lower case, as words; not the syllables of other words ("sạch sẽ", "bất thường", "bình thường",
    /// "bồi thường", "thường vụ", "thường trực", "thường niên").
    private static let anotherDay = Pattern(
        #"(?<![\p{L}])(?<!bất )(?<!bình )(?<!bồi )(?<!sạch )(?:sẽ|dự kiến|dự định|theo kế hoạch|hạn chót|thường(?! vụ| trực| niên)|hằng năm|hàng năm|năm nào|nào cũng|mọi năm|nếu|[NnSsCcTt](?:gày|áng|hiều|ối) mai)(?![\p{L}])"#)
    /// The day and month, then the accused as the one who acts ("Ngày 3/2, bị cáo đã đột nhập …"), or "that
    /// is" another day ("Tối 9/3, tức 3 ngày trước khi nhập viện"): a crime's or another day, not a trial's
    /// ("Sáng 12/3, TAND … xét xử bị cáo …" is dated).
    private static let accusedActs = Pattern(#"^[^,]*\d\s*\)?\s*,\s*(?:bị cáo|bị can|nghi phạm|nghi can|hung thủ|đối tượng|tức)(?![\p{L}])"#)
    /// A year the text speaks of as past or present: a date's ("ngày 20-9-1986", "tháng 4/2016") or one after
    /// "năm" or a season ("Từ năm 1968", "Mùa xuân 1975"), not a target ("đến năm 2030") nor a number ("2000
    /// người", "AFF Cup 2018").
    private static let pastYear = Pattern(
        #"(?<!đến )(?<!tới )(?<![\p{L}\d])(?:năm|xuân|hè|hạ|thu|đông)\s+(?:19[4-9]\d|20\d\d)(?!\d)|(?<!\d)\d{1,2}\s*[/\-.]\s*(?:\d{1,2}\s*[/\-.]\s*)?(?:19[4-9]\d|20\d\d)(?!\d)"#,
        ignoreCase: true)
    /// A span of years ("từ năm 2004 đến 2010", "nhiệm kỳ 2006-2010"): what a plan covers, not when.
    private static let span = Pattern(#"(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–]|đến|tới)\s*(?:năm\s+)?\d{4}"#, ignoreCase: true)
    /// An indictment told ("Theo cáo trạng, …"), a look back some years ("Đúng một năm trước, …", "cách đây
    /// 72 năm"), or a sentence opening on a past time ("Năm ấy, …", "Khi đó, …", "Năm ngoái, …"): the days
    /// that follow are the crime's or the past's. (Not "so với năm trước", nor "cách đây 3 km".)
    private static let pastStory = Pattern(
        #"(?<![\p{L}])cáo trạng(?![\p{L}])|(?<![\p{L}])(?:\d+|một|hai|ba|bốn|năm|mấy|vài|nhiều|mươi|chục)\s+năm\s+(?:về\s+)?trước(?![\p{L}])|cách\s+(?:đây|nay)\s+(?:\S+\s+){1,2}(?:năm|thế\s+kỷ)(?![\p{L}])|(?:^|[.!?]\s+)(?:(?:Năm|Hồi|Thuở|Ngày|Thời|Khi)\s+(?:ấy|đó)|Năm ngoái|Tháng trước)(?![\p{L}])"#)

    /// "… thăm chính thức Bồ Đào Nha từ ngày 25-26/5. Trong khuôn khổ chuyến thăm, ngày 25/5, …": a first
    /// sentence that dates its story by a span of days only, and the next sentence the day of the story.
    /// (Asked of every article whose lead gives no date: the first sentence is found by its ". ", within the
    /// paragraph's first 600 bytes, and only that sentence is matched.)
    private static func dayAfterSpan(_ paragraph: String, body: Lazy<String>) -> Found? {
        let u = Array(paragraph.utf8.prefix(600))
        guard u.count > 2, let stop = (0..<(u.count - 1)).first(where: { u[$0] == 0x2E && u[$0 + 1] == 0x20 }),
              dayRange.firstMatch(in: String(decoding: u[..<stop], as: UTF8.self)) != nil else { return nil }
        return read(String(decoding: u[(stop + 2)...], as: UTF8.self), body: body, within: 60, allowYear: false)
    }

    /// "25-26/5", "25 – 26.5", "25 đến 27/5" (and "30/4 đến 1/5"): a span of days; not "2-3.5%".
    private static let dayRange = Pattern(#"\b\d{1,2}\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*[/.]\s*\d{1,2}\b(?![.,]?\d|\s*%)"#)

    /// "Cùng ngày 31-3, Thủ tướng đã ký …": "the same day" names the day of the story, wherever it stands.
    /// Only its day and month are read (a year there is refused, as in the story's first paragraph).
    private static func sameDay(in paragraphs: [String], body: Lazy<String>) -> Found? {
        for paragraph in paragraphs where Vietnamese.containsBytes(paragraph, "ùng ngày ") {
            for marker in ["Cùng ngày ", "cùng ngày "] {
                guard let r = paragraph.range(of: marker) else { continue }
                if let found = read(String(paragraph[r.lowerBound...]), body: body, within: 40, allowYear: false) { return found }
            }
        }
        return nil
    }

    private static func read(_ paragraph: String, body: Lazy<String>, within limit: Int, allowYear: Bool) -> Found? {
        guard let (day, month, year, weekday) = DateParser.leadDate(in: paragraph, within: limit) else { return nil }
        if let year {
            guard allowYear, !looksBack(paragraph, day: day, month: month, year: year) else { return nil }
            // "Ngày 20/5/1947, Bác Hồ …" in an article of the seventieth anniversary: a historical date.
            if let later = DateParser.inferYear(body.value), later > year + 1 { return nil }
            return ArticleDate.valid(year: year, month: month, day: day).map(Found.full)
        }
        if let y = restatedYear(day: day, month: month, in: body.value),
           let date = ArticleDate.valid(year: y, month: month, day: day, inferred: true) {
            return .full(date)
        }
        return DayMonth(day: day, month: month, weekday: weekday).map(Found.partial)
    }

    /// "Cách đây 50 năm, ngày 30/4/1975, …", "… Điện Biên Phủ 70 năm trước, ngày 7/5/1954": the lead's date
    /// follows a look back, so it is history's, not the article's. ("Hơn 10 năm trước, anh rời quê. Ngày
    /// 5/6/2024, anh trở về": the date after it is another; "Sáng 7/5/2024, … 70 năm trước, ngày 7/5/1954":
    /// the lead's own date is another year.)
    static func looksBack(_ paragraph: String, day: Int, month: Int, year: Int) -> Bool {
        lookBack.matches(in: String(paragraph.prefix(300))).contains { m in m.int(1) == day && m.int(2) == month && m.int(3) == year }
    }

    /// A number of years back, then within the sentence a full date: "cách đây 50 năm, ngày 30/4/1975",
    /// "cách nay tròn 80 năm, tại Ba Đình, ngày 2-9-1945", "hai năm trước, ngày …", "nửa thế kỷ trước, …",
    /// "70 năm về trước, ngày 7 tháng 5 năm 1954".
    private static let lookBack: Pattern = {
        let count = #"(?:(?:tròn|hơn|gần|đúng|khoảng)\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|nửa|vài|mấy)(?:\s+(?:mươi|trăm))?\s+(?:năm|thế\s+kỷ)"#
        let back = #"(?:cách\s+(?:đây|nay)\s+"# + count + #"|"# + count + #"\s+(?:về\s+)?trước)"#
        let date = #"(?<!\d)(\d{1,2})\s*(?:[/\-.]|\s+tháng\s+)\s*(\d{1,2})(?:\s*[/\-.]\s*|\s+năm\s+)(\d{4})"#
        return Pattern(back + #"[^.;!?]{0,90}?"# + date, ignoreCase: true)
    }()

    /// The latest year of a full date in the body with this day and month ("19/5/2017", "19-5-2017").
    static func restatedYear(day: Int, month: Int, in body: String) -> Int? {
        var best: Int?
        let u = body.utf8
        for m in DateParser.yearMentions(body) where m.hasDayMonth {
            // The day and month are the digit groups before the year: "19/5/2017" → 19, 5.
            var groups: [Int] = []
            var value = -1
            for b in u[u.index(u.startIndex, offsetBy: m.start)...] {
                if b >= 0x30 && b <= 0x39 {
                    value = max(value, 0) * 10 + Int(b - 0x30)
                } else {
                    if value >= 0 { groups.append(value); value = -1 }
                    if groups.count == 3 || !(b == 0x2F || b == 0x2E || b == 0x2D || b == 0x20) { break }
                }
                if groups.count == 3 { break }
            }
            if value >= 0, groups.count < 3 { groups.append(value) }
            guard groups.count == 3, groups[0] == day, groups[1] == month, groups[2] == m.year else { continue }
            best = max(best ?? m.year, m.year)
        }
        return best
    }
}

/// A value made on first use.
private final class Lazy<T> {
    private let make: () -> T
    private var made: T?
    init(_ make: @escaping () -> T) { self.make = make }
    var value: T {
        if let made { return made }
        let v = make()
        made = v
        return v
    }
}
