/// The archive by source and by author, as a Hugo taxonomy would list it: each name once (merged on its
/// match key, shown in its most frequent written form), in Vietnamese order, with its articles.
enum Taxonomies {
    /// Builds the sources and authors lists and fills each article's `sourceTerm` and `authorTerms`.
    /// Sources sort as written; authors, like people, by given name first.
    static func build(_ articles: inout [SiteArticle]) -> (sources: [Term], authors: [Term]) {
        let sources = terms(articles, sortKey: Collation.key) { a in a.source.map { [$0] } ?? [] }
        let authors = terms(articles, sortKey: Collation.personKey) { $0.authors }
        for i in articles.indices {
            articles[i].sourceTerm = sources.memberships[i].first
            articles[i].authorTerms = authors.memberships[i]
        }
        return (sources.terms, authors.terms)
    }

    /// The terms `names` gives the articles, and for each article the terms it is under (in its order,
    /// each once).
    private static func terms(_ articles: [SiteArticle], sortKey: (String) -> [Int],
                              names: (Article) -> [String]) -> (terms: [Term], memberships: [[Int]]) {
        // Byte keys: a String key hashes through Unicode normalisation. Each written form is trimmed and
        // given its match key once (an archive names a few hundred authors thousands of times).
        var ids: [ByteKey: Int] = [:]
        var known: [ByteKey: (name: String, id: Int)?] = [:]
        var keys: [String] = []
        var forms: [[(form: String, count: Int)]] = []
        var members: [[Int]] = []
        var memberships = [[Int]](repeating: [], count: articles.count)
        for i in articles.indices {
            for raw in names(articles[i].article) {
                let found: (name: String, id: Int)?
                if let k = known[ByteKey(raw)] { found = k } else {
                    let name = Vietnamese.trimmed(Substring(raw), dropping: \.properties.isWhitespace)
                    let key = Vietnamese.matchKey(name)
                    if key.isEmpty { found = nil } else if let id = ids[ByteKey(key)] { found = (name, id) } else {
                        found = (name, keys.count)
                        ids[ByteKey(key)] = keys.count
                        keys.append(key); forms.append([]); members.append([])
                    }
                    known[ByteKey(raw)] = .some(found)
                }
                guard let (name, id) = found else { continue }
                if let f = forms[id].firstIndex(where: { ByteKey.sameBytes($0.form, name) }) { forms[id][f].count += 1 } else { forms[id].append((name, 1)) }
                guard members[id].last != i else { continue }
                members[id].append(i)
                memberships[i].append(id)
            }
        }
        let shown = forms.map(PeopleIndex.mostFrequent)
        let sortKeys = shown.map(sortKey)
        // Ties (two keys that sort alike) fall back on the match key, so the order never depends on input order.
        let order = keys.indices.sorted { a, b in
            Collation.less(sortKeys[a], sortKeys[b]) || (!Collation.less(sortKeys[b], sortKeys[a]) && keys[a] < keys[b])
        }
        var position = [Int](repeating: 0, count: order.count)
        for (p, id) in order.enumerated() { position[id] = p }
        let slugs = Slugs.people(order.map { shown[$0] }, articleCounts: order.map { members[$0].count })
        let terms = order.enumerated().map { p, id in Term(name: shown[id], slug: slugs[p], articles: members[id]) }
        return (terms, memberships.map { $0.map { position[$0] } })
    }
}
