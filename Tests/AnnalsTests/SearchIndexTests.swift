import Foundation
import Testing
@testable import Annals

/// The search index's terms and shards (the page itself: SearchBrowserTests).
struct SearchIndexTests {
    func terms(_ text: String) -> [(UInt64, UInt64?)] {
        var out: [(UInt64, UInt64?)] = []
        SearchTerms.scan(text) { out.append(($0, $1)) }
        return out
    }

    @Test func syllablesAreFoldedAndPairedAsTheQueryIs() {
        let t = terms("Thủ tướng Đà Nẵng")
        #expect(t.map(\.0) == ["thu", "tuong", "da", "nang"].map(SearchTerms.hash))
        #expect(t.map(\.1) == [nil, SearchTerms.hash("thu tuong"), SearchTerms.hash("tuong da"), SearchTerms.hash("da nang")])
        // NFD text, capitals and non-breaking spaces give the same terms.
        let nfd = terms("THỦ\u{A0}TƯỚNG Đà Nẵng".decomposedStringWithCanonicalMapping)
        #expect(nfd.map(\.0) == t.map(\.0) && nfd.map(\.1) == t.map(\.1))
    }

    @Test func punctuationPartsPairsAndCommentsAreNotText() {
        let t = terms("Hà Nội. Huế, Vinh-Nghệ An\n<!-- caption -->\nẢnh")
        #expect(t.map(\.0) == ["ha", "noi", "hue", "vinh", "nghe", "an", "anh"].map(SearchTerms.hash))
        #expect(t.map(\.1) == [nil, SearchTerms.hash("ha noi"), nil, nil, SearchTerms.hash("vinh nghe"), SearchTerms.hash("nghe an"), nil])
    }

    @Test func shardsAreDeterministicAndHoldEveryTerm() throws {
        let (site, _) = Session(options: BuildOptions(seeds: Repo.fixtures + "/Search", templates: Repo.templates, output: "/nonexistent")).assemble()
        #expect(site.articles.count == 6)
        let shards = SearchIndex.shards(site)
        #expect(shards.count == SearchIndex.shardCount(articles: 6) && shards == SearchIndex.shards(site))
        func postings(_ term: String) -> String? {
            let h = SearchTerms.hash(term)
            let shard = shards[Int(h % UInt64(shards.count))]
            guard let r = shard.range(of: "\"\(String(h, radix: 36))\":[") else { return nil }
            return String(shard[r.upperBound...].prefix { $0 != "]" })
        }
        // "ruột đỏ" is in one body only; "trong" in five documents, in the person's name (16 + 1) among them.
        let farmer = try #require(site.articles.firstIndex { $0.slug.hasPrefix("nong-dan") })
        #expect(postings("ruot do") == "\(farmer)")
        let person = try #require(site.people.firstIndex { $0.name == "Nguyễn Phú Trọng" })
        let numbers = try #require(postings("trong")).split(separator: ",").map { Int($0)! }
        var byDoc: [Int: Int] = [:], doc = 0
        for k in stride(from: 0, to: numbers.count, by: 2) { doc += numbers[k]; byDoc[doc] = numbers[k + 1] }
        #expect(byDoc[site.articles.count + person] == 17, "in the name, once: \(byDoc)")
        #expect(byDoc[farmer] == 2, "trồng and trong in the farmer's body: \(byDoc)")
        #expect(byDoc.count == 6, "three articles about him, the farmer, the prime minister's trọng điểm, and his name: \(byDoc)")
        #expect(postings("khong co tu nay") == nil)
        #expect(SearchIndex.shardCount(articles: 10_000) == 1024 && SearchIndex.shardCount(articles: 0) == 1)
    }

    /// A session's patch reads again only the chunks of documents holding a patched article: its shards
    /// equal those made from nothing (several chunks: 600 articles).
    @Test func aPatchMakesTheSameShardsAsAFreshIndex() {
        func site(_ edited: Int?) -> Site {
            let inputs = (0..<600).map { i in
                Assemble.Input(article: Article(title: "Tin số \(i)", date: ArticleDate(year: 2000 + i % 20, month: 1 + i % 12, day: 1 + i % 28),
                                                people: ["Nguyễn Văn \(["An", "Bình", "Cường"][i % 3])"],
                                                body: i == edited ? "Thủ tướng thăm vườn thanh long." : "Nguyễn Văn \(["An", "Bình", "Cường"][i % 3]) dự hội nghị số \(i)."),
                               sourcePath: "a\(i).txt")
            }
            return Assemble.site(inputs, config: SiteConfig()).0
        }
        let before = site(nil), after = site(37)
        let k = after.articles.firstIndex { $0.article.body.hasPrefix("Thủ tướng") }!
        let first = SearchIndex.shards(before, reusing: nil)
        #expect(Set(first.tables.map(\.range.lowerBound)).count > 1, "several chunks")
        let patched = SearchIndex.shards(after, reusing: (first.tables, [k]))
        // A shard the patch leaves as it was is not written again (nil): the last build's stands.
        let texts = zip(patched.texts, first.texts).map { new, old in new ?? old! }
        #expect(texts == SearchIndex.shards(after))
        #expect(patched.texts.contains(nil), "some shards untouched")
        #expect(patched.texts.contains { $0 != nil }, "some shards written")
        #expect(texts != first.texts.map { $0! })
        // Only the chunk holding the article was made again.
        let reused = zip(first.tables, patched.tables).filter { $0.keys == $1.keys && $0.postings == $1.postings }.count
        #expect(reused == first.tables.count - 1)
    }

    @Test func plainTextDropsMarkersAndEscapes() throws {
        // What a script reading the document file gets: the JSON string, decoded.
        func plainText(_ markdown: String) throws -> String {
            let s = ByteSink(capacity: 64)
            SearchIndex.plainJSON(markdown, to: s)
            let json = "[" + String(decoding: s.bytes(0..<s.count), as: UTF8.self) + "]"
            return try JSONDecoder().decode([String].self, from: Data(json.utf8))[0]
        }
        #expect(try plainText("Một \\*câu\\*.\n\n<!-- caption -->\nẢnh: TTXVN") == "Một *câu*.\nẢnh: TTXVN")
    }
}
