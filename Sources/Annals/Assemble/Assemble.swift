/// [Article] → Site: slugs, sorting, the people index, the timeline. Pure.
public enum Assemble {
    public struct Input: Sendable {
        public var article: Article { didSet { derived = Derived(article) } }
        /// The file it came from, relative to the seeds folder: for messages and stable tie-breaks.
        public var sourcePath: String
        /// What depends on this article alone, worked out once when the file is read (in parallel, and
        /// kept by the preview server's session between builds) rather than at every assembly.
        private(set) var derived: Derived
        public init(article: Article, sourcePath: String) {
            self.article = article
            self.sourcePath = sourcePath
            derived = Derived(article)
        }
    }

    struct Derived: Sendable {
        /// The slug this article asks for or its title gives, before collisions are settled.
        var slug: String
        /// The front matter's slug, when it was not safe and `slug` was made from it instead.
        var unsafeSlug: String?
        var excerpt: String
        /// Body, authors and source: the article's own part of its page.
        var contentDigest: UInt64

        init(_ a: Article) {
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
            h.add(a.body)
            for x in a.authors { h.add(x) }
            h.add(a.source ?? "-"); h.add(a.sourceURL ?? "-")
            contentDigest = h.value
        }
    }

    public static func site(_ inputs: [Input], config: SiteConfig = SiteConfig(), registry: Registry = Registry()) -> (Site, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Newest first; undated last; ties broken by source path so the order never depends on the file system.
        let sorted = inputs.sorted { a, b in
            switch (a.article.date, b.article.date) {
            case let (x?, y?): return x != y ? x > y : a.sourcePath < b.sourcePath
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.sourcePath < b.sourcePath
            }
        }
        let slugs = Slugs.articles(sorted, diagnostics: &diagnostics)
        var keys = MatchKeys()
        var articles = sorted.enumerated().map { i, input in
            var sa = SiteArticle(article: applyRegistry(input.article, registry, keys: &keys), slug: slugs[i], people: [], sourcePath: input.sourcePath)
            sa.excerpt = input.derived.excerpt
            sa.contentDigest = input.derived.contentDigest
            return sa
        }
        // What every list shows of an article, computed once rather than once per page that lists it.
        let shown = parallelMap(articles.map(\.article)) { a in
            Headline.readable(a.title.isEmpty ? "(không có tiêu đề)" : a.title, names: a.people)
        }
        for i in articles.indices { articles[i].displayTitle = shown[i] }
        let people = PeopleIndex.build(&articles, registry: registry, companions: config.companions, keys: &keys)
        let (timeline, undated) = Timeline.build(articles)
        return (Site(config: config, articles: articles, people: people, timeline: timeline, undated: undated), diagnostics)
    }

    /// Renames aliases to their canonical names and drops names the registry says are not people.
    static func applyRegistry(_ article: Article, _ registry: Registry, keys: inout MatchKeys) -> Article {
        guard !registry.aliases.isEmpty || !registry.notPeople.isEmpty else { return article }
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
    private var known: [String: String] = [:]
    subscript(_ text: String) -> String {
        mutating get {
            if let k = known[text] { return k }
            let k = Vietnamese.matchKey(text)
            known[text] = k
            return k
        }
    }
}
