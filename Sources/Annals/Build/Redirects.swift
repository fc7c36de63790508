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
    }

    /// Where each article and person is published now (site paths, "articles/x/").
    var current: [Target: String] = [:]
    /// Old addresses and what they stand for.
    var moved: [String: Target] = [:]

    /// A page to write: `from` sends the reader to `to`, the page of `title`.
    struct Page: Equatable {
        var from, to, title: String
    }

    private static let header = "annals-redirects 1"

    static func location(output: String) -> String { OutputPlace(output: output).record("redirects") }

    /// This build's record and redirect pages, from the last record (nil: none), the site and the registry.
    /// `isTaken`: whether a file is one of this build's own (a page, a feed, an asset).
    static func plan(previous: Redirects?, site: Site, registry: Registry, isTaken: (String) -> Bool) -> (Redirects, [Page]) {
        var bySource: [String: Int] = [:]
        bySource.reserveCapacity(site.articles.count)
        for (i, a) in site.articles.enumerated() { bySource[a.sourcePath] = i }
        var byKey: [String: Int] = [:]
        byKey.reserveCapacity(site.people.count)
        for (p, person) in site.people.enumerated() { byKey[person.key] = p }
        // A spelling merged into another person (`PeopleMerge`) leads to them.
        for (p, person) in site.people.enumerated() { for m in person.merged where byKey[m.key] == nil { byKey[m.key] = p } }
        func resolve(_ t: Target) -> (path: String, title: String)? {
            switch t {
            case .article(let source):
                return bySource[source].map { (URLs.article(site.articles[$0].slug), site.articles[$0].displayTitle) }
            case let .person(key, name):
                let p = byKey[key] ?? registry.canonical(name, key: key).flatMap { byKey[Vietnamese.matchKey($0)] }
                return p.map { (URLs.person(site.people[$0].slug), site.people[$0].name) }
            }
        }
        var next = Redirects()
        next.current.reserveCapacity(site.articles.count + site.people.count)
        for a in site.articles { next.current[.article(a.sourcePath)] = URLs.article(a.slug) }
        for p in site.people { next.current[.person(key: p.key, name: p.name)] = URLs.person(p.slug) }
        // Older moves first, then where things were last time, then the aliases asked for: later wins.
        var wanted = previous?.moved ?? [:]
        for (target, path) in previous?.current ?? [:] where next.current[target] != path { wanted[path] = target }
        for a in site.articles { for alias in a.article.aliases { wanted[alias] = .article(a.sourcePath) } }
        var pages: [Page] = []
        for (from, target) in wanted {
            guard let (to, title) = resolve(target), to != from else { continue }
            next.moved[from] = target
            if !taken(from, isTaken) { pages.append(Page(from: from, to: to, title: title)) }
        }
        pages.sort { $0.from < $1.from }
        return (next, pages)
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
            }
        }
        // A file or name with a tab or a line break in it cannot be written in a line: left out.
        func plain(_ s: String) -> Bool { !s.utf8.contains(0x09) && !s.utf8.contains(0x0A) && !s.utf8.contains(0x0D) }
        func fits(_ t: Target) -> Bool {
            switch t {
            case .article(let source): return plain(source)
            case let .person(key, name): return plain(key) && plain(name)
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
        guard let head = lines.popFirst(), head.elementsEqual(header.utf8) else { return nil }
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
