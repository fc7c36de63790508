import Foundation

/// [Article] → Site: slugs, sorting, the people index, the timeline. Pure.
public enum Assemble {
    public struct Input: Sendable {
        public var article: Article { didSet { derived = Derived(article) } }
        /// The file it came from, relative to the seeds folder: for messages and stable tie-breaks.
        public var sourcePath: String
        /// What depends on this article alone, worked out once when the file is read (in parallel, and
        /// kept by the preview server's session between builds) rather than at every assembly.
        private(set) var derived: Derived
        /// (The archive keeps every body until the build ends: ingest and the document reader join
        /// bodies into exact-size buffers, `joinedExactly`.)
        public init(article: Article, sourcePath: String) {
            self.article = article
            self.sourcePath = sourcePath
            derived = Derived(article)
        }

        /// An input whose derived parts were worked out before (by the same program: `IngestCache`).
        init(article: Article, sourcePath: String, derived: Derived) {
            self.article = article
            self.sourcePath = sourcePath
            self.derived = derived
        }
    }

    struct Derived: Sendable, Equatable {
        /// The slug this article asks for or its title gives, before collisions are settled.
        var slug: String
        /// The front matter's slug, when it was not safe and `slug` was made from it instead.
        var unsafeSlug: String?
        var excerpt: String
        /// Body, authors and source: the article's own part of its page.
        var contentDigest: UInt64
        /// The title as lists show it, from the article's own names (before the registry renames any).
        var displayTitle: String
        /// Match keys of `people`, and of the titles each is given.
        var peopleKeys: [String]
        var titleKeys: [[String]]

        init(slug: String, unsafeSlug: String?, excerpt: String, contentDigest: UInt64, displayTitle: String,
             peopleKeys: [String], titleKeys: [[String]], skeleton: UInt64) {
            (self.slug, self.unsafeSlug, self.excerpt, self.contentDigest) = (slug, unsafeSlug, excerpt, contentDigest)
            (self.displayTitle, self.peopleKeys, self.titleKeys, self.skeleton) = (displayTitle, peopleKeys, titleKeys, skeleton)
        }

        init(_ a: Article) {
            displayTitle = Assemble.displayTitle(a)
            peopleKeys = a.people.map(Vietnamese.matchKey)
            // Each person's titles are looked up once (String keys are costly to hash) and serve twice.
            let titles = a.people.map { a.roles[$0] ?? [] }
            titleKeys = titles.map { $0.map(Vietnamese.matchKey) }
            if let asked = a.slug, !Slug.isValid(asked) {
                let made = Slug.make(asked)
                slug = made.isEmpty ? "article" : made
                unsafeSlug = asked
            } else if let asked = a.slug {
                slug = asked
            } else {
                let made = Slug.make(a.title)
                slug = made.isEmpty ? "article" : made
            }
            excerpt = Excerpt.lead(a.body)
            var h = FNV1a()
            h.add(Checksum.of(a.body))  // the body is most of the bytes: hashed a word at a time
            for x in a.authors { h.add(x) }
            h.add(a.source ?? "-"); h.add(a.sourceURL ?? "-")
            contentDigest = h.value
            var k = FNV1a()
            k.add(a.title); k.add(a.slug ?? "\u{0}"); k.add(a.date)
            // Source and authors decide the pages of `Taxonomies`.
            k.add(a.source ?? "\u{0}")
            for x in a.authors { k.add(x) }
            k.add("\u{2}")
            if let p = a.partialDate { k.add("--\(p.month)-\(p.day)-\(p.weekday ?? 7)") }
            for alias in a.aliases { k.add(alias) }
            for (name, held) in zip(a.people, titles) {
                k.add(name)
                for r in held { k.add(r) }
                k.add("\u{1}")
            }
            skeleton = k.value
        }

        /// Everything about the article that shapes the rest of the site: title, slug, date, people and
        /// their titles, source and authors. When no article's skeleton changed, the site's structure is as it was.
        var skeleton: UInt64 = 0
    }

    public static func site(_ inputs: [Input], config: SiteConfig = SiteConfig(), registry: Registry = Registry(),
                            cache: Cache = Cache(), changedInputs: [Int]? = nil) -> (Site, [Diagnostic]) {
        // The archive's shape: which files, and each one's skeleton. Unchanged (the usual save in the
        // preview server: a sentence fixed), the last site is reused with the changed text put in.
        var shape = FNV1a()
        // By index: `for input in inputs` copied each input (a retain and a release per string in it).
        for k in inputs.indices { shape.add(inputs[k].sourcePath); shape.add(inputs[k].derived.skeleton) }
        if var last = cache.last, last.shape == shape.value, last.config == config, last.registry == registry,
           last.order.count == inputs.count {
            // Take the site out of the cache so that it is patched in place rather than copied.
            cache.last = nil
            var site = last.site
            last.site = Site(config: config, articles: [], people: [], timeline: [], undated: [])
            var keys = MatchKeys()
            // Only the articles known to have changed, or all of them.
            for k in changedInputs ?? Array(inputs.indices) {
                let i = last.position[k], input = inputs[k]
                // A year placed from the archive stays: the archive's dates, sources and files are as they were.
                let placed = input.article.date == nil ? site.articles[i].article.date : nil
                putText(applyRegistry(input.article, registry, keys: &keys) ?? input.article, input.derived, into: &site.articles[i])
                if let placed { site.articles[i].article.date = placed }
            }
            last.site = site
            cache.last = last
            cache.reused += 1
            cache.assemblies += 1
            cache.lastPatched = changedInputs.map { ks in ks.map { last.position[$0] } }
            return (site, last.diagnostics)
        }
        let (site, diagnostics, order) = assemble(inputs, config: config, registry: registry, cache: cache)
        var position = [Int](repeating: 0, count: order.count)
        for (i, k) in order.enumerated() { position[k] = i }
        cache.last = (shape.value, config, registry, order, position, site, diagnostics)
        cache.assemblies += 1
        cache.lastPatched = nil
        return (site, diagnostics)
    }

    private static func assemble(_ inputs: [Input], config: SiteConfig, registry: Registry, cache: Cache) -> (Site, [Diagnostic], [Int]) {
        var diagnostics: [Diagnostic] = []
        let placed = YearPlacement.place(inputs, rules: config.years, diagnostics: &diagnostics)
        let order = newestFirst(inputs, placed: placed)
        // The inputs are read through `order`, not copied into sorted order.
        let slugs = Slugs.articles(inputs, order: order, diagnostics: &diagnostics)
        // Each article's titles by person, on all cores (see PeopleIndex.Names).
        let titles = parallelMap(order) { k in inputs[k].article.people.map { inputs[k].article.roles[$0] ?? [] } }
        var keys = MatchKeys()
        var names: [PeopleIndex.Names] = []
        names.reserveCapacity(order.count)
        var articles: [SiteArticle] = []
        articles.reserveCapacity(order.count)
        for (i, k) in order.enumerated() {
            let renamed = applyRegistry(inputs[k].article, registry, keys: &keys)
            var article = renamed ?? inputs[k].article
            if let p = placed[k] { article.date = p.date }
            var sa = SiteArticle(article: article, slug: slugs[i], people: [], sourcePath: inputs[k].sourcePath)
            sa.yearNote = placed[k]?.note
            putText(article, inputs[k].derived, into: &sa)
            if renamed == nil {
                // What every list shows of an article was worked out when the file was read.
                sa.displayTitle = inputs[k].derived.displayTitle
                names.append(.init(keys: inputs[k].derived.peopleKeys, titles: titles[i], titleKeys: inputs[k].derived.titleKeys))
            } else {
                sa.displayTitle = displayTitle(article)
                let given = article.people.map { article.roles[$0] ?? [] }
                names.append(.init(keys: article.people.map { keys[$0] }, titles: given,
                                   titleKeys: given.map { $0.map { keys[$0] } }))
            }
            articles.append(sa)
        }
        let people = PeopleIndex.build(&articles, names: names, registry: registry, companions: config.companions, cache: cache)
        let (timeline, undated) = Timeline.build(articles)
        let (sources, authors) = Taxonomies.build(&articles)
        return (Site(config: config, articles: articles, people: people, timeline: timeline, undated: undated,
                     sources: sources, authors: authors), diagnostics, order)
    }

    /// The inputs' indices in the site's order: newest first; undated last, those with a day and month
    /// (no year) first among them in calendar order; ties broken by source path so the order never
    /// depends on the file system.
    static func newestFirst(_ inputs: [Input], placed: [Int: YearPlacement.Placement] = [:]) -> [Int] {
        inputs.indices.sorted { i, j in
            // Fields, not whole inputs: a copy of an input is a retain and a release per field, per comparison.
            switch (inputs[i].article.date ?? placed[i]?.date, inputs[j].article.date ?? placed[j]?.date) {
            // By the sort key, not `!=`: a guessed 26/6/2017 and a stated one are the same day.
            case let (x?, y?): return x.sortKey != y.sortKey ? x > y : inputs[i].sourcePath < inputs[j].sourcePath
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil):
                switch (inputs[i].article.partialDate, inputs[j].article.partialDate) {
                case let (x?, y?) where (x.month, x.day) != (y.month, y.day): return (x.month, x.day) < (y.month, y.day)
                case (_?, nil): return true
                case (nil, _?): return false
                default: return inputs[i].sourcePath < inputs[j].sourcePath
                }
            }
        }
    }

    /// An article's text and what was worked out from it alone: all that a patch of the site replaces.
    private static func putText(_ article: Article, _ derived: Derived, into sa: inout SiteArticle) {
        sa.article = article
        sa.excerpt = derived.excerpt
        sa.contentDigest = derived.contentDigest
    }

    static func displayTitle(_ a: Article) -> String {
        let shown = Headline.readable(a.title.isEmpty ? "(không có tiêu đề)" : a.title, names: a.people)
        // A title cut short (a first sentence standing in for it) may stop inside a quotation: close it.
        return shown.hasSuffix("…") ? shown + Excerpt.closingQuote(shown) : shown
    }

    /// What assembly learns about names (sort keys, slugs), kept by a session between builds.
    public final class Cache: @unchecked Sendable {
        /// The last assembly: the archive's shape, its settings, the order articles were sorted into
        /// (indices into the inputs), and the result.
        var last: (shape: UInt64, config: SiteConfig, registry: Registry, order: [Int], position: [Int], site: Site, diagnostics: [Diagnostic])?
        /// How many assemblies reused the last one (for tests), and how many there were.
        var reused = 0
        var assemblies = 0
        /// When the last assembly reused the one before and knew which articles changed: their indices in
        /// the site. Nil after a full assembly (or when every article was put in again).
        var lastPatched: [Int]?
        var personSortKeys: [ByteKey: [Int]] = [:]
        var nameSlugs: [ByteKey: String] = [:]
        public init() {}

        func sortKey(_ name: String) -> [Int] {
            if let k = personSortKeys[ByteKey(name)] { return k }
            let k = Collation.personKey(name)
            personSortKeys[ByteKey(name)] = k
            return k
        }

        func slug(_ name: String) -> String {
            if let s = nameSlugs[ByteKey(name)] { return s }
            let s = Slug.make(name)
            nameSlugs[ByteKey(name)] = s
            return s
        }
    }

    /// Renames aliases to their canonical names and drops names the registry says are not people.
    /// The article with the registry applied, or nil when the registry changes nothing in it.
    static func applyRegistry(_ article: Article, _ registry: Registry, keys: inout MatchKeys) -> Article? {
        guard !registry.aliases.isEmpty || !registry.notPeople.isEmpty else { return nil }
        guard article.people.contains(where: { registry.canonical($0, key: keys[$0]) != $0 }) else { return nil }
        var a = article
        var seen = Set<String>()
        var people: [String] = []
        var roles: [String: [String]] = [:]
        for name in article.people {
            guard let canonical = registry.canonical(name, key: keys[name]) else { continue }
            if seen.insert(keys[canonical]).inserted { people.append(canonical) }
            roles[canonical, default: []] += article.roles[name] ?? []
        }
        a.people = people
        a.roles = roles.filter { !$0.value.isEmpty }
        return a
    }
}

/// `Vietnamese.matchKey`, remembered: an archive names a few thousand people tens of thousands of times.
struct MatchKeys {
    private var known: [ByteKey: String] = [:]
    subscript(_ text: String) -> String {
        mutating get {
            if let k = known[ByteKey(text)] { return k }
            let k = Vietnamese.matchKey(text)
            known[ByteKey(text)] = k
            return k
        }
    }
}

