import Foundation
import Testing
import Mustache
@testable import Annals

/// The template engine against swift-mustache (the reference it replaced for speed) and against the
/// Mustache rules it must keep: standalone lines, partial indentation, delimiters, falsey values.
@Suite struct TemplateEngineTests {
    /// A model as swift-mustache reads it. An empty string is left out: for Annals it is false in a
    /// section, as a missing value is (swift-mustache would render `{{#x}}` for it).
    static func reference(_ v: TemplateValue) -> Any? {
        switch v {
        case .string(let s): return s.isEmpty ? nil : s
        case .utf8(let b): return b.isEmpty ? nil : String(decoding: b, as: UTF8.self)
        case .bool(let b): return b
        case .int(let n): return n
        case .list(let items): return items.map { reference($0) ?? "" } as [Any]
        case .object(let o): return o.dictionary.compactMapValues(reference)
        case .lazy(let l): return l.everything.compactMapValues(reference)
        }
    }

    static func ours(_ sources: [String: String], _ name: String, _ value: TemplateValue) throws -> String {
        var compiled: [String: CompiledTemplate] = [:]
        for (n, text) in sources { compiled[n] = try TemplateParser.compile(text) }
        return String(decoding: try TemplateLibrary(templates: compiled).render(name, value), as: UTF8.self)
    }

    static func theirs(_ sources: [String: String], _ name: String, _ value: TemplateValue) throws -> String {
        var library = MustacheLibrary()
        for (n, text) in sources { library.register(try MustacheTemplate(string: text), named: n) }
        return library.render(reference(value) ?? [String: Any](), withTemplate: name) ?? "<missing>"
    }

    static let people: TemplateValue = .list([
        ["name": "Nguyễn Văn An", "url": "../an/", "roles": "Bộ trưởng"],
        ["name": "Trần Thị <Bình>", "url": "../binh/", "roles": ""],
        ["name": "Lê Văn Cường", "url": "../cuong/"],
    ])

    /// Templates exercising each construct, rendered by both engines: the bytes must be the same.
    static let cases: [(String, String)] = [
        ("variables", "<p>{{title}} {{{raw}}} {{& raw}} {{count}} {{flag}} {{missing}}</p>\n"),
        ("dotted", "{{meta.author.name}}|{{meta.missing.name}}|{{#meta}}{{.author.name}}{{/meta}}\n"),
        ("sections", "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}{{#off}}on{{/off}}{{^off}}off{{/off}}{{#none}}x{{/none}}{{^none}}none{{/none}}\n"),
        ("list", "<ul>\n{{#people}}\n  <li><a href=\"{{url}}\">{{name}}</a>{{#roles}} — {{roles}}{{/roles}}</li>\n{{/people}}\n</ul>\n"),
        ("commas", "{{#people}}{{name}}{{^last()}}, {{/last()}}{{/people}}.\n"),
        ("position", "{{#people}}{{index()}}{{#first()}}^{{/first()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}} {{/people}}\n"),
        ("empty list", "{{#nobody}}x{{/nobody}}{{^nobody}}nobody{{/nobody}}\n"),
        ("stack", "{{#people}}{{title}}:{{name}} {{/people}}\n"),
        ("dot", "{{#tags}}[{{.}}]{{/tags}}\n"),
        ("standalone", "a\n  {{#flag}}  \n  inside\n  {{/flag}}\nb\n  {{! a comment }}\nc\n{{^flag}}\nnever\n{{/flag}}\n"),
        ("crlf", "a\r\n{{#flag}}\r\nb\r\n{{/flag}}\r\nc"),
        ("comment", "x{{! inline }}y\n{{!\nmany lines\n}}\nz\n"),
        ("delimiters", "{{=<% %>=}}\n<% title %> {{title}}\n<%={{ }}=%>\n{{title}}\n"),
        ("partials", "<main>\n{{> part}}\n  {{> part}}\n</main>\n"),
        ("inline partial", "[{{> part}}]\n"),
        ("transforms", "{{uppercased(title)}} {{count(people)}} {{#empty(nobody)}}empty{{/empty(nobody)}} {{plusone(count)}}\n"),
        ("escaping", "{{danger}} {{{danger}}}\n"),
        ("object section", "{{#meta}}{{#author}}{{name}} ({{title}}){{/author}}{{/meta}}\n"),
        ("no final newline", "{{#flag}}\nx\n{{/flag}}"),
        ("bytes", "{{{html}}}|{{html}}|{{#html}}set{{/html}}{{^noHTML}}none{{/noHTML}}|{{uppercased(html)}}\n"),
    ]

    static let model: TemplateValue = [
        "title": "Tin mới", "raw": "<b>đậm</b>", "count": 3, "flag": true, "off": false,
        "people": people, "nobody": [], "tags": ["a", "b & c"],
        "meta": ["author": ["name": "Hoa", "title": "Phóng viên"]],
        "danger": "<script>alert('x') & \"y\"</script>",
        "html": .utf8(Array("<p>Chào <em>bạn</em> & \"đi\"</p>\n".utf8)), "noHTML": .utf8([]),
    ]

    @Test(arguments: cases.map(\.0))
    func sameBytesAsSwiftMustache(_ name: String) throws {
        let text = Self.cases.first { $0.0 == name }!.1
        let sources = ["page": text, "part": "<div>\n  {{title}}\n</div>\n"]
        #expect(try Self.ours(sources, "page", Self.model) == Self.theirs(sources, "page", Self.model))
    }

    @Test func standaloneLinesAreRemovedWhole() throws {
        let out = try Self.ours(["p": "a\n  {{#flag}}\nb\n  {{/flag}}\nc\n"], "p", ["flag": true])
        #expect(out == "a\nb\nc\n")
        // A tag sharing its line with text is not standalone.
        #expect(try Self.ours(["p": "a {{#flag}}\nb{{/flag}} c\n"], "p", ["flag": true]) == "a \nb c\n")
    }

    @Test func indentedPartialIsIndentedLineByLine() throws {
        let out = try Self.ours(["p": "<ul>\n  {{> item}}\n</ul>\n", "item": "<li>\n{{x}}\n</li>\n"], "p", ["x": "1"])
        #expect(out == "<ul>\n  <li>\n  1\n  </li>\n</ul>\n")
    }

    /// The Mustache spec's case: a standalone partial indents its own lines, not the lines of a value
    /// with line breaks in it (which would change a <pre>).
    @Test func partialIndentationLeavesValuesAlone() throws {
        let sources = ["p": "\\\n {{>q}}\n/\n", "q": "|\n{{{content}}}\n|\n"]
        #expect(try Self.ours(sources, "p", ["content": "<\n->"]) == "\\\n |\n <\n->\n |\n/\n")
        // Nested standalone partials add up; a value at the start of a line is indented once.
        let nested = ["p": "<ul>\n  {{> li}}\n</ul>\n", "li": "<li>\n  {{> inner}}\n</li>\n", "inner": "{{x}}\n{{x}}\n"]
        #expect(try Self.ours(nested, "p", ["x": "a\nb"]) == "<ul>\n  <li>\n    a\nb\n    a\nb\n  </li>\n</ul>\n")
    }

    @Test func emptyTextIsFalse() throws {
        // Unlike swift-mustache, where `{{#excerpt}}` with "" rendered an empty paragraph.
        let out = try Self.ours(["p": "{{#excerpt}}<p>{{excerpt}}</p>{{/excerpt}}{{^excerpt}}none{{/excerpt}}"], "p", ["excerpt": ""])
        #expect(out == "none")
    }

    @Test func fieldsBehaveAsADictionary() throws {
        var f: TemplateFields = ["a": "1", "b": "2", "a": "3"]   // a repeated key: the last value wins
        #expect(f.count == 2)
        #expect(f.dictionary.compactMapValues(Self.reference) as? [String: String] == ["a": "3", "b": "2"])
        f["b"] = "4"; f["c"] = true; f["a"] = nil
        #expect(f.count == 2 && f["a"] == nil && f["zz"] == nil)
        #expect(f.dictionary.compactMapValues(Self.reference) as NSDictionary == ["b": "4", "c": true] as NSDictionary)
        // Names that differ in one byte, and Vietnamese ones, are told apart.
        var g = TemplateFields()
        let names = ["url", "urm", "tên", "tến", "", "siteDescription", "siteDescriptions"]
        for (k, n) in names.enumerated() { g[n] = .int(k) }
        for (k, n) in names.enumerated() {
            guard case .int(let v)? = g[n] else { Issue.record("\(n) missing"); continue }
            #expect(v == k)
        }
        let out = try Self.ours(["p": "{{#o}}{{tên}}|{{url}}|{{siteDescriptions}}{{/o}}"], "p", ["o": .object(g)])
        #expect(out == "2|0|6")
    }

    @Test func lazyKeysAreComputedOnceAndOnlyWhenRead() throws {
        final class Counter: @unchecked Sendable { var n = 0 }
        let counter = Counter()
        let model = TemplateValue.lazy(LazyObject(eager: ["a": "1"], lazy: [("b", { counter.n += 1; return "2" })]))
        #expect(try Self.ours(["p": "{{a}}"], "p", model) == "1")
        #expect(counter.n == 0)
        #expect(try Self.ours(["p": "{{b}}{{b}}{{#b}}{{.}}{{/b}}"], "p", model) == "222")
        #expect(counter.n == 1)
    }

    @Test func recursivePartialsFollowTheData() throws {
        let tree: TemplateValue = ["name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]]]]
        let out = try Self.ours(["node": "({{name}}{{#children}}{{> node}}{{/children}})"], "node", tree)
        #expect(out == "(a(b(c)))")
    }

    /// A list position can be transformed like any value, and only the five positions exist.
    @Test func listPositionsTakeTransforms() throws {
        let page: TemplateValue = ["people": Self.people]
        #expect(try Self.ours(["p": "{{#people}}{{plusone(index())}}{{#odd()}}o{{/odd()}}{{/people}}"], "p", page) == "12o3")
        #expect(throws: TemplateSyntaxError.self) { try TemplateParser.compile("{{#people}}{{count()}}{{/people}}") }
    }

    @Test func syntaxErrorsNameTheLine() {
        func failure(_ text: String) -> TemplateSyntaxError? {
            do { _ = try TemplateParser.compile(text); return nil } catch { return error }
        }
        let unclosed = failure("a\nb\n{{#open}}\nc\n")
        #expect(unclosed?.line == 3)
        #expect(unclosed?.message.contains("never closed") == true)
        let mismatched = failure("{{#a}}\n{{/b}}\n")
        #expect(mismatched?.line == 2)
        #expect(mismatched?.message.contains("opened on line 1") == true)
        #expect(failure("x\n{{/stray}}")?.line == 2)
        #expect(failure("one\ntwo {{name")?.line == 2)
        #expect(failure("{{{raw}}")?.message.contains("}}}") == true)
        #expect(failure("{{shout(title)}}")?.message.contains("unknown transform 'shout'") == true)
        #expect(failure("{{<parent}}{{/parent}}")?.message.contains("inheritance") == true)
        #expect(failure("{{=<% %>}}") != nil)
        #expect(failure("{{two words}}") != nil)
        #expect(failure("{{}}") != nil)
        #expect(failure("{{a..b}}") != nil)
        // A symbol after a space is a mistake, not a variable named "#a" (the section would vanish).
        #expect(failure("{{ #a }}yes{{ /a }}")?.message.contains("right after the opening braces") == true)
        #expect(failure("{{ !note }}") != nil)
        #expect(failure("{{=<% %>=}}<%{x}%>") != nil)
        #expect(failure("{{# a }}{{/ a }}{{! note }}{{& x }}") == nil)
        #expect(failure("{{#a}}{{/a}}{{! fine }}{{=| |=}}|x|") == nil)
    }

    /// Every built-in template with every kind of page of a real site: the same bytes as swift-mustache
    /// (with the same models), so replacing the engine changed no page.
    @Test func builtInPagesMatchSwiftMustache() throws {
        let templates = try Templates.load(directory: Repo.templates)
        var inputs: [Assemble.Input] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.seeds).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOfFile: Repo.seeds + "/" + name, encoding: .utf8)
            inputs.append(Assemble.Input(article: ingest(text, file: name).article, sourcePath: name))
        }
        #expect(inputs.count >= 2)
        let (site, _) = Assemble.site(inputs)
        let renderer = Renderer(site: site, templates: templates)
        var sources: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.templates) where name.hasSuffix(".mustache") {
            sources[String(name.dropLast(9))] = try String(contentsOfFile: Repo.templates + "/" + name, encoding: .utf8)
        }
        let pages = renderer.plan().compactMap { renderer.view(of: renderer.model($0), at: renderer.path(of: $0)) }
        #expect(pages.count > 8)
        for (template, model) in pages {
            let ours = String(decoding: try templates.render(model, template: template), as: UTF8.self)
            #expect(ours == (try Self.theirs(sources, template, model)), "\(template)")
            #expect(ours.contains("</html>"))
        }
    }
}
