/// Everyone the articles mention, merged across articles by match key.
enum PeopleIndex {
    /// Builds the people list and fills each article's `people` with indices into it.
    static func build(_ articles: inout [SiteArticle], registry: Registry, companions limit: Int, keys: inout MatchKeys) -> [Person] {
        struct Acc {
            var forms: [String: Int] = [:]
            var articles: [Int] = []
            var titles: [String: (forms: [String: Int], articles: [Int], first: Int)] = [:]
        }
        var accs: [String: Acc] = [:]
        var order: [String] = []
        // Oldest first, so titles and articles accumulate in date order.
        let chronological = Array(articles.indices.reversed())
        // Each article's people as match keys, once.
        let nameKeys = articles.map { $0.article.people.map { keys[$0] } }
        for ai in chronological {
            let a = articles[ai].article
            for (name, key) in zip(a.people, nameKeys[ai]) {
                if accs[key] == nil { accs[key] = Acc(); order.append(key) }
                accs[key]!.forms[name, default: 0] += 1
                if accs[key]!.articles.last != ai { accs[key]!.articles.append(ai) }
                for title in a.roles[name] ?? [] {
                    let tk = keys[title]
                    var t = accs[key]!.titles[tk] ?? (forms: [:], articles: [], first: accs[key]!.titles.count)
                    t.forms[title, default: 0] += 1
                    if t.articles.last != ai { t.articles.append(ai) }
                    accs[key]!.titles[tk] = t
                }
            }
        }
        // Undated articles sit at the end of `articles` but came first in the walk above; put them last.
        func chronologicalOrder(_ xs: [Int]) -> [Int] {
            let dated = xs.filter { articles[$0].article.date != nil }
            let undated = xs.filter { articles[$0].article.date == nil }
            return dated + undated
        }

        var people: [Person] = order.map { key in
            let acc = accs[key]!
            let name = mostFrequent(acc.forms)
            let titles = acc.titles.values.sorted { $0.first < $1.first }.map {
                HeldTitle(title: mostFrequent($0.forms), articles: chronologicalOrder($0.articles))
            }
            let latest = acc.articles.min()  // smallest index = newest article
            let headline = registry.titles[key] ?? latest.flatMap { ai in
                let a = articles[ai].article
                return zip(a.people, nameKeys[ai]).first(where: { $0.1 == key }).flatMap { a.roles[$0.0]?.last }
            }
            return Person(name: name, key: key, slug: "", articles: chronologicalOrder(acc.articles),
                          titles: titles, headline: headline, companions: [])
        }
        let sortKeys = people.map { Collation.personKey($0.name) }
        let perm = people.indices.sorted { a, b in
            Collation.less(sortKeys[a], sortKeys[b]) || (!Collation.less(sortKeys[b], sortKeys[a]) && people[a].key < people[b].key)
        }
        people = perm.map { people[$0] }
        let slugs = Slugs.people(people.map(\.name))
        var indexOfKey: [String: Int] = [:]
        for i in people.indices {
            people[i].slug = slugs[i]
            indexOfKey[people[i].key] = i
        }
        for ai in articles.indices {
            // The first written form of each person gives the roles shown beside them.
            var people: [Int] = [], roles: [[String]] = []
            for (name, key) in zip(articles[ai].article.people, nameKeys[ai]) {
                guard let p = indexOfKey[key], !people.contains(p) else { continue }
                people.append(p)
                roles.append(articles[ai].article.roles[name] ?? [])
            }
            articles[ai].people = people
            articles[ai].roles = roles
        }
        // Companions: counted over each article's people once.
        var counts = [[Int: Int]](repeating: [:], count: people.count)
        for a in articles {
            for p in a.people { for q in a.people where q != p { counts[p][q, default: 0] += 1 } }
        }
        for p in people.indices {
            people[p].companions = counts[p].sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(limit).map { (person: $0.key, count: $0.value) }
        }
        return people
    }

    /// The most frequent written form; ties go to the first in Vietnamese order, so the choice is stable.
    static func mostFrequent(_ forms: [String: Int]) -> String {
        forms.max { a, b in
            a.value != b.value ? a.value < b.value : Collation.less(Collation.key(b.key), Collation.key(a.key)) || (a.key > b.key && Collation.key(a.key) == Collation.key(b.key))
        }!.key
    }
}
