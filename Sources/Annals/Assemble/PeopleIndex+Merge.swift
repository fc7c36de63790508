/// The spellings `PeopleMerge` finds to be one person, made one: their articles and titles join the main
/// spelling's, which names the person, and every mention of them points at it.
extension PeopleIndex {
    static func merge(_ accs: inout [Acc], mentionIDs: inout [[Int]], registry: Registry,
                      parse: (String) -> OfficeTitle, slug: (String) -> String) {
        guard accs.count > 1 else { return }
        let spellings = accs.map { acc in
            PeopleMerge.Spelling(name: mostFrequent(acc.forms), key: acc.key, articles: acc.articles,
                                 listed: registry.aliases[acc.key] != nil, distinct: registry.distinct.contains(acc.key))
        }
        let merges = PeopleMerge.plan(spellings, offices: { i in Set(accs[i].titles.map { parse(mostFrequent($0.forms)).key }) }, slug: slug)
        guard !merges.isEmpty else { return }
        var into = Array(accs.indices)
        for m in merges {
            into[m.from] = m.into
            accs[m.into].merged.append(MergedSpelling(name: spellings[m.from].name, key: accs[m.from].key,
                                                      articles: accs[m.from].articles.count, reason: m.rule.rawValue))
            absorb(accs[m.from], into: &accs[m.into])
        }
        // The others keep their order; mentions point at them.
        var newID = [Int](repeating: -1, count: accs.count)
        var kept: [Acc] = []
        kept.reserveCapacity(accs.count - merges.count)
        for i in accs.indices where into[i] == i {
            newID[i] = kept.count
            kept.append(accs[i])
        }
        accs = kept
        for ai in mentionIDs.indices where !mentionIDs[ai].isEmpty { mentionIDs[ai] = mentionIDs[ai].map { newID[into[$0]] } }
    }

    /// `from`'s articles and titles added to `acc`'s, titles again in order of first appearance.
    static func absorb(_ from: Acc, into acc: inout Acc) {
        func add(_ forms: [(form: String, count: Int)], to all: inout [(form: String, count: Int)]) {
            for f in forms {
                if let i = all.firstIndex(where: { ByteKey.sameBytes($0.form, f.form) }) { all[i].count += f.count } else { all.append(f) }
            }
        }
        // The name stays the main spelling's: `forms` are only its own (case) variants.
        acc.articles = walkUnion(acc.articles, from.articles)
        for t in from.titles {
            if let i = acc.titleIndex[ByteKey(t.key)] {
                add(t.forms, to: &acc.titles[i].forms)
                acc.titles[i].articles = walkUnion(acc.titles[i].articles, t.articles)
            } else {
                acc.titleIndex[ByteKey(t.key)] = acc.titles.count
                acc.titles.append(t)
            }
        }
        // The walk goes oldest first, from the last index down: a title first given earlier has a larger first index.
        let titles = acc.titles
        acc.titles = titles.indices.sorted { a, b in
            titles[a].articles[0] != titles[b].articles[0] ? titles[a].articles[0] > titles[b].articles[0] : a < b
        }.map { titles[$0] }
        acc.titleIndex = [:]
        for (i, t) in acc.titles.enumerated() { acc.titleIndex[ByteKey(t.key)] = i }
    }

    /// Two lists of article indices in the walk's order (descending), as one without repeats.
    static func walkUnion(_ a: [Int], _ b: [Int]) -> [Int] {
        Array(Set(a).union(b)).sorted(by: >)
    }
}
