import Foundation

// The search index's scripts other than the shards: `search/index.js`, the documents a result shows
// (`search/d/<k>.js`) and people's headlines (`search/p/<k>.js`).
extension SearchIndex {
    /// Articles per `search/d/<k>.js`: a query loads the files of the ten results it shows, so a file holds
    /// few (four, some 100 KB a query at 10,000 articles; two made 50 KB but 2,500 files more to write),
    /// and not one each (a file per article cost a third of the index's time in writing files).
    static let docsPerFile = 4
    /// People per `search/p/<k>.js` (their headlines, loaded for the people a query shows).
    static let peoplePerFile = 16

    static func docFiles(articles: Int) -> Int { (articles + docsPerFile - 1) / docsPerFile }
    static func peopleFiles(people: Int) -> Int { (people + peoplePerFile - 1) / peoplePerFile }

    /// `search/index.js`: the shard count, years, and each person's name and article count (the filter
    /// lists them; a query naming one ranks their articles first). Links are patterns, `a[0] + slug + a[1]`
    /// for articles, `u[0] + slug + u[1]` for people, and a slug is written only where `search.js` would
    /// not make it from the name or title as `Slug.make` does (`derivable`).
    static func meta(_ m: SearchIndexPage, urls: URLs) -> String {
        let s = ByteSink(capacity: m.people.count * 32 + 256)
        s.append("annalsSearch.m({\"s\":" as StaticString); s.appendInt(m.shardCount)
        s.append(",\"n\":" as StaticString); s.appendInt(m.articleCount)
        s.append(",\"d\":" as StaticString); s.appendInt(docsPerFile)
        s.append(",\"h\":" as StaticString); s.appendInt(peoplePerFile)
        s.append(",\"w\":" as StaticString); JSON.append(SearchWords.list.joined(separator: " "), to: s)
        s.append(",\"y\":[" as StaticString)
        for (i, y) in m.years.enumerated() {
            if i > 0 { s.append(0x2C) }
            s.append(0x5B); s.appendInt(y.year); s.append(0x2C); s.appendInt(y.count); s.append(0x5D)
        }
        s.append("],\"a\":" as StaticString); pattern(urls.link(depth: 1, URLs.articles, "\u{1}", "/"), to: s)
        s.append(",\"u\":" as StaticString); pattern(urls.link(depth: 1, URLs.people, "\u{1}", "/"), to: s)
        s.append(",\"p\":[" as StaticString)
        for (i, p) in m.people.enumerated() {
            if i > 0 { s.append(0x2C) }
            JSON.append(p.name, to: s); s.append(0x2C); s.appendInt(p.count)
        }
        s.append("],\"x\":{" as StaticString)
        var first = true
        for (i, p) in m.people.enumerated() where !derivable(p.slug, from: p.name) {
            if !first { s.append(0x2C) }
            first = false
            s.append(0x22); s.appendInt(i); s.append("\":" as StaticString); JSON.append(p.slug, to: s)
        }
        s.append("}});\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }

    /// A link with \u{1} for the slug, as the JSON pair of what stands before and after it.
    private static func pattern(_ link: String, to s: ByteSink) {
        let parts = link.split(separator: "\u{1}", omittingEmptySubsequences: false)
        s.append(0x5B); JSON.append(String(parts[0]), to: s); s.append(0x2C)
        JSON.append(String(parts.count > 1 ? parts[1] : ""), to: s); s.append(0x5D)
    }

    /// Whether `search.js` makes `slug` from `text` itself: it is `Slug.make(text)`, and `text` holds
    /// only ASCII and the Latin letters Vietnamese is written with, where the script's folding (NFD,
    /// marks dropped, đ → d, lower case) is `Vietnamese.fold`'s.
    static func derivable(_ slug: String, from text: String) -> Bool {
        for u in text.unicodeScalars {
            let v = u.value
            guard v < 0x80 || (v >= 0xC0 && v < 0x250) || (v >= 0x1E00 && v < 0x1F00) else { return false }
        }
        return Slug.make(text) == slug
    }

    /// `search/d/<k>.js`: what a result shows of each of its articles, as
    /// `annalsSearch.d(number, title, slug or "" when derivable, date, text)`.
    static func documents(_ m: SearchDocPage) -> Data {
        let s = ByteSink(capacity: m.docs.reduce(0) { $0 + $1.content.value.body.markdown.utf8.count } + 512)
        for doc in m.docs {
            let summary = doc.summary.value
            s.append("annalsSearch.d(" as StaticString); s.appendInt(doc.id); s.append(0x2C)
            JSON.append(summary.title, to: s); s.append(0x2C)
            if derivable(summary.url.slug, from: summary.title) { s.append("\"\"" as StaticString) } else { JSON.append(summary.url.slug, to: s) }
            s.append(0x2C); JSON.append(summary.dates.shortDate ?? summary.dates.date, to: s); s.append(0x2C)
            plainJSON(doc.content.value.body.markdown, to: s)
            s.append(");\n" as StaticString)
        }
        return s.takeData()
    }

    /// `search/p/<k>.js`: the headlines of people `k * peoplePerFile` and the next ones,
    /// `annalsSearch.h(k, [headline or "", …])`.
    static func headlines(_ m: SearchPeoplePage) -> Data {
        let s = ByteSink(capacity: m.headlines.count * 80 + 64)
        s.append("annalsSearch.h(" as StaticString); s.appendInt(m.file); s.append(",[" as StaticString)
        for (i, h) in m.headlines.enumerated() {
            if i > 0 { s.append(0x2C) }
            JSON.append(h, to: s)
        }
        s.append("]);\n" as StaticString)
        return s.takeData()
    }

    /// The most of an article's text a result's excerpt is cut from.
    static let textLimit = 20_000

    /// The body's words as a reader sees them, as a JSON string that can stand in a script: caption
    /// markers and Markdown's escapes dropped, paragraphs on lines of their own; at most `textLimit` bytes,
    /// cut at a space. Runs of bytes that need no escape go through `SearchWords`, which writes common
    /// words as short codes.
    static func plainJSON(_ markdown: String, to s: ByteSink) {
        let marker = Array(MarkdownBody.captionMarker.utf8)
        var m = markdown
        s.append(0x22)
        m.withUTF8 { b in
            var i = 0, written = 0, lastNewline = true
            while i < b.count {
                // A run of bytes written as they are.
                var j = i
                while j < b.count, plainByte(b[j]) { j += 1 }
                if j > i {
                    if written + (j - i) > textLimit {
                        var k = i + max(0, textLimit - written)
                        while k < j, b[k] != 0x20 { k += 1 }
                        SearchWords.append(b, i, k, to: s)
                        if k < j { break }
                    } else {
                        SearchWords.append(b, i, j, to: s)
                    }
                    written += j - i
                    lastNewline = false
                    i = j
                    continue
                }
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
                        if e == 0x22 || e == 0x5C { s.append(0x5C); s.append(e) } else if e == 0x7E { s.append(0x7E); s.append(0x21) } else if e == 0x3C { s.append("\\u003c" as StaticString) } else { s.append(e) }
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

    /// A byte the text's JSON string holds as it is: not a control character, quote, backslash, `<`,
    /// nor E2 (which starts U+2028 and U+2029).
    @inline(__always) private static func plainByte(_ c: UInt8) -> Bool {
        c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x3C && c != 0xE2
    }

    private static func isAlnum(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
}
