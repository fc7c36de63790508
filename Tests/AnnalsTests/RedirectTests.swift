import Foundation
import Testing
@testable import Annals

/// An address that moved keeps working: a page at the old address sends the reader to the new one.
@Suite struct RedirectTests {
    struct Place {
        let root = temporaryDirectory("redirect")
        var seeds: URL { root.appendingPathComponent("seeds") }
        var out: URL { root.appendingPathComponent("out") }
        init() { try? FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true) }

        func write(_ name: String, _ text: String) throws {
            try text.write(to: seeds.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        func doc(_ title: String, day: Int, people: [String], extra: String = "") -> String {
            "---\ntitle: \(title)\ndate: 2022-04-\(10 + day)\npeople: [\(people.joined(separator: ", "))]\n\(extra)---\nMột đoạn văn ngắn.\n"
        }
        func build(base: String? = "https://luu-tru.example/") -> BuildReport {
            let config = root.appendingPathComponent("site.yml").path
            return Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path,
                                              config: FileManager.default.fileExists(atPath: config) ? config : nil, baseURL: base))
        }
        func page(_ path: String) -> String? {
            (try? String(contentsOf: out.appendingPathComponent(path), encoding: .utf8))
        }
        func refresh(_ path: String) -> String? {
            guard let html = page(path), let r = html.range(of: "http-equiv=\"refresh\" content=\"0; url=") else { return nil }
            return String(html[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func aRenamedArticleLeavesARedirect() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try p.write("a.md", p.doc("Khánh thành cầu mới", day: 1, people: ["Đỗ Văn Hiếu"]))
        try p.write("b.md", p.doc("Họp báo thường kỳ", day: 2, people: ["Đỗ Văn Hiếu"]))
        #expect(!p.build().aborted)
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") == nil)
        // The title is corrected: the old address now sends the reader on.
        try p.write("a.md", p.doc("Khánh thành cây cầu mới", day: 1, people: ["Đỗ Văn Hiếu"]))
        #expect(!p.build().aborted)
        #expect(p.page("articles/khanh-thanh-cay-cau-moi/index.html")?.contains("<h1>Khánh thành cây cầu mới</h1>") == true)
        let old = try #require(p.page("articles/khanh-thanh-cau-moi/index.html"))
        // Links relative, as on every page; the canonical address absolute when the site's address is known.
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") == "../../articles/khanh-thanh-cay-cau-moi/")
        #expect(old.contains("<link rel=\"canonical\" href=\"https://luu-tru.example/articles/khanh-thanh-cay-cau-moi/\">"))
        #expect(old.contains("<a href=\"../../articles/khanh-thanh-cay-cau-moi/\">Khánh thành cây cầu mới</a>"))
        // Not a page of the site: neither the sitemap nor the search index lists it.
        #expect(p.page("sitemap.xml")?.contains("khanh-thanh-cau-moi/") == false)
        #expect(p.page("search/index.js")?.contains("khanh-thanh-cau-moi\"") == false)
        #expect(SiteChecker.check(directory: p.out.path).isEmpty)
        // Renamed again: both earlier addresses go straight to the newest.
        try p.write("a.md", p.doc("Khánh thành cây cầu mới bắc qua sông", day: 1, people: ["Đỗ Văn Hiếu"]))
        #expect(!p.build(base: nil).aborted)
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") == "../../articles/khanh-thanh-cay-cau-moi-bac-qua-song/index.html")
        #expect(p.refresh("articles/khanh-thanh-cay-cau-moi/index.html") == "../../articles/khanh-thanh-cay-cau-moi-bac-qua-song/index.html")
        #expect(SiteChecker.check(directory: p.out.path).isEmpty)
        // A new article takes the first address: the real page wins, the redirect is not written over it.
        try p.write("c.md", p.doc("Khánh thành cầu mới", day: 3, people: ["Đỗ Văn Hiếu"]))
        #expect(!p.build().aborted)
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") == nil)
        #expect(p.page("articles/khanh-thanh-cau-moi/index.html")?.contains("<h1>Khánh thành cầu mới</h1>") == true)
        // The article deleted: its old addresses lead nowhere, so they are dropped.
        try FileManager.default.removeItem(at: p.seeds.appendingPathComponent("a.md"))
        #expect(!p.build().aborted)
        #expect(p.page("articles/khanh-thanh-cay-cau-moi/index.html") == nil)
        #expect(SiteChecker.check(directory: p.out.path).isEmpty)
    }

    /// A `people.yml` entry merges two spellings: the address of the one merged away leads to the other.
    @Test func aMergedPersonLeavesARedirect() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try p.write("a.md", p.doc("Tiếp đoàn đại biểu", day: 1, people: ["Phùng Quang Vĩnh"]))
        try p.write("b.md", p.doc("Dự lễ kỷ niệm", day: 2, people: ["Phùng Quang Vịnh"]))
        #expect(!p.build().aborted)
        #expect(p.page("people/phung-quang-vinh-2/index.html") != nil)
        try p.write("people.yml", "people:\n  Phùng Quang Vinh:\n    aliases: [Phùng Quang Vĩnh, Phùng Quang Vịnh]\n")
        #expect(!p.build().aborted)
        #expect(p.page("people/phung-quang-vinh/index.html")?.contains("<h1>Phùng Quang Vinh</h1>") == true)
        #expect(p.refresh("people/phung-quang-vinh-2/index.html") == "../../people/phung-quang-vinh/")
        #expect(SiteChecker.check(directory: p.out.path).isEmpty)
    }

    /// A person's and a source's further pages, and a person's feed, move with the first page.
    @Test func furtherPagesAndFeedsMoveToo() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try "title: Kho thử\nlist_page_size: 2\n".write(to: p.root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        // Five articles name one spelling of a person and of a source (3 pages each), six another source
        // that folds to the same address, which it keeps as the larger.
        for k in 1...5 { try p.write("a\(k).md", p.doc("Tin số \(k)", day: k, people: ["Phùng Quang Vĩnh"], extra: "source: Báo Quê Hương\n")) }
        for k in 1...6 { try p.write("b\(k).md", p.doc("Bản tin \(k)", day: k, people: [], extra: "source: Bao Que Huong\n")) }
        #expect(!p.build().aborted)
        #expect(p.page("people/phung-quang-vinh/page/3/index.html") != nil && p.page("people/phung-quang-vinh/feed.xml") != nil)
        #expect(p.page("sources/bao-que-huong-2/page/3/index.html")?.contains("Báo Quê Hương") == true)
        #expect(p.refresh("people/phung-quang-vinh/page/2/index.html") == nil)
        // The person's name corrected in people.yml, the second source's spelling fixed: both move.
        try p.write("people.yml", "people:\n  Phùng Văn Vĩnh:\n    aliases: [Phùng Quang Vĩnh]\n")
        for k in 1...6 { try p.write("b\(k).md", p.doc("Bản tin \(k)", day: k, people: [], extra: "source: Báo Quê Hương\n")) }
        #expect(!p.build().aborted)
        #expect(p.refresh("people/phung-quang-vinh/index.html") == "../../people/phung-van-vinh/")
        for k in 2...3 {
            #expect(p.refresh("people/phung-quang-vinh/page/\(k)/index.html") == "../../../../people/phung-van-vinh/page/\(k)/")
        }
        // Only the pages the person has now: three pages, none further.
        #expect(p.page("people/phung-quang-vinh/page/4/index.html") == nil)
        // The old feed: a feed of one entry naming the new one, `self` pointing there.
        let feed = try #require(p.page("people/phung-quang-vinh/feed.xml"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://luu-tru.example/people/phung-van-vinh/feed.xml\"/>"))
        #expect(feed.contains("<title>Nguồn tin về Phùng Văn Vĩnh đã chuyển sang địa chỉ mới</title>"))
        #expect(feed.contains("<updated>2022-04-15T00:00:00+07:00</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count == 2)
        // The source now has eleven articles, six pages, at the address the larger spelling had; the
        // address the smaller had sends each of its pages to the same page there.
        #expect(p.refresh("sources/bao-que-huong-2/index.html") == "../../sources/bao-que-huong/")
        #expect(p.refresh("sources/bao-que-huong-2/page/3/index.html") == "../../../../sources/bao-que-huong/page/3/")
        #expect(p.refresh("sources/bao-que-huong-2/page/6/index.html") == "../../../../sources/bao-que-huong/page/6/")
        #expect(p.page("sources/bao-que-huong/page/6/index.html")?.contains("<h1>") == true)
        #expect(SiteChecker.check(directory: p.out.path).isEmpty)
        // None is a page of the site.
        #expect(p.page("sitemap.xml")?.contains("phung-quang-vinh") == false && p.page("sitemap.xml")?.contains("bao-que-huong-2") == false)
    }

    /// `aliases:` in front matter, like Hugo's: each a page at that address; a bad one is a warning.
    @Test func frontMatterAliases() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try p.write("a.md", p.doc("Bản tin sáng", day: 1, people: [], extra: "aliases: [/2019/05/ban-tin-cu, \"../ra-ngoai\", /index.html]\n"))
        let r = p.build()
        #expect(r.diagnostics.contains { $0.kind == .frontMatter && $0.message.contains("../ra-ngoai") && $0.file.hasSuffix("a.md") })
        #expect(p.refresh("2019/05/ban-tin-cu/index.html") == "../../../articles/ban-tin-sang/")
        // An alias that is a page of the site never replaces it.
        #expect(p.refresh("index.html") == nil)
        let read = try DocumentReader.read(try #require(p.page("../seeds/a.md")), fileName: "a.md").get()
        #expect(read.article.aliases == ["2019/05/ban-tin-cu/", "index.html"])
        // Written back by `convert`, read again the same.
        let again = try DocumentReader.read(DocumentWriter.write(read.article), fileName: "a.md").get()
        #expect(again.article.aliases == read.article.aliases)
        #expect(SitePath.alias("/tin/cu.html") == "tin/cu.html" && SitePath.alias("tin//cu") == nil && SitePath.alias("assets/x") == nil)
    }

    /// The preview server's builds leave the same redirects as one-off builds of the same history, also
    /// when only the renamed file is reported by the watcher, and after the output is deleted.
    @Test func serveLeavesTheSameRedirects() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        let clean = p.root.appendingPathComponent("clean")
        try p.write("a.md", p.doc("Khánh thành cầu mới", day: 1, people: ["Đỗ Văn Hiếu"]))
        try p.write("b.md", p.doc("Họp báo thường kỳ", day: 2, people: ["Đỗ Văn Hiểu"]))
        let session = Session(options: BuildOptions(seeds: p.seeds.path, templates: Repo.templates, output: p.out.path))
        func both(_ changed: [String]?) throws {
            #expect(!session.build(changedSeeds: changed).aborted)
            #expect(!Builder.build(BuildOptions(seeds: p.seeds.path, templates: Repo.templates, output: clean.path)).aborted)
            #expect(IncrementalTests.tree(p.out) == IncrementalTests.tree(clean))
        }
        try both(nil)
        try p.write("a.md", p.doc("Khánh thành cây cầu mới", day: 1, people: ["Đỗ Văn Hiếu"]))
        try both(["a.md"])
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") == "../../articles/khanh-thanh-cay-cau-moi/index.html")
        // A sentence fixed elsewhere: the last site is patched, and the redirect pages stay as they were.
        let reused = session.cache.reused
        try p.write("b.md", p.doc("Họp báo thường kỳ", day: 2, people: ["Đỗ Văn Hiểu"]).replacingOccurrences(of: "ngắn.", with: "ngắn gọn."))
        try both(["b.md"])
        #expect(session.cache.reused == reused + 1)
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") == "../../articles/khanh-thanh-cay-cau-moi/index.html")
        try p.write("people.yml", "people:\n  Đỗ Văn Hiếu:\n    aliases: [Đỗ Văn Hiểu]\n")
        try both(nil)
        #expect(p.refresh("people/do-van-hieu-2/index.html") == "../../people/do-van-hieu/index.html")
        try FileManager.default.removeItem(at: p.out)
        try both(nil)
        #expect(p.refresh("articles/khanh-thanh-cau-moi/index.html") != nil && p.refresh("people/do-van-hieu-2/index.html") != nil)
    }

    /// `annals check` says when a redirect leads nowhere, or to another redirect.
    @Test func checkFindsRedirectsThatLandNowhere() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try p.write("a.md", p.doc("Bản tin sáng", day: 1, people: []))
        #expect(!p.build(base: nil).aborted)
        func redirect(to target: String) -> String {
            "<!DOCTYPE html><html lang=\"vi\"><head><title>Chuyển</title><meta http-equiv=\"refresh\" content=\"0; url=\(target)\"></head><body><h1>Chuyển</h1></body></html>"
        }
        try FileManager.default.createDirectory(at: p.out.appendingPathComponent("cu/mat"), withIntermediateDirectories: true)
        try redirect(to: "../../khong-co/index.html").write(to: p.out.appendingPathComponent("cu/mat/index.html"), atomically: true, encoding: .utf8)
        try redirect(to: "mat/index.html").write(to: p.out.appendingPathComponent("cu/index.html"), atomically: true, encoding: .utf8)
        let problems = SiteChecker.check(directory: p.out.path).map(\.description)
        #expect(problems.contains { $0.hasPrefix("cu/mat/index.html") && $0.contains("lands on no page") })
        #expect(problems.contains { $0.hasPrefix("cu/index.html") && $0.contains("lands on another redirect") })
    }

    @Test func recordReadsBackAsWritten() {
        var r = Redirects()
        r.current[.article("a b/c.md")] = "articles/c/"
        r.current[.person(key: "lê văn a", name: "Lê Văn A")] = "people/le-van-a/"
        r.moved["articles/cu/"] = .article("a b/c.md")
        r.moved["people/le-van-a-2/"] = .person(key: "lê văn á", name: "Lê Văn Á")
        r.current[.term(folder: "sources/", key: "báo quê hương")] = "sources/bao-que-huong/"
        r.moved["authors/cu/"] = .term(folder: "authors/", key: "trần thị b")
        #expect(Redirects.parse(r.text()) == r)
        #expect(r.text().hasPrefix("annals-redirects 2\n"))
        // A record of the first version (no sources or authors) still reads.
        let first = Redirects.parse("annals-redirects 1\nc\tarticles/c/\ta\tc.md\n")
        #expect(first?.current == [.article("c.md"): "articles/c/"])
        #expect(Redirects.parse("annals-redirects 1\nc\tx/\tq\tz\n") == nil)
        #expect(Redirects.parse("something else\n") == nil)
        // A name with a tab cannot be written on a line: it is left out, and the rest reads back.
        r.current[.article("tab\there.md")] = "articles/t/"
        #expect(Redirects.parse(r.text())?.current.count == 3)
    }
}
