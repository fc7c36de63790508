/// For every page, a digest of exactly the data it shows. The incremental builder re-renders a page
/// only when its digest changes; template and configuration changes rebuild everything.
/// Each digest lists what the page's view model reads (see ViewModels): keep the two in step.
struct PageDigests {
    let site: Site
    /// Per article: what a list entry shows (title, slug, date, lead, people).
    let summaries: [UInt64]
    /// Per article: everything the article page shows of the article itself.
    let contents: [UInt64]

    init(site: Site) {
        self.site = site
        let people = site.people
        summaries = site.articles.map { sa in
            var h = FNV1a()
            h.add(sa.article.title); h.add(sa.displayTitle); h.add(sa.slug); h.add(sa.article.date?.isoString ?? "-")
            h.add(sa.article.date?.inferred == true ? "i" : ""); h.add(sa.excerpt)
            for p in sa.people { h.add(people[p].name); h.add(people[p].slug) }
            return h.value
        }
        contents = site.articles.map { sa in
            var h = FNV1a()
            h.add(sa.contentDigest)
            for (p, roles) in zip(sa.people, sa.roles) {
                h.add(people[p].key)
                for r in roles { h.add(r) }
                h.add("|")
            }
            return h.value
        }
    }

    func digest(_ kind: PageKind, renderer: Renderer) -> UInt64 {
        var h = FNV1a()
        h.add("\(kind)")
        let config = site.config
        switch kind {
        case .index(let n):
            h.add("\(renderer.indexPageCount)|\(site.articles.count)|\(site.people.count)")
            let per = max(1, config.itemsPerPage)
            for i in ((n - 1) * per)..<min(site.articles.count, n * per) { h.add(summaries[i]) }
        case .article(let i):
            h.add(summaries[i]); h.add(contents[i])
            if i > 0 { h.add(summaries[i - 1]) }
            if i + 1 < site.articles.count { h.add(summaries[i + 1]) }
        case .timeline:
            for y in site.timeline { h.add("\(y.year)"); for m in y.months { h.add("\(m.month):\(m.articles.count)") } }
            for i in site.undated { h.add(summaries[i]) }
        case let .timelineYear(year, page):
            guard let y = site.timeline.first(where: { $0.year == year }) else { break }
            for m in y.months { h.add("\(m.month):\(m.articles.count)") }
            let all = y.months.flatMap(\.articles)
            let per = max(1, config.listPageSize)
            h.add("\(page)|\(all.count)")
            for i in all[min(all.count, (page - 1) * per)..<min(all.count, page * per)] { h.add(summaries[i]) }
        case .people:
            for p in site.people { h.add(p.name); h.add(p.slug); h.add("\(p.articles.count)"); h.add(p.headline ?? "-") }
        case let .person(p, page):
            let person = site.people[p]
            h.add(person.name); h.add(person.slug); h.add(person.headline ?? "-"); h.add("\(person.articles.count)|\(page)")
            for t in person.titles {
                h.add(t.title)
                for i in t.articles { h.add(site.articles[i].slug); h.add(site.articles[i].article.date?.isoString ?? "-") }
            }
            let per = max(1, config.listPageSize)
            for i in person.articles[min(person.articles.count, (page - 1) * per)..<min(person.articles.count, page * per)] { h.add(summaries[i]) }
            for c in person.companions { h.add(site.people[c.person].name); h.add(site.people[c.person].slug); h.add("\(c.count)") }
        case .personFeed(let p):
            let person = site.people[p]
            h.add(person.name); h.add(person.slug)
            for i in person.articles.sorted().prefix(config.feedLength * 2) { h.add(summaries[i]); h.add(contents[i]) }
        case .feed:
            for i in site.articles.indices.prefix(config.feedLength * 2) { h.add(summaries[i]); h.add(contents[i]) }
        case .search, .notFound, .robots:
            break
        case .searchIndex, .sitemap:
            for (i, sa) in site.articles.enumerated() { h.add(summaries[i]); h.add(sa.slug) }
            for p in site.people { h.add(p.name); h.add(p.slug); h.add("\(p.articles.count)") }
        }
        return h.value
    }
}

extension FNV1a {
    mutating func add(_ v: UInt64) { withUnsafeBytes(of: v) { add(bytes: $0) } }
}
