import Foundation

/// URLs that never break. Every build records where each article (by its file) and each person (by
/// their match key and name) was published, and the old addresses it sends on; the next build gives
/// every address that moved a small page pointing at the new one. An address is never taken from a
/// real page, and one whose article or person is gone is dropped.
struct Redirects: Equatable {
    /// What an address stands for: an article by its source file, or a person by match key and name
    /// (the name finds them again through `people.yml` when a merge or rename took the key away).
    enum Target: Hashable, Comparable {
        case article(String)
        case person(key: String, name: String)
        /// A source or an author: its folder ("sources/") and match key.
        case term(folder: String, key: String)

        // By bytes: hashing a Vietnamese name as a String normalises it first, and a build hashes every
        // article's and person's target twice. Every text here comes from the same pipeline, so byte
        // equality is the equality that matters.
        static func == (a: Target, b: Target) -> Bool {
            switch (a, b) {
            case let (.article(x), .article(y)): return ByteKey.sameBytes(x, y)
            case let (.person(k, n), .person(l, m)): return ByteKey.sameBytes(k, l) && ByteKey.sameBytes(n, m)
            case let (.term(f, k), .term(g, l)): return ByteKey.sameBytes(f, g) && ByteKey.sameBytes(k, l)
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case .article(let x): hasher.combine(0); ByteKey(x).hash(into: &hasher)
            case let .person(k, n): hasher.combine(1); ByteKey(k).hash(into: &hasher); ByteKey(n).hash(into: &hasher)
            case let .term(f, k): hasher.combine(2); ByteKey(f).hash(into: &hasher); ByteKey(k).hash(into: &hasher)
            }
        }
    }

    /// Where each article and person is published now (site paths, "articles/x/").
    var current: [Target: String] = [:]
    /// Old addresses and what they stand for.
    var moved: [String: Target] = [:]

    /// A page to write: `from` sends the reader to `to`, the page of `title`. A `feed` (a person's Atom
    /// feed that moved) is a small feed saying where the feed is now, `updated` as of its newest article.
    struct Page: Equatable {
        var from, to, title: String
        var feed = false
        var updated: String?
    }

    /// Where a target is now, and what else is published under that address: further pages of a list,
    /// and a person's feed.
    struct Place {
        var path, title: String
        var pages = 1
        var feed: (path: String, updated: String?)?
    }

    /// Version 2 adds sources and authors (`t` lines); a record of version 1 reads the same as before.
    private static let header = "annals-redirects 2", headers = ["annals-redirects 1", header]

    static func location(output: String) -> String { OutputPlace(output: output).record("redirects") }

    /// This build's record and redirect pages, from the last record (nil: none), the site and the registry.
    /// `isTaken`: whether a file is one of this build's own (a page, a feed, an asset).
    static func plan(previous: Redirects?, site: Site, registry: Registry, isTaken: (String) -> Bool) -> (Redirects, [Page]) {
        let places = Places(site: site, registry: registry)
        var next = Redirects()
        next.current.reserveCapacity(site.articles.count + site.people.count)
        // By index, a field at a time: `for a in site.articles` copied every article (a retain per field).
        let (articles, people) = (site.articles, site.people)
        for i in articles.indices { next.current[.article(articles[i].sourcePath)] = URLs.article(articles[i].slug) }
        for i in people.indices { next.current[.person(key: people[i].key, name: people[i].name)] = URLs.person(people[i].slug) }
        for taxonomy in Taxonomy.allCases {
            for t in taxonomy.terms(of: site) { next.current[.term(folder: taxonomy.folder, key: Vietnamese.matchKey(t.name))] = URLs.term(taxonomy.folder, t.slug) }
        }
        // Older moves first, then where things were last time, then the aliases asked for: later wins.
        var wanted = previous?.moved ?? [:]
        for (target, path) in previous?.current ?? [:] where next.current[target] != path { wanted[path] = target }
        for i in articles.indices { for alias in articles[i].article.aliases { wanted[alias] = .article(articles[i].sourcePath) } }
        var pages: [Page] = []
        for (from, target) in wanted {
            guard let place = places.resolve(target), place.path != from else { continue }
            next.moved[from] = target
            // The further pages and the feed go with the first page: where it is someone else's, they are too.
            guard !taken(from, isTaken) else { continue }
            pages.append(Page(from: from, to: place.path, title: place.title))
            for k in stride(from: 2, through: place.pages, by: 1) {
                let page = Page(from: from + "page/\(k)/", to: place.path + "page/\(k)/", title: place.title)
                if !taken(page.from, isTaken) { pages.append(page) }
            }
            if let feed = place.feed, !isTaken(from + "feed.xml") {
                pages.append(Page(from: from + "feed.xml", to: feed.path, title: place.title, feed: true, updated: feed.updated))
            }
        }
        pages.sort { $0.from < $1.from }
        return (next, pages)
    }

    /// Finds where a target is published in this build.
    private struct Places {
        let site: Site, registry: Registry, per: Int
        var bySource: [String: Int] = [:], byKey: [String: Int] = [:], terms: [String: [String: Int]] = [:]

        init(site: Site, registry: Registry) {
            (self.site, self.registry, per) = (site, registry, max(1, site.config.listPageSize))
            bySource.reserveCapacity(site.articles.count)
            for i in site.articles.indices { bySource[site.articles[i].sourcePath] = i }
            byKey.reserveCapacity(site.people.count)
            for p in site.people.indices { byKey[site.people[p].key] = p }
            // A spelling merged into another person (`PeopleMerge`) leads to them.
            for p in site.people.indices { for m in site.people[p].merged where byKey[m.key] == nil { byKey[m.key] = p } }
            for taxonomy in Taxonomy.allCases {
                terms[taxonomy.folder] = Dictionary(taxonomy.terms(of: site).enumerated().map { (Vietnamese.matchKey($1.name), $0) }) { a, _ in a }
            }
        }

        func resolve(_ t: Target) -> Place? {
            switch t {
            case .article(let source):
                return bySource[source].map { Place(path: URLs.article(site.articles[$0].slug), title: site.articles[$0].displayTitle) }
            case let .person(key, name):
                guard let p = byKey[key] ?? registry.canonical(name, key: key).flatMap({ byKey[Vietnamese.matchKey($0)] }) else { return nil }
                let person = site.people[p]
                let newest = person.articles.last { site.articles[$0].statedDate != nil }.flatMap { site.articles[$0].statedDate }
                return Place(path: URLs.person(person.slug), title: person.name, pages: SiteConfig.pageCount(person.articles.count, per: per),
                             feed: (URLs.personFeed(person.slug), newest.map(Feeds.rfc3339)))
            case let .term(folder, key):
                guard let taxonomy = Taxonomy.allCases.first(where: { $0.folder == folder }), let k = terms[folder]?[key] else { return nil }
                let term = taxonomy.terms(of: site)[k]
                return Place(path: URLs.term(folder, term.slug), title: term.name, pages: SiteConfig.pageCount(term.articles.count, per: per))
            }
        }
    }

    /// Whether writing a page at `from` would overwrite a file of the site, or need a folder where the
    /// site has a file.
    static func taken(_ from: String, _ isTaken: (String) -> Bool) -> Bool {
        if isTaken(URLs.file(for: from)) { return true }
        var folder = Substring(from)
        while let slash = folder.dropLast().lastIndex(of: "/") {
            folder = folder[..<slash]
            if isTaken(String(folder)) { return true }
        }
        if let first = from.split(separator: "/").first, isTaken(String(first)) { return true }
        return false
    }
}

// The record on disk: a line per article, person and old address, tab-separated, sorted.
extension Redirects {
    func text() -> String {
        func fields(_ t: Target) -> String {
            switch t {
            case .article(let source): return "a\t" + source
            case let .person(key, name): return "p\t" + key + "\t" + name
            case let .term(folder, key): return "t\t" + folder + "\t" + key
            }
        }
        // A file or name with a tab or a line break in it cannot be written in a line: left out.
        func plain(_ s: String) -> Bool { !s.utf8.contains(0x09) && !s.utf8.contains(0x0A) && !s.utf8.contains(0x0D) }
        func fits(_ t: Target) -> Bool {
            switch t {
            case .article(let source): return plain(source)
            case let .person(key, name): return plain(key) && plain(name)
            case let .term(_, key): return plain(key)
            }
        }
        var lines = [Self.header]
        for (t, path) in current.sorted(by: { $0.key < $1.key }) where fits(t) { lines.append("c\t" + path + "\t" + fields(t)) }
        for (from, t) in moved.sorted(by: { $0.key < $1.key }) where fits(t) { lines.append("m\t" + from + "\t" + fields(t)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nil when the text is not a record this version wrote (then nothing is known of earlier builds).
    static func parse(_ text: String) -> Redirects? { parse(Array(text.utf8)) }

    /// Read on the bytes: a record of 10,000 articles has 12,000 lines, and splitting them as Characters
    /// took a tenth of a second.
    static func parse(_ bytes: [UInt8]) -> Redirects? {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let head = lines.popFirst(), headers.contains(where: { head.elementsEqual($0.utf8) }) else { return nil }
        var r = Redirects()
        r.current.reserveCapacity(lines.count)
        for line in lines {
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard f.count >= 4, f[0].count == 1, f[2].count == 1 else { return nil }
            let text = { (k: Int) in String(decoding: f[k], as: UTF8.self) }
            let target: Target
            switch (f[2].first!, f.count) {
            case (0x61, 4): target = .article(text(3))          // "a"
            case (0x70, 5): target = .person(key: text(3), name: text(4))   // "p"
            case (0x74, 5): target = .term(folder: text(3), key: text(4))   // "t"
            default: return nil
            }
            switch f[0].first! {
            case 0x63: r.current[target] = text(1)              // "c"
            case 0x6D: r.moved[text(1)] = target                // "m"
            default: return nil
            }
        }
        return r
    }

    static func load(output: String) -> Redirects? {
        guard let data = FileManager.default.contents(atPath: location(output: output)) else { return nil }
        return parse([UInt8](data))
    }

    /// Written whole or not at all, and only when it changed.
    func save(output: String) throws {
        let data = Data(text().utf8)
        let path = Self.location(output: output)
        if FileManager.default.contents(atPath: path) == data { return }
        try OutputWriter.replace(data, at: path)
    }
}
