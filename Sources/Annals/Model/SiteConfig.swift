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
