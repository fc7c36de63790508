import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Annals

/// What publishing needs: feeds, sitemap, robots, pagination, determinism, config warnings.
@Suite struct PublishTests {
    func build(_ options: BuildOptions) -> BuildReport { Builder.build(options) }

    func seedsCopy(times: Int = 1) throws -> URL {
        let dir = temporaryDirectory("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.seeds) where name.hasSuffix(".txt") {
            for k in 0..<times {
                var text = try String(contentsOfFile: Repo.seeds + "/" + name, encoding: .utf8)
                if k > 0 { text = text.replacingOccurrences(of: "\n", with: " (\(k))\n", options: [], range: text.range(of: "\n")) }
                try text.write(to: dir.appendingPathComponent("\(k)-\(name)"), atomically: true, encoding: .utf8)
            }
        }
        return dir
    }

    @Test func feedsSitemapAndRobotsWithABaseURL() throws {
        let out = temporaryDirectory("pub")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path, baseURL: "https://user.github.io/archive/"))
        #expect(!r.aborted)
        let feed = try String(contentsOf: out.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("<updated>2021-12-14T00:00:00+07:00</updated>"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://user.github.io/archive/feed.xml\"/>"))
        #expect(feed.contains("https://user.github.io/archive/articles/hoi-nghi-doi-ngoai"))
        // An article whose year is unknown has no date a feed could give.
        #expect(!feed.contains("articles/tao-su-doan-ket"))
        let personFeed = try Data(contentsOf: out.appendingPathComponent("people/nguyen-phu-trong/feed.xml"))
        #expect(XMLParser(data: personFeed).parse())
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://user.github.io/archive/people/nguyen-phu-trong/</loc>"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        let robots = try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(robots.contains("Sitemap: https://user.github.io/archive/sitemap.xml"))
        let article = try String(contentsOf: out.appendingPathComponent("articles/tao-su-doan-ket-trong-toan-dan-toc-va-su-ung-ho-rong-rai-cua-ban-be-quoc-te/index.html"), encoding: .utf8)
        #expect(article.contains("<link rel=\"canonical\" href=\"https://user.github.io/archive/articles/tao-su-doan-ket-trong-toan-dan-toc-va-su-ung-ho-rong-rai-cua-ban-be-quoc-te/\">"))
        #expect(article.contains("property=\"og:title\""))
        #expect(article.contains("application/atom+xml"))
        #expect(SiteChecker.check(directory: out.path).isEmpty)
    }

    @Test func noSitemapWithoutAnAddress() throws {
        let out = temporaryDirectory("pub")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("sitemap.xml").path))
        let robots = try String(contentsOf: out.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(!robots.contains("Sitemap"))
    }

    @Test func paginationOfIndexPersonAndYear() throws {
        let seeds = try seedsCopy(times: 3)
        defer { try? FileManager.default.removeItem(at: seeds) }
        let config = seeds.appendingPathComponent("site.yml")
        try "title: Thử\nitems_per_page: 2\nlist_page_size: 2\n".write(to: config, atomically: true, encoding: .utf8)
        let out = temporaryDirectory("pub")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, config: config.path))
        #expect(r.articles == 6)
        for page in ["page/2/index.html", "page/3/index.html", "people/nguyen-phu-trong/page/3/index.html", "timeline/2021/page/2/index.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "\(page)")
        }
        let second = try String(contentsOf: out.appendingPathComponent("page/2/index.html"), encoding: .utf8)
        #expect(second.contains("rel=\"prev\"") && second.contains("rel=\"next\""))
        #expect(SiteChecker.check(directory: out.path).isEmpty)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = temporaryDirectory("det"), b = temporaryDirectory("det")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        _ = build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: a.path, baseURL: "https://example.org/"))
        _ = build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: b.path, baseURL: "https://example.org/"))
        let files = FileManager.default.enumerator(atPath: a.path)!.compactMap { $0 as? String }.sorted()
        #expect(files.count > 20)
        for f in files {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: a.path + "/" + f, isDirectory: &isDir)
            if isDir.boolValue { continue }
            #expect(FileManager.default.contents(atPath: a.path + "/" + f) == FileManager.default.contents(atPath: b.path + "/" + f), "\(f)")
        }
    }

    @Test func configWarningsNameKeyAndLine() {
        let (config, notes) = ConfigLoader.site(yaml: "title: Kho\nitems_per_page: nhiều\ncolour: đỏ\nbase_url: ftp://x\n", file: "site.yml")
        #expect(config.title == "Kho")
        #expect(config.itemsPerPage == 20)
        #expect(notes.contains { $0.line == 2 && $0.message.contains("items_per_page") })
        #expect(notes.contains { $0.line == 3 && $0.message.contains("colour") })
        #expect(notes.contains { $0.line == 4 && $0.message.contains("base_url") })
    }

    @Test func registryFile() {
        let yaml = "people:\n  Hồ Chí Minh:\n    aliases: [Bác Hồ]\n    title: Chủ tịch nước\nnot_people: [Hoàng Văn Thụ]\nextra: 1\n"
        let (r, notes) = ConfigLoader.registry(yaml: yaml, file: "people.yml")
        #expect(r.canonical("Bác Hồ") == "Hồ Chí Minh")
        #expect(r.canonical("Hoàng Văn Thụ") == nil)
        #expect(r.titles[Vietnamese.matchKey("Hồ Chí Minh")] == "Chủ tịch nước")
        #expect(notes.contains { $0.line == 6 })
    }

    @Test func damagedOutputIsRepairedByTheNextBuild() throws {
        let out = temporaryDirectory("repair")
        defer { try? FileManager.default.removeItem(at: out) }
        let options = BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path)
        _ = build(options)
        let index = out.appendingPathComponent("index.html")
        let good = try Data(contentsOf: index)
        // What a build killed half-way through its commit can leave: a truncated page, a missing one, a stale staging folder.
        try Data(good.prefix(100)).write(to: index)
        try FileManager.default.removeItem(at: out.appendingPathComponent("people/index.html"))
        let staging = out.appendingPathComponent(OutputWriter.stagingPrefix + "k1Ll3d")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("junk"), withIntermediateDirectories: true)
        let r = build(options)
        #expect(r.pagesWritten == 2)
        #expect(try Data(contentsOf: index) == good)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(SiteChecker.check(directory: out.path).isEmpty)
    }

    /// The manifest says which files the last build wrote: those it no longer makes are removed, files
    /// it did not write are left alone, and a manifest that is not UTF-8 is not trusted (nothing removed).
    @Test func manifestDecidesWhatIsRemoved() throws {
        let root = temporaryDirectory("manifest")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site")
        let old = ["a/index.html", "người/nguyễn-văn-a/index.html", "b.html", "kept.html"]
        for path in old + ["mine.txt"] {
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let manifest = out.appendingPathComponent(OutputWriter.manifestName)
        try Data(("\n" + old.joined(separator: "\n") + "\n\n").utf8).write(to: manifest)
        let writer = try OutputWriter(output: out.path)
        try writer.add(Page(path: "kept.html", bytes: Data("y".utf8)))
        let summary = try writer.commit()
        #expect(summary.removed == 3)
        for path in old.dropLast() { #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)") }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("mine.txt").path))
        #expect(try String(contentsOf: out.appendingPathComponent("kept.html"), encoding: .utf8) == "y")

        // Not UTF-8: nothing is taken as written by an earlier build.
        try Data("b.html".utf8).write(to: out.appendingPathComponent("b.html"))
        try Data([0x62, 0x2E, 0x68, 0x74, 0x6D, 0x6C, 0x0A, 0xFF, 0x0A]).write(to: manifest)
        let second = try OutputWriter(output: out.path)
        try second.add(Page(path: "kept.html", bytes: Data("y".utf8)))
        #expect(try second.commit().removed == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("b.html").path))
    }
}
