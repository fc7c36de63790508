/// Every link in the site comes from here. Site paths are written without a leading slash
/// ("people/nguyen-phu-trong/"); links inside pages are relative to the page, so the output works
/// at a domain root, under a subpath, and opened from disk.
public struct URLs: Sendable, Equatable {
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
    public static func article(_ slug: String) -> String { articles + slug + "/" }
    static let articles = "articles/"
    public static let timeline = "timeline/"
    public static func timelineYear(_ year: Int, page: Int = 1) -> String {
        page <= 1 ? "timeline/\(year)/" : "timeline/\(year)/page/\(page)/"
    }
    public static let people = "people/"
    /// Everyone, most mentioned first. No person's slug is this one (`Slugs.reserved`).
    public static let peopleByCount = "people/theo-so-bai/"
    public static func person(_ slug: String, page: Int = 1) -> String {
        page <= 1 ? people + slug + "/" : "people/\(slug)/page/\(page)/"
    }
    public static let sources = "sources/"
    public static let authors = "authors/"
    /// A source's or an author's page: `taxonomy` is `sources` or `authors`.
    public static func term(_ taxonomy: String, _ slug: String, page: Int = 1) -> String {
        page <= 1 ? taxonomy + slug + "/" : taxonomy + slug + "/page/\(page)/"
    }
    public static func personFeed(_ slug: String) -> String { "people/\(slug)/feed.xml" }
    public static let feed = "feed.xml"
    public static let search = "search/"
    public static let searchIndex = "search/index.js"
    static func searchShard(_ k: Int) -> String { "search/s/\(k).js" }
    static func searchDoc(_ i: Int) -> String { "search/d/\(i).js" }
    static func searchPeople(_ k: Int) -> String { "search/p/\(k).js" }
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
        link(depth: Self.depth(of: from), to)
    }

    /// A link from a page `depth` folders deep to the site path `a + b + c` (an article's is "articles/",
    /// its slug and "/"), made in one piece: pages hold some 600,000 links at 10,000 articles.
    /// Site paths are ASCII (slugs are), so "ends in a slash" is a question about the last byte.
    func link(depth: Int, _ a: String, _ b: String = "", _ c: String = "") -> String {
        let last = !c.isEmpty ? c : !b.isEmpty ? b : a
        let index = explicitIndex && (last.isEmpty || last.utf8.last == 0x2F)
        let count = 3 * depth + a.utf8.count + b.utf8.count + c.utf8.count + (index ? 10 : 0)
        if count == 0 { return "./" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { out in
            let p = out.baseAddress!
            var k = 0
            for _ in 0..<depth { p[k] = 0x2E; p[k + 1] = 0x2E; p[k + 2] = 0x2F; k += 3 }
            k = Self.copy(a, to: p, at: k)
            k = Self.copy(b, to: p, at: k)
            k = Self.copy(c, to: p, at: k)
            if index { k = Self.copy("index.html", to: p, at: k) }
            return String(decoding: UnsafeBufferPointer(start: p, count: k), as: UTF8.self)
        }
    }

    /// Copies the bytes of `s` to `p + at`; returns where they end.
    @inline(__always)
    private static func copy(_ s: String, to p: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        var s = s
        return s.withUTF8 { b in
            if let base = b.baseAddress { (p + at).update(from: base, count: b.count) }
            return at + b.count
        }
    }

    /// A link from the page at `from` to an article's page: `link(from:to:)` of `URLs.article(slug)`.
    func link(from: String, toArticle slug: String) -> String { link(depth: Self.depth(of: from), Self.articles, slug, "/") }

    /// A link from the page at `from` to a person's first page: `link(from:to:)` of `URLs.person(slug)`.
    func link(from: String, toPerson slug: String) -> String { link(depth: Self.depth(of: from), Self.people, slug, "/") }

    /// How many folders deep the page at `path` lies: the number of slashes in it.
    static func depth(of path: String) -> Int {
        var path = path
        return path.withUTF8 { bytes in
            var depth = 0
            for b in bytes where b == 0x2F { depth += 1 }
            return depth
        }
    }

    /// The path of the site's root on its server, from the base URL ("/kho/" for https://example.org/kho/),
    /// or "/" when the base is not known: the 404 page, served at any depth, links from there.
    public var rootPath: String {
        guard let base, let scheme = base.range(of: "://") else { return "/" }
        guard let slash = base[scheme.upperBound...].firstIndex(of: "/") else { return "/" }
        return String(base[slash...])
    }

    /// The absolute URL of a site path, when the base is known.
    public func absolute(_ path: String) -> String? {
        base.map { $0 + path }
    }
}
