/// For every page, a digest of exactly the data it shows. The incremental builder re-renders a page
/// only when its digest changes; template and configuration changes rebuild everything.
/// Each digest lists what the page's view model reads (see ViewModels): keep the two in step.
struct PageDigests {
    let site: Site
    /// The numbers every page digest is made of.
    struct Parts: Sendable {
        /// Per article: what a list entry shows (title, slug, date, lead, people).
        var summaries: [UInt64]
        /// Per article: everything the article page shows of the article itself.
        var contents: [UInt64]
        /// Per person: name and slug (what a link to them shows), and match key.
        var personLinks: [UInt64]
        var personKeys: [UInt64]
        /// Per person: the titles held and the articles behind each (once, not once per page of theirs).
        var personTitles: [UInt64]
    }
    let parts: Parts
    var summaries: [UInt64] { parts.summaries }
    var contents: [UInt64] { parts.contents }
    var personLinks: [UInt64] { parts.personLinks }

    /// Everything is reduced to numbers first, in parallel, so that each page's digest combines a few
    /// integers instead of walking the model (copying its structs) again.
    /// `reusing`: the parts of the previous build and the articles patched since, when assembly reused
    /// the previous site (same people, slugs and order): only those articles are worked out again.
    init(site: Site, reusing: (parts: Parts, patched: [Int])? = nil) {
        self.site = site
        let people = site.people, articles = site.articles
        if let (old, patched) = reusing, old.summaries.count == articles.count, old.personLinks.count == people.count {
            var p = old
            for i in patched {
                let (s, c, _) = Self.article(i, articles, p.personLinks, p.personKeys)
                p.summaries[i] = s
                p.contents[i] = c
            }
            parts = p
            return
        }
        let personLinks = people.map { p -> UInt64 in
            var h = FNV1a()
            h.add(p.name); h.add(p.slug)
            return h.value
        }
        let personKeys = people.map { p -> UInt64 in
            var h = FNV1a()
            h.add(p.key)
            return h.value
        }
        let perArticle = parallelMap(Array(articles.indices)) { Self.article($0, articles, personLinks, personKeys) }
        let slugDates = perArticle.map(\.2)  // an article's slug and date: what a person page lists under a title
        let personTitles = parallelMap(people) { person in
            var h = FNV1a()
            for t in person.titles {
                h.add(t.title)
                for i in t.articles { h.add(slugDates[i]) }
            }
            return h.value
        }
        parts = Parts(summaries: perArticle.map(\.0), contents: perArticle.map(\.1), personLinks: personLinks,
                      personKeys: personKeys, personTitles: personTitles)
    }

    /// One article's summary, content and slug-and-date digests.
    private static func article(_ i: Int, _ articles: [SiteArticle], _ personLinks: [UInt64], _ personKeys: [UInt64]) -> (UInt64, UInt64, UInt64) {
        var s = FNV1a(), c = FNV1a(), d = FNV1a()
        articles.withUnsafeBufferPointer { all in
            let sa = all.baseAddress! + i
            d.add(sa.pointee.slug); d.add(sa.pointee.article.date)
            if let p = sa.pointee.article.partialDate { d.add(p.month * 32 + p.day) }
            s.add(sa.pointee.article.title); s.add(sa.pointee.displayTitle); s.add(d.value)
            s.add(sa.pointee.article.date?.inferred == true ? "i" : ""); s.add(sa.pointee.excerpt)
            for p in sa.pointee.people { s.add(personLinks[p]) }
            c.add(sa.pointee.contentDigest)
            for (p, roles) in zip(sa.pointee.people, sa.pointee.roles) {
                c.add(personKeys[p])
                for r in roles { c.add(r) }
                c.add("|")
            }
        }
        return (s.value, c.value, d.value)
    }

    func digest(_ kind: PageKind, renderer: Renderer) -> UInt64 {
        var h = FNV1a()
        h.add(kind)
        let config = site.config
        switch kind {
        case .index(let n):
            h.add(renderer.indexPageCount); h.add(site.articles.count); h.add(site.people.count)
            for i in SiteConfig.pageRange(n, per: config.itemsPerPage, count: site.articles.count) { h.add(summaries[i]) }
        case .article(let i):
            h.add(summaries[i]); h.add(contents[i])
            if i > 0 { h.add(summaries[i - 1]) }
            if i + 1 < site.articles.count { h.add(summaries[i + 1]) }
        case .timeline:
            for y in site.timeline { h.add(y.year); for m in y.months { h.add(m.month); h.add(m.articles.count) } }
            for i in site.undated { h.add(summaries[i]) }
        case let .timelineYear(year, page):
            guard let y = site.timeline.first(where: { $0.year == year }) else { break }
            for m in y.months { h.add(m.month); h.add(m.articles.count) }
            h.add(page); h.add(y.count)
            for (_, i) in y.page(page, per: max(1, config.listPageSize)) { h.add(summaries[i]) }
        case .people:
            for (p, person) in site.people.enumerated() { h.add(personLinks[p]); h.add(person.articles.count); h.add(person.headline ?? "-") }
        case let .person(p, page):
            let person = site.people[p]
            h.add(personLinks[p]); h.add(person.headline ?? "-"); h.add(person.articles.count); h.add(page)
            h.add(parts.personTitles[p])
            for i in person.articles[SiteConfig.pageRange(page, per: config.listPageSize, count: person.articles.count)] { h.add(summaries[i]) }
            for c in person.companions { h.add(personLinks[c.person]); h.add(c.count) }
        case .personFeed(let p):
            let person = site.people[p]
            h.add(personLinks[p])
            for i in person.articles.sorted().prefix(min(max(0, config.feedLength), Int.max / 2) * 2) { h.add(summaries[i]); h.add(contents[i]) }
        case .feed:
            for i in site.articles.indices.prefix(min(max(0, config.feedLength), Int.max / 2) * 2) { h.add(summaries[i]); h.add(contents[i]) }
        case .search, .notFound, .robots:
            break
        case .searchIndex, .sitemap:
            for i in site.articles.indices { h.add(summaries[i]) }
            for (p, person) in site.people.enumerated() { h.add(personLinks[p]); h.add(person.articles.count) }
        }
        return h.value
    }
}

extension FNV1a {
    mutating func add(_ v: UInt64) { withUnsafeBytes(of: v) { add(buffer: $0.bindMemory(to: UInt8.self)) } }
    mutating func add(_ v: Int) { add(UInt64(bitPattern: Int64(v))) }

    mutating func add(_ d: ArticleDate?) {
        guard let d else { return add(UInt64.max) }
        add(d.year); add(d.month); add(d.day); add(d.hour ?? -1); add(d.minute ?? -1); add(d.inferred ? 1 : 0)
    }

    /// Which page: a tag per case and its numbers (cheaper than describing the enum as text).
    mutating func add(_ kind: PageKind) {
        switch kind {
        case .index(let n): add(1); add(n)
        case .article(let i): add(2); add(i)
        case .timeline: add(3)
        case let .timelineYear(y, p): add(4); add(y); add(p)
        case .people: add(5)
        case let .person(p, page): add(6); add(p); add(page)
        case .search: add(7)
        case .notFound: add(8)
        case .feed: add(9)
        case .personFeed(let p): add(10); add(p)
        case .sitemap: add(11)
        case .robots: add(12)
        case .searchIndex: add(13)
        }
    }
}
