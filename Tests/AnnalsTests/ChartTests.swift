import Foundation
import Testing
@testable import Annals

/// Inline SVG charts: data drawn to scale, told as text, the same bytes every time.
@Suite struct ChartTests {
    func input(_ file: String, _ date: ArticleDate?, _ people: [String: [String]]) -> Assemble.Input {
        let names = people.keys.sorted()
        return Assemble.Input(article: Article(title: "Tin \(file)", date: date, people: names, roles: people, original: file, body: "Nội dung."),
                              sourcePath: file)
    }

    func bars(_ svg: String) -> [Int] {
        svg.components(separatedBy: "<rect class=\"bar\"").dropFirst().compactMap { part in
            part.range(of: "height=\"").flatMap { r in Int(part[r.upperBound...].prefix { $0.isNumber }) }
        }
    }

    @Test func aYearIsDrawnMonthByMonth() throws {
        var inputs: [Assemble.Input] = []
        for (month, n) in [(2, 4), (5, 2), (11, 1)] {
            for k in 0..<n { inputs.append(input("m\(month)-\(k).txt", ArticleDate(year: 2019, month: month, day: 1 + k), [:])) }
        }
        let (site, _) = Assemble.site(inputs)
        let svg = Charts.year(try #require(site.timeline.first))
        #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 420 "))
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"bieu-do-t bieu-do-d\""))
        #expect(svg.contains("<title id=\"bieu-do-t\">Số bài năm 2019 theo tháng</title>"))
        #expect(svg.contains("tháng 2: 4 bài; tháng 3: 0 bài") && svg.contains("tháng 11: 1 bài"))
        // Heights to scale: the fullest month takes the whole plot.
        #expect(bars(svg) == [100, 50, 25])
        #expect((1...12).allSatisfy { svg.contains(">T\($0)</text>") })
        #expect(Charts.year(site.timeline[0]) == svg)
    }

    @Test func aPersonIsDrawnByYearWithOfficesAsBands() throws {
        let name = "Mai Văn Hòa"
        var inputs = [input("a.txt", ArticleDate(year: 2014, month: 3, day: 1), [name: ["Bộ trưởng Bộ Y tế"]]),
                      input("b.txt", ArticleDate(year: 2015, month: 3, day: 1), [name: ["Bộ trưởng Bộ Y tế"]]),
                      input("c.txt", ArticleDate(year: 2019, month: 3, day: 1), [name: ["Phó Thủ tướng"]]),
                      input("d.txt", ArticleDate(year: 2019, month: 8, day: 1), [name: ["Phó Thủ tướng"]]),
                      input("e.txt", nil, [name: ["Phó Thủ tướng"]])]
        let (site, _) = Assemble.site(inputs)
        let person = try #require(site.people.first)
        let svg = Charts.person(person, site: site)
        #expect(bars(svg) == [50, 50, 100])   // 2014, 2015, 2019 (2016–2018 empty)
        #expect(svg.contains("năm 2014: 1 bài; năm 2015: 1 bài; năm 2016: 0 bài"))
        #expect(svg.contains("Bộ trưởng Bộ Y tế: năm 2014 – năm 2015.") && svg.contains("Phó Thủ tướng: năm 2019 – năm 2019."))
        #expect(svg.contains("1 bài không rõ năm không có trong biểu đồ."))
        #expect(svg.components(separatedBy: "<rect class=\"band\"").count == 3)
        // Two years or less: month by month.
        inputs = [input("a.txt", ArticleDate(year: 2020, month: 11, day: 1), [name: []]),
                  input("b.txt", ArticleDate(year: 2021, month: 2, day: 1), [name: []])]
        let (short, _) = Assemble.site(inputs)
        let monthly = Charts.person(try #require(short.people.first), site: short)
        #expect(monthly.contains("theo tháng") && bars(monthly) == [100, 100])
        #expect(monthly.contains("tháng 11/2020: 1 bài; tháng 12/2020: 0 bài; tháng 1/2021: 0 bài; tháng 2/2021: 1 bài"))
        // No dated article: no chart.
        let (undated, _) = Assemble.site([input("a.txt", nil, [name: []])])
        #expect(Charts.person(try #require(undated.people.first), site: undated).isEmpty)
    }

    @Test func pagesCarryTheirCharts() throws {
        let (site, _) = Assemble.site([input("a.txt", ArticleDate(year: 2018, month: 4, day: 2), ["Lý Thị Hạnh": ["Giám đốc"]]),
                                       input("b.txt", ArticleDate(year: 2020, month: 1, day: 5), ["Lý Thị Hạnh": ["Giám đốc"]])])
        let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
        func html(_ kind: PageKind) throws -> String { String(decoding: try renderer.render(kind).bytes, as: UTF8.self) }
        #expect(try html(.timeline).contains("<svg class=\"chart\""))
        #expect(try html(.timelineYear(year: 2018, page: 1)).contains("Số bài năm 2018 theo tháng"))
        let person = try html(.person(0, page: 1))
        #expect(person.contains("<figure class=\"chart-figure\">\n<svg") && person.contains("Giám đốc: năm 2018 – năm 2020."))
        #expect(!person.contains("Chưa vẽ được biểu đồ"))
        // Without a dated article, the page says why there is no chart.
        let (undated, _) = Assemble.site([input("u.txt", nil, ["Lý Thị Hạnh": []])])
        let page = String(decoding: try Renderer(site: undated, templates: try BuiltInTemplates.templates()).render(.person(0, page: 1)).bytes, as: UTF8.self)
        #expect(!page.contains("<svg") && page.contains("Chưa vẽ được biểu đồ: không bài nào nhắc đến Lý Thị Hạnh có ghi năm."))
    }
}
