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
        func postings(_ term: String) -> ShardReader.Postings? {
            let h = SearchTerms.hash(term)
            return ShardReader.terms(shards[Int(h % UInt64(shards.count))])[SearchCode.key(h)]
        }
        // "ruột đỏ" is in one body only; "trong" in five documents, in the person's name (16 + 1) among them.
        let farmer = try #require(site.articles.firstIndex { $0.slug.hasPrefix("nong-dan") })
        #expect(postings("ruot do")?.docs == [farmer] && postings("ruot do")?.values == nil)
        let person = try #require(site.people.firstIndex { $0.name == "Nguyễn Phú Trọng" })
        let trong = try #require(postings("trong"))
        let byDoc = Dictionary(uniqueKeysWithValues: zip(trong.docs, try #require(trong.values)))
        #expect(byDoc[site.articles.count + person] == 17, "in the name, once: \(byDoc)")
        #expect(byDoc[farmer] == 2, "trồng and trong in the farmer's body: \(byDoc)")
        #expect(byDoc.count == 6, "three articles about him, the farmer, the prime minister's trọng điểm, and his name: \(byDoc)")
        #expect(postings("khong co tu nay") == nil)
        #expect(SearchIndex.shardCount(articles: 10_000) == 1024 && SearchIndex.shardCount(articles: 0) == 1)
    }

    /// Terms written both ways (gaps, bit sets), with and without values, read back as they were; the
    /// shorter way is taken.
    @Test func compactPostingsReadBackAsWritten() throws {
        let sparse = [3, 40, 1_000, 70_000], dense = Array(stride(from: 500, to: 900, by: 2)) + [903]
        let cases: [(UInt64, [Int], [UInt8]?)] = [
            (SearchTerms.hash("a"), sparse, [1, 17, 31, 2]), (SearchTerms.hash("b"), dense, dense.map { UInt8(1 + $0 % 31) }),
            (SearchTerms.hash("c d"), sparse, nil), (SearchTerms.hash("#y2021"), dense, nil), (SearchTerms.hash("e"), [0], [16]),
        ]
        let s = ByteSink()
        for (h, docs, values) in cases { SearchCode.appendEntry(hash: h, docs: docs, values: values, to: s) }
        let text = String(decoding: s.array, as: UTF8.self)
        #expect(text.utf8.allSatisfy { SearchCode.digits.contains($0) })
        let read = ShardReader.terms("annalsSearch.s(0,\"" + text + "\");\n")
        #expect(read.count == cases.count)
        for (h, docs, values) in cases {
            let p = try #require(read[SearchCode.key(h)])
            #expect(p.docs == docs && p.values == values?.map(Int.init))
        }
        // 201 documents two apart: a bit set (some 70 digits) rather than 201 gaps.
        #expect(ShardReader.kinds(text)[SearchCode.key(SearchTerms.hash("b"))] == 3)
        #expect(ShardReader.kinds(text)[SearchCode.key(SearchTerms.hash("c d"))] == 0)
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
        let reused = zip(first.tables, patched.tables).filter { $0.keys == $1.keys && $0.flat == $1.flat }.count
        #expect(reused == first.tables.count - 1)
    }

    @Test func plainTextDropsMarkersAndEscapes() throws {
        // What a script reading the document file gets: the JSON string, decoded.
        func plainText(_ markdown: String) throws -> String {
            let s = ByteSink(capacity: 64)
            SearchIndex.plainJSON(markdown, to: s)
            let json = "[" + String(decoding: s.bytes(0..<s.count), as: UTF8.self) + "]"
            return Self.expand(try JSONDecoder().decode([String].self, from: Data(json.utf8))[0])
        }
        #expect(try plainText("Một \\*câu\\*.\n\n<!-- caption -->\nẢnh: TTXVN") == "Một *câu*.\nẢnh: TTXVN")
        #expect(try plainText("Dòng \"trích\" <b>\u{2028}hết") == "Dòng \"trích\" <b>\u{2028}hết")
        // A long text is cut at the first space from `textLimit` bytes on.
        let long = String(repeating: "Trường Sơn ", count: 3_000)
        let cut = try plainText(long)
        #expect(long.hasPrefix(cut) && long.dropFirst(cut.count).first == " ")
        #expect(cut.utf8.count >= SearchIndex.textLimit && cut.utf8.count < SearchIndex.textLimit + 12)
    }

    /// A document's text with its word codes read back (`SearchWords`), as `search.js`'s expand does.
    static func expand(_ x: String) -> String {
        let words = SearchWords.list, b = Array(x.utf8)
        var out: [UInt8] = [], i = 0
        func value(_ c: UInt8) -> Int { SearchCode.digits.firstIndex(of: c)! }
        while i < b.count {
            guard b[i] == 0x7E else { out.append(b[i]); i += 1; continue }
            if b[i + 1] == 0x21 { out.append(0x7E); i += 2; continue }
            let first = value(b[i + 1])
            let n = first < SearchWords.single ? first : SearchWords.single + (first - SearchWords.single) * 64 + value(b[i + 2])
            out += Array(words[n].utf8) + [0x20]
            i += first < SearchWords.single ? 2 : 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Common words are written as codes and read back as they were (as `search.js`'s expand reads them);
    /// a `~` of the text and words not followed by a space stay as they are.
    @Test func commonWordsAreShortCodes() throws {
        func coded(_ text: String) throws -> String {
            let s = ByteSink(capacity: 64)
            SearchIndex.plainJSON(text, to: s)
            return try JSONDecoder().decode([String].self, from: Data(("[" + String(decoding: s.array, as: UTF8.self) + "]").utf8))[0]
        }
        let text = "Theo báo cáo của Ủy ban nhân dân tỉnh, các xã đã hoàn thành 95% kế hoạch ~ năm và\\~ cuối năm."
        let c = try coded(text)
        #expect(c.utf8.count * 10 < text.utf8.count * 7, "\(c)")
        #expect(Self.expand(c) == text.replacingOccurrences(of: "\\~", with: "~"), "\(c)")
        #expect(c.hasSuffix("năm."), "a word before a full stop stays as it is: \(c)")
        #expect(SearchWords.list.count <= SearchWords.capacity && Set(SearchWords.list).count == SearchWords.list.count)
    }

    /// A slug the script makes from the name or title itself is not written (`search.js`'s slugOf).
    @Test func slugsAreWrittenOnlyWhereTheScriptCannotMakeThem() throws {
        #expect(SearchIndex.derivable("nguyen-phu-trong", from: "Nguyễn Phú Trọng"))
        #expect(SearchIndex.derivable("dak-lak-mua-lu-2024", from: "Đắk Lắk: mùa lũ 2024"))
        #expect(!SearchIndex.derivable("nguyen-phu-trong-2", from: "Nguyễn Phú Trọng"))
        #expect(!SearchIndex.derivable("so-ly", from: "Số “lý”"), "quotes outside the letters the script folds as Annals does")
        let page = SearchIndexPage(shardCount: 4, articleCount: 2, years: [SearchYear(year: 2021, count: 2)],
                                   people: [SearchPerson(name: "Lê Văn A", slug: "le-van-a", count: 2),
                                            SearchPerson(name: "Lê Văn A", slug: "le-van-a-2", count: 1)])
        let meta = SearchIndex.meta(page, urls: URLs(baseURL: nil))
        #expect(meta.contains("\"p\":[\"Lê Văn A\",2,\"Lê Văn A\",1],\"x\":{\"1\":\"le-van-a-2\"}"), "\(meta)")
        #expect(meta.contains("\"a\":[\"../articles/\",\"/index.html\"]"), "\(meta)")
        let heads = String(decoding: SearchIndex.headlines(SearchPeoplePage(file: 3, headlines: ["Thủ tướng", ""])), as: UTF8.self)
        #expect(heads == "annalsSearch.h(3,[\"Thủ tướng\",\"\"]);\n")
    }
}

/// Reads a shard script back as `search.js` does (`SearchCode`'s format).
enum ShardReader {
    struct Postings: Equatable {
        var docs: [Int]
        var values: [Int]?
    }

    static func value(_ c: UInt8) -> Int { SearchCode.digits.firstIndex(of: c)! }

    static func number(_ b: [UInt8], _ i: inout Int) -> Int {
        var n = 0, shift = 0, c = 0
        repeat { c = value(b[i]); i += 1; n |= (c & 31) << shift; shift += 5 } while c >= 32
        return n
    }

    /// Key → (start, end, kind) of each entry of the digits `b`.
    static func entries(_ b: [UInt8]) -> [(key: UInt64, start: Int, end: Int, kind: Int)] {
        var out: [(UInt64, Int, Int, Int)] = [], i = 0
        while i < b.count {
            var key: UInt64 = 0
            for _ in 0..<SearchCode.keyDigits { key = key << 6 | UInt64(value(b[i])); i += 1 }
            let head = number(b, &i)
            out.append((key, i, i + head >> 2, head & 3))
            i += head >> 2
        }
        return out
    }

    /// The digits of a shard script (or the digits alone).
    static func digits(_ script: String) -> [UInt8] {
        guard let open = script.firstIndex(of: "\""), let close = script.lastIndex(of: "\""), open < close else { return Array(script.utf8) }
        return Array(script[script.index(after: open)..<close].utf8)
    }

    static func kinds(_ script: String) -> [UInt64: Int] {
        Dictionary(entries(digits(script)).map { ($0.key, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    static func terms(_ script: String) -> [UInt64: Postings] {
        let b = digits(script)
        var out: [UInt64: Postings] = [:]
        for e in entries(b) where out[e.key] == nil {
            var i = e.start
            var values: [Int]?
            if e.kind & 2 != 0 {
                let count = number(b, &i), packed = i
                var other = packed + (count + 2) / 3
                values = (0..<count).map { k in
                    let c = value(b[packed + k / 3]) >> (2 * (k % 3)) & 3
                    if c < 3 { return c + 1 }
                    other += 1
                    return value(b[other - 1])
                }
                i = other
            }
            let stop = e.end
            var docs: [Int] = []
            if e.kind & 1 != 0 {
                var base = number(b, &i)
                while i < stop {
                    let c = value(b[i])
                    for bit in 0..<6 where c & (1 << bit) != 0 { docs.append(base + bit) }
                    i += 1
                    base += 6
                }
            } else {
                var doc = 0
                while i < stop { doc += number(b, &i); docs.append(doc) }
            }
            out[e.key] = Postings(docs: docs, values: values)
        }
        return out
    }
}
