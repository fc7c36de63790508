import Foundation
import Testing
@testable import Annals

/// Bounded work on the YAML Annals reads: aliases that repeat a long text thousands of times, and files
/// far larger than any real one, cost one clear message naming the file, quickly. A bad article costs
/// only itself; a bad site.yml or people.yml stops the build before anything is written.
@Suite struct YAMLLimitsTests {
    /// The reported file: a long value anchored once and aliased `count` times (392 KB of text standing
    /// for 4,000 copies of 376 KB, 1.5 GB once the aliases are followed; before the bound, reading it
    /// took 31 s in a debug build).
    static func aliasBomb(key: String, bytes: Int = 376_000, count: Int = 4_000) -> String {
        "long: &a \"" + String(repeating: "Nguyễn ", count: bytes / 9) + "\"\n"
            + "\(key): [" + Array(repeating: "*a", count: count).joined(separator: ", ") + "]\n"
    }

    /// Ten levels of ten aliases each: a few hundred bytes that stand for 10^10 values (the "billion
    /// laughs"), the last used as a mapping key, which Yams hashes in full.
    static let nestedBomb: String = {
        var lines = ["l0: &l0 [\"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\"]"]
        for k in 1...9 { lines.append("l\(k): &l\(k) [" + Array(repeating: "*l\(k - 1)", count: 10).joined(separator: ", ") + "]") }
        lines.append("keyed:\n  ? *l9\n  : x")
        return lines.joined(separator: "\n") + "\n"
    }()

    static func elapsed(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    @Test func frontMatterAliasBombIsRefusedQuickly() throws {
        for (name, yaml) in [("flat", Self.aliasBomb(key: "people")), ("nested", Self.nestedBomb)] {
            let text = "---\ntitle: Bom\n" + yaml + "---\nThân bài.\n"
            var result: Result<Ingest.Result, DocumentReader.Failure>?
            let seconds = Self.elapsed { result = DocumentReader.read(text, fileName: "bom.md") }
            guard case .failure(let f)? = result else { Issue.record("\(name): the bomb was read"); continue }
            #expect(f.message.contains("aliases"), "\(name): \(f.message)")
            #expect(f.message.contains("MB"), "\(name): \(f.message)")
            // The line of the alias that went past the limit, counted in the file (the YAML starts on line 2).
            let line = try #require(f.line, "\(name)")
            #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("*"), "\(name): line \(line)")
            #expect(seconds < 2, "\(name): \(seconds) s")
        }
    }

    /// Aliases used as people use them still read: the bound is on what they repeat, not on their use.
    @Test func modestAliasesStillRead() throws {
        let text = "---\ntitle: Bình thường\nauthors: &who [Nguyễn Văn An, Trần Thị Bình]\npeople: *who\n---\nThân.\n"
        let article = try DocumentReader.read(text, fileName: "x.md").get().article
        #expect(article.people == ["Nguyễn Văn An", "Trần Thị Bình"])
        // Just under the limit in one alias: read; one alias more: refused.
        let size = YAMLLimits.maxAliasExpansion - 2
        let value = String(repeating: "a", count: size)
        let under = "a: &v \"\(value)\"\nb: *v\n"
        #expect(YAMLLimits.aliasExpansionLine(under) == nil)
        #expect(YAMLLimits.aliasExpansionLine(under + "c: *v\n") == 3)
    }

    /// Nesting up to libyaml's bound reads, on the build's worker threads (Yams composes recursively); past
    /// it, the message says what is wrong rather than naming a C function.
    @Test func nestingIsBoundedWithAPlainMessage() throws {
        func nested(_ n: Int) -> String { "people: " + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "\n" }
        let fits = (0..<8).map { _ in "---\ntitle: Sâu\n" + nested(YAMLLimits.maxNesting - 10) + "---\nThân.\n" }
        let read = parallelMap(fits) { (try? DocumentReader.read($0, fileName: "sau.md").get()) != nil }
        #expect(read == Array(repeating: true, count: 8))
        let deep = "---\ntitle: Sâu\n" + nested(YAMLLimits.maxNesting + 500) + "---\nThân.\n"
        guard case .failure(let f) = DocumentReader.read(deep, fileName: "sau.md") else { Issue.record("read"); return }
        #expect(f.message.contains("nested too deep here (the limit is about \(YAMLLimits.maxNesting) levels)"), "\(f.message)")
        #expect(!f.message.contains("yaml_"))
        #expect(f.line == 3)
        let (_, notes) = ConfigLoader.site(yaml: "title: Kho\n" + nested(YAMLLimits.maxNesting + 500), file: "site.yml")
        #expect(notes.first?.message.contains("nested too deep here") == true, "\(notes)")
        #expect(notes.first?.line == 2)
    }

    @Test func oversizedFrontMatterIsRefused() throws {
        let captions = (0..<40_000).map { "  - Chú thích ảnh số \($0) của bài viết" }.joined(separator: "\n")
        let text = "---\ntitle: Quá lớn\ncaptions:\n" + captions + "\n---\nThân bài.\n"
        #expect(text.utf8.count > DocumentReader.maxFrontMatterBytes && text.utf8.count < Converter.maxArticleBytes)
        guard case .failure(let f) = DocumentReader.read(text, fileName: "lon.md") else { Issue.record("read"); return }
        #expect(f.message.contains("larger than 1 MB"), "\(f.message)")
        #expect(f.line == 1)
    }

    /// In a build: the bad article costs one message naming it; the good one is published.
    @Test func aBadArticleCostsOneMessage() throws {
        let root = temporaryDirectory("yaml-article")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "---\ntitle: Bài tốt\ndate: 2020-01-02\n---\nThân bài.\n".write(to: seeds.appendingPathComponent("tot.md"), atomically: true, encoding: .utf8)
        try ("---\ntitle: Bom\n" + Self.aliasBomb(key: "people") + "---\nThân.\n").write(to: seeds.appendingPathComponent("bom.md"), atomically: true, encoding: .utf8)
        var report = BuildReport()
        let seconds = Self.elapsed { report = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path)) }
        #expect(!report.aborted)
        #expect(report.articles == 1)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.file.hasSuffix("/bom.md") == true)
        #expect(report.errors.first?.message.contains("aliases") == true)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/bai-tot/index.html").path))
        #expect(seconds < 5, "\(seconds) s")
    }

    /// A site.yml or people.yml that is refused stops the build before anything is written.
    func buildWithConfig(site: String? = nil, people: String? = nil) throws -> (BuildReport, wrote: Bool, seconds: Double) {
        let root = temporaryDirectory("yaml-config")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "---\ntitle: Bài tốt\n---\nThân bài.\n".write(to: seeds.appendingPathComponent("tot.md"), atomically: true, encoding: .utf8)
        var config: String?
        if let site {
            config = root.appendingPathComponent("site.yml").path
            try site.write(toFile: config!, atomically: true, encoding: .utf8)
        }
        if let people { try people.write(to: seeds.appendingPathComponent("people.yml"), atomically: true, encoding: .utf8) }
        var report = BuildReport()
        let seconds = Self.elapsed {
            report = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, config: config))
        }
        return (report, FileManager.default.fileExists(atPath: out.path), seconds)
    }

    @Test func configAliasBombsStopTheBuild() throws {
        let cases: [(file: String, site: String?, people: String?)] = [
            ("site.yml", "title: Kho\n" + Self.aliasBomb(key: "description"), nil),
            ("people.yml", nil, "people:\n  Nguyễn Văn An:\n    title: Chủ tịch\n" + Self.aliasBomb(key: "not_people")),
            ("people.yml", nil, Self.nestedBomb),
        ]
        for c in cases {
            let (report, wrote, seconds) = try buildWithConfig(site: c.site, people: c.people)
            #expect(report.aborted, "\(c.file)")
            #expect(!wrote, "\(c.file): the output was written")
            let error = report.errors.first { $0.file.hasSuffix(c.file) }
            #expect(error?.message.contains("aliases") == true, "\(c.file): \(report.errors)")
            #expect(error?.line != nil, "\(c.file)")
            #expect(seconds < 5, "\(c.file): \(seconds) s")
        }
    }

    @Test func oversizedConfigFilesStopTheBuild() throws {
        // Comments only: valid YAML, read quickly by any parser; only the size is wrong.
        func padding(_ bytes: Int) -> String {
            let line = "# " + String(repeating: "chú thích ", count: 9) + "\n"
            return String(repeating: line, count: bytes / line.utf8.count + 1)
        }
        for (file, limit) in [("site.yml", ConfigFiles.maxSiteConfigBytes), ("people.yml", ConfigFiles.maxRegistryBytes)] {
            let text = "title: Kho\n" + padding(limit)
            #expect(text.utf8.count > limit)
            let (report, wrote, _) = try buildWithConfig(site: file == "site.yml" ? text : nil, people: file == "people.yml" ? text : nil)
            #expect(report.aborted, "\(file)")
            #expect(!wrote, "\(file)")
            let error = report.errors.first { $0.file.hasSuffix(file) }
            #expect(error?.message.contains("larger than \(limit >> 20) MB") == true, "\(file): \(report.errors)")
        }
        // At the limit exactly: read.
        let fits = "title: Kho\n" + String(repeating: "#", count: ConfigFiles.maxSiteConfigBytes - 12) + "\n"
        #expect(fits.utf8.count == ConfigFiles.maxSiteConfigBytes)
        let (report, wrote, _) = try buildWithConfig(site: fits)
        #expect(!report.aborted && wrote, "\(report.errors)")
    }
}
