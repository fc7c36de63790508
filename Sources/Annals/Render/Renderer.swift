import Foundation

/// A file of the built site: where it goes and what it holds.
public struct Page: Sendable {
    /// Path relative to the output folder, e.g. `articles/x/index.html`.
    public let path: String
    public let bytes: Data
}

/// Which file to render; each is rendered independently, so they can be rendered in parallel.
public enum PageKind: Sendable, Hashable {
    case index(Int), article(Int), timeline, timelineYear(year: Int, page: Int), people, person(Int, page: Int)
    case search, notFound, feed, personFeed(Int), sitemap, robots, searchIndex
}

/// Site + templates → pages. Pure; the caller decides where the bytes go.
public struct Renderer: Sendable {
    public let site: Site
    public let templates: Templates
    public let urls: URLs

    let models: ViewModels
    /// The entries of person feeds (`people/<slug>/feed.xml`), each written once.
    let personFeedEntries = FeedEntries(depth: URLs.depth(of: URLs.personFeed("x")))

    public init(site: Site, templates: Templates) {
        self.site = site
        self.templates = templates
        self.urls = URLs(baseURL: site.config.baseURL)
        models = ViewModels(site: site, urls: urls)
    }

    public var indexPageCount: Int { pages(site.articles.count, site.config.itemsPerPage) }
    func pages(_ n: Int, _ per: Int) -> Int { SiteConfig.pageCount(n, per: per) }

    /// Every file of the site, in a fixed order.
    public func plan() -> [PageKind] {
        var kinds: [PageKind] = (1...indexPageCount).map { .index($0) }
        kinds += site.articles.indices.map { .article($0) }
        kinds.append(.timeline)
        for y in site.timeline {
            kinds += (1...pages(y.count, site.config.listPageSize)).map { .timelineYear(year: y.year, page: $0) }
        }
        kinds.append(.people)
        for p in site.people.indices {
            kinds += (1...pages(site.people[p].articles.count, site.config.listPageSize)).map { .person(p, page: $0) }
            kinds.append(.personFeed(p))
        }
        kinds += [.search, .searchIndex, .notFound, .feed, .robots]
        if urls.base != nil { kinds.append(.sitemap) }
        return kinds
    }

    public func path(of kind: PageKind) -> String {
        switch kind {
        case .index(let n): return URLs.file(for: URLs.indexPage(n))
        case .article(let i): return URLs.file(for: URLs.article(site.articles[i].slug))
        case .timeline: return URLs.file(for: URLs.timeline)
        case let .timelineYear(year, page): return URLs.file(for: URLs.timelineYear(year, page: page))
        case .people: return URLs.file(for: URLs.people)
        case let .person(p, page): return URLs.file(for: URLs.person(site.people[p].slug, page: page))
        case .search: return URLs.file(for: URLs.search)
        case .notFound: return "404.html"
        case .feed: return URLs.feed
        case .personFeed(let p): return URLs.personFeed(site.people[p].slug)
        case .sitemap: return URLs.sitemap
        case .robots: return URLs.robots
        case .searchIndex: return URLs.searchIndex
        }
    }

    /// Throws when the templates nest sections and partials too deep for this page's data, or take too long (`TemplateBounds`).
    public func render(_ kind: PageKind) throws(TemplateRenderError) -> Page {
        let vm = models
        let feeds = Feeds(site: site, urls: urls)
        let bytes: Data
        switch kind {
        case .index(let n): bytes = try templates.renderData(vm.index(page: n, of: indexPageCount), template: "index")
        case .article(let i): bytes = try templates.renderData(vm.article(i), template: "article")
        case .timeline: bytes = try templates.renderData(vm.timeline(), template: "timeline")
        case let .timelineYear(year, page): bytes = try templates.renderData(vm.timelineYear(year, page: page), template: "year")
        case .people: bytes = try templates.renderData(vm.people(), template: "people")
        case let .person(p, page): bytes = try templates.renderData(vm.person(p, page: page), template: "person")
        case .search: bytes = try templates.renderData(vm.search(), template: "search")
        case .notFound: bytes = try templates.renderData(vm.notFound(), template: "404")
        case .feed: bytes = Data(feeds.atom(path: URLs.feed, title: site.config.title, indices: Array(site.articles.indices)))
        case .personFeed(let p):
            let person = site.people[p]
            bytes = Data(feeds.atom(path: URLs.personFeed(person.slug), title: "\(person.name) · \(site.config.title)",
                                    indices: person.articles.sorted(), shared: personFeedEntries))
        case .sitemap: bytes = Data((feeds.sitemap(paths: sitemapEntries()) ?? "").utf8)
        case .robots: bytes = Data(feeds.robots().utf8)
        case .searchIndex: bytes = Data(SearchIndex.script(site, urls: urls).utf8)
        }
        return Page(path: path(of: kind), bytes: bytes)
    }

    /// HTML pages for the sitemap, articles with their dates.
    func sitemapEntries() -> [(path: String, lastmod: ArticleDate?)] {
        plan().compactMap { kind -> (String, ArticleDate?)? in
            switch kind {
            case .index(let n): return (URLs.indexPage(n), nil)
            case .article(let i): return (URLs.article(site.articles[i].slug), site.articles[i].article.date)
            case .timeline: return (URLs.timeline, nil)
            case let .timelineYear(y, page): return (URLs.timelineYear(y, page: page), nil)
            case .people: return (URLs.people, nil)
            case let .person(p, page): return (URLs.person(site.people[p].slug, page: page), nil)
            case .search: return (URLs.search, nil)
            default: return nil
            }
        }
    }

    /// The static files copied from the templates folder.
    public func assetPages() -> [Page] {
        templates.assets.map { Page(path: $0.path, bytes: $0.data) }
    }
}
