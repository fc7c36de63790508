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
        let svg = Charts.person(person, site: site).svg
        #expect(bars(svg) == [50, 50, 100])   // 2014, 2015, 2019 (2016–2018 empty)
        #expect(svg.contains("năm 2014: 1 bài; năm 2015: 1 bài; năm 2016: 0 bài"))
        #expect(svg.contains("Bộ trưởng Bộ Y tế: năm 2014 – năm 2015.") && svg.contains("Phó Thủ tướng: năm 2019 – năm 2019."))
        #expect(svg.contains("Ngoài ra 1 bài không rõ năm."))
        #expect(svg.components(separatedBy: "<rect class=\"band\"").count == 3)
        // Two years or less: month by month.
        inputs = [input("a.txt", ArticleDate(year: 2020, month: 11, day: 1), [name: []]),
                  input("b.txt", ArticleDate(year: 2021, month: 2, day: 1), [name: []])]
        let (short, _) = Assemble.site(inputs)
        let monthly = Charts.person(try #require(short.people.first), site: short).svg
        #expect(monthly.contains("theo tháng") && bars(monthly) == [100, 100])
        #expect(monthly.contains("tháng 11/2020: 1 bài; tháng 12/2020: 0 bài; tháng 1/2021: 0 bài; tháng 2/2021: 1 bài"))
    }

    func heights(_ svg: String, _ kind: String) -> [Int] {
        svg.components(separatedBy: "<rect class=\"\(kind)\" x=").dropFirst().compactMap { part in
            part.range(of: "height=\"").flatMap { r in Int(part[r.upperBound...].prefix { $0.isNumber }) }
        }
    }

    @Test func guessedYearsCountInTheirYearHatched() throws {
        let name = "Đỗ Minh Tâm"
        let (site, _) = Assemble.site([
            input("a.txt", ArticleDate(year: 2015, month: 3, day: 1), [name: []]),
            input("b.txt", ArticleDate(year: 2015, month: 7, day: 9, inferred: true), [name: []]),
            input("c.txt", ArticleDate(year: 2018, month: 2, day: 1), [name: []]),
            input("d.txt", ArticleDate(year: 2018, month: 5, day: 1), [name: []]),
            input("e.txt", ArticleDate(year: 2018, month: 6, day: 2, inferred: true), [name: []]),
            input("f.txt", ArticleDate(year: 2018, month: 9, day: 3, inferred: true), [name: []])])
        // Years the archive placed (`YearPlacement` gives them a note); a year the article restates is its own.
        var placed = site
        for i in placed.articles.indices where placed.articles[i].article.date?.inferred == true { placed.articles[i].yearNote = "suy đoán" }
        #expect(Charts.person(try #require(site.people.first), site: site).svg.contains("bar-guessed") == false)
        let chart = Charts.person(try #require(placed.people.first), site: placed)
        // 2015: 2 (one guessed), 2018: 4 (two guessed) on a scale of 4 → 100: solid below, hatched on top.
        #expect(heights(chart.svg, "bar") == [25, 50] && heights(chart.svg, "bar-guessed") == [25, 50])
        #expect(chart.svg.contains("fill=\"url(#bieu-do-k)\"") && chart.svg.contains("<pattern id=\"bieu-do-k\""))
        #expect(chart.svg.contains("năm 2015: 2 bài (1 bài có năm suy đoán); năm 2016: 0 bài"))
        #expect(chart.svg.contains("năm 2018: 4 bài (2 bài có năm suy đoán)."))
        // The legend names both kinds; nothing undated, so no bar of its own and no name for it.
        #expect(chart.svg.contains(">có ghi năm</text>") && chart.svg.contains(">năm suy đoán</text>"))
        #expect(!chart.svg.contains("bar-unknown") && !chart.svg.contains("không rõ năm"))
        #expect(chart.caption.contains("phần gạch chéo là bài có năm suy đoán") && !chart.caption.contains("không rõ năm"))
        // Only read dates: no hatching, no legend.
        let (plain, _) = Assemble.site([input("a.txt", ArticleDate(year: 2015, month: 3, day: 1), [name: []]),
                                        input("b.txt", ArticleDate(year: 2019, month: 3, day: 1), [name: []])])
        let p = Charts.person(try #require(plain.people.first), site: plain).svg
        #expect(!p.contains("<pattern") && !p.contains("class=\"legend\"") && !p.contains("suy đoán"))
    }

    @Test func articlesWithoutAYearGetABarOfTheirOwn() throws {
        let name = "Vương Thị Lan"
        var partial = input("p.txt", nil, [name: []])
        partial.article.partialDate = DayMonth(day: 26, month: 6)
        let (site, _) = Assemble.site([input("a.txt", ArticleDate(year: 2016, month: 1, day: 1), [name: []]),
                                       input("b.txt", ArticleDate(year: 2019, month: 1, day: 1), [name: []]),
                                       input("u1.txt", nil, [name: []]), input("u2.txt", nil, [name: []]), partial])
        let chart = Charts.person(try #require(site.people.first), site: site)
        // The three undated on the same scale as the years: 3 → 100, a year's 1 → 33.
        #expect(heights(chart.svg, "bar") == [33, 33] && heights(chart.svg, "bar-unknown") == [100])
        #expect(chart.svg.contains(">không rõ năm</text>") && chart.svg.contains("stroke-dasharray"))
        #expect(chart.svg.contains("năm 2019: 1 bài. Ngoài ra 3 bài không rõ năm (1 bài chỉ ghi ngày tháng)."))
        #expect(chart.svg.contains(">có ghi năm</text>") && !chart.svg.contains("suy đoán"))
        #expect(chart.caption.hasSuffix("cột bên phải là bài không rõ năm."))
        // Not one year anywhere: a small chart of that bar alone, and the same text equivalent.
        let (undated, _) = Assemble.site([input("u1.txt", nil, [name: []]), input("u2.txt", nil, [name: []]), partial])
        let only = Charts.person(try #require(undated.people.first), site: undated)
        #expect(only.svg.hasPrefix("<svg class=\"chart chart-small\" viewBox=\"0 0 138 "))
        #expect(heights(only.svg, "bar-unknown") == [100] && heights(only.svg, "bar").isEmpty)
        #expect(only.svg.contains("<desc id=\"bieu-do-d\">Số bài nhắc đến \(name): 3 bài không rõ năm (1 bài chỉ ghi ngày tháng); không bài nào có ghi năm.</desc>"))
        #expect(!only.svg.contains("class=\"legend\"") && !only.svg.contains("stroke-dasharray"))
        #expect(only.caption == "Không bài nào nhắc đến \(name) có ghi năm, nên biểu đồ chỉ đếm số bài.")
        // The same data, the same bytes.
        #expect(Charts.person(undated.people[0], site: undated).svg == only.svg)
        #expect(Charts.person(site.people[0], site: site).svg == chart.svg)
    }

    /// A year's name under the last bar would run into the name of the undated bar: it is left out there.
    @Test func ticksStopBeforeTheUndatedBar() {
        let bars = (0..<40).map { Charts.Bar(label: String(1980 + $0), value: 1, tick: true) }
        let fenced = Charts.svg(id: "c", title: "t", description: "d", bars: bars, unknown: 2)
        #expect(fenced.contains(">2018</text>") && !fenced.contains(">2019</text>") && fenced.contains(">không rõ năm</text>"))
        let open = Charts.svg(id: "c", title: "t", description: "d", bars: bars)
        #expect((1980...2019).allSatisfy { open.contains(">\($0)</text>") })
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
        #expect(person.contains("<figcaption>Số bài nhắc đến theo năm; dải màu là các chức danh"))
        // Without a dated article, the page still draws their count, and says why it is only that.
        let (undated, _) = Assemble.site([input("u.txt", nil, ["Lý Thị Hạnh": []])])
        let page = String(decoding: try Renderer(site: undated, templates: try BuiltInTemplates.templates()).render(.person(0, page: 1)).bytes, as: UTF8.self)
        #expect(page.contains("<figure class=\"chart-figure\">\n<svg class=\"chart chart-small\""))
        #expect(page.contains("<figcaption>Không bài nào nhắc đến Lý Thị Hạnh có ghi năm, nên biểu đồ chỉ đếm số bài.</figcaption>"))
    }

    @Test func numbersAndTextAreWrittenAsSVGNeedsThem() {
        let s = SVGText(capacity: 8)
        for v in [0, 7, 1200, 1234, -15, -5, 9_876_543_210] { s.tenths(v); s.put(" ") }
        s.int(-42); s.put(" "); s.int(Int.min); s.put(" ")
        s.escaped("<Hà & \"Nội\">"); s.text(" id-1")
        #expect(s.string == "0 0.7 120 123.4 -1.5 -0.5 987654321 -42 -9223372036854775808 &lt;Hà &amp; &quot;Nội&quot;&gt; id-1")
    }

    /// The bytes of a chart with every part (ticks, hatched years, bands, the undated bar, the legend,
    /// escaped text) are those the String-interpolated drawing made before SVGText (b97a55b).
    @Test func aWholeChartIsTheSameBytesAsBefore() {
        let bars = [Charts.Bar(label: "T11/19", value: 3, tick: true), Charts.Bar(label: "T12", value: 0, tick: false),
                    Charts.Bar(label: "T1/20", value: 5, tick: true, guessed: 2), Charts.Bar(label: "T2", value: 1, tick: false, guessed: 1)]
        let bands = [Charts.Band(label: "Bộ trưởng <Bộ> \"Y tế\"", from: 0, to: 2), Charts.Band(label: "Phó Thủ tướng", from: 3, to: 3)]
        let old = [
            #"<svg class="chart" viewBox="0 0 420 200" width="100%" role="img" fill="currentColor" font-size="14" aria-labelledby="bieu-do-t bieu-do-d" preserveAspectRatio="xMinYMin meet">"#,
            #"<title id="bieu-do-t">Số bài &amp; năm</title><desc id="bieu-do-d">Mô tả &lt;ngắn&gt;</desc><defs>"#,
            #"<pattern id="bieu-do-k" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">"#,
            #"<rect width="2" height="5" fill="currentColor"/></pattern></defs>"#,
            #"<text class="axis" x="28" y="21" text-anchor="end">5</text>"#,
            #"<text class="axis" x="28" y="116" text-anchor="end">0</text>"#,
            #"<line class="rule" x1="32" y1="116" x2="314" y2="116" stroke="currentColor"/>"#,
            #"<rect class="bar" x="49.2" y="56" width="36" height="60" fill="currentColor"/>"#,
            #"<text class="axis" x="67.2" y="131" text-anchor="middle">T11/19</text>"#,
            #"<rect class="bar" x="190.2" y="56" width="36" height="60" fill="currentColor"/>"#,
            #"<rect class="bar-guessed" x="190.2" y="16" width="36" height="40" fill="url(#bieu-do-k)" stroke="currentColor"/>"#,
            #"<text class="axis" x="208.2" y="131" text-anchor="middle">T1/20</text>"#,
            #"<rect class="bar-guessed" x="260.7" y="96" width="36" height="20" fill="url(#bieu-do-k)" stroke="currentColor"/>"#,
            #"<rect class="band" x="32" y="136" width="211.5" height="18" rx="3" fill-opacity="0.22"/>"#,
            #"<text class="band-label" x="36" y="149" text-anchor="start">Bộ trưởng &lt;Bộ&gt; &quot;Y tế&quot;</text>"#,
            #"<rect class="band" x="243.5" y="156" width="70.5" height="18" rx="3" fill-opacity="0.22"/>"#,
            #"<text class="band-label" x="310" y="169" text-anchor="end">Phó Thủ tướng</text>"#,
            #"<line class="rule" x1="316" y1="16" x2="316" y2="134" stroke="currentColor" stroke-dasharray="3 3"/>"#,
            #"<line class="rule" x1="322" y1="116" x2="414" y2="116" stroke="currentColor"/>"#,
            #"<rect class="bar-unknown" x="354" y="76" width="28" height="40" fill="currentColor"/>"#,
            #"<text class="axis" x="368" y="131" text-anchor="middle">không rõ năm</text><g class="legend">"#,
            #"<rect class="bar swatch" x="32" y="181" width="12" height="12" fill="currentColor"/>"#,
            #"<text class="axis" x="49" y="192">có ghi năm</text>"#,
            #"<rect class="bar-guessed swatch" x="140" y="181" width="12" height="12" fill="url(#bieu-do-k)" stroke="currentColor"/>"#,
            #"<text class="axis" x="157" y="192">năm suy đoán</text>"#,
            #"<rect class="bar-unknown swatch" x="263" y="181" width="12" height="12" fill="currentColor"/>"#,
            #"<text class="axis" x="280" y="192">không rõ năm</text></g></svg>"#,
        ].joined()
        #expect(Charts.svg(id: "bieu-do", title: "Số bài & năm", description: "Mô tả <ngắn>", bars: bars, bands: bands, unknown: 2) == old)
    }
}
