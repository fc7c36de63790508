import Foundation

/// The full-text index behind `/search/`, written as scripts that register themselves with `search.js`
/// (`annalsSearch.m/.s/.d/.h(...)`), so the page works opened from disk, where `fetch` of files is refused,
/// as well as over HTTP at any path (every URL in them is relative to the search page):
///
/// - `search/index.js`: the shard count, years and people's names and counts (`SearchScripts`);
/// - `search/s/<k>.js`, one shard of the terms (`SearchTerms`): each term whose hash modulo the shard
///   count is `k`, with its postings, in `SearchCode`'s compact digits. A query loads only the shards of its
///   syllables and syllable pairs;
/// - `search/d/<k>.js`, a few articles' title, link, date and text, loaded for the results shown;
/// - `search/p/<k>.js`, a few people's headlines, loaded for the people shown.
///
/// Documents are numbered articles first (site order, newest first), then people. A syllable has a value
/// per document, occurrences (at most 15) + 16 when it is in the title or name; a pair (`thu tuong`) and a
/// filter (`#y2021`, `#p<person's slug>`) only their documents. A person is named by slug, not by
/// their place in the list, so that renaming one person leaves the other people's articles' shards alone.
enum SearchIndex {
    /// A power of two, about one shard per 16 articles (1,024 at 10,000), at most 4,096: a function of the
    /// article count alone, so the site's plan is known before any text is read.
    static func shardCount(articles: Int) -> Int {
        var s = 1
        while s < 4096, s * 16 < articles { s *= 2 }
        return s
    }

    static func yearTerm(_ year: Int) -> UInt64 { SearchTerms.hash("#y\(year)") }
    static func personTerm(_ slug: String) -> UInt64 { SearchTerms.hash("#p" + slug) }

    /// Every shard's script, in shard order.
    static func shards(_ site: Site) -> [String] { shards(site, reusing: nil).texts.map { $0 ?? "" } }

    /// Every shard's script, and the term tables they were made from. `reusing`: the tables of the last
    /// build and the articles patched since (their text alone changed: the documents are numbered as they
    /// were); only the tables of the chunks holding a patched article are made again, and only the shards
    /// where those tables differ from the last build's are written (nil for the others: as they were).
    static func shards(_ site: Site, reusing: (tables: [TermTable], patched: Set<Int>)?) -> (texts: [String?], tables: [TermTable]) {
        let n = site.articles.count, total = n + site.people.count
        let count = shardCount(articles: n)
        // Consecutive documents per chunk, chunks on all cores; each chunk's postings are in document order.
        // Enough chunks that a patch reads few documents again (reading the chunk was most of a patch at
        // 750 documents), few enough that the common terms are not held many times over: 256 documents,
        // at most 64 chunks.
        let per = max(256, (total + 63) / 64)
        let chunks = stride(from: 0, to: total, by: per).map { $0..<min(total, $0 + per) }
        let old = reusing.flatMap { r in r.tables.count == chunks.count && zip(r.tables, chunks).allSatisfy { $0.range == $1 } ? r : nil }
        let made = parallelMap(Array(chunks.indices)) { c -> TermTable in
            if let old, !old.patched.contains(where: { chunks[c].contains($0) }) { return old.tables[c] }
            let builder = TermBuilder(shards: count, range: chunks[c])
            for doc in chunks[c] { add(doc, of: site, to: builder) }
            return builder.finish()
        }
        // A patched chunk changes a shard only where its terms there changed.
        let remade = old.map { old in chunks.indices.filter { c in old.patched.contains(where: { chunks[c].contains($0) }) } }
        let texts = parallelMap(Array(0..<count)) { shard -> String? in
            if let old, let remade, remade.allSatisfy({ TermTable.sameShard(old.tables[$0], made[$0], shard) }) { return nil }
            return write(shard: shard, from: made)
        }
        return (texts, made)
    }

    private static func add(_ doc: Int, of site: Site, to table: TermBuilder) {
        let d = UInt32(doc)
        let n = site.articles.count
        if doc < n {
            let a = site.articles[doc].article
            SearchTerms.scan(a.title) { h, pair in table.add(h, pair, doc: d, title: true) }
            SearchTerms.scan(a.body) { h, pair in table.add(h, pair, doc: d, title: false) }
            if let date = a.date { table.addTag(yearTerm(date.year), doc: d) }
            for p in site.articles[doc].people { table.addTag(personTerm(site.people[p].slug), doc: d) }
        } else {
            let p = site.people[doc - n]
            SearchTerms.scan(p.name) { h, pair in table.add(h, pair, doc: d, title: true) }
            if let h = p.headline { SearchTerms.scan(h) { h, pair in table.add(h, pair, doc: d, title: false) } }
            for t in p.titles { SearchTerms.scan(t.title) { h, pair in table.add(h, pair, doc: d, title: false) } }
        }
    }

    /// Shard `shard`'s script: its terms from every chunk, by key, postings in document order, in
    /// `SearchCode`'s digits.
    private static func write(shard: Int, from tables: [TermTable]) -> String {
        var entries: [(key: UInt64, table: Int, term: Int)] = []
        for (k, t) in tables.enumerated() {
            for j in t.shardStart[shard]..<t.shardStart[shard + 1] { entries.append((t.keys[Int(t.order[j])], k, Int(t.order[j]))) }
        }
        entries.sort { ($0.key, $0.table) < ($1.key, $1.table) }
        let s = ByteSink(capacity: 256 + entries.count * 16)
        s.append("annalsSearch.s(" as StaticString); s.appendInt(shard); s.append(",\"" as StaticString)
        var docs: [Int] = [], values: [UInt8] = []
        var e = 0
        while e < entries.count {
            let key = entries[e].key
            let plain = !tables[entries[e].table].tags[entries[e].term]
            docs.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            while e < entries.count, entries[e].key == key {
                for posting in tables[entries[e].table].postings(entries[e].term) {
                    docs.append(Int(posting >> 8))
                    if plain { values.append(UInt8(posting & 0xFF)) }
                }
                e += 1
            }
            SearchCode.appendEntry(hash: key, docs: docs, values: plain ? values : nil, to: s)
        }
        s.append("\");\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }
}
