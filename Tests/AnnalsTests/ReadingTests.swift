import Foundation
import Testing
@testable import Annals

/// Pages built for reading: numbered pagination, neighbouring years, months as dates write them, titles
/// that say which page, a 404 page whose links work at any depth, closed quotations, the current page
/// marked in the navigation.
@Suite struct ReadingTests {
    static func renderer(base: String?) throws -> Renderer {
        var config = SiteConfig()
        config.baseURL = base
        config.itemsPerPage = 2
        config.listPageSize = 2
        let dates = [(2020, 7, 4), (2022, 1, 9), (2022, 3, 2), (2022, 3, 15), (2022, 6, 1), (2022, 11, 30), (2023, 2, 14)]
        let inputs = dates.enumerated().map { k, d in
            Assemble.Input(article: Article(title: "Tin số \(k)", date: ArticleDate(year: d.0, month: d.1, day: d.2),
                                            body: "Đoạn mở đầu của tin số \(k)."), sourcePath: "r\(k).txt")
        }
        return Renderer(site: Assemble.site(inputs, config: config).0, templates: try BuiltInTemplates.templates())
    }

    func html(_ r: Renderer, _ kind: PageKind) throws -> String { String(decoding: try r.render(kind).bytes, as: UTF8.self) }

    @Test func paginationNumbersShowTheEndsAndTheNeighbours() {
        #expect(Pagination.numbers(8, of: 20) == [1, 0, 7, 8, 9, 0, 20])
        #expect(Pagination.numbers(1, of: 20) == [1, 2, 0, 20])
        #expect(Pagination.numbers(20, of: 20) == [1, 0, 19, 20])
        // A gap of one page shows that page instead of "…".
        #expect(Pagination.numbers(4, of: 7) == [1, 2, 3, 4, 5, 6, 7])
        #expect(Pagination.numbers(1, of: 1) == [])
    }

    @Test func numberedPaginationIsRendered() throws {
        let r = try Self.renderer(base: nil)
        // Seven articles, two to a page: page 2 of 4.
        let page = try html(r, .index(2))
        #expect(page.contains("<li><a href=\"../../index.html\" aria-label=\"Trang 1\">1</a></li><li><span class=\"current\" aria-current=\"page\">2</span></li>"
                              + "<li><a href=\"../../page/3/index.html\" aria-label=\"Trang 3\">3</a></li><li><a href=\"../../page/4/index.html\" aria-label=\"Trang 4\">4</a></li></ol>"))
        #expect(page.contains("rel=\"prev\" href=\"../../index.html\">← Trang trước</a>"))
        #expect(page.contains("<title>Bài viết – Trang 2 · Annals</title>"))
        #expect(try html(r, .timelineYear(year: 2022, page: 2)).contains("<title>Năm 2022 – Trang 2 · Annals</title>"))
        // One page: no pagination at all.
        #expect(!(try html(r, .timelineYear(year: 2020, page: 1))).contains("class=\"pagination\""))
    }

    @Test func yearPagesLinkTheYearsBeside() throws {
        let r = try Self.renderer(base: nil)
        let y2022 = try html(r, .timelineYear(year: 2022, page: 1))
        #expect(y2022.contains("<a rel=\"prev\" href=\"../../timeline/2020/index.html\"><span>← Năm trước</span> Năm 2020</a>"))
        #expect(y2022.contains("<a rel=\"next\" href=\"../../timeline/2023/index.html\"><span>Năm sau →</span> Năm 2023</a>"))
        let y2023 = try html(r, .timelineYear(year: 2023, page: 1))
        #expect(y2023.contains("Năm 2022</a>") && !y2023.contains("Năm sau →"))
    }

    @Test func monthsAreNumberedAsInDates() throws {
        let r = try Self.renderer(base: nil)
        let timeline = try html(r, .timeline)
        #expect(timeline.contains(">Tháng 3</a> <span class=\"count\">2</span>"))
        #expect(timeline.contains(">Tháng 11</a>"))
        // Newest first: January is on the last page of 2022.
        let year = try html(r, .timelineYear(year: 2022, page: 3))
        #expect(year.contains("Tháng 1 <span class=\"count\">1 bài</span></h2>"))
        for page in [timeline, year] {
            for word in ["Tháng Một", "Tháng Ba", "Tháng Mười"] { #expect(!page.contains(word)) }
        }
    }

    @Test func theNavigationMarksTheCurrentSection() throws {
        let r = try Self.renderer(base: nil)
        #expect(try html(r, .timeline).contains("<a href=\"../timeline/index.html\" aria-current=\"page\">Dòng thời gian</a>"))
        // Within the section, not the page the link leads to.
        #expect(try html(r, .timelineYear(year: 2022, page: 1)).contains("<a href=\"../../timeline/index.html\" aria-current=\"true\">Dòng thời gian</a>"))
        #expect(try html(r, .people).contains("aria-current=\"page\">Nhân vật</a>"))
        #expect(try html(r, .index(1)).contains("<a href=\"index.html\" aria-current=\"page\">Bài viết</a>"))
        #expect(try html(r, .index(2)).contains("<a href=\"../../index.html\" aria-current=\"true\">Bài viết</a>"))
        let article = try html(r, .article(0))
        #expect(article.contains("<a href=\"../../index.html\" aria-current=\"true\">Bài viết</a>"))
        #expect(article.components(separatedBy: "aria-current").count == 2)
        #expect(try html(r, .terms(.sources)).contains("aria-current=\"page\">Nguồn tin</a>"))
    }

    /// The 404 page is served in place of any missing page, at any depth: its links start at the server's
    /// root, under the base URL's path when it has one.
    @Test func notFoundLinksWorkAtAnyDepth() throws {
        let cases: [(String?, String)] = [("https://example.org/kho/lưu-trữ/", "/kho/lưu-trữ/"), ("https://example.org", "/"), (nil, "/")]
        for (base, root) in cases {
            let page = try html(try Self.renderer(base: base), .notFound)
            #expect(page.contains("<link rel=\"stylesheet\" href=\"\(root)assets/style.css\">"), "\(base ?? "no base")")
            #expect(page.contains("<a href=\"\(root)timeline/\">dòng thời gian</a>"), "\(base ?? "no base")")
            #expect(page.contains("<a class=\"brand\" href=\"\(root)\">"))
            #expect(!page.contains("rel=\"canonical\""))
            #expect(!page.contains("aria-current"))
        }
    }

    @Test func excerptsCutInsideAQuotationCloseIt() {
        let text = "Ông nhấn mạnh: “Tiếp tục thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hóa” trong nhiệm kỳ."
        let cut = Excerpt.cut(text, 40)
        #expect(cut == "Ông nhấn mạnh: “Tiếp tục thực hiện…”")
        // Cut after the quotation closed: nothing added.
        #expect(Excerpt.cut(text, 95) == "Ông nhấn mạnh: “Tiếp tục thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hóa” trong…")
        #expect(Excerpt.cut("Bà nói \"sẽ hoàn thành sớm công trình cầu\" hôm qua.", 25) == "Bà nói \"sẽ hoàn thành…\"")
        #expect(Excerpt.closingQuote("“a” “b” c") == "")
        // A text that begins inside a quotation (its opening mark lost): the quote it shows closes it.
        #expect(Excerpt.closingQuote("người dân Cuba\", người phát ngôn nêu") == "")
        #expect(Excerpt.closingQuote("trong đó có \"Cây tre") == "\"")
    }

    /// `annals check` follows links from the server's root through the base URL's path.
    @Test func checkResolvesLinksFromTheServersRoot() throws {
        let dir = temporaryDirectory("root-links")
        defer { try? FileManager.default.removeItem(at: dir) }
        func page(_ body: String) -> String {
            "<!DOCTYPE html><html lang=\"vi\"><head><title>T</title><link rel=\"canonical\" href=\"https://example.org/kho/\"></head><body><h1>T</h1>\(body)</body></html>"
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("people"), withIntermediateDirectories: true)
        try page("").write(to: dir.appendingPathComponent("people/index.html"), atomically: true, encoding: .utf8)
        try page("<a href=\"/kho/\">a</a><a href=\"/kho/people/\">b</a>").write(to: dir.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try page("<a href=\"/kho/people/\">a</a><a href=\"/kho/timeline/\">b</a><a href=\"/people/\">c</a>")
            .write(to: dir.appendingPathComponent("404.html"), atomically: true, encoding: .utf8)
        #expect(SiteChecker.check(directory: dir.path).map(\.description)
                == ["404.html: broken link /kho/timeline/", "404.html: link leaves the site: /people/"])
    }
}
