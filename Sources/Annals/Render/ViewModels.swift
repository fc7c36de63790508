import Foundation
import Mustache

/// The values each template sees. Plain dictionaries: swift-mustache reads them without reflection,
/// and a missing key is a bug here, not a silent blank in some template.
struct ViewModels {
    let site: Site
    let urls: URLs

    /// What every page has: the site's name, navigation, stylesheet, and where the page lives.
    func common(path: String, title: String, description: String? = nil) -> [String: Any] {
        var c: [String: Any] = [
            "siteTitle": site.config.title,
            "siteDescription": site.config.description,
            "lang": site.config.language,
            "pageTitle": title,
            "description": description ?? site.config.description,
            "homeURL": urls.link(from: path, to: URLs.home),
            "timelineURL": urls.link(from: path, to: URLs.timeline),
            "peopleURL": urls.link(from: path, to: URLs.people),
            "cssURL": urls.link(from: path, to: URLs.asset("style.css")),
            "searchURL": urls.link(from: path, to: URLs.search),
            "feedURL": urls.link(from: path, to: URLs.feed),
            "isHome": path.isEmpty,
            "isTimeline": path == URLs.timeline,
            "isPeople": path.hasPrefix(URLs.people),
            "isSearch": path == URLs.search,
        ]
        if let canonical = urls.absolute(path) { c["canonical"] = canonical }
        return c
    }

    func displayTitle(_ i: Int) -> String { site.articles[i].displayTitle }

    func dateFields(_ d: ArticleDate?) -> [String: Any] {
        guard let d else { return ["date": "Không rõ ngày", "undated": true] }
        return ["date": VietnameseDates.long(d), "shortDate": VietnameseDates.short(d),
                "datetime": VietnameseDates.machine(d), "inferred": d.inferred]
    }

    /// An article as it appears in lists: title, date, lead, people.
    func summary(_ i: Int, from path: String) -> [String: Any] {
        let sa = site.articles[i]
        var s: [String: Any] = [
            "title": displayTitle(i),
            "url": urls.link(from: path, to: URLs.article(sa.slug)),
            "excerpt": sa.excerpt,
            "people": sa.people.map { personLink($0, from: path) },
        ]
        s.merge(dateFields(sa.article.date)) { $1 }
        s["hasPeople"] = !sa.people.isEmpty
        return s
    }

    func personLink(_ p: Int, from path: String) -> [String: Any] {
        ["name": site.people[p].name, "url": urls.link(from: path, to: URLs.person(site.people[p].slug))]
    }

    func article(_ i: Int) -> [String: Any] {
        let sa = site.articles[i]
        let a = sa.article
        let path = URLs.article(sa.slug)
        var c = common(path: path, title: displayTitle(i), description: Excerpt.cut(sa.excerpt, 160))
        c.merge(dateFields(a.date)) { $1 }
        c["title"] = displayTitle(i)
        c["body"] = CommonMark.html(a.body)
        c["authors"] = a.authors.joined(separator: ", ")
        c["hasAuthors"] = !a.authors.isEmpty
        if let s = a.source { c["source"] = s }
        if let u = a.sourceURL, u.hasPrefix("http://") || u.hasPrefix("https://") { c["sourceURL"] = u }
        c["people"] = zip(sa.people, sa.roles).map { p, roles -> [String: Any] in
            var link = personLink(p, from: path)
            link["roles"] = roles.joined(separator: ", ")
            link["hasRoles"] = !roles.isEmpty
            return link
        }
        c["hasPeople"] = !sa.people.isEmpty
        if i + 1 < site.articles.count { c["older"] = ["title": displayTitle(i + 1), "url": urls.link(from: path, to: URLs.article(site.articles[i + 1].slug))] }
        if i > 0 { c["newer"] = ["title": displayTitle(i - 1), "url": urls.link(from: path, to: URLs.article(site.articles[i - 1].slug))] }
        c["ogType"] = "article"
        return c
    }

    func index(page n: Int, of pages: Int) -> [String: Any] {
        let path = URLs.indexPage(n)
        let per = max(1, site.config.itemsPerPage)
        var c = common(path: path, title: n == 1 ? site.config.title : "\(site.config.title) – Trang \(n)")
        let range = ((n - 1) * per)..<min(site.articles.count, n * per)
        c["articles"] = range.map { summary($0, from: path) }
        c["isEmpty"] = site.articles.isEmpty
        c["pagination"] = pagination(n, of: pages, path: path)
        c["articleCount"] = site.articles.count
        c["peopleCount"] = site.people.count
        return c
    }

    func pagination(_ n: Int, of pages: Int, path: String, pagePath: (Int) -> String = URLs.indexPage) -> [String: Any] {
        var p: [String: Any] = ["current": n, "total": pages, "show": pages > 1]
        if n > 1 { p["prevURL"] = urls.link(from: path, to: pagePath(n - 1)) }
        if n < pages { p["nextURL"] = urls.link(from: path, to: pagePath(n + 1)) }
        return p
    }

    func pageCount(_ n: Int, _ per: Int) -> Int { max(1, (n + max(1, per) - 1) / max(1, per)) }

    /// The overview: years and months with counts, each linking to its year page.
    func timeline() -> [String: Any] {
        let path = URLs.timeline
        var c = common(path: path, title: "Dòng thời gian")
        let per = max(1, site.config.listPageSize)
        c["years"] = site.timeline.map { y -> [String: Any] in
            var offset = 0
            return [
                "year": y.year, "count": y.count, "id": "y\(y.year)",
                "url": urls.link(from: path, to: URLs.timelineYear(y.year)),
                "months": y.months.map { m -> [String: Any] in
                    // The month's first article decides which page of the year it starts on.
                    let page = offset / per + 1
                    offset += m.articles.count
                    let target = urls.link(from: path, to: URLs.timelineYear(y.year, page: page)) + "#m\(pad(m.month))"
                    return ["name": VietnameseDates.monthName(m.month), "count": m.articles.count, "url": target]
                },
            ]
        }
        c["undated"] = site.undated.map { summary($0, from: path) }
        c["hasUndated"] = !site.undated.isEmpty
        c["isEmpty"] = site.articles.isEmpty
        return c
    }

    /// One year, month by month, a page of `listPageSize` articles at a time.
    func timelineYear(_ year: Int, page: Int) -> [String: Any] {
        let path = URLs.timelineYear(year, page: page)
        var c = common(path: path, title: page == 1 ? "Năm \(year)" : "Năm \(year) – Trang \(page)")
        guard let y = site.timeline.first(where: { $0.year == year }) else { return c }
        let per = max(1, site.config.listPageSize)
        let all = y.months.flatMap { m in m.articles.map { (m.month, $0) } }
        let slice = all[min(all.count, (page - 1) * per)..<min(all.count, page * per)]
        var months: [[String: Any]] = []
        for (month, i) in slice {
            if (months.last?["month"] as? Int) != month {
                let total = y.months.first { $0.month == month }?.articles.count ?? 0
                months.append(["month": month, "name": VietnameseDates.monthName(month), "id": "m\(pad(month))", "count": total, "articles": [[String: Any]]()])
            }
            var list = months[months.count - 1]["articles"] as! [[String: Any]]
            list.append(summary(i, from: path))
            months[months.count - 1]["articles"] = list
        }
        c["year"] = year
        c["count"] = y.count
        c["months"] = months
        c["timelineURL"] = urls.link(from: path, to: URLs.timeline)
        c["pagination"] = pagination(page, of: pageCount(all.count, per), path: path) { URLs.timelineYear(year, page: $0) }
        return c
    }

    func people() -> [String: Any] {
        let path = URLs.people
        var c = common(path: path, title: "Nhân vật")
        var groups: [[String: Any]] = []
        var current: (letter: String, people: [[String: Any]])?
        for (i, p) in site.people.enumerated() {
            let letter = Self.initial(p.name)
            if current?.letter != letter {
                if let cur = current { groups.append(["letter": cur.letter, "id": "chu-\(Slug.make(cur.letter).isEmpty ? "khac" : Slug.make(cur.letter))-\(groups.count)", "people": cur.people]) }
                current = (letter, [])
            }
            var entry = personLink(i, from: path)
            entry["count"] = p.articles.count
            if let h = p.headline { entry["headline"] = h }
            current!.people.append(entry)
        }
        if let cur = current { groups.append(["letter": cur.letter, "id": "chu-\(Slug.make(cur.letter).isEmpty ? "khac" : Slug.make(cur.letter))-\(groups.count)", "people": cur.people]) }
        c["groups"] = groups
        c["count"] = site.people.count
        c["isEmpty"] = site.people.isEmpty
        return c
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
    func person(_ p: Int, page: Int = 1) -> LazyModel {
        let person = site.people[p]
        let path = URLs.person(person.slug, page: page)
        return LazyModel(eager: personEager(p, page: page), lazy: [
            "titles": {
                person.titles.map { t -> [String: Any] in
                    ["title": t.title, "dates": t.articles.map { ai -> [String: Any] in
                        let a = site.articles[ai]
                        return ["date": a.article.date.map(VietnameseDates.short) ?? "không rõ ngày", "url": urls.link(from: path, to: URLs.article(a.slug))]
                    }]
                }
            },
            "companions": {
                person.companions.map { comp -> [String: Any] in
                    var l = personLink(comp.person, from: path)
                    l["count"] = comp.count
                    return l
                }
            },
        ])
    }

    private func personEager(_ p: Int, page: Int) -> [String: Any] {
        let person = site.people[p]
        let path = URLs.person(person.slug, page: page)
        var c = common(path: path, title: page == 1 ? person.name : "\(person.name) – Trang \(page)",
                       description: "\(person.name): \(person.articles.count) bài viết")
        c["personFeedURL"] = urls.link(from: path, to: URLs.personFeed(person.slug))
        let per = max(1, site.config.listPageSize)
        c["pagination"] = pagination(page, of: pageCount(person.articles.count, per), path: path) { URLs.person(person.slug, page: $0) }
        c["firstPage"] = page == 1
        c["name"] = person.name
        if let h = person.headline { c["headline"] = h }
        c["count"] = person.articles.count
        c["hasTitles"] = !person.titles.isEmpty
        let slice = person.articles[min(person.articles.count, (page - 1) * per)..<min(person.articles.count, page * per)]
        c["articles"] = slice.map { summary($0, from: path) }
        c["hasCompanions"] = !person.companions.isEmpty
        return c
    }

    func search() -> [String: Any] {
        let path = URLs.search
        var c = common(path: path, title: "Tìm kiếm")
        c["indexURL"] = urls.link(from: path, to: URLs.searchIndex)
        c["scriptURL"] = urls.link(from: path, to: URLs.asset("search.js"))
        return c
    }

    func notFound() -> [String: Any] {
        // The 404 page is served from any depth, so its links are absolute when the base is known.
        var c = common(path: "", title: "Không tìm thấy trang")
        if let base = urls.base {
            c["homeURL"] = base
            c["timelineURL"] = base + URLs.timeline
            c["peopleURL"] = base + URLs.people
            c["cssURL"] = base + URLs.asset("style.css")
            c["searchURL"] = base + URLs.search
            c["feedURL"] = base + URLs.feed
        }
        return c
    }
}

/// The first paragraph as plain text, cut at a word boundary.
enum Excerpt {
    static func lead(_ markdown: String, limit: Int = 280) -> String {
        var captionNext = false
        for p in paragraphs(markdown) {
            let t = Vietnamese.trimmed(p, dropping: \.properties.isWhitespace)
            if t == MarkdownBody.captionMarker { captionNext = true; continue }
            if t.hasPrefix(MarkdownBody.captionMarker) || captionNext { captionNext = false; continue }
            if t.isEmpty { continue }
            return cut(unescape(t), limit)
        }
        return ""
    }

    /// Paragraphs (split at blank lines), lazily: the lead is usually the first one.
    static func paragraphs(_ text: String) -> some Sequence<Substring> {
        let utf8 = text.utf8
        var start = utf8.startIndex
        return AnySequence {
            AnyIterator { () -> Substring? in
                guard start < utf8.endIndex else { return nil }
                var i = start
                while i < utf8.endIndex {
                    let next = utf8.index(after: i)
                    if utf8[i] == 0x0A, next < utf8.endIndex, utf8[next] == 0x0A {
                        let p = text[start..<i]
                        start = utf8.index(after: next)
                        return p
                    }
                    i = next
                }
                let p = text[start...]
                start = utf8.endIndex
                return p
            }
        }
    }

    static func unescape(_ s: String) -> String {
        var out = ""
        var escaped = false
        for ch in s {
            if escaped { out.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }

    static func cut(_ s: String, _ limit: Int) -> String {
        // Short enough for certain (a Character is at least one byte) without counting Characters.
        if s.utf8.count <= limit { return s }
        guard s.count > limit else { return s }
        let prefix = s.prefix(limit)
        let end = prefix.lastIndex(of: " ") ?? prefix.endIndex
        return Vietnamese.trimmed(prefix[..<end], dropping: { $0.properties.isWhitespace || CharacterSet.punctuationCharacters.contains($0) }) + "…"
    }
}

/// A view model whose costly keys are computed when a template first reads them (at most once).
final class LazyModel: MustacheParent, @unchecked Sendable {
    private let eager: [String: Any]
    private let lazy: [String: () -> Any]
    private var computed: [String: Any] = [:]

    init(eager: [String: Any], lazy: [String: () -> Any]) {
        self.eager = eager
        self.lazy = lazy
    }

    func child(named name: String) -> Any? {
        if let v = eager[name] { return v }
        if let v = computed[name] { return v }
        guard let make = lazy[name] else { return nil }
        let v = make()
        computed[name] = v
        return v
    }

}
