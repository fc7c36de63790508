import Testing
@testable import Annals

/// The hand-written date patterns against the regular expressions they replace.
@Suite struct DatePatternTests {
    static let dayMonthYear = Pattern(#"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)"#)
    static let time = Pattern(#"(?<!\d)([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?!\d)"#)

    /// Digits of several scripts, every separator and kind of space the patterns know, and their neighbours.
    static let pieces = [
        "0", "1", "2", "3", "4", "5", "6", "9", "12", "19", "20", "23", "24", "59", "60", "2021", "1975", "20215",
        "٢", "٠", "１", "𝟎", "/", ".", "-", "–", ":", "h", "g", "H", " ", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\u{A0}",
        "\u{2009}", "\u{2028}", "\u{85}", "ngày ", "Ngày đăng: ", "lúc ", "a", "Đ", "\u{301}", "e\u{301}", "👍🏽", ",",
        "19/12/2021", "3-4-2006", "5 . 6 . 1999", "02/08/", "17:40", "8h30", "23g59", "0 : 05",
    ]

    static func same(_ a: Pattern.Match?, _ b: Pattern.Match?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.groups == b.groups && a.range == b.range
    }

    @Test func handWrittenPatternsAgreeWithTheRegularExpressions() {
        var random = TestRandom(seed: 7)
        var matched = (date: 0, time: 0)
        for _ in 0..<20_000 {
            let s = random.text(from: Self.pieces, count: random.next(14) + 1)
            let date = DatePatterns.dayMonthYear(in: s), time = DatePatterns.time(in: s)
            #expect(Self.same(date, Self.dayMonthYear.firstMatch(in: s)), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Self.same(time, Self.time.firstMatch(in: s)), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            if date != nil { matched.date += 1 }
            if time != nil { matched.time += 1 }
        }
        // Enough of the inputs match for the comparison to mean something.
        #expect(matched.date > 300)
        #expect(matched.time > 2_000)
    }

    @Test func datesAndTimesAsNewsSitesWriteThem() {
        let d = DatePatterns.dayMonthYear(in: "Cập nhật: 17:40 ngày 02/08/2021")
        #expect(d?.groups.dropFirst().map { $0 ?? "" } == ["02", "08", "2021"])
        #expect(DatePatterns.dayMonthYear(in: "Thứ Sáu, 5 - 5 - 2023")?.groups[0] == "5 - 5 - 2023")
        #expect(DatePatterns.dayMonthYear(in: "123/4/2021") == nil)
        #expect(DatePatterns.dayMonthYear(in: "12/4/20215") == nil)
        #expect(DatePatterns.time(in: "17h40, 02/08/2021")?.groups.dropFirst().map { $0 ?? "" } == ["17", "40"])
        #expect(DatePatterns.time(in: "lúc 8g05")?.groups[1] == "8")
        #expect(DatePatterns.time(in: "24:00") == nil || DatePatterns.time(in: "24:00")?.groups[1] == "4")
    }
}

extension DatePatternTests {
    static let wordy = Pattern(#"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#, ignoreCase: true)

    /// The gate before the "ngày … tháng … năm …" pattern lets through every line the pattern matches.
    @Test func monthWordGateKeepsEveryWordyDate() {
        var random = TestRandom(seed: 3)
        let day = ["ngày", "NGÀY", "Ngày", "nGàY"], month = ["tháng", "THÁNG", "Tháng", "thang", "tha\u{301}ng", "thÁng", "ÁNG"]
        let year = ["năm", "NĂM", "Năm"], number = ["3", "12", "٢", "2021", "٢٠٢١", "19"], space = [" ", "  ", "\u{A0}", "\t", ""]
        var matched = 0
        for _ in 0..<20_000 {
            let parts = [["", "Hà Nội, ", "Thứ Hai "], day, space, number, space, month, space, number, space, year, space, number, ["", ".", " 9:15"]]
            let s = parts.map { $0[random.next($0.count)] }.joined()
            if Self.wordy.firstMatch(in: s) != nil {
                matched += 1
                #expect(DateParser.mayHoldMonthWord(s), "\(s)")
            }
        }
        #expect(matched > 100)
        #expect(!DateParser.mayHoldMonthWord("Thủ tướng dự lễ năm 2021"))
        #expect(DateParser.dateLine("Hà Nội, ngày 19 THÁNG 12 năm 2019") == ArticleDate(year: 2019, month: 12, day: 19))
    }
}
