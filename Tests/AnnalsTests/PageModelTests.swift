import Foundation
import Testing
@testable import Annals

/// Page models decide both what a page shows and whether it is rendered again: every field must count
/// in the digest, whatever fields are added later.
@Suite struct PageModelTests {
    /// A small site written here: dated, undated and inferred articles, sources, authors, people with
    /// titles, more than one page of each list.
    static func site(base: String?) -> Site {
        var config = SiteConfig()
        config.baseURL = base
        config.itemsPerPage = 2
        config.listPageSize = 2
        config.feedLength = 3
        let articles = [
            Article(title: "Khai mạc hội nghị", date: ArticleDate(year: 2023, month: 12, day: 19, hour: 8, minute: 5), authors: ["Hồng Nhung", "Minh An"],
                    source: "Báo A", sourceURL: "https://a.example/1", people: ["Nguyễn Văn An", "Trần Thị Bình"],
                    roles: ["Nguyễn Văn An": ["Bộ trưởng"]], body: "Đoạn *một*.\n\nĐoạn hai."),
            Article(title: "Bế mạc hội nghị", date: ArticleDate(year: 2023, month: 11, day: 2, inferred: true), source: "Báo B",
                    people: ["Nguyễn Văn An"], roles: ["Nguyễn Văn An": ["Phó Thủ tướng", "Bộ trưởng"]], body: "Nội dung."),
            Article(title: "Tin cũ", date: ArticleDate(year: 2021, month: 1, day: 1), people: ["Trần Thị Bình", "Lê Văn Cường"], body: "Cũ."),
            Article(title: "Không ngày", people: ["Lê Văn Cường"], body: "Không rõ."),
            Article(title: "Một tin khác", date: ArticleDate(year: 2023, month: 12, day: 1), people: ["Nguyễn Văn An"], body: "Khác."),
        ]
        let inputs = articles.enumerated().map { Assemble.Input(article: $1, sourcePath: "a\($0).txt") }
        return Assemble.site(inputs, config: config).0
    }

    /// Every model type's own fields, all of them present (the value the key finder makes: every optional
    /// set, every list of one), each changed in turn: the digest changes each time.
    @Test func everyFieldOfEveryModelTypeChangesItsDigest() throws {
        // The number of fields each has (lists of one item): more when a field is added, and then covered.
        #expect(try Self.changesEveryField(ModelKeys.example(IndexPage.self)) >= 30)
        #expect(try Self.changesEveryField(ModelKeys.example(ArticlePage.self)) >= 40)
        #expect(try Self.changesEveryField(ModelKeys.example(TimelinePage.self)) >= 30)
        #expect(try Self.changesEveryField(ModelKeys.example(YearPage.self)) >= 30)
        #expect(try Self.changesEveryField(ModelKeys.example(PeoplePage.self)) >= 25)
        #expect(try Self.changesEveryField(ModelKeys.example(PersonPage.self)) >= 40)
        #expect(try Self.changesEveryField(ModelKeys.example(SearchPage.self)) >= 25)
        #expect(try Self.changesEveryField(ModelKeys.example(NotFoundPage.self)) >= 20)
        #expect(try Self.changesEveryField(ModelKeys.example(FeedPage.self)) >= 8)
        #expect(try Self.changesEveryField(ModelKeys.example(SitemapPage.self)) == 2)
        #expect(try Self.changesEveryField(ModelKeys.example(SearchIndexPage.self)) == 7)
        #expect(try Self.changesEveryField(ModelKeys.example(SearchShardPage.self)) == 2)
        #expect(try Self.changesEveryField(ModelKeys.example(SearchDocPage.self)) >= 30)
        #expect(try Self.changesEveryField(ModelKeys.example(SearchPeoplePage.self)) == 2)
        #expect(try Self.changesEveryField(ModelKeys.example(RobotsPage.self)) == 1)
        #expect(try Self.changesEveryField(ModelKeys.example(TermsPage.self)) >= 25)
        #expect(try Self.changesEveryField(ModelKeys.example(TermPage.self)) >= 30)
    }

    /// The same on the models of every page of a real site, with and without a base URL: the digest is
    /// the whole model's (a round trip through JSON keeps it) and any field changed changes it.
    @Test func everyFieldOfEveryPageChangesItsDigest() throws {
        var kinds = Set<String>()
        for base in [nil, "https://example.org/lưu-trữ/"] as [String?] {
            let renderer = Renderer(site: Self.site(base: base), templates: try BuiltInTemplates.templates())
            for kind in renderer.plan() {
                let model = renderer.model(kind)
                #expect(model.digest == model.digest)
                switch model {
                case .index(let m): kinds.insert("index"); try Self.changesEveryField(m)
                case .article(let m): kinds.insert("article"); try Self.changesEveryField(m)
                case .timeline(let m): kinds.insert("timeline"); try Self.changesEveryField(m)
                case .year(let m): kinds.insert("year"); try Self.changesEveryField(m)
                case .people(let m): kinds.insert("people"); try Self.changesEveryField(m)
                case .person(let m): kinds.insert("person"); try Self.changesEveryField(m)
                case .search(let m): kinds.insert("search"); try Self.changesEveryField(m)
                case .notFound(let m): kinds.insert("404"); try Self.changesEveryField(m)
                case .feed(let m): kinds.insert("feed"); try Self.changesEveryField(m)
                case .sitemap(let m): kinds.insert("sitemap"); try Self.changesEveryField(m)
                case .searchIndex(let m): kinds.insert("search index"); try Self.changesEveryField(m)
                case .robots(let m): kinds.insert("robots"); try Self.changesEveryField(m)
                case .terms(let m): kinds.insert("terms"); try Self.changesEveryField(m)
                case .term(let m): kinds.insert("term"); try Self.changesEveryField(m)
                case .searchShard(let m): kinds.insert("search shard"); try Self.changesEveryField(m)
                case .searchDoc(let m): kinds.insert("search document"); try Self.changesEveryField(m)
                case .searchPeople(let m): kinds.insert("search people"); try Self.changesEveryField(m)
                }
            }
        }
        #expect(kinds.count == 17)
    }

    /// Digests are kept in the build state between runs: they are the same in every process (a fixed
    /// value, unlike Swift's per-process `Hasher`).
    @Test func digestsAreTheSameInEveryProcess() {
        #expect(DigestEncoder.digest(of: Neighbour(title: "Tin", url: .article("tin"))) == 8_122_629_382_745_850_821)
    }

    /// Encodes `model` as JSON, changes each leaf in turn (a text, a number, a flag), decodes it again and
    /// checks that the digest changed. (The digest is taken of the model decoded unchanged: an article
    /// body's checksum is taken anew when decoded, another number than the one assembly took.)
    /// Returns how many fields were changed.
    @discardableResult
    /// Parts that many pages list keep their template values, one per depth and address: each kept value
    /// is the one made afresh for that page, whatever the order and however many threads ask at once.
    @Test func keptTemplateValuesMatchFreshOnesAtEveryDepth() {
        let site = Self.site(base: nil)
        let parts = SharedParts(site: site)
        let places = [URLs(baseURL: nil), URLs(baseURL: "https://example.org/lưu-trữ/")].flatMap { urls in
            [0, 2, 1, 2, 0, 3].map { TemplateContext(urls: urls, depth: $0) }
        }
        let mismatches = parallelMap(Array(0..<(places.count * 8))) { k -> [String] in
            let place = places[k % places.count], part = parts.summaries[k % parts.summaries.count]
            let kept = TemplateEncoder.value(of: part, place), fresh = TemplateEncoder.value(of: part.value, place)
            return ["url", "title", "people"].filter { key in Self.text(kept.child(key)) != Self.text(fresh.child(key)) || Self.text(kept.child(key)) == nil }
                .map { "\($0) at depth \(place.depth)" }
        }.flatMap { $0 }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // The links differ between depths, so a value kept for one depth is not handed to another.
        let top = TemplateEncoder.value(of: parts.summaries[0], places[0]).child("url")
        let deep = TemplateEncoder.value(of: parts.summaries[0], places[1]).child("url")
        #expect(Self.text(top) != Self.text(deep))
    }

    /// A link or text as a string; a list as its items' links.
    static func text(_ v: TemplateValue?) -> String? {
        switch v {
        case .string(let s): return s
        case .list(let l): return l.compactMap { text($0.child("url")) }.joined(separator: " ")
        default: return nil
        }
    }

    static func changesEveryField<M: Codable>(_ model: M, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(model), options: [.fragmentsAllowed])
        let digest = DigestEncoder.digest(of: try decode(M.self, json))
        #expect(DigestEncoder.digest(of: try decode(M.self, json)) == digest, sourceLocation: sourceLocation)
        let paths = leafPaths(json, [])
        for path in paths {
            let changed = try decode(M.self, replacing(json, at: path[...]))
            #expect(DigestEncoder.digest(of: changed) != digest, "\(M.self) at \(path)", sourceLocation: sourceLocation)
        }
        return paths.count
    }

    private static func decode<M: Decodable>(_ type: M.Type, _ json: Any) throws -> M {
        try JSONDecoder().decode(M.self, from: JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed]))
    }

    private enum Step { case key(String), index(Int) }

    private static func leafPaths(_ json: Any, _ path: [Step]) -> [[Step]] {
        if let o = json as? [String: Any] { return o.keys.sorted().flatMap { leafPaths(o[$0]!, path + [.key($0)]) } }
        if let a = json as? [Any] { return a.indices.flatMap { leafPaths(a[$0], path + [.index($0)]) } }
        return [path]
    }

    private static func replacing(_ json: Any, at path: ArraySlice<Step>) -> Any {
        guard let step = path.first else {
            if let n = json as? NSNumber {
                // JSONSerialization gives flags as NSNumbers of type "c".
                return String(cString: n.objCType) == "c" ? !n.boolValue as Any : n.intValue + 1 as Any
            }
            if let s = json as? String { return s + "·" }
            return json
        }
        switch step {
        case .key(let k):
            var o = json as! [String: Any]
            o[k] = replacing(o[k]!, at: path.dropFirst())
            return o
        case .index(let i):
            var a = json as! [Any]
            a[i] = replacing(a[i], at: path.dropFirst())
            return a
        }
    }
}

extension PageModelTests {
    /// A one-off build whose inputs (program, settings, every article file's name and stamp) are those
    /// the last one recorded makes no page model: every page keeps its recorded digest. Any change to an
    /// input, or to a page on disk, brings the models back.
    @Test func aBuildOfTheSameInputsMakesNoModels() throws {
        let root = temporaryDirectory("same")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        for k in 0..<3 {
            try "---\ntitle: Bài \(k)\ndate: 2023-12-1\(k)\npeople: [Nguyễn Văn An]\n---\nNội dung \(k).\n"
                .write(to: seeds.appendingPathComponent("a\(k).md"), atomically: true, encoding: .utf8)
        }
        let options = BuildOptions(seeds: seeds.path, templates: "/nonexistent", output: out.path)
        let first = Builder.build(options)
        #expect(!first.aborted && first.pagesWritten > 10)
        #expect(first.phases.contains { $0.name == "models" })
        let same = Builder.build(options)
        #expect(!same.aborted && same.pagesWritten == 0)
        #expect(!same.phases.contains { $0.name == "models" })
        // A page changed on disk: models again, and that page written back.
        let index = out.appendingPathComponent("index.html")
        try "edited".write(to: index, atomically: true, encoding: .utf8)
        let repaired = Builder.build(options)
        #expect(repaired.phases.contains { $0.name == "models" })
        #expect(repaired.pagesWritten == 1)
        #expect(try String(contentsOf: index, encoding: .utf8).contains("Bài 2"))
        // An article changed: models again, and its page among those written.
        try "---\ntitle: Bài 1 đã sửa\ndate: 2023-12-11\npeople: [Nguyễn Văn An]\n---\nNội dung mới.\n"
            .write(to: seeds.appendingPathComponent("a1.md"), atomically: true, encoding: .utf8)
        let changed = Builder.build(options)
        #expect(changed.phases.contains { $0.name == "models" })
        #expect(changed.pagesWritten > 0)
        #expect(Builder.build(options).pagesWritten == 0)
    }
}
