import Foundation
import Testing
@testable import Annals

/// The archive by source and by author: `sources/`, `authors/` and a page for each, linked from articles.
@Suite struct BrowseTests {
    static func inputs() -> [Assemble.Input] {
        // Written forms differ in case and spacing; the match key merges them.
        let rows: [(String, [String], String?)] = [
            ("Đê biển được gia cố", ["Thu Hà", "Đỗ Văn Bình"], "TTXVN"),
            ("Chợ phiên ngày cuối tuần", ["Thu Hà"], "VOV"),
            ("Lễ hội đua thuyền", ["Ánh Dương"], "ttxvn"),
            ("Mùa gặt trên cao nguyên", [], "TTXVN"),
            ("Cầu mới nối hai bờ", ["Đỗ Văn Bình"], nil),
        ]
        return rows.enumerated().map { k, row in
            Assemble.Input(article: Article(title: row.0, date: ArticleDate(year: 2022, month: 3, day: 1 + k),
                                            authors: row.1, source: row.2, body: "Đoạn \(k)."), sourcePath: "b\(k).txt")
        }
    }

    func page(_ renderer: Renderer, _ kind: PageKind) throws -> String {
        String(decoding: try renderer.render(kind).bytes, as: UTF8.self)
    }

    @Test func termsAreMergedSortedAndSlugged() {
        let (site, _) = Assemble.site(Self.inputs())
        #expect(site.sources.map(\.name) == ["TTXVN", "VOV"])
        #expect(site.sources.map(\.slug) == ["ttxvn", "vov"])
        // Newest first: the site's order.
        #expect(site.sources[0].articles.map { site.articles[$0].article.title }
                == ["Mùa gặt trên cao nguyên", "Lễ hội đua thuyền", "Đê biển được gia cố"])
        // Authors as people are listed: by the given name (Bình, Dương, Hà).
        #expect(site.authors.map(\.name) == ["Đỗ Văn Bình", "Ánh Dương", "Thu Hà"])
        #expect(site.authors.map(\.slug) == ["do-van-binh", "anh-duong", "thu-ha"])
        let first = site.articles.firstIndex { $0.article.title == "Đê biển được gia cố" }!
        #expect(site.articles[first].authorTerms == [2, 0])
        #expect(site.articles[first].sourceTerm == 0)
    }

    @Test func pagesListAndLinkEachOther() throws {
        var config = SiteConfig()
        config.listPageSize = 2
        config.baseURL = "https://example.org/kho/"
        let (site, _) = Assemble.site(Self.inputs(), config: config)
        let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
        let paths = renderer.plan().map(renderer.path)
        #expect(paths.contains("sources/index.html") && paths.contains("authors/index.html"))
        // Three articles from TTXVN at two to a page: two pages.
        #expect(paths.contains("sources/ttxvn/index.html") && paths.contains("sources/ttxvn/page/2/index.html"))
        #expect(!paths.contains("sources/ttxvn/page/3/index.html"))

        let sources = try page(renderer, .terms(.sources))
        #expect(sources.contains("<h1>Nguồn tin</h1>"))
        #expect(sources.contains("<a href=\"../sources/ttxvn/\">TTXVN</a> <span class=\"count\">3 bài</span>"))
        #expect(sources.contains("aria-current=\"page\">Nguồn tin</a>"))

        let ttxvn = try page(renderer, .term(.sources, 0, page: 2))
        #expect(ttxvn.contains("<title>Nguồn: TTXVN – Trang 2 · Annals</title>"))
        #expect(ttxvn.contains("<a href=\"../../../../articles/de-bien-duoc-gia-co/\">Đê biển được gia cố</a>"))
        #expect(ttxvn.contains("<a href=\"../../../../sources/\">Tất cả nguồn tin</a>"))

        let article = site.articles.firstIndex { $0.article.title == "Đê biển được gia cố" }!
        let html = try page(renderer, .article(article))
        #expect(html.contains("<a href=\"../../authors/thu-ha/\">Thu Hà</a>, <a href=\"../../authors/do-van-binh/\">Đỗ Văn Bình</a>"))
        #expect(html.contains("Nguồn: <a href=\"../../sources/ttxvn/\">TTXVN</a>"))

        let sitemap = try page(renderer, .sitemap)
        #expect(sitemap.contains("https://example.org/kho/authors/anh-duong/"))
        #expect(sitemap.contains("https://example.org/kho/sources/ttxvn/page/2/"))
    }

    @Test func noSourcesOrAuthorsStillGivesTheirPages() throws {
        let a = Article(title: "Một tin", date: ArticleDate(year: 2022, month: 1, day: 1), body: "Đoạn.")
        let (site, _) = Assemble.site([Assemble.Input(article: a, sourcePath: "x.txt")])
        #expect(site.sources.isEmpty && site.authors.isEmpty)
        let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
        #expect(try page(renderer, .terms(.authors)).contains("Chưa có bài viết nào ghi tác giả."))
    }
}
