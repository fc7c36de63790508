import Foundation

/// A page's model, whichever kind of page it is.
/// `indirect`: a build keeps one per page (18,000 at 10,000 articles) in an array, copied when a patch
/// makes some again; boxed, each is a word.
indirect enum PageModel: Sendable {
    case index(IndexPage), article(ArticlePage), timeline(TimelinePage), year(YearPage), people(PeoplePage)
    case person(PersonPage), search(SearchPage), notFound(NotFoundPage)
    case feed(FeedPage), sitemap(SitemapPage), searchIndex(SearchIndexPage), robots(RobotsPage)
    case terms(TermsPage), term(TermPage)
    case searchShard(SearchShardPage), searchDoc(SearchDocPage), searchPeople(SearchPeoplePage)

    /// Whether two models would render the same bytes (with the same templates and settings): the digest
    /// of exactly what the page shows.
    var digest: UInt64 { digest(parts: false).digest }

    /// The digest, and with `parts` the shared parts the model holds (by identity).
    func digest(parts: Bool) -> (digest: UInt64, parts: [ObjectIdentifier]) {
        func of<M: Encodable>(_ m: M) -> (UInt64, [ObjectIdentifier]) {
            parts ? DigestEncoder.digestAndParts(of: m) : (DigestEncoder.digest(of: m), [])
        }
        switch self {
        case .index(let m): return of(m)
        case .article(let m): return of(m)
        case .timeline(let m): return of(m)
        case .year(let m): return of(m)
        case .people(let m): return of(m)
        case .person(let m): return of(m)
        case .search(let m): return of(m)
        case .notFound(let m): return of(m)
        case .feed(let m): return of(m)
        case .sitemap(let m): return of(m)
        case .searchIndex(let m): return of(m)
        case .robots(let m): return of(m)
        case .terms(let m): return of(m)
        case .term(let m): return of(m)
        case .searchShard(let m): return of(m)
        case .searchDoc(let m): return of(m)
        case .searchPeople(let m): return of(m)
        }
    }

    /// The HTML pages: the template each is rendered with (`Templates.required`) and the keys its model offers.
    static let templates: [(name: String, keys: ModelKeys)] = [
        ("index", ModelKeys.of(IndexPage.self)), ("article", ModelKeys.of(ArticlePage.self)),
        ("timeline", ModelKeys.of(TimelinePage.self)), ("year", ModelKeys.of(YearPage.self)),
        ("people", ModelKeys.of(PeoplePage.self)), ("person", ModelKeys.of(PersonPage.self)),
        ("search", ModelKeys.of(SearchPage.self)), ("404", ModelKeys.of(NotFoundPage.self)),
        ("terms", ModelKeys.of(TermsPage.self)), ("term", ModelKeys.of(TermPage.self)),
    ]
}

/// Site → page models. A class, made once per renderer, holding what the pages share (`SharedParts`) and
/// the navigation links of each depth.
final class ModelMaker: Sendable {
    let site: Site
    let urls: URLs
    let parts: SharedParts
    private let make: PartMaker

    /// The site's name and the navigation links of a page `depth` folders deep (the same for every page at
    /// that depth), for the depths pages have; and with links from the server's root, for the 404 page.
    private let siteFields: [Shared<SiteFields>]
    private let absoluteSiteFields: Shared<SiteFields>

    private static func siteFields(_ config: SiteConfig, _ link: (String) -> String) -> Shared<SiteFields> {
        Shared(SiteFields(siteTitle: config.title, siteDescription: config.description, lang: config.language,
                          homeURL: link(URLs.home), timelineURL: link(URLs.timeline), peopleURL: link(URLs.people),
                          cssURL: link(URLs.asset("style.css")), searchURL: link(URLs.search), feedURL: link(URLs.feed),
                          sourcesURL: link(URLs.sources), authorsURL: link(URLs.authors)))
    }

    init(site: Site, urls: URLs, parts: SharedParts) {
        self.site = site
        self.urls = urls
        self.parts = parts
        make = PartMaker(site: site, people: parts.people)
        siteFields = (0..<Self.depths).map { d in Self.siteFields(site.config) { urls.link(depth: d, $0) } }
        // Root-relative ("/kho/people/"): right at any depth, on any host that serves the site at that path.
        absoluteSiteFields = Self.siteFields(site.config) { [root = urls.rootPath] in root + $0 }
    }

    /// Pages lie at most four folders deep (`people/<slug>/page/2/`); deeper ones would make their links.
    private static let depths = 6

    /// What every page has. `absolute`: links from the site's address (the 404 page, served at any depth).
    func common(path: String, title: String, description: String? = nil, absolute: Bool = false) -> CommonFields {
        let depth = URLs.depth(of: path)
        let sectionRoots = [URLs.home, URLs.timeline, URLs.people, URLs.search, URLs.sources, URLs.authors]
        let fields = absolute ? absoluteSiteFields
            : depth < Self.depths ? siteFields[depth] : Self.siteFields(site.config) { urls.link(depth: depth, $0) }
        return CommonFields(site: fields, pageTitle: title, description: description ?? site.config.description,
                            isHome: path.isEmpty, isTimeline: path.hasPrefix(URLs.timeline), isPeople: path.hasPrefix(URLs.people),
                            isSearch: path == URLs.search, isSources: path.hasPrefix(URLs.sources), isAuthors: path.hasPrefix(URLs.authors),
                            inArticles: path.isEmpty || path.hasPrefix("page/") || path.hasPrefix(URLs.articles),
                            navCurrent: sectionRoots.contains(path) ? "page" : "true",
                            canonical: urls.absolute(path), ogType: nil, personFeed: nil)
    }

    func pagination(_ n: Int, of pages: Int, pagePath: (Int) -> String) -> Pagination {
        Pagination(current: n, total: pages, show: pages > 1, prevURL: n > 1 ? .page(pagePath(n - 1)) : nil,
                   nextURL: n < pages ? .page(pagePath(n + 1)) : nil,
                   pages: Pagination.numbers(n, of: pages).map { k in
                       k == 0 ? PageNumber(number: 0, isCurrent: false, isGap: true)
                           : PageNumber(number: k, url: k == n ? nil : .page(pagePath(k)), isCurrent: k == n, isGap: false)
                   })
    }

    func index(page n: Int, of pages: Int) -> IndexPage {
        let path = URLs.indexPage(n)
        let range = SiteConfig.pageRange(n, per: site.config.itemsPerPage, count: site.articles.count)
        return IndexPage(common: common(path: path, title: n == 1 ? site.config.title : "Bài viết – Trang \(n)"),
                         articles: Array(parts.summaries[range]), isEmpty: site.articles.isEmpty,
                         pagination: pagination(n, of: pages, pagePath: URLs.indexPage),
                         articleCount: n == 1 ? site.articles.count : nil, peopleCount: n == 1 ? site.people.count : nil,
                         sourceCount: n == 1 ? site.sources.count : nil, authorCount: n == 1 ? site.authors.count : nil)
    }

    func article(_ i: Int) -> ArticlePage {
        let path = URLs.article(site.articles[i].slug)
        let neighbour = { (k: Int) in Neighbour(title: self.site.articles[k].displayTitle, url: .article(self.site.articles[k].slug)) }
        var c = common(path: path, title: site.articles[i].displayTitle, description: Excerpt.cut(site.articles[i].excerpt, 160))
        c.ogType = "article"
        return ArticlePage(common: c,
                           content: parts.contents[i], older: i + 1 < site.articles.count ? neighbour(i + 1) : nil,
                           newer: i > 0 ? neighbour(i - 1) : nil, related: parts.related[i].map { k in
                               let s = parts.summaries[k].value
                               return RelatedArticle(title: s.title, url: s.url, when: s.dates.shortDate ?? s.dates.date)
                           },
                           hasRelated: !parts.related[i].isEmpty)
    }

    /// The overview: years and months with counts, each linking to its year page.
    func timeline() -> TimelinePage {
        let per = max(1, site.config.listPageSize)
        let years = site.timeline.map { y -> TimelineYearEntry in
            var offset = 0
            return TimelineYearEntry(year: y.year, count: y.count, id: "y\(y.year)", url: .page(URLs.timelineYear(y.year)),
                                     months: y.months.map { m in
                // The month's first article decides which page of the year it starts on.
                let page = offset / per + 1
                offset += m.articles.count
                return TimelineMonthEntry(name: VietnameseDates.monthName(m.month), count: m.articles.count,
                                          url: .page(URLs.timelineYear(y.year, page: page), fragment: "#m\(pad(m.month))"))
            })
        }
        // The undated articles with a day and month come first, in calendar order (`Assemble.newestFirst`).
        var yearUnknown: [YearUnknownMonth] = []
        var undated: [Shared<ArticleSummary>] = []
        var month = 0
        for i in site.undated {
            guard let p = site.articles[i].article.partialDate else { undated.append(parts.summaries[i]); continue }
            if p.month != month {
                month = p.month
                yearUnknown.append(YearUnknownMonth(name: VietnameseDates.monthName(month), id: "nam-chua-ro-\(month)", articles: []))
            }
            yearUnknown[yearUnknown.count - 1].articles.append(parts.summaries[i])
        }
        return TimelinePage(common: common(path: URLs.timeline, title: "Dòng thời gian"), years: years,
                            yearUnknown: yearUnknown, hasYearUnknown: !yearUnknown.isEmpty,
                            undated: undated, hasUndated: !undated.isEmpty, isEmpty: site.articles.isEmpty, chart: Charts.timeline(site))
    }

    /// One year, month by month, a page of `listPageSize` articles at a time.
    func timelineYear(_ year: Int, page: Int) -> YearPage {
        let path = URLs.timelineYear(year, page: page)
        let c = common(path: path, title: page == 1 ? "Năm \(year)" : "Năm \(year) – Trang \(page)")
        let per = max(1, site.config.listPageSize)
        guard let at = site.timeline.firstIndex(where: { $0.year == year }) else {
            return YearPage(common: c, months: [], year: year, count: 0, pagination: pagination(1, of: 1) { _ in path }, chart: "")
        }
        let y = site.timeline[at]
        // The timeline is newest first.
        let timeline = site.timeline
        let beside = { (k: Int) in timeline.indices.contains(k) ? YearLink(year: timeline[k].year, url: .page(URLs.timelineYear(timeline[k].year))) : nil }
        var months: [YearMonth] = []
        for (month, i) in y.page(page, per: per) {
            if months.last?.month != month {
                let total = y.months.first { $0.month == month }?.articles.count ?? 0
                months.append(YearMonth(month: month, name: VietnameseDates.monthName(month), id: "m\(pad(month))", count: total, articles: []))
            }
            months[months.count - 1].articles.append(parts.summaries[i])
        }
        return YearPage(common: c, months: months, year: year, count: y.count,
                        pagination: pagination(page, of: SiteConfig.pageCount(y.count, per: per)) { URLs.timelineYear(year, page: $0) },
                        olderYear: beside(at + 1), newerYear: beside(at - 1), hasOtherYears: timeline.count > 1,
                        chart: page == 1 ? Charts.year(y) : "")
    }

    /// Everyone by name, under their initials; or (`byCount`) most mentioned first, ties in name order.
    func people(byCount: Bool = false) -> PeoplePage {
        func entry(_ i: Int) -> PeopleEntry {
            PeopleEntry(person: parts.people[i], count: site.people[i].articles.count, headline: site.people[i].headline)
        }
        var groups: [PeopleGroup] = []
        var ranked: [PeopleEntry] = []
        if byCount {
            let counts = site.people.map(\.articles.count)
            ranked = site.people.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.map(entry)
        } else {
            groups = Self.letterGroups(Array(site.people.indices)) { Self.initial(site.people[$0].name) }
                .map { PeopleGroup(letter: $0.letter, id: $0.id, people: $0.items.map(entry)) }
        }
        let title = byCount ? "Nhân vật nhắc đến nhiều nhất" : "Nhân vật"
        return PeoplePage(common: common(path: byCount ? URLs.peopleByCount : URLs.people, title: title), groups: groups,
                          count: site.people.count, isEmpty: site.people.isEmpty, heading: title, byCount: byCount, ranked: ranked,
                          byNameURL: .page(URLs.people), byCountURL: .page(URLs.peopleByCount))
    }

    /// `items` in their order, under the letter each is listed by: a group starts where the letter changes,
    /// and its id ("chu-a-0": the letter's slug and the group's number) is unique on the page.
    static func letterGroups<T>(_ items: [T], letter: (T) -> String) -> [(letter: String, id: String, items: [T])] {
        var groups: [(letter: String, id: String, items: [T])] = []
        for item in items {
            let l = letter(item)
            if groups.last?.letter != l {
                let slug = Slug.make(l)
                groups.append((l, "chu-\(slug.isEmpty ? "khac" : slug)-\(groups.count)", []))
            }
            groups[groups.count - 1].items.append(item)
        }
        return groups
    }

    /// The letter a person is listed under: the first letter of the given name (the last word).
    static func initial(_ name: String) -> String {
        guard let given = name.split(separator: " ").last, let f = given.first else { return "#" }
        // Keep Vietnamese letters whole (Đ, Ư), but fold tone marks (Ú → U).
        let base = String(f).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) || $0.value == 0x31B || $0.value == 0x306 || $0.value == 0x302 }
        return String(String.UnicodeScalarView(base)).precomposedStringWithCanonicalMapping.uppercased()
    }

    func person(_ p: Int, page: Int = 1) -> PersonPage {
        let person = site.people[p]
        let path = URLs.person(person.slug, page: page)
        let per = max(1, site.config.listPageSize)
        let slice = person.articles[SiteConfig.pageRange(page, per: per, count: person.articles.count)]
        var c = common(path: path, title: page == 1 ? person.name : "\(person.name) – Trang \(page)",
                       description: "\(person.name): \(person.articles.count) bài viết")
        let feed = Link.page(URLs.personFeed(person.slug))
        c.personFeed = PersonLink(name: person.name, url: feed)
        return PersonPage(common: c, personFeedURL: feed,
                          pagination: pagination(page, of: SiteConfig.pageCount(person.articles.count, per: per)) { URLs.person(person.slug, page: $0) },
                          firstPage: page == 1, name: person.name, headline: person.headline, count: person.articles.count,
                          hasTitles: !person.offices.isEmpty, headlineOffice: person.headlineOffice.map { ($0.former ? "nguyên " : "") + $0.office },
                          headlineYear: person.headlineOffice?.year, articles: slice.map { parts.summaries[$0] },
                          hasCompanions: !person.companions.isEmpty, titles: Later(parts.titles[p]), companions: Later(parts.companions[p]),
                          chart: Later(parts.charts[p]), hasChart: page == 1 && !parts.charts[p].value.svg.isEmpty,
                          mergedSpellings: person.merged.isEmpty ? nil : person.merged.map { "\($0.name) (\($0.articles) bài)" }.joined(separator: ", "))
    }

    func search() -> SearchPage {
        SearchPage(common: common(path: URLs.search, title: "Tìm kiếm"), indexURL: .page(URLs.searchIndex), scriptURL: .page(URLs.asset("search.js")))
    }

    func notFound() -> NotFoundPage {
        // The 404 page is served from any depth, so its links are absolute when the base is known.
        var c = common(path: "", title: "Không tìm thấy trang", absolute: true)
        // Not the home page's address: the page stands for whatever was asked for.
        (c.isHome, c.inArticles, c.canonical) = (false, false, nil)
        return NotFoundPage(common: c)
    }

    /// The feed of the newest dated articles among `indices` (newest first), at most `feedLength`.
    func feed(path: String, title: String, indices: [Int]) -> FeedPage {
        var entries: [Shared<FeedEntry>] = []
        for i in indices where site.articles[i].statedDate != nil {
            if entries.count >= site.config.feedLength { break }
            entries.append(parts.feedEntries.entry(i) { make.feedEntry(i) })
        }
        return FeedPage(path: path, title: title, entries: entries)
    }

    func sitemap(_ pages: [(path: String, article: Int?)]) -> SitemapPage {
        SitemapPage(entries: pages.map { p in
            SitemapEntry(path: p.path, lastmod: p.article.flatMap { site.articles[$0].statedDate.map(Feeds.rfc3339) })
        })
    }

    func searchIndex() -> SearchIndexPage {
        SearchIndexPage(shardCount: SearchIndex.shardCount(articles: site.articles.count), articleCount: site.articles.count,
                        years: site.timeline.map { SearchYear(year: $0.year, count: $0.count) },
                        people: site.people.map { SearchPerson(name: $0.name, slug: $0.slug, count: $0.articles.count) })
    }

    func searchShard(_ k: Int) -> SearchShardPage { SearchShardPage(shard: k, text: parts.search.shards(site)[k]) }

    func searchDoc(_ k: Int) -> SearchDocPage {
        let per = SearchIndex.docsPerFile
        return SearchDocPage(docs: (k * per..<min(site.articles.count, k * per + per)).map { i in
            SearchDoc(id: i, summary: parts.summaries[i], content: parts.contents[i])
        })
    }

    func searchPeople(_ k: Int) -> SearchPeoplePage {
        let per = SearchIndex.peoplePerFile
        return SearchPeoplePage(file: k, headlines: site.people[k * per..<min(site.people.count, k * per + per)].map { $0.headline ?? "" })
    }

    func robots() -> RobotsPage { RobotsPage(sitemap: urls.absolute(URLs.sitemap)) }
}
