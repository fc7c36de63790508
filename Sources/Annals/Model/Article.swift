/// One article, as ingest reads it from raw text or as the document reader reads it from Markdown.
public struct Article: Sendable, Equatable {
    /// The headline, NFC.
    public var title: String
    /// The article's own date; nil when none was found.
    public var date: ArticleDate?
    /// The day and month the article gives when it gives no year (then `date` is nil): the article is
    /// still undated for sorting and feeds, and pages show "26/06, năm chưa rõ".
    public var partialDate: DayMonth?
    /// A slug asked for in front matter; nil lets assembly derive one from the title.
    public var slug: String?
    /// Byline names, title-cased.
    public var authors: [String]
    /// The publication credited ("Theo TTXVN", "Nguồn Trà Vinh: ...").
    public var source: String?
    public var sourceURL: String?
    /// Full names of the people mentioned, in order of first mention.
    public var people: [String]
    /// Titles each person held in this article, in order of appearance.
    public var roles: [String: [String]]
    /// Photo captions, each once, with their credit.
    public var captions: [String]
    /// The file the article came from (its name only), for messages and the `original` key.
    public var original: String?
    /// The body in Markdown: paragraphs, captions marked as captions, no boilerplate.
    public var body: String
    /// Other site paths this article answers at (front matter `aliases:`, like Hugo's): each gets a page
    /// that sends the reader on. Site paths without the leading slash ("2019/05/bai-cu/").
    public var aliases: [String] = []

    public init(title: String, date: ArticleDate? = nil, slug: String? = nil, authors: [String] = [],
                source: String? = nil, sourceURL: String? = nil, people: [String] = [],
                roles: [String: [String]] = [:], captions: [String] = [], original: String? = nil, body: String = "") {
        self.title = title
        self.date = date
        self.slug = slug
        self.authors = authors
        self.source = source
        self.sourceURL = sourceURL
        self.people = people
        self.roles = roles
        self.captions = captions
        self.original = original
        self.body = body
    }
}
