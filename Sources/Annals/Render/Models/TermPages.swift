import Foundation

/// The two ways of browsing the archive besides people and time: by the source an article credits and
/// by its authors (`Site.sources`, `Site.authors`).
public enum Taxonomy: Sendable, Hashable, CaseIterable {
    case sources, authors

    /// The folder of its pages.
    var folder: String { self == .sources ? URLs.sources : URLs.authors }
    /// The index page's heading, and what one term is called before its name ("Nguồn: TTXVN").
    var title: String { self == .sources ? "Nguồn tin" : "Tác giả" }
    var label: String { self == .sources ? "Nguồn" : "Tác giả" }

    func terms(of site: Site) -> [Term] { self == .sources ? site.sources : site.authors }

    /// The letter a term is listed under: an author's given name, like people's; a source's first word.
    func initial(_ name: String) -> String {
        self == .authors ? ModelMaker.initial(name) : ModelMaker.initial(String(name.split(separator: " ").first ?? ""))
    }
}

/// A source or an author named on an article's page.
struct TermLink: Codable, Sendable {
    var name: String
    var url: Link
}

struct TermEntry: Codable, Sendable {
    var name: String
    var url: Link
    var count: Int
}

struct TermGroup: Codable, Sendable {
    var letter, id: String
    var terms: [TermEntry]
}

/// `sources/` and `authors/`: every name, by initial, with its count of articles.
struct TermsPage: Codable, Sendable {
    var common: CommonFields
    var heading: String
    var groups: [TermGroup]
    var count: Int
    var isEmpty: Bool
    /// More than one letter: a row of letters leads to each.
    var hasLetters: Bool
}

/// `sources/<slug>/` and `authors/<slug>/` and their further pages: the articles newest first,
/// `listPageSize` at a time.
struct TermPage: Codable, Sendable {
    var common: CommonFields
    var name, label, heading: String
    var listURL: Link
    var count: Int
    var articles: [Shared<ArticleSummary>]
    var pagination: Pagination
}

extension ModelMaker {
    func terms(_ taxonomy: Taxonomy) -> TermsPage {
        let terms = taxonomy.terms(of: site)
        let groups = Self.letterGroups(terms) { taxonomy.initial($0.name) }.map { g in
            TermGroup(letter: g.letter, id: g.id, terms: g.items.map { TermEntry(name: $0.name, url: .term(taxonomy, $0.slug), count: $0.articles.count) })
        }
        return TermsPage(common: common(path: taxonomy.folder, title: taxonomy.title), heading: taxonomy.title, groups: groups,
                         count: terms.count, isEmpty: terms.isEmpty, hasLetters: groups.count > 1)
    }

    func term(_ taxonomy: Taxonomy, _ k: Int, page: Int) -> TermPage {
        let t = taxonomy.terms(of: site)[k]
        let per = max(1, site.config.listPageSize)
        let path = URLs.term(taxonomy.folder, t.slug, page: page)
        let heading = "\(taxonomy.label): \(t.name)"
        let c = common(path: path, title: page == 1 ? heading : "\(heading) – Trang \(page)",
                       description: "\(heading): \(t.articles.count) bài viết")
        let slice = t.articles[SiteConfig.pageRange(page, per: per, count: t.articles.count)]
        return TermPage(common: c, name: t.name, label: taxonomy.label, heading: heading, listURL: .page(taxonomy.folder),
                        count: t.articles.count, articles: slice.map { parts.summaries[$0] },
                        pagination: pagination(page, of: SiteConfig.pageCount(t.articles.count, per: per)) {
                            URLs.term(taxonomy.folder, t.slug, page: $0)
                        })
    }
}

extension SitePlan {
    /// Each taxonomy's index, then each of its terms' pages.
    func termPlan() -> [PageKind] {
        var kinds: [PageKind] = []
        for taxonomy in Taxonomy.allCases {
            kinds.append(.terms(taxonomy))
            for (k, t) in taxonomy.terms(of: site).enumerated() {
                kinds += (1...SiteConfig.pageCount(t.articles.count, per: site.config.listPageSize)).map { .term(taxonomy, k, page: $0) }
            }
        }
        return kinds
    }

    /// The site path of a taxonomy page (not its file).
    func termPath(_ taxonomy: Taxonomy, _ k: Int?, page: Int) -> String {
        guard let k else { return taxonomy.folder }
        return URLs.term(taxonomy.folder, taxonomy.terms(of: site)[k].slug, page: page)
    }
}
