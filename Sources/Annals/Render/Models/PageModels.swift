import Foundation

// One type per kind of page: its fields are what the page's template sees, by the same names, and
// nothing else. A page is rendered again exactly when the digest of its model changes (`DigestEncoder`),
// so a field added here is shown and watched at once. Optional fields are absent from the template's
// view when nil (Mustache then looks the name up in the enclosing values, as for any missing key).

/// What every HTML page has: the site's name, navigation, stylesheet, and which page this is.
struct CommonFields: InlineFields {
    /// The same for every page at one depth: made once per depth.
    var site: Shared<SiteFields>
    var pageTitle, description: String
    var isHome, isTimeline, isPeople, isSearch: Bool
    var isSources, isAuthors: Bool
    /// The list of articles and its further pages, and the articles themselves.
    var inArticles: Bool
    /// How the navigation marks the section this page is in (`aria-current`): "page" when the link
    /// leads to this very page, "true" when the page lies within the section (a year of the timeline).
    var navCurrent: String
    var canonical: String?
    /// Open Graph's type, when not "website".
    var ogType: String?
    /// A person's page: their own feed, named after them.
    var personFeed: PersonLink?
}

/// The site's name and the navigation links from one depth.
struct SiteFields: InlineFields, ReusedPart {
    var siteTitle, siteDescription, lang: String
    var homeURL, timelineURL, peopleURL, cssURL, searchURL, feedURL: String
    var sourcesURL, authorsURL: String
}

/// An article's date as pages show it: the long and short forms and the machine one, or a note that the
/// article has none.
struct DateFields: InlineFields {
    var date: String
    var shortDate: String?
    var datetime: String?
    /// The year alone (Pagefind's year filter).
    var year: Int?
    var inferred: Bool?
    var undated: Bool?
    /// Why the year is what it is, when it was guessed or set in site.yml.
    var yearNote: String?
}

/// A link to a person, with their name.
struct PersonLink: Codable, Sendable {
    var name: String
    var url: Link
}

/// The same as the fields of what holds it (made once per person, shared by every list that names them).
struct PersonFields: InlineFields, ReusedPart {
    var name: String
    var url: Link
}

/// An article as lists show it (made once per article, shared by every list it is in).
struct ArticleSummary: Codable, Sendable, ReusedPart {
    var title: String
    var url: Link
    var excerpt: String
    var hasPeople: Bool
    var dates: DateFields
    /// The people it names (the default summary lists them; kept with the summary's other template values).
    var people: [Shared<PersonFields>]
}

/// Page `n` of `total`, with links to the pages beside it.
struct Pagination: Codable, Sendable {
    var current, total: Int
    var show: Bool
    var prevURL, nextURL: Link?
    /// The numbers to show: the first, the last, the current one and those beside it, gaps between.
    var pages: [PageNumber]
}

/// `index.html` and `page/<n>/`: the articles newest first, `itemsPerPage` at a time.
struct IndexPage: Codable, Sendable {
    var common: CommonFields
    var articles: [Shared<ArticleSummary>]
    var isEmpty: Bool
    var pagination: Pagination
    /// The archive's size, on the first page only: the further pages are then not made again each time
    /// a person, a source or an author is added or renamed.
    var articleCount, peopleCount: Int?
    var sourceCount, authorCount: Int?
}

/// A person named in an article, with the titles the article gives them.
struct ArticlePerson: Codable, Sendable {
    var person: Shared<PersonFields>
    var roles: String
    var hasRoles: Bool
}

/// What an article's page shows of the article itself (made once per article).
struct ArticleContent: InlineFields {
    var dates: DateFields
    var title: String
    var body: ArticleBody
    var authors: String
    var hasAuthors: Bool
    var source: String?
    var sourceURL: String?
    /// The authors and the source, each linking to its page (`TermPages`).
    var authorLinks: [TermLink]
    var sourceLink: Link?
    var people: [ArticlePerson]
    var hasPeople: Bool
}

/// The article before or after, by title.
struct Neighbour: Codable, Sendable {
    var title: String
    var url: Link
}

/// `articles/<slug>/`.
struct ArticlePage: Codable, Sendable {
    var common: CommonFields
    var content: Shared<ArticleContent>
    var older, newer: Neighbour?
    /// Articles with the most people in common, then the nearest in date (`Related`), at most five.
    var related: [RelatedArticle]
    var hasRelated: Bool
}

/// A related article: its title, link and short date (every field always there, so that a template
/// never finds one of the page's own instead).
struct RelatedArticle: Codable, Sendable {
    var title: String
    var url: Link
    var when: String
}

/// A month in the timeline overview, linking to where it starts in its year's pages.
struct TimelineMonthEntry: Codable, Sendable {
    var name: String
    var count: Int
    var url: Link
}

struct TimelineYearEntry: Codable, Sendable {
    var year, count: Int
    var id: String
    var url: Link
    var months: [TimelineMonthEntry]
}

/// A month of the articles that give a day and month but no year ("tháng 6": 2/6, 26/6, …).
struct YearUnknownMonth: Codable, Sendable {
    var name, id: String
    var articles: [Shared<ArticleSummary>]
}

/// `timeline/`: years and months with counts, then the articles whose year is not known, by day and
/// month, then the undated articles.
struct TimelinePage: Codable, Sendable {
    var common: CommonFields
    var years: [TimelineYearEntry]
    var yearUnknown: [YearUnknownMonth]
    var hasYearUnknown: Bool
    var undated: [Shared<ArticleSummary>]
    var hasUndated, isEmpty: Bool
    /// Articles per month, as inline SVG (`Charts`).
    var chart: String
}

struct YearMonth: Codable, Sendable {
    var month: Int
    var name, id: String
    /// All of the month's articles, not only this page's.
    var count: Int
    var articles: [Shared<ArticleSummary>]
}

/// `timeline/<year>/` and its further pages: month by month, `listPageSize` articles at a time.
struct YearPage: Codable, Sendable {
    var common: CommonFields
    var months: [YearMonth]
    var year, count: Int
    var pagination: Pagination
    /// The years before and after that have articles.
    var olderYear, newerYear: YearLink?
    var hasOtherYears = false
    /// The year's months, as inline SVG (`Charts`).
    var chart: String
}


struct PeopleEntry: Codable, Sendable {
    var person: Shared<PersonFields>
    var count: Int
    var headline: String?
}

struct PeopleGroup: Codable, Sendable {
    var letter, id: String
    var people: [PeopleEntry]
}

/// `people/`: everyone, by the initial of their given name; `people/theo-so-bai/`: everyone, most
/// mentioned first (`byCount`), each with their headline office.
struct PeoplePage: Codable, Sendable {
    var common: CommonFields
    var groups: [PeopleGroup]
    var count: Int
    var isEmpty: Bool
    var heading: String
    var byCount: Bool
    var ranked: [PeopleEntry]
    var byNameURL, byCountURL: Link
}

/// An office a person held, with the span of the articles that give it: the first and the last year,
/// each a link to its article, and how many articles give it (those without a year counted, not listed).
struct OfficeEntry: Codable, Sendable {
    var title: String
    var former: Bool
    var first, last: Neighbour?
    /// The span has two ends ("2016 – 2018"), not one year.
    var spans: Bool
    var count: Int
    var undated: Int
    var hasUndated: Bool
}

struct Companion: Codable, Sendable {
    var person: Shared<PersonFields>
    var count: Int
}

/// `people/<slug>/` and its further pages. Titles and companions are the person's whole (made once per
/// person, shared by their pages) and turned into template values only if the template shows them.
struct PersonPage: Codable, Sendable {
    var common: CommonFields
    var personFeedURL: Link
    var pagination: Pagination
    var firstPage: Bool
    var name: String
    var headline: String?
    var count: Int
    var hasTitles: Bool
    /// The office and year of the headline, as parts (`headline` is both in one line).
    var headlineOffice: String?
    var headlineYear: Int?
    var articles: [Shared<ArticleSummary>]
    var hasCompanions: Bool
    var titles: Later<Shared<[OfficeEntry]>>
    var companions: Later<Shared<[Companion]>>
    /// Mentions over time with the offices held, as inline SVG (`Charts`), and its caption.
    var chart: Later<Shared<PersonChart>>
    var hasChart: Bool
    /// Other spellings Annals merged into this person by itself ("Nguyễn Phú Trong (1 bài)"), nil when none.
    var mergedSpellings: String?
}

/// `search/`.
struct SearchPage: Codable, Sendable {
    var common: CommonFields
    var indexURL, scriptURL: Link
}

/// `404.html`.
struct NotFoundPage: Codable, Sendable {
    var common: CommonFields
}

// Files that are not rendered from templates: their models hold what they show, and Feeds and
// SearchIndex write them.

/// An article's entry in Atom feeds (made once per article, shared by every feed it is in).
struct FeedEntry: Codable, Sendable {
    var title, slug: String
    /// RFC 3339.
    var date: String
    var authors: [String]
    var excerpt: String
    var people: [Shared<PersonFields>]
}

/// `feed.xml` and `people/<slug>/feed.xml`: the newest dated articles, at most `feedLength`.
struct FeedPage: Codable, Sendable {
    var path, title: String
    var entries: [Shared<FeedEntry>]
}

struct SitemapEntry: Codable, Sendable {
    var path: String
    var lastmod: String?
}

/// `sitemap.xml`: every HTML page, articles with their dates.
struct SitemapPage: Codable, Sendable {
    var entries: [SitemapEntry]
}

/// `robots.txt`.
struct RobotsPage: Codable, Sendable {
    var sitemap: String?
}
