import Foundation
import Testing
@testable import Annals

/// The people index read two ways, and the related articles of an article page.
@Suite struct PeopleIndexAndRelatedTests {
    func input(_ file: String, _ date: ArticleDate?, _ people: [String], roles: [String: [String]] = [:]) -> Assemble.Input {
        Assemble.Input(article: Article(title: "Tin \(file)", date: date, people: people, roles: roles, original: file, body: "Nội dung."),
                       sourcePath: file)
    }
    func day(_ y: Int, _ m: Int, _ d: Int = 1) -> ArticleDate { ArticleDate(year: y, month: m, day: d) }

    @Test func peopleByNameAndByMostMentioned() throws {
        var inputs: [Assemble.Input] = []
        for k in 0..<3 { inputs.append(input("a\(k).txt", day(2020, 1 + k), ["Vũ Thị Lan"], roles: ["Vũ Thị Lan": ["Giám đốc Sở"]])) }
        for k in 0..<2 { inputs.append(input("b\(k).txt", day(2021, 1 + k), ["Đặng Văn An", "Theo Số Bài"])) }
        inputs.append(input("c.txt", day(2019, 5), ["Bế Văn Bình"]))
        let (site, _) = Assemble.site(inputs)
        // A name whose slug is the ranking page's gets another.
        #expect(site.people.first { $0.name == "Theo Số Bài" }?.slug == "theo-so-bai-1")
        let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
        #expect(renderer.plan().contains(.peopleByCount) && renderer.path(of: .peopleByCount) == "people/theo-so-bai/index.html")
        let ranking = String(decoding: try renderer.render(.peopleByCount).bytes, as: UTF8.self)
        let names = ranking.components(separatedBy: "<li><a href=").dropFirst().map { $0.split(separator: ">")[1].split(separator: "<")[0] }
        // Most mentioned first; equal counts in name order (by given name: An, then Bài).
        #expect(names == ["Vũ Thị Lan", "Đặng Văn An", "Theo Số Bài", "Bế Văn Bình"])
        #expect(ranking.contains("<h1>Nhân vật nhắc đến nhiều nhất</h1>"))
        #expect(ranking.contains("<span class=\"count\">3 bài</span> <span class=\"role\">Giám đốc Sở (2020)</span>"))
        let byName = String(decoding: try renderer.render(.people).bytes, as: UTF8.self)
        #expect(byName.contains("<a href=\"../people/theo-so-bai/index.html\">Xếp theo số bài</a>"))
        #expect(ranking.contains("<a href=\"../../people/index.html\">Xếp theo tên</a>"))
        // The letter bar jumps to each letter's section.
        let bar = try #require(byName.range(of: "<nav class=\"letters\"").map { String(byName[$0.lowerBound...].prefix { $0 != "\n" }) })
        for letter in ["A", "B", "L"] { #expect(bar.contains(">\(letter)</a>"), "\(letter)") }
        #expect(byName.contains("<h2 id=\"chu-a-0\">A</h2>"))
    }

    @Test func relatedArticlesShareTheMostPeopleThenAreNearest() throws {
        let (site, _) = Assemble.site([
            input("a.txt", day(2020, 1), ["Lê Anh", "Lê Bình", "Lê Chi"]),
            input("b.txt", day(2020, 2), ["Lê Anh", "Lê Bình"]),
            input("c.txt", day(2015, 1), ["Lê Anh", "Lê Bình", "Lê Chi"]),
            input("d.txt", day(2020, 1, 15), ["Lê Anh"]),
            input("e.txt", day(2019, 12), ["Lê Anh"]),
            input("f.txt", day(2010, 1), ["Lê Anh"]),
            input("g.txt", day(2021, 1), ["Lê Dung"]),
        ])
        let related = Related.all(site)
        let a = try #require(site.articles.firstIndex { $0.sourcePath == "a.txt" })
        #expect(related[a].map { site.articles[$0].sourcePath } == ["c.txt", "b.txt", "d.txt", "e.txt", "f.txt"])
        let g = try #require(site.articles.firstIndex { $0.sourcePath == "g.txt" })
        #expect(related[g].isEmpty)
        let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
        let page = String(decoding: try renderer.render(.article(a)).bytes, as: UTF8.self)
        #expect(page.contains("<h2 id=\"bai-lien-quan\">Bài liên quan</h2>"))
        #expect(page.contains("<li><span class=\"date\">01/01/2015</span> <a href=\"../../articles/tin-c-txt/index.html\">Tin c.txt</a></li>"))
    }

    /// While every person's list fits in the window, the lists give what comparing every pair gives.
    @Test func relatedAgreesWithComparingEveryPair() {
        var random = TestRandom(seed: 17)
        let names = ["Hà An", "Hà Bình", "Hà Cúc", "Hà Dũng", "Hà Giang", "Hà Hải"]
        let inputs = (0..<40).map { k in
            let people = names.filter { _ in random.next(3) == 0 }
            return input("x\(k).txt", random.next(5) == 0 ? nil : day(2000 + random.next(20), 1 + random.next(12), 1 + random.next(28)), people)
        }
        let (site, _) = Assemble.site(inputs)
        let fast = Related.all(site, window: 50)
        for i in site.articles.indices {
            let mine = Set(site.articles[i].people)
            var scored: [(article: Int, shared: Int)] = []
            for j in site.articles.indices where j != i {
                let n = Set(site.articles[j].people).intersection(mine).count
                if n > 0 { scored.append((j, n)) }
            }
            func before(_ x: (article: Int, shared: Int), _ y: (article: Int, shared: Int)) -> Bool {
                if x.shared != y.shared { return x.shared > y.shared }
                let (dx, dy) = (abs(x.article - i), abs(y.article - i))
                return dx != dy ? dx < dy : x.article < y.article
            }
            let expected: [Int] = scored.sorted(by: before).prefix(5).map { $0.article }
            #expect(fast[i] == expected, "\(i)")
        }
    }
}
