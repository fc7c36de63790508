/// Everyone the articles mention, merged across articles by match key.
enum PeopleIndex {
    /// An article's people as match keys (same order as `Article.people`), the titles each is given
    /// (`Article.roles` by position: looking a Vietnamese name up in that dictionary hashes it through
    /// Unicode normalisation, so it is done once per article, on all cores, not twice here), and their keys.
    struct Names {
        var keys: [String]
        var titles: [[String]]
        var titleKeys: [[String]]
    }

    /// Builds the people list and fills each article's `people` (indices into it) and `roles`.
    /// Names are numbered once (one hash per mention); everything after works on those numbers.
    /// A title one person is given, as the walk over the articles collects it.
    struct Title {
        var key: String
        var forms: [(form: String, count: Int)] = []
        /// Indices into the articles, in the walk's order (oldest first).
        var articles: [Int] = []
    }

    /// One person (one match key) as the walk over the articles collects them.
    struct Acc {
        var key: String
        var forms: [(form: String, count: Int)] = []
        /// Indices into the articles, in the walk's order (oldest first).
        var articles: [Int] = []
        /// In order of first appearance by date.
        var titles: [Title] = []
        /// Where each title key sits in `titles`: a person of 100,000 articles collects many titles.
        var titleIndex: [ByteKey: Int] = [:]
        /// Spellings merged into this one by `PeopleMerge`.
        var merged: [MergedSpelling] = []
    }

    static func build(_ articles: inout [SiteArticle], names: [Names], registry: Registry, companions limit: Int,
                      cache: Assemble.Cache) -> [Person] {
        func count(_ form: String, in forms: inout [(form: String, count: Int)]) {
            if let i = forms.firstIndex(where: { ByteKey.sameBytes($0.form, form) }) { forms[i].count += 1 } else { forms.append((form, 1)) }
        }
        var ids: [ByteKey: Int] = [:]
        var accs: [Acc] = []
        var mentionIDs = [[Int]](repeating: [], count: articles.count)
        // Oldest first, so titles and articles accumulate in date order.
        for ai in articles.indices.reversed() {
            // The field used, not the whole article (a copy is a retain and a release per field).
            let mentioned = articles[ai].article.people
            let n = names[ai]
            var idsHere: [Int] = []
            idsHere.reserveCapacity(mentioned.count)
            for (k, name) in mentioned.enumerated() {
                let key = n.keys[k]
                let id: Int
                if let known = ids[ByteKey(key)] { id = known } else {
                    id = accs.count
                    ids[ByteKey(key)] = id
                    accs.append(Acc(key: key))
                }
                idsHere.append(id)
                count(name, in: &accs[id].forms)
                if accs[id].articles.last != ai { accs[id].articles.append(ai) }
                for (title, tk) in zip(n.titles[k], n.titleKeys[k]) {
                    let t: Int
                    if let known = accs[id].titleIndex[ByteKey(tk)] { t = known } else {
                        t = accs[id].titles.count
                        accs[id].titles.append(Title(key: tk))
                        accs[id].titleIndex[ByteKey(tk)] = t
                    }
                    count(title, in: &accs[id].titles[t].forms)
                    if accs[id].titles[t].articles.last != ai { accs[id].titles[t].articles.append(ai) }
                }
            }
            mentionIDs[ai] = idsHere
        }
        // Undated articles sit at the end of `articles` but came first in the walk above (which goes oldest
        // first); put them last, in the site's order: day-and-month articles in calendar order, then those
        // with no date at all (as the timeline lists them).
        let hasDate = articles.map { $0.article.date != nil }
        let chronologicalOrder = { @Sendable (xs: [Int]) -> [Int] in
            let dated = xs.filter { hasDate[$0] }
            if dated.count == xs.count { return xs }
            return dated + xs.filter { !hasDate[$0] }.reversed()
        }

        // Each title read as an office once, however many people hold it.
        var officeTitles: [ByteKey: OfficeTitle] = [:]
        func parse(_ title: String) -> OfficeTitle {
            if let known = officeTitles[ByteKey(title)] { return known }
            let o = OfficeTitle(title)
            officeTitles[ByteKey(title)] = o
            return o
        }
        // A guessed year is no evidence of when a title was held.
        let dates = articles.map(\.statedDate)
        let dateOf = { @Sendable (ai: Int) in dates[ai] }
        // Spellings of one person made one (`PeopleMerge`), before anything is worked out per person.
        merge(&accs, mentionIDs: &mentionIDs, registry: registry, parse: parse, slug: cache.slug)
        // Every title the people below show, read before they are worked out on all cores (the table is
        // only read there).
        var unread: [String] = []
        var seen = Set<ByteKey>()
        for acc in accs {
            for t in acc.titles {
                let title = mostFrequent(t.forms)
                if officeTitles[ByteKey(title)] == nil, seen.insert(ByteKey(title)).inserted { unread.append(title) }
            }
        }
        for (title, office) in zip(unread, parallelMap(unread) { OfficeTitle($0) }) { officeTitles[ByteKey(title)] = office }
        let parsedTitles = officeTitles
        let (mergedAccs, mentionsByArticle) = (accs, mentionIDs)
        var people: [Person] = parallelMap(Array(accs.indices)) { id in
            let acc = mergedAccs[id]
            let titles = acc.titles.map { HeldTitle(title: mostFrequent($0.forms), articles: chronologicalOrder($0.articles)) }
            let all = chronologicalOrder(acc.articles)
            // The last title each article gives the person, as an index into `acc.titles`.
            let lastTitle = { (ai: Int) -> Int? in
                guard let k = mentionsByArticle[ai].firstIndex(of: id), let tk = names[ai].titleKeys[k].last else { return nil }
                return acc.titleIndex[ByteKey(tk)]
            }
            let (offices, held) = Offices.build(acc.titles.map { Offices.Title(forms: $0.forms, articles: chronologicalOrder($0.articles)) },
                                                parse: { parsedTitles[ByteKey($0)] ?? OfficeTitle($0) }, date: dateOf, lastTitle: lastTitle,
                                                newestFirst: Array(acc.articles.reversed()))
            var headline = held
            if let fixed = registry.titles[acc.key] { headline = OfficeHeadline(office: fixed, former: false, year: nil) }
            return Person(name: mostFrequent(acc.forms), key: acc.key, slug: "", articles: all,
                          titles: titles, headline: headline?.text, companions: [], offices: offices, headlineOffice: headline,
                          merged: acc.merged)
        }
        let sortKeys = people.map { cache.sortKey($0.name) }
        let perm = people.indices.sorted { a, b in
            Collation.less(sortKeys[a], sortKeys[b]) || (!Collation.less(sortKeys[b], sortKeys[a]) && people[a].key < people[b].key)
        }
        people = perm.map { people[$0] }
        var position = [Int](repeating: 0, count: perm.count)
        for (i, id) in perm.enumerated() { position[id] = i }
        let slugs = Slugs.people(people.map(\.name), articleCounts: people.map(\.articles.count), slug: cache.slug)
        for i in people.indices { people[i].slug = slugs[i] }
        // One entry per person; the first written form gives the roles shown beside them.
        let (idsByArticle, positionOf) = (mentionIDs, position)
        let mentions: [(people: [Int], roles: [[String]])] = parallelMap([Int](0..<articles.count)) { ai in
            let titles = names[ai].titles
            var ps: [Int] = [], roles: [[String]] = []
            for (k, id) in idsByArticle[ai].enumerated() {
                let p = positionOf[id]
                guard !ps.contains(p) else { continue }
                ps.append(p)
                roles.append(titles[k])
            }
            return (ps, roles)
        }
        for ai in articles.indices { (articles[ai].people, articles[ai].roles) = mentions[ai] }
        // Companions: for each person, the others of each of their articles, counted (on all cores).
        let articlesOf = people.map(\.articles)
        let companions: [[(person: Int, count: Int)]] = parallelMap([Int](0..<people.count)) { p in
            var counts: [Int: Int] = [:]
            for ai in articlesOf[p] { for q in mentions[ai].people where q != p { counts[q, default: 0] += 1 } }
            return top(limit, of: counts).map { (person: $0.key, count: $0.value) }
        }
        for p in people.indices { people[p].companions = companions[p] }
        return people
    }

    /// The `limit` most frequent companions (ties: lower index first), without sorting them all: at
    /// 100,000 articles a person has met thousands of others.
    static func top(_ limit: Int, of counts: [Int: Int]) -> [(key: Int, value: Int)] {
        guard limit > 0 else { return [] }
        func before(_ a: (key: Int, value: Int), _ b: (key: Int, value: Int)) -> Bool {
            a.value != b.value ? a.value > b.value : a.key < b.key
        }
        var best: [(key: Int, value: Int)] = []
        best.reserveCapacity(min(limit, counts.count) + 1)
        for entry in counts {
            if best.count == limit, let last = best.last, !before(entry, last) { continue }
            let at = best.firstIndex { before(entry, $0) } ?? best.count
            best.insert(entry, at: at)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// The most frequent written form; ties go to the first in Vietnamese order, so the choice is stable.
    static func mostFrequent(_ forms: [(form: String, count: Int)]) -> String {
        if forms.count == 1 { return forms[0].form }
        return forms.max { a, b in
            a.count != b.count ? a.count < b.count
                : Collation.less(Collation.key(b.form), Collation.key(a.form)) || (a.form > b.form && Collation.key(a.form) == Collation.key(b.form))
        }!.form
    }
}
