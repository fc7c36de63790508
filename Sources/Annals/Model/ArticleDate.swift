/// A day and month whose year the article does not give ("Chiều 26/6, …" in a text with no date line):
/// kept as it is rather than completed with a year guessed from unrelated numbers in the body.
public struct DayMonth: Hashable, Sendable {
    public var day: Int
    public var month: Int
    /// The weekday the article names with it ("Sáng thứ Hai (26/6)"), 0 = Sunday as `ArticleDate.weekday`:
    /// with what the archive knows of its years it can place the day in one of them (`YearPlacement`).
    public var weekday: Int?

    /// Nil unless the day can fall in the month in some year (29/2 can), and the weekday is 0…6.
    public init?(day: Int, month: Int, weekday: Int? = nil) {
        guard (1...12).contains(month), day >= 1, day <= ArticleDate.daysIn(month: month, year: 2000) else { return nil }
        if let weekday, !(0...6).contains(weekday) { return nil }
        self.day = day
        self.month = month
        self.weekday = weekday
    }

    /// As front matter writes them, 0 = Sunday.
    public static let weekdayNames = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"]

    /// `--06-26`: ISO 8601's form of a date without its year, the front matter form.
    public var isoString: String { "--" + pad(month) + "-" + pad(day) }

    /// Reads `--MM-DD` back.
    public init?(iso: String) {
        let s = iso.trimmingCharacters(in: .whitespaces)
        guard s.hasPrefix("--") else { return nil }
        let parts = s.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        self.init(day: d, month: m)
    }
}

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
        DateText.make { w in
            w.number(year, width: 4); w.byte(0x2D); w.number(month, width: 2); w.byte(0x2D); w.number(day, width: 2)
            if let hour { w.byte(0x54); w.number(hour, width: 2); w.byte(0x3A); w.number(minute ?? 0, width: 2) }
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian): for distances between dates.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
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
    DateText.make { $0.number(n, width: width) }
}

/// Dates and times are written for every article in every list that shows it (some 80,000 times in a
/// build of 10,000 articles): straight into a buffer on the stack, not through string interpolation.
struct DateText {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    /// Enough for any of the forms here: four numbers of at most 20 digits and a sign, a weekday, punctuation.
    static let capacity = 192

    static func make(_ body: (inout DateText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var w = DateText(base: buffer.baseAddress!, capacity: buffer.count)
            body(&w)
            return String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: w.count), as: UTF8.self)
        }
    }

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) { (self.base, self.capacity) = (base, capacity) }

    mutating func byte(_ b: UInt8) {
        precondition(count < capacity)
        base[count] = b
        count += 1
    }

    mutating func text(_ s: StaticString) {
        s.withUTF8Buffer { for b in $0 { byte(b) } }
    }

    /// `n` in decimal, zeros in front up to `width` characters (the sign counts as one, as in `String(n)`).
    mutating func number(_ n: Int, width: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes, room for the 20 digits of any Int
        let length = withUnsafeMutableBytes(of: &digits) { d -> Int in
            var m = n.magnitude, k = 0
            repeat { d[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30; m /= 10; k += 1 } while m > 0
            if n < 0 { d[k] = 0x2D; k += 1 }
            return k
        }
        for _ in length..<max(length, width) { byte(0x30) }
        withUnsafeBytes(of: &digits) { d in
            for k in stride(from: length - 1, through: 0, by: -1) { byte(d[k]) }
        }
    }
}

import Foundation
