/// The whole archive after assembly: every list computed once, for the renderer to slice.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Articles newest first (undated last), each with its unique slug.
    public var articles: [SiteArticle]
    /// People in Vietnamese order (given name, middle, family name).
    public var people: [Person]
    /// Years newest first, each with its months newest first, holding indices into `articles`.
    public var timeline: [TimelineYear]
    /// Indices of the undated articles: those with a day and month first, in calendar order, then the rest
    /// by file.
    public var undated: [Int]
    /// Every source and every author the articles name, in Vietnamese order (`Taxonomies`).
    public var sources: [Term] = []
    public var authors: [Term] = []
}

/// A source or an author, and the articles under its name.
public struct Term: Sendable {
    /// The most frequent written form.
    public var name: String
    public var slug: String
    /// Indices into `Site.articles`, newest first (undated last).
    public var articles: [Int]
}

/// An article with what assembly decided about it.
public struct SiteArticle: Sendable {
    public var article: Article
    public var slug: String
    /// Indices into `Site.people`, in the article's order of first mention.
    public var people: [Int]
    /// The titles the article gives each of `people` (same order).
    public var roles: [[String]] = []
    /// The source file, relative to the seeds folder.
    public var sourcePath: String
    /// The title as shown (capitals made readable), computed once.
    public var displayTitle: String = ""
    /// The lead as plain text for lists and descriptions, computed once.
    public var excerpt: String = ""
    /// Digest of what the article page shows of the article's own text (body, authors, source).
    public var contentDigest: UInt64 = 0
    /// Its source and its authors: indices into `Site.sources` and `Site.authors`.
    public var sourceTerm: Int?
    public var authorTerms: [Int] = []
    /// Why `article.date` has the year it has, when the article gave a day and month only and the
    /// archive placed it (`YearPlacement`).
    public var yearNote: String?

    /// The date as the article gives it: nil for none and for a year the archive guessed (`yearNote` says
    /// why), which no feed, sitemap or office span presents as a fact. A year the article itself restates
    /// ("(19/5/1890 - 19/5/2017)" for "tối 19/5") counts: it is the article's own.
    public var statedDate: ArticleDate? { article.date.flatMap { $0.inferred && yearNote != nil ? nil : $0 } }
}

/// A person and everything the site shows about them.
public struct Person: Sendable {
    /// Display name: the most frequent written form.
    public var name: String
    /// Matching key (classic tones, lower case).
    public var key: String
    public var slug: String
    /// Indices into `Site.articles`, oldest first (undated last).
    public var articles: [Int]
    /// Titles held, in order of first appearance by date, each with the articles that give it.
    public var titles: [HeldTitle]
    /// A title to show beside the name, from the registry or the most recent article.
    public var headline: String?
    /// The people met most often in the same articles: index into `Site.people` and count.
    public var companions: [(person: Int, count: Int)]
    /// The titles grouped into the offices they name, those held first, by when they were first given.
    public var offices: [Office] = []
    /// What `headline` says, in parts: the office of the latest dated article that gives one, and its year.
    public var headlineOffice: OfficeHeadline?
    /// Other spellings of the name merged into this person without a `people.yml` entry (`PeopleMerge`).
    public var merged: [MergedSpelling] = []
}

/// A spelling merged into another person's: its name, match key, article count and why it was merged.
public struct MergedSpelling: Sendable, Equatable {
    public var name: String
    public var key: String
    public var articles: Int
    /// Why: "a syllable no Vietnamese word has", "same office" or "short form".
    public var reason: String
}

public struct HeldTitle: Sendable {
    public var title: String
    /// Indices into `Site.articles`, oldest first.
    public var articles: [Int]
}

public struct TimelineYear: Sendable {
    public var year: Int
    public var months: [TimelineMonth]
    public var count: Int { months.reduce(0) { $0 + $1.articles.count } }

    /// The articles of one page of the year, `per` to a page, with their months, found month by month
    /// (not by listing the whole year for every page: a year of 5,000 articles has 100 pages).
    public func page(_ page: Int, per: Int) -> [(month: Int, article: Int)] {
        let range = SiteConfig.pageRange(page, per: per, count: count)
        let lo = range.lowerBound, hi = range.upperBound
        var out: [(month: Int, article: Int)] = []
        var offset = 0
        for m in months {
            let end = offset + m.articles.count
            defer { offset = end }
            if end <= lo { continue }
            if offset >= hi { break }
            for k in max(lo, offset)..<min(hi, end) { out.append((m.month, m.articles[k - offset])) }
        }
        return out
    }
}

public struct TimelineMonth: Sendable {
    public var month: Int
    /// Indices into `Site.articles`, newest first.
    public var articles: [Int]
}
