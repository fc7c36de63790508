/// Dates as a Vietnamese reader expects them.
public enum VietnameseDates {
    static let weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    private static let weekdayNames: [StaticString] = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]

    /// "Thứ Ba, 14/12/2021" or "Thứ Hai, 02/08/2021, 17:40". A date whose year was inferred has no
    /// weekday: the weekday of a guessed year would present the guess as a fact.
    public static func long(_ d: ArticleDate) -> String {
        DateText.make { w in
            if !d.inferred { w.text(weekdayNames[d.weekday]); w.byte(0x2C); w.byte(0x20) }
            day(d, &w)
            if let h = d.hour { w.byte(0x2C); w.byte(0x20); w.number(h, width: 2); w.byte(0x3A); w.number(d.minute ?? 0, width: 2) }
        }
    }

    /// "14/12/2021".
    public static func short(_ d: ArticleDate) -> String { DateText.make { day(d, &$0) } }

    private static func day(_ d: ArticleDate, _ w: inout DateText) {
        w.number(d.day, width: 2); w.byte(0x2F); w.number(d.month, width: 2); w.byte(0x2F); w.number(d.year, width: 1)
    }

    /// "tháng 3/2017".
    public static func monthYear(_ d: ArticleDate) -> String { "tháng \(d.month)/\(d.year)" }

    /// "Tháng 6": months are numbered, as dates write them ("Tháng Sáu" would also name a lunar month).
    /// Capitalised, as it begins the headings and links that show it.
    public static func monthName(_ m: Int) -> String { "Tháng \(m)" }

    /// For `<time datetime>`: "2021-12-14" or "2021-08-02T17:40+07:00".
    public static func machine(_ d: ArticleDate) -> String {
        DateText.make { w in
            w.number(d.year, width: 4); w.byte(0x2D); w.number(d.month, width: 2); w.byte(0x2D); w.number(d.day, width: 2)
            if let h = d.hour {
                w.byte(0x54); w.number(h, width: 2); w.byte(0x3A); w.number(d.minute ?? 0, width: 2); w.text("+07:00")
            }
        }
    }
}
