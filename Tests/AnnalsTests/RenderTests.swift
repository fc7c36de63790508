import Foundation
import Testing
import Mustache
@testable import Annals

@Suite struct RenderTests {
    @Test func captionsAndSmartPunctuation() {
        let html = CommonMark.html("Anh nói \"xin chào\" -- rồi đi.\n\n<!-- caption -->\nQuang cảnh hội nghị.")
        #expect(html.contains("“xin chào”"))
        #expect(html.contains("<p class=\"caption\">Quang cảnh hội nghị.</p>"))
        #expect(!html.contains("caption -->"))
    }

    /// The whole body in one render: the HTML is what rendering block by block and joining gave.
    @Test func captionsWhereverTheMarkersFall() {
        let m = MarkdownBody.captionMarker
        #expect(CommonMark.html("\(m)\nẢnh *một*.\n\nĐoạn văn.") == "<p class=\"caption\">Ảnh <em>một</em>.</p>\n<p>Đoạn văn.</p>\n")
        // Two markers in a row, a marker before a list, a marker at the end: only paragraphs become captions.
        #expect(CommonMark.html("\(m)\n\n\(m)\nHai.\n\n\(m)\n- mục\n\nCuối.\n\n\(m)")
                == "<p class=\"caption\">Hai.</p>\n<ul>\n<li>mục</li>\n</ul>\n<p>Cuối.</p>\n")
        // Other raw HTML is still left out, as cmark's safe mode writes it.
        #expect(CommonMark.html("<div>x</div>\n\nA.") == "<!-- raw HTML omitted -->\n<p>A.</p>\n")
        #expect(CommonMark.htmlBytes("A  \nB") == Array("<p>A<br />\nB</p>\n".utf8))
        #expect(CommonMark.html("") == "")
    }

    @Test func rawHTMLAndScriptLinksAreDropped() {
        let html = CommonMark.html("<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> [x](javascript:alert(1))")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
    }

    @Test func escapedMarkdownKeepsTheWords() {
        let text = "1. Không phải danh sách *và* <b>không</b> [liên kết] # 100%"
        let html = CommonMark.html(MarkdownBody.escape(text))
        #expect(html == "<p>1. Không phải danh sách *và* &lt;b&gt;không&lt;/b&gt; [liên kết] # 100%</p>\n")
    }

    @Test func relativeLinksFromEveryDepth() {
        let web = URLs(baseURL: "https://example.org/archive")
        #expect(web.link(from: "articles/x/", to: "people/y/") == "../../people/y/")
        #expect(web.link(from: "", to: "timeline/") == "timeline/")
        #expect(web.link(from: "page/2/", to: "") == "../../")
        #expect(web.absolute("people/y/") == "https://example.org/archive/people/y/")
        let disk = URLs(baseURL: nil)
        #expect(disk.link(from: "articles/x/", to: "") == "../../index.html")
        #expect(disk.absolute("") == nil)
    }

    @Test func htmlEscapingMatchesMustache() throws {
        func escape(_ s: String) -> String {
            var out: [UInt8] = []
            TemplateLibrary.appendEscaped(s, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        #expect(escape("Bà Nguyễn Thị Ánh") == "Bà Nguyễn Thị Ánh")
        #expect(escape("") == "")
        #expect(escape("a<b>&\"c\"'ễ'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;ễ&#39;")
        // The same bytes as swift-mustache's HTML escaping.
        let plain = try MustacheTemplate(string: "{{x}}")
        for text in ["Tôi & anh <3", "\"Trích dẫn\" — 'đơn'", "no specials", "&amp; already", "😀<👍>", "<", "x>"] {
            #expect(escape(text) == plain.render(["x": text]))
        }
    }

    @Test func templateErrorsKeepTheirLineNumbers() {
        do {
            _ = try Templates(sources: ["index": "a\n{{/closed}}\nb\n"])
            Issue.record("an unclosed section should not load")
        } catch {
            let d = error.diagnostics.first { $0.file.hasSuffix("index.mustache") && $0.message.contains("does not parse") }
            #expect(d != nil)
            #expect(d?.line == 2)
        }
    }

    @Test func leadSkipsCaptionsAndBlankLines() {
        let body = "\n\n\(MarkdownBody.captionMarker)\nẢnh: hội nghị.\n\n\n\nĐoạn đầu\ncủa bài.\n\nĐoạn hai."
        #expect(Excerpt.lead(body) == "Đoạn đầu của bài.")
        #expect(Excerpt.lead("") == "")
        #expect(Array(Excerpt.paragraphs("a\n\nb\n\n")).map(String.init) == ["a", "b"])
    }

    @Test func templatesEscapeUserText() throws {
        let templates = try Templates.load(directory: Repo.templates)
        let article = Article(title: "<script>alert('x')</script>", date: nil, people: ["Tên <b>"], roles: [:],
                              captions: [], original: "x.txt", body: "Thân bài.")
        let (site, _) = Assemble.site([Assemble.Input(article: article, sourcePath: "x.txt")])
        let renderer = Renderer(site: site, templates: templates)
        let page = String(decoding: try renderer.render(.article(0)).bytes, as: UTF8.self)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(page.contains("Tên &lt;b&gt;"))
    }

    @Test func brokenTemplateNamesFileAndLine() {
        var sources = Dictionary(uniqueKeysWithValues: Templates.required.map { ($0, "ok") })
        sources["article"] = "line one\n{{#open}}\nnever closed"
        do {
            _ = try Templates(sources: sources)
            Issue.record("expected a template error")
        } catch {
            #expect(error.diagnostics.contains { $0.file.hasSuffix("article.mustache") && $0.line != nil })
        }
        sources["article"] = "{{> missing}}"
        do {
            _ = try Templates(sources: sources)
            Issue.record("expected a missing partial error")
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains("missing") && $0.line == 1 })
        }
        // Written with other delimiters, on line 3.
        sources["article"] = "{{=<% %>=}}\nline two\n  <%> gone %>\n"
        do {
            _ = try Templates(sources: sources)
            Issue.record("expected a missing partial error")
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains("'gone'") && $0.line == 3 })
        }
    }

    @Test func allCapsTitlesAreShownReadably() {
        #expect(Headline.readable("THỦ TƯỚNG PHẠM MINH CHÍNH THĂM HÀ NỘI", names: ["Phạm Minh Chính"])
                == "Thủ tướng Phạm Minh Chính thăm Hà Nội")
        #expect(Headline.readable("“NGUYỄN VĂN AN” GẶP TRẦN THỊ BÌNH, LÊ VĂN CƯỜNG", names: ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
                == "“Nguyễn Văn An” gặp Trần Thị Bình, Lê Văn Cường")
        #expect(Headline.readable("Bình thường", names: []) == "Bình thường")
        // Places are names too; places that are also common phrases stay in sentence case.
        #expect(Headline.readable("HÀ NỘI ĐÓN KHÁCH", names: []) == "Hà Nội đón khách")
        #expect(Headline.readable("VIỆT NAM – ÚC HỢP TÁC", names: []) == "Việt Nam – Úc hợp tác")
        #expect(Headline.readable("GÌN GIỮ HÒA BÌNH VÀ ĐẠO ĐỨC Ở TP HỒ CHÍ MINH", names: []) == "Gìn giữ hòa bình và đạo đức ở TP Hồ Chí Minh")
        #expect(Headline.readable("ĐÃ CÓ 12 NGƯỜi", names: []) == "ĐÃ CÓ 12 NGƯỜi")  // one small letter: not all capitals
        #expect(Headline.readable("ABC 123", names: []) == "ABC 123")  // too few letters to judge
    }

    @Test func jsonStringsEscapeWhatScriptsNeed() {
        #expect(JSON.string("Nguyễn Phú Trọng") == "\"Nguyễn Phú Trọng\"")
        #expect(JSON.string("a \"b\" \\ </script>") == "\"a \\\"b\\\" \\\\ \\u003c/script>\"")
        #expect(JSON.string("dòng\u{2028}mới – tab\t") == "\"dòng\\u2028mới – tab\\t\"")
    }

    @Test func excerptsAreCutAtAWordAndUnescaped() {
        let words = Array(repeating: "Nguyễn Thị Ánh,", count: 30).joined(separator: " ")
        let cut = Excerpt.cut(words, 40)
        #expect(cut == "Nguyễn Thị Ánh, Nguyễn Thị Ánh, Nguyễn…")
        #expect(cut.unicodeScalars.count <= 41)
        #expect(Excerpt.cut("ngắn", 40) == "ngắn")
        #expect(Excerpt.cut(String(repeating: "ữ", count: 40), 40) == String(repeating: "ữ", count: 40))
        #expect(Excerpt.cut(String(repeating: "ữ", count: 50), 40) == String(repeating: "ữ", count: 40) + "…")
        #expect(Excerpt.unescape("1\\. Mục \\*một\\*\ndòng hai") == "1. Mục *một* dòng hai")
        #expect(Excerpt.unescape("không có gì") == "không có gì")
        #expect(Excerpt.unescape("a\r\nb") == "a\r\nb")
        // No space before the limit: the cut does not split a character made of several scalars.
        #expect(Excerpt.cut("ab👍🏽cd", 3) == "ab…")
    }
}

/// Dates are written byte by byte; these are the forms as string interpolation wrote them before.
@Suite struct DateTextTests {
    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func expected(_ d: ArticleDate) -> (long: String, short: String, machine: String, iso: String) {
        let weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
        let short = "\(padded(d.day, 2))/\(padded(d.month, 2))/\(d.year)"
        var long = "\(weekdays[d.weekday]), " + short
        var iso = "\(padded(d.year, 4))-\(padded(d.month, 2))-\(padded(d.day, 2))"
        if let h = d.hour {
            long += ", \(padded(h, 2)):\(padded(d.minute ?? 0, 2))"
            iso += "T\(padded(h, 2)):\(padded(d.minute ?? 0, 2))"
        }
        return (long, short, d.hour == nil ? iso : iso + "+07:00", iso)
    }

    @Test func everyFormMatchesInterpolation() {
        var dates: [ArticleDate] = []
        for year in [1000, 1975, 2021, 9999] {
            for month in 1...12 {
                for day in [1, 9, 10, 28, ArticleDate.daysIn(month: month, year: year)] {
                    dates.append(ArticleDate(year: year, month: month, day: day))
                    dates.append(ArticleDate(year: year, month: month, day: day, hour: day % 24, minute: (day * 7) % 60))
                    dates.append(ArticleDate(year: year, month: month, day: day, hour: 9, minute: nil))
                }
            }
        }
        // Values no checked date has, but the type allows: the old code wrote them too.
        dates.append(ArticleDate(year: 12345, month: 3, day: 4, hour: 0, minute: 5))
        dates.append(ArticleDate(year: 7, month: 3, day: 4))
        for d in dates {
            let e = Self.expected(d)
            #expect(VietnameseDates.long(d) == e.long)
            #expect(VietnameseDates.short(d) == e.short)
            #expect(VietnameseDates.machine(d) == e.machine)
            #expect(d.isoString == e.iso)
        }
        #expect(VietnameseDates.long(ArticleDate(year: 2021, month: 12, day: 14)) == "Thứ Ba, 14/12/2021")
        // An inferred year gets no weekday.
        #expect(VietnameseDates.long(ArticleDate(year: 2021, month: 12, day: 14, inferred: true)) == "14/12/2021")
        #expect(ArticleDate(year: 2021, month: 8, day: 2, hour: 17, minute: 40).isoString == "2021-08-02T17:40")
    }

    @Test func padKeepsItsWidthAndSign() {
        for n in [0, 5, 42, 123, 2021, -3, -42, 99_999, Int.max, Int.min] {
            for width in [1, 2, 4] { #expect(pad(n, width) == Self.padded(n, width), "\(n) \(width)") }
        }
    }
}

extension RenderTests {
    /// Person feeds share their entries (one per article, written once): each feed is what writing it
    /// entry by entry gives, with a base URL and without one (relative links).
    @Test func personFeedsWithSharedEntriesAreWrittenAsAlone() throws {
        var articles: [Assemble.Input] = []
        for k in 0..<12 {
            let people = k % 3 == 0 ? ["Nguyễn Văn An", "Trần Thị Bình"] : ["Nguyễn Văn An", "Lê Văn Cường & <Co>"]
            let a = Article(title: "Bài \(k) \"trích\"", date: ArticleDate(year: 2020 + k % 4, month: 1 + k % 12, day: 1 + k),
                            authors: ["Hồng Nhung"], people: people, body: "Đoạn \(k).")
            articles.append(Assemble.Input(article: a, sourcePath: "a\(k).txt"))
        }
        for base in [nil, "https://example.org/lưu trữ/"] as [String?] {
            var config = SiteConfig()
            config.baseURL = base
            config.feedLength = 5
            let (site, _) = Assemble.site(articles, config: config)
            let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
            let feeds = Feeds(site: site, urls: renderer.urls)
            for p in site.people.indices {
                let person = site.people[p]
                guard case .feed(let model) = renderer.model(.personFeed(p)) else { Issue.record("not a feed"); continue }
                #expect(model.title == "\(person.name) · \(site.config.title)")
                let alone = feeds.atom(model)
                // Twice: the second time every entry comes from what the first one wrote.
                for _ in 0..<2 { #expect(Array(try renderer.render(.personFeed(p)).bytes) == alone) }
            }
        }
    }
}

extension RenderTests {
    /// Excerpts cut by counting bytes agree with stepping through the scalars, and paragraphs with
    /// splitting at blank lines, on random text.
    /// Paragraphs as they were split before: stepping through the UTF-8 view for a blank line.
    func referenceParagraphs(_ text: String) -> [String] {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var out: [String] = []
        while start < utf8.endIndex {
            var i = start
            var found = false
            while i < utf8.endIndex {
                let next = utf8.index(after: i)
                if utf8[i] == 0x0A, next < utf8.endIndex, utf8[next] == 0x0A {
                    out.append(String(text[start..<i]))
                    start = utf8.index(after: next)
                    found = true
                    break
                }
                i = next
            }
            if !found { out.append(String(text[start...])); start = utf8.endIndex }
        }
        return out
    }

    @Test func excerptCutsAndParagraphsAgreeWithTheScalarWay() {
        func reference(_ s: String, _ limit: Int) -> String {
            if s.utf8.count <= limit { return s }
            let u = s.unicodeScalars
            guard let end = u.index(u.startIndex, offsetBy: limit, limitedBy: u.endIndex), end < u.endIndex else { return s }
            var space = end
            while space > u.startIndex, u[u.index(before: space)] != " " { space = u.index(before: space) }
            var stop = space > u.startIndex ? u.index(before: space) : end
            while stop > u.startIndex, stop.samePosition(in: s) == nil { stop = u.index(before: stop) }
            return Vietnamese.trimmed(s[..<stop], dropping: { $0.properties.isWhitespace || CharacterSet.punctuationCharacters.contains($0) }) + "…"
        }
        var random = TestRandom(seed: 37)
        let pieces = ["Hà", " ", "Nội", "ữ", "a", ".", ",", "👨‍👩‍👧", "🇻🇳", "e\u{301}", "\n", "\n\n", "\r\n", "xyz"]
        for _ in 0..<4000 {
            let s = random.text(from: pieces, count: random.next(20))
            let limit = random.next(12)
            #expect(Excerpt.cut(s, limit) == reference(s, limit), "\(limit) \(s.debugDescription)")
            #expect(Array(Excerpt.paragraphs(s)).map(String.init) == referenceParagraphs(s), "\(s.debugDescription)")
        }
    }
}
