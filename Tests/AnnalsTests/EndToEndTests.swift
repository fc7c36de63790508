import Foundation
import Testing
@testable import Annals

/// Builds the fixture archive (`Repo.seeds`) into a temporary folder and reads the site as a visitor would.
@Suite struct EndToEndTests {
    func build(base: String? = nil, seeds: String = Repo.seeds) -> (URL, BuildReport) {
        let out = temporaryDirectory("e2e")
        let report = Builder.build(BuildOptions(seeds: seeds, templates: Repo.templates, output: out.path, baseURL: base))
        return (out, report)
    }

    func page(_ out: URL, _ rel: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent(rel), encoding: .utf8)
    }

    @Test func seedsBuildIntoABrowsableSite() throws {
        let (out, report) = build()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(!report.aborted)
        #expect(report.errors.isEmpty)
        #expect(report.articles == 2)
        #expect(report.people == 9)

        let index = try page(out, "index.html")
        #expect(index.contains("<html lang=\"vi\">"))
        #expect(index.contains("Thứ Ba, 14/12/2021"))
        // The seed whose lead gives "19/12" and no year shows its day and month, no guessed year, and is
        // listed after the dated articles.
        #expect(index.contains("19/12, năm chưa rõ"))
        #expect(!index.contains("19/12/2023"))
        let dated = index.range(of: "Hội nghị đối ngoại toàn quốc")!.lowerBound
        let yearUnknown = index.range(of: "Tạo sự đoàn kết")!.lowerBound
        #expect(dated < yearUnknown)

        let article = try page(out, "articles/hoi-nghi-doi-ngoai-toan-quoc-trien-khai-thuc-hien-nghi-quyet-dai-hoi-xiii-cua-dang/index.html")
        #expect(article.contains("<p class=\"caption\">Quang cảnh tại hội nghị.</p>"))
        #expect(article.contains(">Văn Hùng</a>, <a href=\"../../authors/hoan-vu/index.html\">Hoàn Vũ</a>"))
        #expect(article.contains("href=\"../../people/nguyen-phu-trong/index.html\""))
        #expect(article.contains("Tổng Bí thư"))
        #expect(article.contains("rel=\"prev\""))

        let person = try page(out, "people/nguyen-phu-trong/index.html")
        #expect(person.contains("<h1>Nguyễn Phú Trọng</h1>"))
        #expect(person.contains("2 bài viết"))
        // The title held in the article whose year is unknown is dated by its day and month only.
        #expect(person.contains("19/12, năm chưa rõ"))
        #expect(!person.contains("không rõ ngày"))
        #expect(person.contains("Thường xuất hiện cùng"))

        let timeline = try page(out, "timeline/index.html")
        #expect(timeline.contains(">Tháng 12</a>") && !timeline.contains("Tháng Mười Hai"))
        #expect(timeline.contains("Năm 2021"))
        #expect(!timeline.contains("Năm 2023"))

        let people = try page(out, "people/index.html")
        // Sorted by given name: Chinh (Lê Trung Chinh) before Trọng.
        #expect(people.range(of: "Lê Trung Chinh")!.lowerBound < people.range(of: "Nguyễn Phú Trọng")!.lowerBound)

        #expect(SiteChecker.check(directory: out.path).isEmpty)
    }

    @Test func everyLinkResolvesUnderEachBaseURL() throws {
        for base in [nil, "https://example.org/", "https://user.github.io/archive/"] as [String?] {
            let (out, report) = build(base: base)
            defer { try? FileManager.default.removeItem(at: out) }
            #expect(!report.aborted)
            let problems = SiteChecker.check(directory: out.path)
            #expect(problems.isEmpty, "\(base ?? "none"): \(problems)")
        }
    }

    @Test func rebuildRewritesNothingAndIsDeterministic() throws {
        let (out, _) = build()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("index.html")
        let before = try Data(contentsOf: file)
        let mtime = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.02)
        let report = Builder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path))
        #expect(report.pagesWritten == 0)
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == mtime)
    }

    @Test func brokenTemplateLeavesPreviousOutput() throws {
        let (out, _) = build()
        defer { try? FileManager.default.removeItem(at: out) }
        let templates = temporaryDirectory("tpl")
        defer { try? FileManager.default.removeItem(at: templates) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.templates) where name.hasSuffix(".mustache") {
            try FileManager.default.copyItem(atPath: Repo.templates + "/" + name, toPath: templates.path + "/" + name)
        }
        try "{{#broken}}".write(to: templates.appendingPathComponent("person.mustache"), atomically: true, encoding: .utf8)
        let before = try page(out, "index.html")
        let report = Builder.build(BuildOptions(seeds: Repo.seeds, templates: templates.path, output: out.path))
        #expect(report.aborted)
        #expect(report.errors.contains { $0.file.hasSuffix("person.mustache") })
        #expect(try page(out, "index.html") == before)
    }

    @Test func userFilesInOutputSurvive() throws {
        let (out, _) = build()
        defer { try? FileManager.default.removeItem(at: out) }
        let mine = out.appendingPathComponent("CNAME")
        try "archive.example.org".write(to: mine, atomically: true, encoding: .utf8)
        // Drop one seed: its page goes, the user's file stays.
        let seeds = temporaryDirectory("seeds")
        defer { try? FileManager.default.removeItem(at: seeds) }
        try FileManager.default.copyItem(atPath: Repo.seeds + "/000_06ebc7dd1d275972.txt", toPath: seeds.path + "/a.txt")
        let report = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path))
        #expect(report.filesRemoved > 0)
        #expect(FileManager.default.fileExists(atPath: mine.path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/tao-su-doan-ket-trong-toan-dan-toc-va-su-ung-ho-rong-rai-cua-ban-be-quoc-te/index.html").path))
        #expect(SiteChecker.check(directory: out.path).isEmpty)
    }

    @Test func cleanRemovesWhatAnnalsDidNotWrite() throws {
        let (out, _) = build()
        defer { try? FileManager.default.removeItem(at: out) }
        let mine = out.appendingPathComponent("old/stray.html")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "x".write(to: mine, atomically: true, encoding: .utf8)
        let report = Builder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path, clean: true))
        #expect(report.filesRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: mine.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func markdownWinsOverRawText() throws {
        let seeds = temporaryDirectory("seeds")
        defer { try? FileManager.default.removeItem(at: seeds) }
        try FileManager.default.copyItem(atPath: Repo.seeds + "/004_e003db97517fafa5.txt", toPath: seeds.path + "/x.txt")
        try "---\ntitle: Bản đã sửa tay\ndate: 2023-12-19\npeople: [Nguyễn Phú Trọng]\n---\nNội dung đã sửa.\n"
            .write(to: seeds.appendingPathComponent("x.md"), atomically: true, encoding: .utf8)
        let (out, report) = build(seeds: seeds.path)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(report.articles == 1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/ban-da-sua-tay/index.html").path))
    }
}
