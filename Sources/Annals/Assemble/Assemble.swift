/// [Article] → Site: slugs, sorting, the people index, the timeline. Pure.
public enum Assemble {
    public struct Input: Sendable {
        public var article: Article
        /// The file it came from, relative to the seeds folder: for messages and stable tie-breaks.
        public var sourcePath: String
        public init(article: Article, sourcePath: String) {
            self.article = article
            self.sourcePath = sourcePath
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
        var articles = sorted.enumerated().map { i, input in
            SiteArticle(article: applyRegistry(input.article, registry), slug: slugs[i], people: [], sourcePath: input.sourcePath)
        }
        // What every list shows of an article, computed once rather than once per page that lists it.
        let shown = parallelMap(articles.map(\.article)) { a in
            (Headline.readable(a.title.isEmpty ? "(không có tiêu đề)" : a.title, names: a.people), Excerpt.lead(a.body))
        }
        for i in articles.indices { (articles[i].displayTitle, articles[i].excerpt) = shown[i] }
        let people = PeopleIndex.build(&articles, registry: registry, companions: config.companions)
        let (timeline, undated) = Timeline.build(articles)
        return (Site(config: config, articles: articles, people: people, timeline: timeline, undated: undated), diagnostics)
    }

    /// Renames aliases to their canonical names and drops names the registry says are not people.
    static func applyRegistry(_ article: Article, _ registry: Registry) -> Article {
        guard !registry.aliases.isEmpty || !registry.notPeople.isEmpty else { return article }
        var a = article
        var seen = Set<String>()
        var people: [String] = []
        var roles: [String: [String]] = [:]
        for name in article.people {
            guard let canonical = registry.canonical(name) else { continue }
            if seen.insert(Vietnamese.matchKey(canonical)).inserted { people.append(canonical) }
            roles[canonical, default: []] += article.roles[name] ?? []
        }
        a.people = people
        a.roles = roles.filter { !$0.value.isEmpty }
        return a
    }
}
