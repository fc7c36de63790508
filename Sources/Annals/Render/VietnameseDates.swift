/// Dates as a Vietnamese reader expects them.
public enum VietnameseDates {
    static let weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    static let months = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
                         "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]

    /// "Thứ Ba, 14/12/2021" or "Thứ Hai, 02/08/2021, 17:40".
    public static func long(_ d: ArticleDate) -> String {
        var s = "\(weekdays[d.weekday]), \(pad(d.day))/\(pad(d.month))/\(d.year)"
        if let h = d.hour { s += ", \(pad(h)):\(pad(d.minute ?? 0))" }
        return s
    }

    /// "14/12/2021".
    public static func short(_ d: ArticleDate) -> String { "\(pad(d.day))/\(pad(d.month))/\(d.year)" }

    public static func monthName(_ m: Int) -> String { months[m - 1] }

    /// For `<time datetime>`: "2021-12-14" or "2021-08-02T17:40+07:00".
    public static func machine(_ d: ArticleDate) -> String {
        d.hour == nil ? d.isoString : d.isoString + "+07:00"
    }
}
