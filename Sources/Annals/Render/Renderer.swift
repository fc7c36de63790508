import Foundation

/// A file of the built site: where it goes and what it holds.
public struct Page: Sendable {
    /// Path relative to the output folder, e.g. `articles/x/index.html`.
    public let path: String
    public let bytes: Data
}

/// Which file to render; each is rendered independently, so they can be rendered in parallel.
public enum PageKind: Sendable, Hashable {
    case index(Int), article(Int), timeline, timelineYear(year: Int, page: Int), people, peopleByCount, person(Int, page: Int)
    case search, notFound, feed, personFeed(Int), sitemap, robots, searchIndex
    /// `sources/`, `authors/`, and each source's or author's pages.
    case terms(Taxonomy), term(Taxonomy, Int, page: Int)
    case searchShard(Int), searchDoc(Int), searchPeople(Int)
}

/// Site + templates → pages: each page's model (`PageModel`), then its bytes. Pure; the caller decides
/// where the bytes go, and which pages need rendering (those whose model's digest changed).
public struct Renderer: Sendable {
    public let site: Site
    public let templates: Templates
    public let urls: URLs

    let models: ModelMaker
    let layout: SitePlan
    /// The entries of person feeds (`people/<slug>/feed.xml`), each written once.
    let personFeedEntries = FeedEntries(depth: URLs.depth(of: URLs.personFeed("x")))

    public init(site: Site, templates: Templates) {
        self.init(site: site, templates: templates, parts: nil)
    }

    /// `parts`: what pages share, when the caller has them (a build that reuses the last one's).
    init(site: Site, templates: Templates, parts: SharedParts?) {
        self.site = site
        self.templates = templates
        self.urls = URLs(baseURL: site.config.baseURL)
        layout = SitePlan(site: site, urls: urls)
        models = ModelMaker(site: site, urls: urls, parts: parts ?? SharedParts(site: site))
    }

    var parts: SharedParts { models.parts }

    public var indexPageCount: Int { layout.indexPageCount }

    /// Every file of the site, in a fixed order.
    public func plan() -> [PageKind] { layout.plan() }

    public func path(of kind: PageKind) -> String { layout.path(of: kind) }

    /// What the page shows.
    func model(_ kind: PageKind) -> PageModel {
        let m = models
        switch kind {
        case .index(let n): return .index(m.index(page: n, of: indexPageCount))
        case .article(let i): return .article(m.article(i))
        case .timeline: return .timeline(m.timeline())
        case let .timelineYear(year, page): return .year(m.timelineYear(year, page: page))
        case .people: return .people(m.people())
        case .peopleByCount: return .people(m.people(byCount: true))
        case let .person(p, page): return .person(m.person(p, page: page))
        case .search: return .search(m.search())
        case .notFound: return .notFound(m.notFound())
        case .feed: return .feed(m.feed(path: URLs.feed, title: site.config.title, indices: Array(site.articles.indices)))
        case .personFeed(let p):
            let person = site.people[p]
            return .feed(m.feed(path: URLs.personFeed(person.slug), title: "\(person.name) · \(site.config.title)", indices: person.articles.sorted()))
        case .sitemap: return .sitemap(m.sitemap(layout.sitemapEntries()))
        case .robots: return .robots(m.robots())
        case .searchIndex: return .searchIndex(m.searchIndex())
        case .terms(let t): return .terms(m.terms(t))
        case let .term(t, k, page): return .term(m.term(t, k, page: page))
        case .searchShard(let k): return .searchShard(m.searchShard(k))
        case .searchDoc(let i): return .searchDoc(m.searchDoc(i))
        case .searchPeople(let k): return .searchPeople(m.searchPeople(k))
        }
    }

    /// Throws when the templates nest sections and partials too deep for this page's data, or take too
    /// long (`TemplateBounds`).
    public func render(_ kind: PageKind) throws(TemplateRenderError) -> Page {
        let path = path(of: kind)
        return Page(path: path, bytes: try bytes(of: model(kind), at: path))
    }

    /// The file made from `model`, which is at `path`.
    func bytes(of model: PageModel, at path: String) throws(TemplateRenderError) -> Data {
        if let (template, value) = view(of: model, at: path) { return try templates.renderData(value, template: template) }
        let feeds = Feeds(site: site, urls: urls)
        switch model {
        case .feed(let m): return Data(feeds.atom(m, shared: m.path == URLs.feed ? nil : personFeedEntries))
        case .sitemap(let m): return Data((feeds.sitemap(m) ?? "").utf8)
        case .robots(let m): return Data(feeds.robots(m).utf8)
        case .searchIndex(let m): return Data(SearchIndex.meta(m, urls: urls).utf8)
        case .searchShard(let m): return Data(m.text.value.text.utf8)
        case .searchDoc(let m): return SearchIndex.documents(m)
        case .searchPeople(let m): return SearchIndex.headlines(m)
        case .index, .article, .timeline, .year, .people, .person, .search, .notFound, .terms, .term: return Data()  // HTML: above
        }
    }

    /// For an HTML page, its template and what the template sees.
    func view(of model: PageModel, at path: String) -> (template: String, value: TemplateValue)? {
        let context = TemplateContext(urls: urls, depth: URLs.depth(of: path))
        func html<M: Encodable>(_ m: M, _ template: String) -> (String, TemplateValue) { (template, TemplateEncoder.value(of: m, context)) }
        switch model {
        case .index(let m): return html(m, "index")
        case .article(let m): return html(m, "article")
        case .timeline(let m): return html(m, "timeline")
        case .year(let m): return html(m, "year")
        case .people(let m): return html(m, "people")
        case .person(let m): return html(m, "person")
        case .search(let m): return html(m, "search")
        case .notFound(let m): return html(m, "404")
        case .terms(let m): return html(m, "terms")
        case .term(let m): return html(m, "term")
        case .feed, .sitemap, .robots, .searchIndex, .searchShard, .searchDoc, .searchPeople: return nil
        }
    }

    /// The static files copied from the templates folder.
    public func assetPages() -> [Page] {
        templates.assets.map { Page(path: $0.path, bytes: $0.data) }
    }
}

/// Which files a site has and where each goes: what a build needs to know before any page's model.
struct SitePlan: Sendable {
    let site: Site
    let urls: URLs

    var indexPageCount: Int { SiteConfig.pageCount(site.articles.count, per: site.config.itemsPerPage) }

    /// Every file of the site, in a fixed order.
    func plan() -> [PageKind] {
        var kinds: [PageKind] = (1...indexPageCount).map { .index($0) }
        kinds += site.articles.indices.map { .article($0) }
        kinds.append(.timeline)
        for y in site.timeline {
            kinds += (1...SiteConfig.pageCount(y.count, per: site.config.listPageSize)).map { .timelineYear(year: y.year, page: $0) }
        }
        kinds += [.people, .peopleByCount]
        for p in site.people.indices {
            kinds += (1...SiteConfig.pageCount(site.people[p].articles.count, per: site.config.listPageSize)).map { .person(p, page: $0) }
            kinds.append(.personFeed(p))
        }
        kinds += termPlan()
        kinds += [.search, .searchIndex]
        kinds += (0..<SearchIndex.shardCount(articles: site.articles.count)).map { .searchShard($0) }
        kinds += (0..<SearchIndex.docFiles(articles: site.articles.count)).map { .searchDoc($0) }
        kinds += (0..<SearchIndex.peopleFiles(people: site.people.count)).map { .searchPeople($0) }
        kinds += [.notFound, .feed, .robots]
        if urls.base != nil { kinds.append(.sitemap) }
        return kinds
    }

    func path(of kind: PageKind) -> String {
        switch kind {
        case .index(let n): return URLs.file(for: URLs.indexPage(n))
        case .article(let i): return URLs.file(for: URLs.article(site.articles[i].slug))
        case .timeline: return URLs.file(for: URLs.timeline)
        case let .timelineYear(year, page): return URLs.file(for: URLs.timelineYear(year, page: page))
        case .people: return URLs.file(for: URLs.people)
        case .peopleByCount: return URLs.file(for: URLs.peopleByCount)
        case let .person(p, page): return URLs.file(for: URLs.person(site.people[p].slug, page: page))
        case .search: return URLs.file(for: URLs.search)
        case .notFound: return "404.html"
        case .feed: return URLs.feed
        case .personFeed(let p): return URLs.personFeed(site.people[p].slug)
        case .sitemap: return URLs.sitemap
        case .robots: return URLs.robots
        case .searchIndex: return URLs.searchIndex
        case .terms(let t): return URLs.file(for: termPath(t, nil, page: 1))
        case let .term(t, k, page): return URLs.file(for: termPath(t, k, page: page))
        case .searchShard(let k): return URLs.searchShard(k)
        case .searchDoc(let i): return URLs.searchDoc(i)
        case .searchPeople(let k): return URLs.searchPeople(k)
        }
    }

    /// HTML pages for the sitemap, articles with their index.
    func sitemapEntries() -> [(path: String, article: Int?)] {
        plan().compactMap { kind -> (String, Int?)? in
            switch kind {
            case .index(let n): return (URLs.indexPage(n), nil)
            case .article(let i): return (URLs.article(site.articles[i].slug), i)
            case .timeline: return (URLs.timeline, nil)
            case let .timelineYear(y, page): return (URLs.timelineYear(y, page: page), nil)
            case .people: return (URLs.people, nil)
            case .peopleByCount: return (URLs.peopleByCount, nil)
            case let .person(p, page): return (URLs.person(site.people[p].slug, page: page), nil)
            case .search: return (URLs.search, nil)
            case .terms(let t): return (termPath(t, nil, page: 1), nil)
            case let .term(t, k, page): return (termPath(t, k, page: page), nil)
            default: return nil
            }
        }
    }
}
