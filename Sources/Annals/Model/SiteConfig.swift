import Foundation

/// `site.yml`: everything optional, with defaults a Vietnamese archive would want.
public struct SiteConfig: Sendable, Equatable {
    public var title = "Annals"
    public var description = "Kho lưu trữ bài báo"
    /// Where the site will live, e.g. `https://user.github.io/archive/`; nil for a site opened from any place.
    public var baseURL: String?
    public var language = "vi"
    public var itemsPerPage = 20
    public var feedLength = 20
    /// How many companions a person page lists.
    public var companions = 10
    /// Articles per page on a person page and on a year of the timeline.
    public var listPageSize = 100
    /// `years:` in site.yml: the year, or the years, that the articles of a folder or a source are from,
    /// which places articles that give a day and month only (`YearPlacement`). In the file's order.
    public var years: [YearRule] = []

    public init() {}

    /// The values `site.yml` may give each number: wide enough for any site, small enough that no
    /// arithmetic on them can overflow (a value outside is an error naming the line).
    public static let ranges: [String: ClosedRange<Int>] = [
        "items_per_page": 1...10_000, "list_page_size": 1...10_000, "feed_length": 1...10_000, "companions": 0...1_000,
    ]
}

extension SiteConfig {
    /// How many pages `count` items take at `per` to a page (at least one), for any `per`: the numbers
    /// are checked when `site.yml` is read, but a library user can set any value.
    public static func pageCount(_ count: Int, per: Int) -> Int {
        let per = max(1, per)
        return max(1, count / per + (count % per == 0 ? 0 : 1))
    }

    /// The positions of page `page` (from 1) of `per` items among `count`: empty past the end, never an
    /// overflow however large `page` or `per` are.
    public static func pageRange(_ page: Int, per: Int, count: Int) -> Range<Int> {
        let per = max(1, per), count = max(0, count)
        let (lo, overflow) = (max(1, page) - 1).multipliedReportingOverflow(by: per)
        if overflow || lo >= count { return count..<count }
        return lo..<(lo + min(per, count - lo))
    }
}

/// One line of `years:`: "2017/: 2017", "vntc_*: 2004-2006", "Tuổi Trẻ: 2005".
public struct YearRule: Sendable, Equatable {
    /// A folder under the seeds ("2017", "bao/2017/"), a pattern of file paths with `*` and `?`
    /// ("vntc_*"), or a source's name as articles give it.
    public var key: String
    public var first: Int
    public var last: Int
    /// Its file and line, for messages.
    public var file: String
    public var line: Int?

    public init(key: String, first: Int, last: Int, file: String = "site.yml", line: Int? = nil) {
        let key = key.hasPrefix("./") ? String(key.dropFirst(2)) : key
        (self.key, self.first, self.last, self.file, self.line) = (key, first, last, file, line)
    }

    /// "2017" or "2004-2006" (also with an en dash): the years, earliest first; nil for anything else.
    static func years(_ text: String) -> (Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[parts.count - 1]), (1000...9999).contains(a), a <= b, b - a <= 100 else { return nil }
        return (a, b)
    }

    /// True when the rule speaks of the file at `path` (relative to the seeds) or of its `source`.
    func covers(path: String, source: String?) -> Bool {
        if key.contains("*") || key.contains("?") { return Self.glob(Array(key.utf8)[...], Array(path.utf8)[...]) }
        let folder = key.hasSuffix("/") ? String(key.dropLast()) : key
        if !folder.isEmpty, path.hasPrefix(folder + "/") { return true }
        guard let source else { return false }
        return Vietnamese.matchKey(source) == Vietnamese.matchKey(key)
    }

    /// `*` for any run of characters (slashes too), `?` for one byte.
    private static func glob(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var p = p, s = s
        var star: (ArraySlice<UInt8>, ArraySlice<UInt8>)?
        while !s.isEmpty {
            if let c = p.first, c == UInt8(ascii: "*") {
                p = p.dropFirst(); star = (p, s)
            } else if let c = p.first, c == UInt8(ascii: "?") || c == s.first {
                p = p.dropFirst(); s = s.dropFirst()
            } else if let (sp, ss) = star {
                p = sp; s = ss.dropFirst(); star = (sp, s)
            } else {
                return false
            }
        }
        return p.allSatisfy { $0 == UInt8(ascii: "*") }
    }
}
