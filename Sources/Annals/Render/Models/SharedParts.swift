import Foundation

/// The parts of page models that many pages share, made once per build on all cores: each article's list
/// entry and page content, each person's titles and companions, and (as feeds ask for them) feed entries.
/// A build whose assembly only patched some articles' text reuses the previous build's parts and makes
/// those articles' again (`Assemble` patches only when titles, slugs, dates and people are unchanged,
/// which is all the person parts show of an article).
final class SharedParts: Sendable {
    /// Per person: their name and link.
    let people: [Shared<PersonFields>]
    /// Per article: its list entry and its page's own part.
    let summaries: [Shared<ArticleSummary>]
    let contents: [Shared<ArticleContent>]
    /// Per person: titles and companions.
    let titles: [Shared<[OfficeEntry]>]
    let companions: [Shared<[Companion]>]
    /// Per person: their chart (`Charts.person`).
    let charts: [Shared<PersonChart>]
    /// Per article: its related articles (`Related`).
    let related: [[Int]]
    let feedEntries: FeedEntryTable
    /// The search index's shards: made anew when any article's text changed, so that the pages holding
    /// the last ones (by identity, `ModelPass.holders`) are made again; kept when nothing was patched.
    let search: SearchShards

    /// The parts of article `i` that a patch of its text makes anew (`init(site:reusing:)`), by identity.
    func replaceable(_ i: Int) -> [ObjectIdentifier] {
        [ObjectIdentifier(summaries[i]), ObjectIdentifier(contents[i])] + (feedEntries.existing(i).map { [ObjectIdentifier($0)] } ?? [])
            + (search.existing ?? []).map { ObjectIdentifier($0) }
    }

    init(site: Site, reusing previous: (parts: SharedParts, patched: [Int])? = nil) {
        if let (old, patched) = previous, old.summaries.count == site.articles.count, old.people.count == site.people.count {
            let make = PartMaker(site: site, people: old.people)
            var summaries = old.summaries, contents = old.contents
            let remade = parallelMap(patched) { i in
                let s = make.summary(i)
                return (s, make.content(i, s.value.dates))
            }
            for (k, i) in patched.enumerated() { (summaries[i], contents[i]) = remade[k] }
            (people, self.summaries, self.contents) = (old.people, summaries, contents)
            (titles, companions, charts, related) = (old.titles, old.companions, old.charts, old.related)
            feedEntries = FeedEntryTable(count: site.articles.count, keeping: old.feedEntries, except: patched)
            search = patched.isEmpty ? old.search : SearchShards(after: old.search, patched: patched)
            return
        }
        people = parallelMap(site.people) { Shared(PersonFields(name: $0.name, url: .person($0.slug))) }
        let make = PartMaker(site: site, people: people)
        let perArticle = parallelMap(Array(site.articles.indices)) { i in
            let s = make.summary(i)
            return (s, make.content(i, s.value.dates))
        }
        summaries = perArticle.map(\.0)
        contents = perArticle.map(\.1)
        let perPerson = parallelMap(Array(site.people.indices)) { p in
            (make.offices(p), make.companions(p), Shared(Charts.person(site.people[p], site: site)))
        }
        titles = perPerson.map(\.0)
        companions = perPerson.map(\.1)
        charts = perPerson.map(\.2)
        related = Related.all(site)
        feedEntries = FeedEntryTable(count: site.articles.count)
        search = SearchShards()
    }
}

/// Feed entries by article, made the first time a feed asks for one, on whichever thread.
final class FeedEntryTable: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Shared<FeedEntry>?]

    init(count: Int) { made = Array(repeating: nil, count: count) }

    init(count: Int, keeping old: FeedEntryTable, except patched: [Int]) {
        old.lock.lock()
        made = old.made
        old.lock.unlock()
        for i in patched where i < made.count { made[i] = nil }
    }

    /// The entry of article `i` if a feed asked for it.
    func existing(_ i: Int) -> Shared<FeedEntry>? {
        lock.lock()
        defer { lock.unlock() }
        return made[i]
    }

    func entry(_ i: Int, make: () -> FeedEntry) -> Shared<FeedEntry> {
        lock.lock()
        let known = made[i]
        lock.unlock()
        if let known { return known }
        let e = Shared(make())   // outside the lock: two threads may both make it, the same entry
        lock.lock()
        made[i] = e
        lock.unlock()
        return e
    }
}

/// Makes the shared parts from the site.
struct PartMaker: Sendable {
    let site: Site
    /// Each person's name and link, made first.
    let people: [Shared<PersonFields>]

    /// "26/06, năm chưa rõ": a day and month whose year the article does not give.
    static func dayMonthText(_ p: DayMonth) -> String { pad(p.day) + "/" + pad(p.month) + ", năm chưa rõ" }

    /// `note`: why a guessed year is what it is (`SiteArticle.yearNote`).
    static func dates(_ date: ArticleDate?, partial: DayMonth? = nil, note: String? = nil) -> DateFields {
        guard let d = date else {
            // A day and month without a year is shown as such.
            guard let p = partial else { return DateFields(date: "Không rõ ngày", undated: true) }
            return DateFields(date: dayMonthText(p), undated: true)
        }
        // A year the archive guessed says so wherever the date is shown, and the article page says why.
        let guess = d.inferred && note != nil ? " (suy đoán)" : ""
        return DateFields(date: VietnameseDates.long(d) + guess, shortDate: VietnameseDates.short(d) + guess,
                          datetime: VietnameseDates.machine(d), year: d.year, inferred: d.inferred,
                          yearNote: note ?? (d.inferred ? "năm được suy ra từ nội dung" : nil))
    }

    func summary(_ i: Int) -> Shared<ArticleSummary> {
        // Field by field rather than `let sa = site.articles[i]`: a copy of the whole article costs a
        // retain and a release of each of its parts.
        let people = site.articles[i].people
        return Shared(ArticleSummary(title: site.articles[i].displayTitle, url: .article(site.articles[i].slug),
                                     excerpt: site.articles[i].excerpt, hasPeople: !people.isEmpty,
                                     dates: Self.dates(site.articles[i].article.date, partial: site.articles[i].article.partialDate,
                                                      note: site.articles[i].yearNote), people: people.map { self.people[$0] }))
    }

    /// `dates`: the article's, as its summary has them.
    func content(_ i: Int, _ dates: DateFields) -> Shared<ArticleContent> {
        let a = site.articles[i].article
        let people = zip(site.articles[i].people, site.articles[i].roles).map { p, roles in
            ArticlePerson(person: self.people[p], roles: Self.list(roles), hasRoles: !roles.isEmpty)
        }
        let sourceURL = a.sourceURL.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
        // The body's checksum is part of the article's content digest, taken when it was assembled.
        return Shared(ArticleContent(dates: dates, title: site.articles[i].displayTitle,
                                     body: ArticleBody(markdown: a.body, checksum: site.articles[i].contentDigest),
                                     authors: Self.list(a.authors), hasAuthors: !a.authors.isEmpty, source: a.source,
                                     sourceURL: sourceURL,
                                     authorLinks: site.articles[i].authorTerms.map { TermLink(name: site.authors[$0].name, url: .term(.authors, site.authors[$0].slug)) },
                                     sourceLink: site.articles[i].sourceTerm.map { .term(.sources, site.sources[$0].slug) },
                                     people: people, hasPeople: !people.isEmpty))
    }

    /// A person's offices, each with its span: the years of its first and last dated articles, linked.
    func offices(_ p: Int) -> Shared<[OfficeEntry]> {
        func end(_ i: Int?, _ year: Int?) -> Neighbour? {
            guard let i, let year else { return nil }
            return Neighbour(title: String(year), url: .article(site.articles[i].slug))
        }
        return Shared(site.people[p].offices.map { o in
            OfficeEntry(title: o.title, former: o.former, first: end(o.first, o.firstYear), last: end(o.last, o.lastYear),
                        spans: o.firstYear != o.lastYear, count: o.articles.count, undated: o.undated, hasUndated: o.undated > 0)
        })
    }

    func companions(_ p: Int) -> Shared<[Companion]> {
        Shared(site.people[p].companions.map { Companion(person: people[$0.person], count: $0.count) })
    }

    func feedEntry(_ i: Int) -> FeedEntry {
        let a = site.articles[i].article
        return FeedEntry(title: a.title, slug: site.articles[i].slug, date: site.articles[i].statedDate.map(Feeds.rfc3339) ?? "",
                         authors: a.authors, excerpt: site.articles[i].excerpt, people: site.articles[i].people.map { people[$0] })
    }

    /// Names or titles as shown in a line: ", " between them.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.joined(separator: ", ")
        }
    }
}
