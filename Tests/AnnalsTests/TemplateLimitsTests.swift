import Foundation
import Testing
@testable import Annals

/// Bounded work in templates: a partial that includes itself and 100,000 nested sections ran the stack
/// out (SIGSEGV). Each is now an error naming the template's file and line.
@Suite struct TemplateLimitsTests {
    /// The page templates a site needs, each a line of text, with `extra` added or replacing some.
    static func site(_ extra: [String: String]) -> [String: String] {
        var sources: [String: String] = [:]
        for name in Templates.required { sources[name] = "<p>\(name)</p>\n" }
        return sources.merging(extra) { $1 }
    }

    static func loadErrors(_ sources: [String: String]) -> [Diagnostic] {
        do { _ = try Templates(sources: sources, folder: "T"); return [] } catch { return error.diagnostics }
    }

    @Test func partialsThatAlwaysIncludeEachOtherAreRefusedWhenLoaded() {
        // Directly, as reported, and through others.
        let direct = Self.loadErrors(Self.site(["index": "a\n{{> _loop}}\n", "_loop": "x\ny {{> _loop}}\n"]))
        #expect(direct.map(\.file) == ["T/_loop.mustache"])
        #expect(direct.first?.line == 2)
        #expect(direct.first?.message.contains("_loop → _loop") == true, "\(direct)")
        let chain = Self.loadErrors(Self.site(["article": "{{> _a}}", "_a": "{{#x}}{{/x}}\n{{> _b}}", "_b": "{{> _c}}", "_c": "\n\n{{> _a}}"]))
        #expect(chain.count == 1)
        #expect(chain.first?.file == "T/_c.mustache")
        #expect(chain.first?.line == 3)
        #expect(chain.first?.message.contains("_a → _b → _c → _a") == true, "\(chain)")
        // Inside a section the data decides (a tree of lists): loaded. (Keys of the index page's model:
        // templates are also checked for names their page does not have.)
        #expect(Self.loadErrors(Self.site(["index": "{{> _node}}", "_node": "{{pageTitle}}{{#articles}}{{> _node}}{{/articles}}"])).isEmpty)
        #expect(Self.loadErrors(Self.site(["index": "{{> _node}}", "_node": "{{^isEmpty}}{{> _node}}{{/isEmpty}}"])).isEmpty)
    }

    /// A partial inside a section whose value never runs out (the page's own title): refused when the
    /// page renders, naming the template and the line of the partial that went too deep.
    @Test func partialsNestedTooDeepByTheDataAreRefusedWhenRendered() throws {
        let sources = Self.site(["_node": "<b>\n{{#title}}{{> _node}}{{/title}}\n</b>", "article": "{{> _node}}"])
        let templates = try Templates(sources: sources, folder: "T")
        do {
            _ = try templates.render(["title": "Tiêu đề"], template: "article")
            Issue.record("rendered without end")
        } catch {
            #expect(error.file == "T/_node.mustache")
            #expect(error.line == 2)
            #expect(error.reason == .depth)
            #expect(error.message.contains("more than \(TemplateBounds.maxRenderDepth) sections and partials"))
        }
        // The other pages of the same templates render.
        #expect(try templates.render(["title": "t"], template: "index") == Array("<p>index</p>\n".utf8))
    }

    /// In a build: the error names the template and line, and the output is not written.
    @Test func aBuildStopsOnATemplateNestedTooDeep() throws {
        let root = temporaryDirectory("tpl-depth")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Templates"), out = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in Self.site(["article": "{{> _node}}", "_node": "{{#title}}\n{{> _node}}\n{{/title}}\n"]) {
            try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        let report = Builder.build(BuildOptions(seeds: Repo.seeds, templates: folder.path, output: out.path))
        #expect(report.aborted)
        let error = try #require(report.errors.first)
        #expect(error.file == folder.appendingPathComponent("_node.mustache").path)
        #expect(error.line == 2)
        #expect(error.kind == .template)
        #expect(error.message.contains("while rendering articles/"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Sections over a list of two, forty deep: 2^40 renderings of "x". Refused once the page has taken
    /// the most steps a page may take, naming the template. (With a lower limit than a build's: reaching
    /// 50 million takes a minute in a debug build, a few seconds in a release one.)
    @Test func pagesThatMultiplyTheirWorkAreRefused() throws {
        let nested = String(repeating: "{{#articles}}", count: 40) + "x" + String(repeating: "{{/articles}}", count: 40)
        var templates = try Templates(sources: Self.site(["index": nested]), folder: "T")
        #expect(templates.renderStepLimit == TemplateBounds.maxRenderSteps)
        templates.renderStepLimit = 100_000
        do {
            _ = try templates.render(["articles": .list([.bool(true), .bool(true)])], template: "index")
            Issue.record("rendered")
        } catch {
            #expect(error.reason == .steps(limit: 100_000))
            #expect(error.file == "T/index.mustache")
            #expect(error.description.contains("more than 100000 texts and tags"), "\(error)")
        }
        // Sixteen deep, 65,536 renderings: within the limit of a build.
        let sixteen = String(repeating: "{{#articles}}", count: 16) + "x" + String(repeating: "{{/articles}}", count: 16)
        let page = try Templates(sources: Self.site(["index": sixteen]), folder: "T").render(["articles": .list([.bool(true), .bool(true)])], template: "index")
        #expect(page.count == 1 << 16)
    }

    @Test func sectionsNestedTooDeepAreRefusedWithTheirLine() {
        let deep = 100_000
        let text = (0..<deep).map { "{{#s\($0)}}\n" }.joined() + (0..<deep).reversed().map { "{{/s\($0)}}\n" }.joined()
        do {
            _ = try TemplateParser.compile(text)
            Issue.record("compiled")
        } catch {
            #expect(error.line == TemplateBounds.maxSectionDepth + 1)
            #expect(error.message.contains("nested more than \(TemplateBounds.maxSectionDepth) deep"), "\(error.message)")
        }
        // The limit itself compiles.
        let limit = TemplateBounds.maxSectionDepth
        let fits = (0..<limit).map { "{{#s\($0)}}" }.joined() + "x" + (0..<limit).reversed().map { "{{/s\($0)}}" }.joined()
        #expect((try? TemplateParser.compile(fits)) != nil)
    }

    /// Partials in partials, each with sections: `levels` partials of `sections` sections each, so
    /// `levels × (sections + 1)` deep at the bottom.
    static func deep(levels: Int, sections: Int) throws -> Templates {
        var sources = Self.site(["index": "{{> _p0}}"])
        for k in 0..<levels {
            let inner = k + 1 < levels ? "{{> _p\(k + 1)}}" : "bottom"
            sources["_p\(k)"] = String(repeating: "{{#isHome}}", count: sections) + inner + String(repeating: "{{/isHome}}", count: sections)
        }
        return try Templates(sources: sources, folder: "T")
    }

    /// The deepest nesting the bounds allow renders on the build's worker threads without running out of
    /// stack; one level more is refused.
    @Test func theDeepestAllowedTemplatesRenderOnWorkerThreads() throws {
        let max = TemplateBounds.maxRenderDepth
        #expect(max % 10 == 0)
        let deepest = try Self.deep(levels: max / 10, sections: 9)
        let pages = parallelMap(Array(0..<8)) { _ in (try? deepest.render(["isHome": .bool(true)], template: "index")) ?? [] }
        #expect(pages.allSatisfy { $0 == Array("bottom".utf8) })
        #expect(throws: TemplateRenderError.self) { try Self.deep(levels: max / 10, sections: 10).render(["isHome": .bool(true)], template: "index") }
    }

    @Test func oversizedTemplatesAreRefusedNamingTheFile() throws {
        let big = String(repeating: "<p>chữ</p>\n", count: TemplateBounds.maxTemplateBytes / 10)
        #expect(big.utf8.count > TemplateBounds.maxTemplateBytes)
        let errors = Self.loadErrors(Self.site(["_big": big, "index": "{{> _big}}"]))
        #expect(errors.map(\.file) == ["T/_big.mustache"])
        #expect(errors.first?.message.contains("larger than 1 MB") == true, "\(errors)")
        // From a folder, the file is refused before it is read whole.
        let folder = temporaryDirectory("tpl-size")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.site(["_big": big, "index": "{{> _big}}"]) {
            try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        do {
            _ = try Templates.load(directory: folder.path)
            Issue.record("loaded")
        } catch {
            #expect(error.diagnostics.map(\.file) == [folder.appendingPathComponent("_big.mustache").path])
            #expect(error.diagnostics.first?.message.contains("larger than 1 MB") == true)
        }
    }
}
