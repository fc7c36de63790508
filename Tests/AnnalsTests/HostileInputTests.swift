import Foundation
import Testing
@testable import Annals

/// One bad file costs one clear message naming it; never the build, the site, or a file outside output/.
@Suite struct HostileInputTests {
    static let good = try! Repo.text("Tests/AnnalsTests/Fixtures/Archive/000_06ebc7dd1d275972.txt")

    /// Every hostile case as file name → bytes.
    static var cases: [String: Data] {
        var c: [String: Data] = [:]
        c["empty.txt"] = Data()
        c["whitespace.txt"] = Data("  \n\t\n   \n".utf8)
        c["binary.txt"] = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        c["invalid-utf8.txt"] = Data("Tiêu đề\n\nĐoạn văn ".utf8) + Data([0xFF, 0xFE, 0xC3]) + Data(" hỏng.\n".utf8)
        c["utf16.txt"] = Data([0xFF, 0xFE]) + "Bài viết UTF-16\n\nSáng 3/3/2020, Thủ tướng Phạm Minh Chính họp.\n".data(using: .utf16LittleEndian)!
        c["windows1258.txt"] = Data([0x54, 0x69, 0xEA, 0xD2, 0x75, 0x20, 0xF0, 0xEC, 0xEA, 0x20, 0x43, 0xE1, 0x63, 0x20, 0x62, 0xE0, 0x69, 0x0A])
        c["vni.txt"] = Data("Ñoàng chí Buøi Thanh Sôn phaùt bieåu taïi hoäi nghò.\n\nBoä tröôûng Boä Ngoaïi giao.\n".utf8)
        c["long-line.txt"] = Data(("Tiêu đề dòng dài\n\n" + String(repeating: "chữ ", count: 13_000_000)).utf8)  // ~52 MB
        c["many-paragraphs.txt"] = Data(("Bài rất dài\nNgày đăng: 01/02/2020\n\n" + (0..<10_000).map { "Đoạn \($0): ông Nguyễn Văn An, Chủ tịch xã, phát biểu." }.joined(separator: "\n\n")).utf8)
        c["title-only.txt"] = Data("Chỉ có tiêu đề\n".utf8)
        c["no-date.txt"] = Data("Bài không ngày\n\nThủ tướng Phạm Minh Chính làm việc với tỉnh.\n".utf8)
        c["control.txt"] = Data("Tiêu\u{0}đề có NUL\u{7}\n\nNội dung\u{1B}[31m đỏ.\n".utf8)
        c["long-names.txt"] = Data(("Tiêu đề " + String(repeating: "rất dài ", count: 2000) + "\n\nÔng " + String(repeating: "Nguyễn ", count: 500) + "An dự họp.\n").utf8)
        c["bad-yaml.md"] = Data("---\ntitle: [không đóng\n---\nThân bài.\n".utf8)
        c["wrong-types.md"] = Data("---\ntitle: Kiểu sai\ndate: 2023-13-45\npeople: {a: 1}\nauthors: 7\nfoo: bar\n---\nThân bài.\n".utf8)
        c["same-slug-a.md"] = Data("---\ntitle: Trùng tên\ndate: 2020-01-01\n---\nMột.\n".utf8)
        c["same-slug-b.md"] = Data("---\ntitle: Trùng tên\ndate: 2021-01-01\n---\nHai.\n".utf8)
        c["traversal.md"] = Data("---\ntitle: Đi ra ngoài\nslug: ../../escaped\n---\nThân bài.\n".utf8)
        c["absolute.md"] = Data("---\ntitle: Đường dẫn tuyệt đối\nslug: /tmp/annals-escaped\n---\nThân bài.\n".utf8)
        c["injection.md"] = Data("""
            ---
            title: "<script>alert('t')</script>"
            people: ["<img src=x onerror=alert(1)>", "Nguyễn Văn <b>An</b>"]
            roles:
              "<img src=x onerror=alert(1)>": ["<script>alert('r')</script>"]
            captions: ["<svg onload=alert(1)>"]
            source: "<script>s</script>"
            source_url: "javascript:alert(1)"
            ---
            <script>alert('body')</script>

            [bấm vào](javascript:alert(1)) <a href="javascript:alert(2)">x</a> <img src=x onerror=alert(3)>

            <!-- caption -->
            <svg onload=alert(4)>

            """.utf8)
        c["no-body.md"] = Data("---\ntitle: Không có thân bài\ndate: 2022-02-02\n---\n".utf8)
        return c
    }

    @Test func oneBadFileCostsOneMessage() throws {
        let root = temporaryDirectory("hostile")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try Self.good.write(to: seeds.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        for (name, data) in Self.cases { try data.write(to: seeds.appendingPathComponent(name)) }

        let report = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path))
        #expect(!report.aborted)
        func messages(_ file: String) -> [Diagnostic] { report.diagnostics.filter { $0.file.hasSuffix("/" + file) } }

        // Refused files: an error naming the file and saying why.
        for (file, word) in [("empty.txt", "empty"), ("whitespace.txt", "empty"), ("binary.txt", "binary"),
                             ("invalid-utf8.txt", "UTF-8"), ("windows1258.txt", "encoding"), ("vni.txt", "VNI"),
                             ("long-line.txt", "MB"), ("bad-yaml.md", "YAML")] {
            let ds = messages(file)
            #expect(ds.contains { $0.severity == .error && $0.message.contains(word) }, "\(file): \(ds)")
        }
        #expect(messages("invalid-utf8.txt").first?.line == 3)
        #expect(messages("bad-yaml.md").first?.line != nil)
        // Built with warnings.
        #expect(messages("no-date.txt").contains { $0.kind == .noDate })
        #expect(messages("control.txt").contains { $0.message.contains("control") })
        #expect(messages("utf16.txt").contains { $0.message.contains("UTF-16") })
        #expect(messages("wrong-types.md").contains { $0.line == 3 })
        #expect(messages("wrong-types.md").contains { $0.message.contains("foo") })
        #expect(report.diagnostics.contains { $0.kind == .duplicateSlug })
        #expect(messages("traversal.md").contains { $0.kind == .slug })

        // The good article and the readable bad ones are in the site; nothing escaped output/.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/hoi-nghi-doi-ngoai-toan-quoc-trien-khai-thuc-hien-nghi-quyet-dai-hoi-xiii-cua-dang/index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/bai-rat-dai/index.html").path))
        // (Beside the output only the build's own records, which the next build reads.)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".output.annals-ingest", ".output.annals-lock", ".output.annals-redirects", ".output.annals-state", "output", "seeds"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/annals-escaped"))
        #expect(SiteChecker.check(directory: out.path).isEmpty)

        // Nothing executable from the injection article anywhere in the output.
        let e = FileManager.default.enumerator(atPath: out.path)!
        while let rel = e.nextObject() as? String {
            guard rel.hasSuffix(".html") || rel.hasSuffix(".xml") else { continue }
            let text = try String(contentsOfFile: out.path + "/" + rel, encoding: .utf8)
            for bad in ["<script>alert", "href=\"javascript:", "<img src=x", "<svg onload", "<b>An"] {
                #expect(!text.contains(bad), "\(rel) contains \(bad)")
            }
            // The only SVG is the site's own charts.
            #expect(text.components(separatedBy: "<svg").count == text.components(separatedBy: "<svg class=\"chart").count, "\(rel) has an SVG of its input")
            // No event handler attribute in a real tag; quoted attribute values are text (their quotes are escaped).
            #expect(!Self.hasEventHandler(text), "\(rel) has an event handler")
        }
    }

    static func hasEventHandler(_ html: String) -> Bool {
        guard let tag = try? NSRegularExpression(pattern: #"<[a-zA-Z][^<>]*>"#) else { return true }
        let ns = html as NSString
        for m in tag.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let unquoted = ns.substring(with: m.range).replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
            if unquoted.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil { return true }
        }
        return false
    }

    /// A README or notes file kept beside the articles is skipped with one warning, not a failed build.
    @Test func markdownWithoutFrontMatterIsSkippedWithOneWarning() throws {
        let root = temporaryDirectory("readme")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try Self.good.write(to: seeds.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "# Ghi chú\n\nCác bài trong thư mục này được thu thập năm 2021.\n".write(to: seeds.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let report = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path))
        #expect(!report.aborted)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let readme = report.diagnostics.filter { $0.file.hasSuffix("/README.md") }
        #expect(readme.count == 1)
        #expect(readme.first?.severity == .warning)
        #expect(readme.first?.message.hasPrefix("skipped") == true)
        #expect(report.articles == 1)
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let root = temporaryDirectory("strict")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "Bài không ngày\n\nNội dung.\n".write(to: seeds.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let report = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, strict: true))
        #expect(report.aborted)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
        #expect(report.warningCounts.contains { $0.kind == "no-date" })
    }

    @Test func missingTemplateIsOneErrorBeforeAnythingIsWritten() throws {
        let root = temporaryDirectory("tpl")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("Templates"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.templates) where name.hasSuffix(".mustache") && name != "person.mustache" {
            try FileManager.default.copyItem(atPath: Repo.templates + "/" + name, toPath: templates.path + "/" + name)
        }
        let report = Builder.build(BuildOptions(seeds: Repo.seeds, templates: templates.path, output: out.path))
        #expect(report.aborted)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.file.hasSuffix("person.mustache") == true)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func seedListingSkipsHiddenAndFollowsOnlyFileLinksInside() throws {
        let root = temporaryDirectory("list")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds")
        let fm = FileManager.default
        try fm.createDirectory(at: seeds.appendingPathComponent("2020/nested"), withIntermediateDirectories: true)
        try fm.createDirectory(at: seeds.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        for rel in ["a.txt", "b.TXT", "b.md", "2020/c.txt", "2020/nested/d.md", ".hidden.txt", ".git/e.txt", "notes.doc"] {
            try "x".write(to: seeds.appendingPathComponent(rel), atomically: false, encoding: .utf8)
        }
        try "y".write(to: root.appendingPathComponent("elsewhere/f.txt"), atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("linked.txt").path, withDestinationPath: root.appendingPathComponent("elsewhere/f.txt").path)
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("folder-link").path, withDestinationPath: root.appendingPathComponent("elsewhere").path)
        try fm.createSymbolicLink(atPath: seeds.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/x.txt")
        // The link to a file outside the seeds folder is read only when the user allows it.
        #expect(try SeedLoader.list(seeds.path) == ["2020/c.txt", "2020/nested/d.md", "a.txt", "b.md"])
        #expect(try SeedLoader.listing(seeds.path, followLinks: true).files == ["2020/c.txt", "2020/nested/d.md", "a.txt", "b.md", "linked.txt"])
        #expect(throws: Diagnostic.self) { try SeedLoader.list(root.appendingPathComponent("missing").path) }
    }
}
