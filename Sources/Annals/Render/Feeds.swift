import Foundation

/// Atom feeds, the sitemap and robots.txt: formats with rules of their own, written here rather than
/// in templates. Dates are RFC 3339 in Vietnam time (+07:00).
struct Feeds {
    let site: Site
    let urls: URLs

    /// "2021-12-14T00:00:00+07:00".
    static func rfc3339(_ d: ArticleDate) -> String {
        DateText.make { w in
            w.number(d.year, width: 4); w.byte(0x2D); w.number(d.month, width: 2); w.byte(0x2D); w.number(d.day, width: 2)
            w.byte(0x54); w.number(d.hour ?? 0, width: 2); w.byte(0x3A); w.number(d.minute ?? 0, width: 2); w.text(":00+07:00")
        }
    }

    /// A feed (`FeedPage`). Written as bytes: 2,000 person feeds at 10,000 articles. `shared`: entries
    /// already written for another feed at the same depth, to reuse.
    func atom(_ feed: FeedPage, shared: FeedEntries? = nil) -> [UInt8] {
        let path = feed.path
        let updated = feed.entries.first.map(\.value.date) ?? "2000-01-01T00:00:00+07:00"
        let selfURL = urls.absolute(path) ?? path
        let home = urls.absolute("") ?? urls.link(from: path, to: "")
        var x = XMLWriter()
        x.bytes.reserveCapacity(1024 + feed.entries.count * 1024)
        x.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        x.text(site.config.language); x.raw("\">\n")
        x.raw("  <title>"); x.text(feed.title); x.raw("</title>\n")
        x.raw("  <id>"); x.text(id(for: path)); x.raw("</id>\n")
        x.raw("  <updated>"); x.raw(updated); x.raw("</updated>\n")
        x.raw("  <link rel=\"self\" href=\""); x.text(selfURL); x.raw("\"/>\n")
        x.raw("  <link rel=\"alternate\" type=\"text/html\" href=\""); x.text(home); x.raw("\"/>\n")
        x.raw("  <author><name>"); x.text(site.config.title); x.raw("</name></author>\n")
        for e in feed.entries {
            if let shared, shared.depth == URLs.depth(of: path) {
                x.bytes.append(contentsOf: shared.entry(ObjectIdentifier(e)) { var w = XMLWriter(); entry(e.value, from: path, into: &w); return w.bytes })
            } else {
                entry(e.value, from: path, into: &x)
            }
        }
        x.raw("</feed>\n")
        return x.bytes
    }

    /// One article's `<entry>` in the feed at `path`. It depends on the feed only through the depth of
    /// `path` (links are relative when the site's address is unknown).
    private func entry(_ e: FeedEntry, from path: String, into x: inout XMLWriter) {
        let articlePath = URLs.article(e.slug)
        let link = urls.absolute(articlePath) ?? urls.link(from: path, to: articlePath)
        x.raw("  <entry>\n")
        x.raw("    <title>"); x.text(e.title); x.raw("</title>\n")
        x.raw("    <id>"); x.text(id(for: articlePath)); x.raw("</id>\n")
        x.raw("    <link rel=\"alternate\" type=\"text/html\" href=\""); x.text(link); x.raw("\"/>\n")
        x.raw("    <updated>"); x.raw(e.date); x.raw("</updated>\n    <published>"); x.raw(e.date); x.raw("</published>\n")
        for a in e.authors { x.raw("    <author><name>"); x.text(a); x.raw("</name></author>\n") }
        x.raw("    <summary>"); x.text(e.excerpt); x.raw("</summary>\n")
        for p in e.people {
            x.raw("    <category term=\""); x.text(p.value.url.slug)
            x.raw("\" label=\""); x.text(p.value.name); x.raw("\"/>\n")
        }
        x.raw("  </entry>\n")
    }

    /// Atom ids must be permanent: the absolute URL when the site's address is known, else a tag URI.
    func id(for path: String) -> String { Self.id(for: path, urls: urls) }

    static func id(for path: String, urls: URLs) -> String {
        urls.absolute(path) ?? "tag:annals.invalid,2000:\(path)"
    }

    /// Every HTML page's address; only written when the base URL is known (the protocol wants absolute URLs).
    func sitemap(_ page: SitemapPage) -> String? {
        guard urls.base != nil else { return nil }
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for e in page.entries {
            x += "  <url><loc>\(XML.escape(urls.absolute(e.path)!))</loc>"
            if let d = e.lastmod { x += "<lastmod>\(d)</lastmod>" }
            x += "</url>\n"
        }
        return x + "</urlset>\n"
    }

    func robots(_ page: RobotsPage) -> String {
        var s = "User-agent: *\nAllow: /\n"
        if let sitemap = page.sitemap { s += "Sitemap: \(sitemap)\n" }
        return s
    }
}

/// Feed entries written once and reused by every feed at one depth: an article named in the feeds of
/// several people is written once for all of them. Filled as the feeds render, on any thread.
final class FeedEntries: @unchecked Sendable {
    /// The depth (slashes in the path) of the feeds these entries are for.
    let depth: Int
    private let lock = NSLock()
    private var made: [ObjectIdentifier: [UInt8]] = [:]

    init(depth: Int) { self.depth = depth }

    /// The entry `i` (a `Shared<FeedEntry>`, alive as long as the renderer), made by `make` the first time.
    func entry(_ i: ObjectIdentifier, make: () -> [UInt8]) -> [UInt8] {
        lock.lock()
        let known = made[i]
        lock.unlock()
        if let known { return known }
        // Made outside the lock: two threads may both make one, and both make the same bytes.
        let bytes = make()
        lock.lock()
        made[i] = bytes
        lock.unlock()
        return bytes
    }
}

/// Bytes of an XML document: markup as written, text escaped.
struct XMLWriter {
    var bytes: [UInt8] = []

    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ s: String) { XML.appendEscaped(s, to: &bytes) }
}

enum XML {
    /// `s` as XML text, written straight into `out` as UTF-8 (feeds escape some 200,000 strings at 10k
    /// articles): `& < > " '` as entities; control characters other than tab and line breaks, and
    /// U+FFFE and U+FFFF, which XML 1.0 forbids, dropped.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { b in
            let n = b.count
            var run = 0
            var i = 0
            while i < n {
                let c = b[i]
                let plain = c >= 0x20 ? (c != 0x26 && c != 0x3C && c != 0x3E && c != 0x22 && c != 0x27 && c != 0xEF)
                                      : (c == 0x9 || c == 0xA || c == 0xD)
                if plain { i += 1; continue }
                var entity: StaticString = ""
                var width = 1
                switch c {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&apos;"
                case 0xEF:
                    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are dropped; any other EF sequence is kept.
                    guard i + 2 < n, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF else { i += 1; continue }
                    width = 3
                default: break   // a control character XML forbids: dropped
                }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                i += width
                run = i
            }
            if run < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n])) }
        }
    }

    /// `s` with markup characters escaped and characters XML 1.0 forbids dropped: `appendEscaped`'s text.
    static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        appendEscaped(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
