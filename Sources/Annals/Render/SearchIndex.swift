import Foundation

/// The full-text index behind `/search/`, written as scripts that register themselves with `search.js`
/// (`annalsSearch.m/.s/.d(...)`), so the page works opened from disk, where `fetch` of files is refused,
/// as well as over HTTP at any path (every URL in them is relative to the search page):
///
/// - `search/index.js`: the shard count, years and people (name, link, headline, article count);
/// - `search/s/<k>.js`, one shard of the terms (`SearchTerms`): each term whose hash modulo the shard
///   count is `k`, keyed by the hash in base 36, with its postings. A query loads only the shards of its
///   syllables and syllable pairs;
/// - `search/d/<i>.js`, article `i`'s title, link, date and text, loaded for the results shown.
///
/// Documents are numbered articles first (site order, newest first), then people. A syllable's postings
/// are `[doc, v, Δdoc, v, …]`, `v` = occurrences (at most 15) + 16 when it is in the title or name; a
/// pair's and a filter's (`#y2021`, `#p<person>`) are `[doc, Δdoc, …]`.
enum SearchIndex {
    /// A power of two, about one shard per 16 articles (1,024 at 10,000), at most 4,096: a function of the
    /// article count alone, so the site's plan is known before any text is read.
    static func shardCount(articles: Int) -> Int {
        var s = 1
        while s < 4096, s * 16 < articles { s *= 2 }
        return s
    }

    static func yearTerm(_ year: Int) -> UInt64 { SearchTerms.hash("#y\(year)") }
    static func personTerm(_ person: Int) -> UInt64 { SearchTerms.hash("#p\(person)") }

    /// Every shard's script, in shard order.
    static func shards(_ site: Site) -> [String] {
        let n = site.articles.count, total = n + site.people.count
        let count = shardCount(articles: n)
        // Consecutive documents per chunk, chunks on all cores; each chunk's postings are in document order.
        let per = max(64, (total + 63) / 64)
        let chunks = stride(from: 0, to: total, by: per).map { $0..<min(total, $0 + per) }
        let made = parallelMap(chunks) { range -> TermTable in
            let table = TermTable(shards: count)
            for doc in range { add(doc, of: site, to: table) }
            table.sortForShards()
            return table
        }
        return parallelMap(Array(0..<count)) { shard in write(shard: shard, from: made) }
    }

    private static func add(_ doc: Int, of site: Site, to table: TermTable) {
        let d = UInt32(doc)
        let n = site.articles.count
        if doc < n {
            let a = site.articles[doc].article
            SearchTerms.scan(a.title) { h, pair in table.add(h, pair, doc: d, title: true) }
            SearchTerms.scan(a.body) { h, pair in table.add(h, pair, doc: d, title: false) }
            if let date = a.date { table.addTag(yearTerm(date.year), doc: d) }
            for p in site.articles[doc].people { table.addTag(personTerm(p), doc: d) }
        } else {
            let p = site.people[doc - n]
            SearchTerms.scan(p.name) { h, pair in table.add(h, pair, doc: d, title: true) }
            if let h = p.headline { SearchTerms.scan(h) { h, pair in table.add(h, pair, doc: d, title: false) } }
            for t in p.titles { SearchTerms.scan(t.title) { h, pair in table.add(h, pair, doc: d, title: false) } }
        }
    }

    /// Shard `shard`'s script: its terms from every chunk, by hash, postings in document order.
    private static func write(shard: Int, from tables: [TermTable]) -> String {
        var entries: [(key: UInt64, table: Int, term: Int)] = []
        for (k, t) in tables.enumerated() {
            for j in t.shardStart[shard]..<t.shardStart[shard + 1] { entries.append((t.keys[t.order[j]], k, t.order[j])) }
        }
        entries.sort { ($0.key, $0.table) < ($1.key, $1.table) }
        let s = ByteSink(capacity: 256 + entries.count * 64)
        s.append("annalsSearch.s(" as StaticString); s.appendInt(shard); s.append(",{" as StaticString)
        var e = 0
        while e < entries.count {
            let key = entries[e].key
            if e > 0 { s.append(0x2C) }
            s.append(0x22); s.append(String(key, radix: 36)); s.append("\":[" as StaticString)
            var last = 0, first = true
            while e < entries.count, entries[e].key == key {
                let t = tables[entries[e].table]
                let plain = !t.tags[entries[e].term]
                for posting in t.postings[entries[e].term] {
                    let doc = Int(posting >> 8)
                    if !first { s.append(0x2C) }
                    s.appendInt(first ? doc : doc - last)
                    if plain { s.append(0x2C); s.appendInt(Int(posting & 0xFF)) }
                    last = doc
                    first = false
                }
                e += 1
            }
            s.append(0x5D)
        }
        s.append("});\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }

    /// `search/index.js`.
    static func meta(_ m: SearchIndexPage, urls: URLs) -> String {
        let s = ByteSink(capacity: m.people.count * 96 + 256)
        s.append("annalsSearch.m({\"s\":" as StaticString); s.appendInt(m.shardCount)
        s.append(",\"n\":" as StaticString); s.appendInt(m.articleCount)
        s.append(",\"y\":[" as StaticString)
        for (i, y) in m.years.enumerated() {
            if i > 0 { s.append(0x2C) }
            s.append(0x5B); s.appendInt(y.year); s.append(0x2C); s.appendInt(y.count); s.append(0x5D)
        }
        s.append("],\"p\":[" as StaticString)
        for (i, p) in m.people.enumerated() {
            if i > 0 { s.append(0x2C) }
            s.append(0x5B); JSON.append(p.name, to: s); s.append(0x2C)
            JSON.append(urls.link(depth: 1, URLs.people, p.slug, "/"), to: s); s.append(0x2C)
            JSON.append(p.headline ?? "", to: s); s.append(0x2C); s.appendInt(p.count); s.append(0x5D)
        }
        s.append("]});\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }

    /// `search/d/<i>.js`: what a result shows of article `i`.
    static func document(_ m: SearchDocPage, urls: URLs) -> String {
        let summary = m.summary.value
        let s = ByteSink(capacity: m.content.value.body.markdown.utf8.count + 512)
        s.append("annalsSearch.d(" as StaticString); s.appendInt(m.id)
        s.append(",{\"t\":" as StaticString); JSON.append(summary.title, to: s)
        s.append(",\"u\":" as StaticString)
        JSON.append(urls.link(depth: 1, summary.url.folder, summary.url.slug, summary.url.end), to: s)
        s.append(",\"d\":" as StaticString); JSON.append(summary.dates.shortDate ?? summary.dates.date, to: s)
        s.append(",\"x\":" as StaticString); JSON.append(plainText(m.content.value.body.markdown), to: s)
        s.append("});\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }

    /// The most of an article's text a result's excerpt is cut from.
    static let textLimit = 20_000

    /// The body's words as a reader sees them: caption markers and Markdown's escapes dropped, paragraphs
    /// on lines of their own; at most `textLimit` bytes, cut between characters.
    static func plainText(_ markdown: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(markdown.utf8.count, textLimit))
        let marker = Array(MarkdownBody.captionMarker.utf8)
        var m = markdown
        m.withUTF8 { b in
            var i = 0
            while i < b.count, out.count < textLimit {
                let c = b[i]
                if c == 0x3C, i + marker.count <= b.count, marker.indices.allSatisfy({ b[i + $0] == marker[$0] }) {
                    i += marker.count
                    while i < b.count, b[i] == 0x0A { i += 1 }
                    continue
                }
                if c == 0x5C, i + 1 < b.count, b[i + 1] < 0x80, b[i + 1] > 0x20, !isAlnum(b[i + 1]) { i += 1; continue }
                if c == 0x0A, out.last == 0x0A { i += 1; continue }
                out.append(c)
                i += 1
            }
        }
        // Cut at the last space, never inside a character.
        if out.count >= textLimit { while let l = out.last, l != 0x20 { out.removeLast() } }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isAlnum(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
}
