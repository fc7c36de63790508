/// `site.yml`: everything optional, with defaults a Vietnamese archive would want.
public struct SiteConfig: Sendable, Equatable {
    public var title = "Annals"
    public var description = "Kho lưu trữ bài báo"
    /// Where the site will live, e.g. `https://user.github.io/archive/`; nil for a site opened from any place.
    public var baseURL: String?
    public var language = "vi"
    public var timezone = "Asia/Ho_Chi_Minh"
    public var itemsPerPage = 20
    public var feedLength = 20
    /// How many companions a person page lists.
    public var companions = 10
    /// Articles per page on a person page and on a year of the timeline.
    public var listPageSize = 100

    public init() {}
}
