import Foundation
import Testing
@testable import Annals

/// A template that names a key its page's model does not have stops the build when the templates load,
/// naming the file, the line and the keys there are.
@Suite struct StrictTemplateTests {
    /// The built-in templates with `change` made, loaded; the problems found (none when they load).
    func problems(_ change: (inout [String: String]) -> Void) throws -> [Diagnostic] {
        var sources: [String: String] = [:]
        for (path, data) in BuiltInTemplates.files where path.hasSuffix(".mustache") && !path.contains("/") {
            sources[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        }
        #expect(sources.count > Templates.required.count)
        change(&sources)
        do {
            _ = try Templates(sources: sources, folder: "t")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func builtInTemplatesNameOnlyKeysTheirPagesHave() throws {
        #expect(try problems { _ in } == [])
    }

    @Test func anUnknownKeyIsAnErrorWithFileLineAndTheKeysThere() throws {
        let found = try problems { $0["index"] = "{{> _head}}\n<h1>{{siteTitle}}</h1>\n<p>{{articleCuont}}</p>\n{{> _foot}}\n" }
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.severity == .error)
        #expect(p.file == "t/index.mustache")
        #expect(p.line == 3)
        #expect(p.message.contains("'articleCuont'"))
        #expect(p.message.contains("articleCount"))
        #expect(p.message.contains("siteTitle"))
    }

    @Test func sectionsOverListsCheckTheKeysOfTheItems() throws {
        let found = try problems { $0["index"] = "{{#articles}}\n{{title}}\n{{#people}}{{name}} {{slug}}{{/people}}\n{{/articles}}\n" }
        #expect(found.count == 1)
        let p = try #require(found.first)
        #expect(p.line == 3)
        #expect(p.message.contains("'slug'"))
        // The keys of the innermost item and of what holds it, as Mustache looks names up.
        #expect(p.message.contains("name, "))
        #expect(p.message.contains("excerpt"))
        // A key of the page itself is found from inside the items, as the engine finds it.
        #expect(try problems { $0["index"] = "{{#articles}}{{siteTitle}} {{url}}{{/articles}}" } == [])
        // A dotted name is looked up field by field.
        #expect(try problems { $0["index"] = "{{pagination.current}}" } == [])
        #expect(try problems { $0["index"] = "{{pagination.page}}" }.map(\.line) == [1])
    }

    @Test func aPartialIsCheckedWhereverItIsIncludedAndReportedOnce() throws {
        // `_foot` is included by all eight pages; on none of them is there a `personFeedURL` at the end.
        let found = try problems { $0["_foot"] = "</main>\n{{personFeedURL}}\n</body></html>\n" }
        #expect(found.map(\.file) == ["t/_foot.mustache"])
        #expect(found.map(\.line) == [2])
        // A key only one page has, in a partial only that page includes, is fine.
        let person = try problems {
            $0["_feed"] = "{{personFeedURL}}"
            $0["person"] = "{{> _feed}}"
        }
        #expect(person == [])
    }

    @Test func aBuildWithAnUnknownKeyWritesNothing() throws {
        let root = temporaryDirectory("strict")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "---\ntitle: Một bài\ndate: 2023-12-19\n---\nNội dung.\n".write(to: seeds.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        _ = try BuiltInTemplates.write(to: templates)
        try "{{> _head}}\n{{#articles}}{{tittle}}{{/articles}}\n{{> _foot}}\n"
            .write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("out")
        let report = Builder.build(BuildOptions(seeds: seeds.path, templates: templates.path, output: output.path))
        #expect(report.aborted)
        #expect(report.diagnostics.contains { $0.file == templates.path + "/index.mustache" && $0.line == 2 && $0.message.contains("'tittle'") })
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }
}
