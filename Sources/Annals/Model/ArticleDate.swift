/// A calendar date (with an optional time of day) in the archive's time zone, as news sites give it.
public struct ArticleDate: Hashable, Sendable, Comparable {
    /// Four-digit year.
    public var year: Int
    /// Month, 1...12.
    public var month: Int
    /// Day of the month, 1...31.
    public var day: Int
    /// Hour and minute when the article gave them.
    public var hour: Int?
    public var minute: Int?
    /// True when part of the date (usually the year) was inferred rather than read.
    public var inferred: Bool

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, inferred: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.inferred = inferred
    }

    /// A checked initialiser: nil for impossible dates such as 2023-13-45 or 30/02.
    public static func valid(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, inferred: Bool = false) -> ArticleDate? {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= daysIn(month: month, year: year) else { return nil }
        if let hour, !(0...23).contains(hour) { return nil }
        if let minute, !(0...59).contains(minute) { return nil }
        return ArticleDate(year: year, month: month, day: day, hour: hour, minute: minute, inferred: inferred)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Minutes since an arbitrary epoch, for ordering; undated times sort at midnight.
    var sortKey: Int {
        ((year * 13 + month) * 32 + day) * 1440 + (hour ?? 0) * 60 + (minute ?? 0)
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool { lhs.sortKey < rhs.sortKey }

    /// `2021-12-14` or `2021-08-02T17:40`: the front matter form.
    public var isoString: String {
        var s = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        if let hour { s += "T\(pad(hour)):\(pad(minute ?? 0))" }
        return s
    }

    /// Day of the week, 0 = Sunday (Zeller's congruence; no calendar object needed).
    public var weekday: Int {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
        return (h + 6) % 7
    }

    /// Parses the front matter form back (`YYYY-MM-DD`, optionally `THH:MM[:SS]` or ` HH:MM`).
    public init?(iso: String) {
        let s = iso.trimmingCharacters(in: .whitespaces)
        let parts = s.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard let datePart = parts.first else { return nil }
        let ymd = datePart.split(separator: "-").compactMap { Int($0) }
        guard ymd.count == 3, datePart.split(separator: "-").count == 3 else { return nil }
        var h: Int?, mi: Int?
        if parts.count > 1 {
            let hm = parts[1].prefix(5).split(separator: ":").compactMap { Int($0) }
            guard hm.count == 2 else { return nil }
            h = hm[0]; mi = hm[1]
        }
        guard let d = ArticleDate.valid(year: ymd[0], month: ymd[1], day: ymd[2], hour: h, minute: mi) else { return nil }
        self = d
    }
}

func pad(_ n: Int, _ width: Int = 2) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

import Foundation
