import Foundation

/// The full-text index behind `/search/`, written as scripts that register themselves with `search.js`
/// (`annalsSearch.m/.s/.d(...)`), so the page works opened from disk, where `fetch` of files is refused,
/// as well as over HTTP at any path (every URL in them is relative to the search page):
///
/// - `search/index.js`: the shard count, years and people (name, slug, headline, article count; links
///   are `u[0] + slug + u[1]`);
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
    static func shards(_ site: Site) -> [String] { shards(site, reusing: nil).texts.map { $0 ?? "" } }

    /// Every shard's script, and the term tables they were made from. `reusing`: the tables of the last
    /// build and the articles patched since (their text alone changed: the documents are numbered as they
    /// were); only the tables of the chunks holding a patched article are made again, and only the shards
    /// where those tables differ from the last build's are written (nil for the others: as they were).
    static func shards(_ site: Site, reusing: (tables: [TermTable], patched: Set<Int>)?) -> (texts: [String?], tables: [TermTable]) {
        let n = site.articles.count, total = n + site.people.count
        let count = shardCount(articles: n)
        // Consecutive documents per chunk, chunks on all cores; each chunk's postings are in document order.
        // Enough chunks that a patch reads few documents again, few enough that the common terms are not
        // held many times over.
        let chunkCount = 8 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        let per = max(256, (total + chunkCount - 1) / chunkCount)
        let chunks = stride(from: 0, to: total, by: per).map { $0..<min(total, $0 + per) }
        let old = reusing.flatMap { r in r.tables.count == chunks.count && zip(r.tables, chunks).allSatisfy { $0.range == $1 } ? r : nil }
        let made = parallelMap(Array(chunks.indices)) { c -> TermTable in
            if let old, !old.patched.contains(where: { chunks[c].contains($0) }) { return old.tables[c] }
            var table = TermTable(shards: count, range: chunks[c])
            for doc in chunks[c] { add(doc, of: site, to: &table) }
            table.sortForShards()
            return table
        }
        // A patched chunk changes a shard only where its terms there changed.
        let remade = old.map { old in chunks.indices.filter { c in old.patched.contains(where: { chunks[c].contains($0) }) } }
        let texts = parallelMap(Array(0..<count)) { shard -> String? in
            if let old, let remade, remade.allSatisfy({ TermTable.sameShard(old.tables[$0], made[$0], shard) }) { return nil }
            return write(shard: shard, from: made)
        }
        return (texts, made)
    }

    private static func add(_ doc: Int, of site: Site, to table: inout TermTable) {
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
        // A person's link is `u[0] + slug + u[1]`, written once rather than for each person.
        let link = urls.link(depth: 1, URLs.people, "\u{1}", "/").split(separator: "\u{1}", omittingEmptySubsequences: false)
        s.append("],\"u\":[" as StaticString); JSON.append(String(link[0]), to: s); s.append(0x2C)
        JSON.append(String(link.count > 1 ? link[1] : ""), to: s)
        s.append("],\"p\":[" as StaticString)
        for (i, p) in m.people.enumerated() {
            if i > 0 { s.append(0x2C) }
            s.append(0x5B); JSON.append(p.name, to: s); s.append(0x2C)
            JSON.append(p.slug, to: s); s.append(0x2C)
            JSON.append(p.headline ?? "", to: s); s.append(0x2C); s.appendInt(p.count); s.append(0x5D)
        }
        s.append("]});\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }

    /// Articles per `search/d/<k>.js`.
    static let docsPerFile = 4

    static func docFiles(articles: Int) -> Int { (articles + docsPerFile - 1) / docsPerFile }

    /// `search/d/<k>.js`: what a result shows of each of its articles.
    static func documents(_ m: SearchDocPage, urls: URLs) -> Data {
        let s = ByteSink(capacity: m.docs.reduce(0) { $0 + $1.content.value.body.markdown.utf8.count } + 512)
        for doc in m.docs {
            let summary = doc.summary.value
            s.append("annalsSearch.d(" as StaticString); s.appendInt(doc.id)
            s.append(",{\"t\":" as StaticString); JSON.append(summary.title, to: s)
            s.append(",\"u\":" as StaticString)
            JSON.append(urls.link(depth: 1, summary.url.folder, summary.url.slug, summary.url.end), to: s)
            s.append(",\"d\":" as StaticString); JSON.append(summary.dates.shortDate ?? summary.dates.date, to: s)
            s.append(",\"x\":" as StaticString); plainJSON(doc.content.value.body.markdown, to: s)
            s.append("});\n" as StaticString)
        }
        return s.takeData()
    }

    /// The most of an article's text a result's excerpt is cut from.
    static let textLimit = 20_000

    /// The body's words as a reader sees them, as a JSON string that can stand in a script, written byte by
    /// byte: caption markers and Markdown's escapes dropped, paragraphs on lines of their own; at most
    /// `textLimit` bytes, cut at a space.
    static func plainJSON(_ markdown: String, to s: ByteSink) {
        let marker = Array(MarkdownBody.captionMarker.utf8)
        var m = markdown
        s.append(0x22)
        m.withUTF8 { b in
            var i = 0, written = 0, lastNewline = true
            while i < b.count {
                let c = b[i]
                if written >= textLimit, c == 0x20 { break }
                if c == 0x3C, i + marker.count <= b.count, marker.indices.allSatisfy({ b[i + $0] == marker[$0] }) {
                    i += marker.count
                    while i < b.count, b[i] == 0x0A { i += 1 }
                    continue
                }
                i += 1
                switch c {
                case 0x5C:
                    // A Markdown escape: the character after it stands for itself.
                    if i < b.count, b[i] < 0x80, b[i] > 0x20, !isAlnum(b[i]) {
                        let e = b[i]
                        i += 1
                        if e == 0x22 || e == 0x5C { s.append(0x5C); s.append(e) } else if e == 0x3C { s.append("\\u003c" as StaticString) } else { s.append(e) }
                    } else { s.append("\\\\" as StaticString) }
                case 0x0A:
                    if lastNewline { continue }
                    s.append("\\n" as StaticString)
                    lastNewline = true
                    written += 1
                    continue
                case 0x22: s.append("\\\"" as StaticString)
                case 0x3C: s.append("\\u003c" as StaticString)
                case 0xE2 where i + 1 < b.count && b[i] == 0x80 && (b[i + 1] == 0xA8 || b[i + 1] == 0xA9):
                    s.append(b[i + 1] == 0xA8 ? "\\u2028" as StaticString : "\\u2029" as StaticString)
                    i += 2
                case 0..<0x20: s.append(0x20)
                default: s.append(c)
                }
                lastNewline = false
                written += 1
            }
        }
        s.append(0x22)
    }

    private static func isAlnum(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
}
