import Foundation

/// The values each template sees: typed objects (`TemplateValue`, `TemplateFields`), so a template's
/// lookups are field reads, and a missing key is a bug here, not a silent blank in some template.
///
/// A class, made once per renderer: the lazy parts of a model (a summary's people, a person's titles) are
/// closures that keep it, and keeping a struct holding the whole `Site` retained each of its arrays.
final class ViewModels: Sendable {
    typealias Object = TemplateFields
    let site: Site
    let urls: URLs

    /// The navigation links of a page `depth` folders deep (the same for every page at that depth), for
    /// the depths pages have; made once rather than six per page.
    private let navigation: [Navigation]
    private struct Navigation: Sendable {
        let home, timeline, people, css, search, feed: String
        init(depth d: Int, urls: URLs) {
            (home, timeline, people) = (urls.link(depth: d, URLs.home), urls.link(depth: d, URLs.timeline), urls.link(depth: d, URLs.people))
            (css, search, feed) = (urls.link(depth: d, URLs.asset("style.css")), urls.link(depth: d, URLs.search), urls.link(depth: d, URLs.feed))
        }
    }

    init(site: Site, urls: URLs) {
        self.site = site
        self.urls = urls
        navigation = (0..<Self.depths).map { Navigation(depth: $0, urls: urls) }
        dates = DateTexts(count: site.articles.count)
    }

    /// Pages lie at most four folders deep (`people/<slug>/page/2/`); deeper ones would make their links.
    private static let depths = 6

    /// What every page has: the site's name, navigation, stylesheet, and where the page lives.
    func common(path: String, title: String, description: String? = nil) -> Object {
        let depth = URLs.depth(of: path)
        let nav = depth < Self.depths ? navigation[depth] : Navigation(depth: depth, urls: urls)
        var c: Object = [
            "siteTitle": .string(site.config.title),
            "siteDescription": .string(site.config.description),
            "lang": .string(site.config.language),
            "pageTitle": .string(title),
            "description": .string(description ?? site.config.description),
            "homeURL": .string(nav.home),
            "timelineURL": .string(nav.timeline),
            "peopleURL": .string(nav.people),
            "cssURL": .string(nav.css),
            "searchURL": .string(nav.search),
            "feedURL": .string(nav.feed),
            "isHome": .bool(path.isEmpty),
            "isTimeline": .bool(path == URLs.timeline),
            "isPeople": .bool(path.hasPrefix(URLs.people)),
            "isSearch": .bool(path == URLs.search),
        ]
        if let canonical = urls.absolute(path) { c["canonical"] = .string(canonical) }
        return c
    }

    func displayTitle(_ i: Int) -> String { site.articles[i].displayTitle }

    /// Article `i`'s date fields. An article is listed on several pages (the index, its year, each of its
    /// people): its date is written out once, by whichever page comes first.
    func addDateFields(of i: Int, to c: inout Object) {
        guard let d = site.articles[i].article.date else {
            // A day and month without a year is shown as such, never completed with a guessed year.
            c["date"] = site.articles[i].article.partialDate.map { .string(pad($0.day) + "/" + pad($0.month) + ", năm chưa rõ") } ?? "Không rõ ngày"
            c["undated"] = true
            return
        }
        let t = dates.texts(i) { (VietnameseDates.long(d), VietnameseDates.short(d), VietnameseDates.machine(d)) }
        c["date"] = .string(t.long)
        c["shortDate"] = .string(t.short)
        c["datetime"] = .string(t.machine)
        c["inferred"] = .bool(d.inferred)
    }

    private let dates: DateTexts

    /// Dates as pages show them, by article, made on first use by whichever thread renders a page first.
    private final class DateTexts: @unchecked Sendable {
        typealias Texts = (long: String, short: String, machine: String)
        private let lock = NSLock()
        private var made: [Texts?]

        init(count: Int) { made = Array(repeating: nil, count: count) }

        func texts(_ i: Int, make: () -> Texts) -> Texts {
            lock.lock()
            let known = made[i]
            lock.unlock()
            if let known { return known }
            let t = make()   // outside the lock: two threads may both make it, the same texts
            lock.lock()
            made[i] = t
            lock.unlock()
            return t
        }
    }

    /// An article as it appears in lists: title, date, lead, people. The people's links are made only
    /// if the template shows them: the default person and year pages do not, and a person page lists
    /// up to 50 articles of about five people each.
    func summary(_ i: Int, from path: String) -> TemplateValue {
        // Field by field rather than `let sa = site.articles[i]`: a copy of the whole article costs a
        // retain and a release of each of its parts, and summaries are made some 70,000 times at 10k.
        let people = site.articles[i].people
        var s: Object = [
            "title": .string(site.articles[i].displayTitle),
            "url": .string(urls.link(from: path, toArticle: site.articles[i].slug)),
            "excerpt": .string(site.articles[i].excerpt),
            "hasPeople": .bool(!people.isEmpty),
        ]
        addDateFields(of: i, to: &s)
        return .lazy(LazyObject(eager: s, lazy: [("people", { .list(people.map { .object(self.personLink($0, from: path)) }) })]))
    }

    func personLink(_ p: Int, from path: String) -> Object {
        ["name": .string(site.people[p].name), "url": .string(urls.link(from: path, toPerson: site.people[p].slug))]
    }

    func article(_ i: Int) -> TemplateValue {
        // The fields used, each read in place: a copy of the article or the site article is a retain and a
        // release of each of its parts.
        let people = site.articles[i].people, roles = site.articles[i].roles
        let path = URLs.article(site.articles[i].slug)
        var c = common(path: path, title: displayTitle(i), description: Excerpt.cut(site.articles[i].excerpt, 160))
        addDateFields(of: i, to: &c)
        c["title"] = .string(displayTitle(i))
        c["body"] = .utf8(CommonMark.htmlBytes(site.articles[i].article.body))
        c["authors"] = .string(Self.list(site.articles[i].article.authors))
        c["hasAuthors"] = .bool(!site.articles[i].article.authors.isEmpty)
        if let s = site.articles[i].article.source { c["source"] = .string(s) }
        if let u = site.articles[i].article.sourceURL, u.hasPrefix("http://") || u.hasPrefix("https://") { c["sourceURL"] = .string(u) }
        c["people"] = .list(zip(people, roles).map { p, roles in
            var link = personLink(p, from: path)
            link["roles"] = .string(Self.list(roles))
            link["hasRoles"] = .bool(!roles.isEmpty)
            return .object(link)
        })
        c["hasPeople"] = .bool(!people.isEmpty)
        if i + 1 < site.articles.count {
            c["older"] = ["title": .string(displayTitle(i + 1)), "url": .string(urls.link(from: path, toArticle: site.articles[i + 1].slug))]
        }
        if i > 0 {
            c["newer"] = ["title": .string(displayTitle(i - 1)), "url": .string(urls.link(from: path, toArticle: site.articles[i - 1].slug))]
        }
        c["ogType"] = "article"
        return .object(c)
    }

    /// Names or titles as shown in a line: ", " between them (one of them, the usual case, as it is).
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.joined(separator: ", ")
        }
    }

    func index(page n: Int, of pages: Int) -> TemplateValue {
        let path = URLs.indexPage(n)
        var c = common(path: path, title: n == 1 ? site.config.title : "\(site.config.title) – Trang \(n)")
        let range = SiteConfig.pageRange(n, per: site.config.itemsPerPage, count: site.articles.count)
        c["articles"] = .list(range.map { summary($0, from: path) })
        c["isEmpty"] = .bool(site.articles.isEmpty)
        c["pagination"] = pagination(n, of: pages, path: path)
        c["articleCount"] = .int(site.articles.count)
        c["peopleCount"] = .int(site.people.count)
        return .object(c)
    }

    func pagination(_ n: Int, of pages: Int, path: String, pagePath: (Int) -> String = URLs.indexPage) -> TemplateValue {
        var p: Object = ["current": .int(n), "total": .int(pages), "show": .bool(pages > 1)]
        if n > 1 { p["prevURL"] = .string(urls.link(from: path, to: pagePath(n - 1))) }
        if n < pages { p["nextURL"] = .string(urls.link(from: path, to: pagePath(n + 1))) }
        return .object(p)
    }

    func pageCount(_ n: Int, _ per: Int) -> Int { SiteConfig.pageCount(n, per: per) }

    /// The overview: years and months with counts, each linking to its year page.
    func timeline() -> TemplateValue {
        let path = URLs.timeline
        var c = common(path: path, title: "Dòng thời gian")
        let per = max(1, site.config.listPageSize)
        c["years"] = .list(site.timeline.map { y -> TemplateValue in
            var offset = 0
            return [
                "year": .int(y.year), "count": .int(y.count), "id": .string("y\(y.year)"),
                "url": .string(urls.link(from: path, to: URLs.timelineYear(y.year))),
                "months": .list(y.months.map { m -> TemplateValue in
                    // The month's first article decides which page of the year it starts on.
                    let page = offset / per + 1
                    offset += m.articles.count
                    let target = urls.link(from: path, to: URLs.timelineYear(y.year, page: page)) + "#m\(pad(m.month))"
                    return ["name": .string(VietnameseDates.monthName(m.month)), "count": .int(m.articles.count), "url": .string(target)]
                }),
            ]
        })
        c["undated"] = .list(site.undated.map { summary($0, from: path) })
        c["hasUndated"] = .bool(!site.undated.isEmpty)
        c["isEmpty"] = .bool(site.articles.isEmpty)
        return .object(c)
    }

    /// One year, month by month, a page of `listPageSize` articles at a time.
    func timelineYear(_ year: Int, page: Int) -> TemplateValue {
        let path = URLs.timelineYear(year, page: page)
        var c = common(path: path, title: page == 1 ? "Năm \(year)" : "Năm \(year) – Trang \(page)")
        guard let y = site.timeline.first(where: { $0.year == year }) else { return .object(c) }
        let per = max(1, site.config.listPageSize)
        var months: [(month: Int, articles: [TemplateValue])] = []
        for (month, i) in y.page(page, per: per) {
            if months.last?.month != month { months.append((month, [])) }
            months[months.count - 1].articles.append(summary(i, from: path))
        }
        c["months"] = .list(months.map { month, articles in
            let total = y.months.first { $0.month == month }?.articles.count ?? 0
            return ["month": .int(month), "name": .string(VietnameseDates.monthName(month)), "id": .string("m\(pad(month))"),
                    "count": .int(total), "articles": .list(articles)]
        })
        c["year"] = .int(year)
        c["count"] = .int(y.count)
        c["timelineURL"] = .string(urls.link(from: path, to: URLs.timeline))
        c["pagination"] = pagination(page, of: pageCount(y.count, per), path: path) { URLs.timelineYear(year, page: $0) }
        return .object(c)
    }

    func people() -> TemplateValue {
        let path = URLs.people
        var c = common(path: path, title: "Nhân vật")
        var groups: [TemplateValue] = []
        var current: (letter: String, people: [TemplateValue])?
        func close(_ cur: (letter: String, people: [TemplateValue])) {
            let slug = Slug.make(cur.letter)
            groups.append(["letter": .string(cur.letter), "id": .string("chu-\(slug.isEmpty ? "khac" : slug)-\(groups.count)"), "people": .list(cur.people)])
        }
        for (i, p) in site.people.enumerated() {
            let letter = Self.initial(p.name)
            if current?.letter != letter {
                if let cur = current { close(cur) }
                current = (letter, [])
            }
            var entry = personLink(i, from: path)
            entry["count"] = .int(p.articles.count)
            if let h = p.headline { entry["headline"] = .string(h) }
            current!.people.append(.object(entry))
        }
        if let cur = current { close(cur) }
        c["groups"] = .list(groups)
        c["count"] = .int(site.people.count)
        c["isEmpty"] = .bool(site.people.isEmpty)
        return .object(c)
    }

    /// The letter a person is listed under: the first letter of the given name (the last word).
    static func initial(_ name: String) -> String {
        guard let given = name.split(separator: " ").last, let f = given.first else { return "#" }
        // Keep Vietnamese letters whole (Đ, Ư), but fold tone marks (Ú → U).
        let base = String(f).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) || $0.value == 0x31B || $0.value == 0x306 || $0.value == 0x302 }
        return String(String.UnicodeScalarView(base)).precomposedStringWithCanonicalMapping.uppercased()
    }

    /// A person page. The titles section (every article behind each title) and the companions are
    /// worked out only if the template asks for them (the default shows them on the first page only):
    /// built for every page, they made a person with 5,000 articles cost 50 × 5,000.
    func person(_ p: Int, page: Int = 1) -> TemplateValue {
        let person = site.people[p]
        let path = URLs.person(person.slug, page: page)
        return .lazy(LazyObject(eager: personEager(p, page: page), lazy: [
            ("titles", { [self] in
                .list(person.titles.map { t -> TemplateValue in
                    // Field by field, not `let a = site.articles[ai]`: a copy of the whole article per date.
                    ["title": .string(t.title), "dates": .list(t.articles.map { ai -> TemplateValue in
                        ["date": .string(site.articles[ai].article.date.map(VietnameseDates.short)
                            ?? site.articles[ai].article.partialDate.map { pad($0.day) + "/" + pad($0.month) + ", năm chưa rõ" } ?? "không rõ ngày"),
                         "url": .string(urls.link(from: path, toArticle: site.articles[ai].slug))]
                    })]
                })
            }),
            ("companions", { [self] in
                .list(person.companions.map { comp -> TemplateValue in
                    var l = personLink(comp.person, from: path)
                    l["count"] = .int(comp.count)
                    return .object(l)
                })
            }),
        ]))
    }

    private func personEager(_ p: Int, page: Int) -> Object {
        let person = site.people[p]
        let path = URLs.person(person.slug, page: page)
        var c = common(path: path, title: page == 1 ? person.name : "\(person.name) – Trang \(page)",
                       description: "\(person.name): \(person.articles.count) bài viết")
        c["personFeedURL"] = .string(urls.link(from: path, to: URLs.personFeed(person.slug)))
        let per = max(1, site.config.listPageSize)
        c["pagination"] = pagination(page, of: pageCount(person.articles.count, per), path: path) { URLs.person(person.slug, page: $0) }
        c["firstPage"] = .bool(page == 1)
        c["name"] = .string(person.name)
        if let h = person.headline { c["headline"] = .string(h) }
        c["count"] = .int(person.articles.count)
        c["hasTitles"] = .bool(!person.titles.isEmpty)
        let slice = person.articles[SiteConfig.pageRange(page, per: per, count: person.articles.count)]
        c["articles"] = .list(slice.map { summary($0, from: path) })
        c["hasCompanions"] = .bool(!person.companions.isEmpty)
        return c
    }

    func search() -> TemplateValue {
        let path = URLs.search
        var c = common(path: path, title: "Tìm kiếm")
        c["indexURL"] = .string(urls.link(from: path, to: URLs.searchIndex))
        c["scriptURL"] = .string(urls.link(from: path, to: URLs.asset("search.js")))
        return .object(c)
    }

    func notFound() -> TemplateValue {
        // The 404 page is served from any depth, so its links are absolute when the base is known.
        var c = common(path: "", title: "Không tìm thấy trang")
        if let base = urls.base {
            c["homeURL"] = .string(base)
            c["timelineURL"] = .string(base + URLs.timeline)
            c["peopleURL"] = .string(base + URLs.people)
            c["cssURL"] = .string(base + URLs.asset("style.css"))
            c["searchURL"] = .string(base + URLs.search)
            c["feedURL"] = .string(base + URLs.feed)
        }
        return .object(c)
    }
}
