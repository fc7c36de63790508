import Foundation

// The models of the search index's files (`SearchIndex` writes them).

struct SearchYear: Codable, Sendable {
    var year, count: Int
}

struct SearchPerson: Codable, Sendable {
    var name, slug: String
    var count: Int
}

/// `search/index.js`: how many shards, the years and the people (for results and filters).
struct SearchIndexPage: Codable, Sendable {
    var shardCount, articleCount: Int
    var years: [SearchYear]
    var people: [SearchPerson]
}

/// A shard's script, made for all shards at once (`SearchShards`); the digest takes its checksum.
struct SearchShardText: Codable, Sendable {
    let text: String
    let checksum: UInt64

    init(_ text: String) { (self.text, checksum) = (text, Checksum.of(text)) }
    init(from decoder: Decoder) throws { self.init(try String(from: decoder)) }
    func encode(to encoder: Encoder) throws {
        if let d = encoder as? DigestEncoder { d.add(checksum); return }
        try text.encode(to: encoder)
    }
}

/// `search/s/<k>.js`.
struct SearchShardPage: Codable, Sendable {
    var shard: Int
    var text: Shared<SearchShardText>
}

/// One article of a `search/d/<k>.js`: its number, title, link, date and text.
struct SearchDoc: Codable, Sendable {
    var id: Int
    var summary: Shared<ArticleSummary>
    var content: Shared<ArticleContent>
}

/// `search/d/<k>.js`: articles `k * SearchIndex.docsPerFile` and the next ones.
struct SearchDocPage: Codable, Sendable {
    var docs: [SearchDoc]
}

/// `search/p/<k>.js`: the headlines of people `k * SearchIndex.peoplePerFile` and the next ones ("" for
/// none), loaded for the people a query shows.
struct SearchPeoplePage: Codable, Sendable {
    var file: Int
    var headlines: [String]
}

/// Every shard's script, made the first time a shard's model asks (or the build, in a step of its own),
/// once per build. A session's builds keep the term tables, so that a patch of some articles' text reads
/// only their chunks of documents again (`SearchIndex.shards(_:reusing:)`).
final class SearchShards: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Shared<SearchShardText>]?
    private var tables: [TermTable]?
    private let previous: (tables: [TermTable], patched: Set<Int>)?
    /// The last build's shards, kept where a patch leaves them as they were.
    private let previousShards: [Shared<SearchShardText>]?

    init() { (previous, previousShards) = (nil, nil) }

    /// The shards of a site whose articles `patched` changed their text since `old`'s.
    init(after old: SearchShards, patched: [Int]) {
        old.lock.lock()
        previous = old.tables.map { ($0, Set(patched)) }
        previousShards = old.made
        old.lock.unlock()
    }

    /// `keep`: keep the term tables for the next build's patch.
    func shards(_ site: Site, keep: Bool = false) -> [Shared<SearchShardText>] {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        // The last shards are kept only for a site of as many shards (a patch never changes the count).
        let old = previousShards?.count == SearchIndex.shardCount(articles: site.articles.count) ? previousShards : nil
        let (texts, tables) = SearchIndex.shards(site, reusing: old == nil ? nil : previous)
        let m = parallelMap(Array(texts.indices)) { k in texts[k].map { Shared(SearchShardText($0)) } ?? old![k] }
        made = m
        if keep { self.tables = tables }
        return m
    }

    /// The shards if they were made.
    var existing: [Shared<SearchShardText>]? {
        lock.lock()
        defer { lock.unlock() }
        return made
    }
}
