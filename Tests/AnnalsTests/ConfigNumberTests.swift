import Foundation
import Testing
@testable import Annals

/// The numbers of site.yml: each has a range, a value outside it is an error naming site.yml and the
/// line, and no arithmetic on them can overflow (`list_page_size: 9223372036854775807` trapped).
@Suite struct ConfigNumberTests {
    static let keys = ["items_per_page", "list_page_size", "feed_length", "companions"]

    @Test func everyNumberHasARange() {
        #expect(Set(SiteConfig.ranges.keys) == Set(Self.keys))
    }

    /// `timezone` was written by `annals init` and never honoured: it is refused with a warning that says
    /// what Annals does, and the rest of the file is read.
    @Test func timezoneIsNotASetting() {
        let (config, notes) = ConfigLoader.site(yaml: "title: Kho\ntimezone: Europe/Paris\n", file: "site.yml")
        #expect(config.title == "Kho")
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .warning)
        #expect(notes.first?.line == 2)
        #expect(notes.first?.message.contains("Vietnam time (UTC+7)") == true)
    }

    @Test func outOfRangeIsAnErrorNamingTheLine() throws {
        var titled = SiteConfig()
        titled.title = "Kho"
        for key in Self.keys {
            let range = try #require(SiteConfig.ranges[key])
            for value in ["9223372036854775807", "99999999999999999999", "-9223372036854775808", "\(range.lowerBound - 1)", "\(range.upperBound + 1)"] {
                let (config, notes) = ConfigLoader.site(yaml: "title: Kho\n\(key): \(value)\n", file: "site.yml")
                let error = notes.first { $0.severity == .error }
                #expect(error?.file == "site.yml", "\(key): \(value)")
                #expect(error?.line == 2, "\(key): \(value)")
                #expect(error?.message.contains("\(key): \(value)") == true, "\(error?.message ?? "none")")
                #expect(error?.message.contains("from \(range.lowerBound) to \(range.upperBound)") == true, "\(error?.message ?? "none")")
                #expect(config == titled, "\(key): \(value): the default is kept")
            }
            // The ends of the range are taken.
            for value in [range.lowerBound, range.upperBound] {
                let (config, notes) = ConfigLoader.site(yaml: "\(key): \(value)\n", file: "site.yml")
                #expect(notes.isEmpty, "\(key): \(value): \(notes)")
                let got = [config.itemsPerPage, config.listPageSize, config.feedLength, config.companions][Self.keys.firstIndex(of: key)!]
                #expect(got == value, "\(key)")
            }
        }
    }

    /// The reported case, in a build: an error naming site.yml and its line, nothing written.
    @Test func theReportedValueStopsTheBuild() throws {
        let root = temporaryDirectory("numbers")
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("site.yml"), out = root.appendingPathComponent("output")
        try "title: Kho\nlist_page_size: 9223372036854775807\n".write(to: config, atomically: true, encoding: .utf8)
        let report = Builder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path, config: config.path))
        #expect(report.aborted)
        #expect(report.errors.map(\.description) == ["\(config.path):2: error: 'list_page_size: 9223372036854775807' is out of range: write a whole number from 1 to 10000 [config]"])
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A library user can set any number: the site still plans and renders every page without a trap.
    @Test func extremeNumbersSetInCodeDoNotTrap() throws {
        var inputs: [Assemble.Input] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.seeds).sorted() where name.hasSuffix(".txt") {
            inputs.append(Assemble.Input(article: ingest(try String(contentsOfFile: Repo.seeds + "/" + name, encoding: .utf8), file: name).article, sourcePath: name))
        }
        for n in [Int.max, Int.max - 1, 0, Int.min] {
            var config = SiteConfig()
            (config.itemsPerPage, config.listPageSize, config.feedLength, config.companions) = (n, n, n, n)
            let (site, _) = Assemble.site(inputs, config: config)
            let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
            let plan = renderer.plan()
            // Every article on one page when a page holds any number; one per page when it holds none.
            #expect(renderer.indexPageCount == (n > 0 ? 1 : site.articles.count), "\(n)")
            for kind in plan { _ = try renderer.render(kind) }
        }
    }

    @Test func pageArithmeticIsExact() {
        #expect(SiteConfig.pageCount(0, per: 10) == 1)
        #expect(SiteConfig.pageCount(10, per: 10) == 1)
        #expect(SiteConfig.pageCount(11, per: 10) == 2)
        #expect(SiteConfig.pageCount(Int.max, per: Int.max) == 1)
        #expect(SiteConfig.pageCount(Int.max, per: 2) == Int.max / 2 + 1)
        #expect(SiteConfig.pageRange(2, per: 10, count: 25) == 10..<20)
        #expect(SiteConfig.pageRange(3, per: 10, count: 25) == 20..<25)
        #expect(SiteConfig.pageRange(4, per: 10, count: 25) == 25..<25)
        #expect(SiteConfig.pageRange(1, per: Int.max, count: 25) == 0..<25)
        #expect(SiteConfig.pageRange(Int.max, per: Int.max, count: 25) == 25..<25)
    }
}
