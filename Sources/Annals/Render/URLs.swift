/// Every link in the site comes from here. Site paths are written without a leading slash
/// ("people/nguyen-phu-trong/"); links inside pages are relative to the page, so the output works
/// at a domain root, under a subpath, and opened from disk.
public struct URLs: Sendable {
    /// Absolute base ending in "/", or nil when the site's address is unknown.
    public let base: String?
    /// Link to `index.html` explicitly: needed when pages are opened from disk (no base URL, or file://).
    public let explicitIndex: Bool

    public init(baseURL: String?) {
        if let b = baseURL?.trimmingCharacters(in: .whitespaces), !b.isEmpty {
            base = b.hasSuffix("/") ? b : b + "/"
            explicitIndex = b.hasPrefix("file:")
        } else {
            base = nil
            explicitIndex = true
        }
    }

    // Site paths of each kind of page.
    public static let home = ""
    public static func indexPage(_ n: Int) -> String { n <= 1 ? "" : "page/\(n)/" }
    public static func article(_ slug: String) -> String { "articles/\(slug)/" }
    public static let timeline = "timeline/"
    public static func timelineYear(_ year: Int, page: Int = 1) -> String {
        page <= 1 ? "timeline/\(year)/" : "timeline/\(year)/page/\(page)/"
    }
    public static let people = "people/"
    public static func person(_ slug: String, page: Int = 1) -> String {
        page <= 1 ? "people/\(slug)/" : "people/\(slug)/page/\(page)/"
    }
    public static func personFeed(_ slug: String) -> String { "people/\(slug)/feed.xml" }
    public static let feed = "feed.xml"
    public static let search = "search/"
    public static let searchIndex = "search/index.js"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static func asset(_ name: String) -> String { "assets/\(name)" }

    /// The file a site path is written to.
    public static func file(for path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// A link from the page at `from` to the site path `to`, relative.
    /// Site paths have no empty segments, so the depth of a page is the number of slashes in its path.
    public func link(from: String, to: String) -> String {
        let depth = Self.depth(of: from)
        var rel = depth < Self.ups.count ? Self.ups[depth] : String(repeating: "../", count: depth)
        rel += to
        if explicitIndex && (to.isEmpty || to.hasSuffix("/")) { rel += "index.html" }
        return rel.isEmpty ? "./" : rel
    }

    /// How many folders deep the page at `path` lies: the number of slashes in it.
    static func depth(of path: String) -> Int {
        var depth = 0
        for b in path.utf8 where b == 0x2F { depth += 1 }
        return depth
    }

    private static let ups = (0..<8).map { String(repeating: "../", count: $0) }

    /// The absolute URL of a site path, when the base is known.
    public func absolute(_ path: String) -> String? {
        base.map { $0 + path }
    }
}
