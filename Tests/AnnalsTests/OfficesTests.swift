import Foundation
import Testing
@testable import Annals

/// A person's titles as the offices they name, with spans, and the headline.
@Suite struct OfficesTests {
    func day(_ y: Int, _ m: Int = 3, _ d: Int = 9) -> ArticleDate { ArticleDate(year: y, month: m, day: d) }

    func input(_ file: String, _ date: ArticleDate?, _ name: String, _ titles: [String], partial: DayMonth? = nil) -> Assemble.Input {
        var a = Article(title: "Tin số \(file)", date: date, people: [name], roles: [name: titles], original: file, body: "Nội dung.")
        a.partialDate = partial
        return Assemble.Input(article: a, sourcePath: file)
    }

    func person(_ inputs: [Assemble.Input], _ name: String) throws -> (Site, Person) {
        let (site, _) = Assemble.site(inputs)
        return (site, try #require(site.people.first { $0.name == name }))
    }

    @Test func titlesWrittenTwoWaysAreOneOffice() {
        let same: [(String, String)] = [
            ("Chủ tịch nước Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Chủ tịch nước"),
            ("Chủ tịch nước CHXHCN Việt Nam", "chủ tịch nước"),
            ("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa", "Chủ tịch nước"),
            ("Tổng thống Mỹ", "Tổng thống"),
            ("Tổng thống Liên bang Nga", "Tổng thống"),
            ("Thủ tướng Chính phủ", "Thủ tướng"),
            ("Phó thủ tướng", "Phó Thủ tướng"),
            ("Chủ tịch Uỷ ban Mặt trận", "Chủ tịch Ủy ban Mặt trận"),
            ("Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao"),
            ("Trưởng Ban Dân vận T.Ư Đảng", "Trưởng Ban Dân vận Trung ương"),
            ("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Lào", "Tổng Bí thư"),
            ("Thủ tướng Quốc vụ viện (TQ)", "Thủ tướng Trung Quốc"),
            ("Phó Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN)", "Phó Tổng Giám đốc Tập đoàn Điện lực Việt Nam"),
            ("Phó Chủ tịch UBND tỉnh An Giang", "Phó Chủ tịch Ủy ban nhân dân tỉnh An Giang"),
            ("Chủ tịch UBND TP Hà Nội", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
            ("Chủ tịch HĐND TP. Đà Nẵng", "Chủ tịch Hội đồng nhân dân thành phố Đà Nẵng"),
            // "nước" (the country of) before the country goes with it; "Chủ tịch nước" keeps its own.
            ("Tổng thống nước Cộng hòa Pháp", "Tổng thống Pháp"),
            ("Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Thủ tướng"),
            ("Chủ tịch Quốc hội nước Cộng hòa Cuba", "Chủ tịch Quốc hội Cuba"),
            ("Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào", "Chủ tịch nước"),
        ]
        #expect(OfficeTitle("Chủ tịch nước Lào").key != OfficeTitle("Chủ tịch Lào").key)
        #expect(OfficeTitle("Tổng thống nước Cộng hòa Pháp").display == "Tổng thống Pháp")
        #expect(OfficeTitle("Cố vấn Nhà nước Mi-an-ma").display == "Cố vấn Nhà nước Mi-an-ma")
        // Water's "nước" and the office's own stay, however the title ends.
        #expect(OfficeTitle("Bộ trưởng Bộ Tài nguyên nước Lào").display == "Bộ trưởng Bộ Tài nguyên nước Lào")
        #expect(OfficeTitle("Chủ tịch Hội Cấp thoát nước Việt Nam").display == "Chủ tịch Hội Cấp thoát nước Việt Nam")
        #expect(OfficeTitle("Chủ nhiệm Văn phòng Chủ tịch nước CHXHCN Việt Nam").display == "Chủ nhiệm Văn phòng Chủ tịch nước")
        #expect(OfficeTitle("Phu nhân Chủ tịch nước Lào").display == "Phu nhân Chủ tịch nước Lào")
        // Only the local government's: "BCH" is also "Bộ Chỉ huy".
        #expect(OfficeTitle("Chỉ huy trưởng BCH Quân sự tỉnh Nghệ An").key != OfficeTitle("Chỉ huy trưởng Ban Chấp hành Quân sự tỉnh Nghệ An").key)
        // The abbreviation is spelt out in the key only: what is shown is as written.
        #expect(OfficeTitle("Chủ tịch UBND TP Hà Nội").display == "Chủ tịch UBND TP Hà Nội")
        for (a, b) in same { #expect(OfficeTitle(a).key == OfficeTitle(b).key, "\(a) / \(b)") }
        // The country is no part of the office, but it is shown: whose office it is.
        #expect(OfficeTitle("Tổng thống Mỹ").display == "Tổng thống Mỹ")
        #expect(OfficeTitle("Tổng thống Cộng hòa Pháp").display == "Tổng thống Pháp")
        #expect(OfficeTitle("Chủ tịch nước CHXHCN Việt Nam").display == "Chủ tịch nước")
        #expect(OfficeTitle("Bộ trưởng Ngoại giao Nga").display == "Bộ trưởng Ngoại giao Nga")
        // An acronym in brackets at the end is not shown; one inside the title is no acronym of it.
        #expect(OfficeTitle("Giám đốc Tập đoàn Dầu khí (PVN)").display == "Giám đốc Tập đoàn Dầu khí")
        // "Việt Nam" that ends an organisation's name is shown; after a bare title it is not.
        #expect(OfficeTitle("Tổng Giám đốc Tập đoàn Dầu khí Việt Nam").display == "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam")
        #expect(OfficeTitle("Chủ tịch Hội Nhà báo VN").display == "Chủ tịch Hội Nhà báo Việt Nam")
        #expect(OfficeTitle("Thủ tướng Việt Nam").display == "Thủ tướng")
        #expect(OfficeTitle("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam").display == "Tổng Bí thư")
        #expect(OfficeTitle("Tổng Giám đốc Tập đoàn Dầu khí Việt Nam").key == OfficeTitle("Tổng Giám đốc Tập đoàn Dầu khí").key)
        #expect(OfficeTitle("Trưởng đoàn (trái)").display == "Trưởng đoàn (trái)")
        // Any country ingest knows, in a transliteration too.
        #expect(OfficeTitle("Tổng thống Ác-hen-ti-na").key == OfficeTitle("Tổng thống Argentina").key)
        #expect(OfficeTitle("Thủ tướng Xéc-bi-a").key == OfficeTitle("Thủ tướng").key)
        #expect(OfficeTitle("Thứ trưởng Bộ Tư pháp").display == "Thứ trưởng Bộ Tư pháp")
        #expect(OfficeTitle("Đại sứ Việt Nam tại Liên bang Nga").display == "Đại sứ Việt Nam tại Liên bang Nga")
        // A place whose name ends like a country ("Đức", "Nga") after a unit of local government is no noise.
        #expect(OfficeTitle("Chủ tịch UBND TP Thủ Đức").display == "Chủ tịch UBND TP Thủ Đức")
        #expect(OfficeTitle("Bí thư Huyện ủy huyện Quảng Nga").display == "Bí thư Huyện ủy huyện Quảng Nga")
        #expect(OfficeTitle("Chủ tịch UBND thành phố Thủ Đức").display == "Chủ tịch UBND thành phố Thủ Đức")
        // What names another office stays: the place an ambassador serves, a people's committee.
        let other: [(String, String)] = [
            ("Đại sứ Việt Nam tại Mỹ", "Đại sứ"), ("Chủ tịch Ủy ban nhân dân", "Chủ tịch Ủy ban"),
            ("Chủ tịch Quốc hội", "Chủ tịch nước"), ("Phó Chủ tịch nước", "Chủ tịch nước"), ("Bộ trưởng", "Thứ trưởng"),
        ]
        for (a, b) in other { #expect(OfficeTitle(a).key != OfficeTitle(b).key, "\(a) / \(b)") }
        let former = OfficeTitle("Nguyên Tổng Bí thư")
        #expect(former.former && former.key == OfficeTitle("Tổng Bí thư").key && former.display == "Tổng Bí thư")
        #expect(OfficeTitle("cựu Thủ tướng").former && !OfficeTitle("Thủ tướng").former)
        // "Nguyên" alone is a name, not a former nothing.
        #expect(!OfficeTitle("Nguyên").former)
    }

    /// One office, its span from the dated articles, the undated ones counted; a bare title joins the
    /// fuller one the person holds.
    @Test func officesHaveSpansAndCountUndatedArticles() throws {
        let name = "Lê Văn Khiêm"
        let (site, p) = try person([
            input("a.txt", day(2016), name, ["Chủ tịch nước"]),
            input("b.txt", day(2018), name, ["Chủ tịch nước Cộng hòa Xã hội Chủ nghĩa Việt Nam"]),
            input("c.txt", day(2017), name, ["Chủ tịch"]),
            input("d.txt", nil, name, ["chủ tịch nước"], partial: DayMonth(day: 2, month: 9)),
            input("e.txt", nil, name, ["Chủ tịch nước"]),
            input("f.txt", day(2012), name, ["Bí thư Tỉnh ủy"]),
        ], name)
        #expect(p.offices.map(\.title) == ["Bí thư Tỉnh ủy", "Chủ tịch nước"])
        let o = p.offices[1]
        #expect(o.articles.count == 5 && o.undated == 2)
        #expect(o.firstYear == 2016 && o.lastYear == 2018)
        #expect(o.first.map { site.articles[$0].sourcePath } == "a.txt" && o.last.map { site.articles[$0].sourcePath } == "b.txt")
        #expect(!o.former)
        #expect(p.headline == "Chủ tịch nước (2018)")
    }

    /// "Chủ tịch" beside two fuller offices goes where its own article says; alone, it stays.
    @Test func aBareTitleJoinsTheOfficeItsArticleGives() throws {
        let name = "Trương Minh Đức"
        let (_, p) = try person([
            input("a.txt", day(2010), name, ["Chủ tịch nước"]),
            input("b.txt", day(2014), name, ["Chủ tịch Quốc hội"]),
            input("c.txt", day(2015), name, ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội", "Chủ tịch"]),
            input("d.txt", day(2016), name, ["Chủ tịch"]),
        ], name)
        let byTitle = Dictionary(uniqueKeysWithValues: p.offices.map { ($0.title, $0.articles.count) })
        #expect(byTitle == ["Chủ tịch nước": 1, "Chủ tịch Quốc hội": 2, "Chủ tịch": 1, "Ủy viên Bộ Chính trị": 1])
        // The latest dated article gives the bare title alone: that is the headline, not the most frequent office.
        #expect(p.headlineOffice == OfficeHeadline(office: "Chủ tịch", former: false, year: 2016))
    }

    /// The headline follows the latest dated article, not the office most articles give; former offices
    /// are marked as such.
    @Test func headlineIsTheLatestDatedOffice() throws {
        let name = "Hà Quang Vinh"
        var inputs = (0..<4).map { input("b\($0).txt", day(2015 + $0 % 2, 1 + $0), name, ["Bộ trưởng Bộ Công an"]) }
        inputs.append(input("t.txt", day(2020), name, ["Ủy viên Bộ Chính trị", "Tổng Bí thư"]))
        inputs.append(input("u.txt", nil, name, ["nguyên Bộ trưởng Bộ Công an"]))
        let (_, p) = try person(inputs, name)
        #expect(p.headline == "Tổng Bí thư (2020)")
        let former = try #require(p.offices.last)
        #expect(former.former && former.title == "Bộ trưởng Bộ Công an" && former.firstYear == nil && former.undated == 1)
        #expect(p.offices.first?.title == "Bộ trưởng Bộ Công an" && p.offices.first?.articles.count == 4)

        let (_, q) = try person([input("x.txt", nil, "Đinh Văn Lộc", ["cựu Thủ tướng"])], "Đinh Văn Lộc")
        #expect(q.headline == "nguyên Thủ tướng")
        // `annals people` shows the same headline, then the offices (not each title as written).
        #expect(p.listing == "6\tHà Quang Vinh\tTổng Bí thư (2020)\tBộ trưởng Bộ Công an (4); Tổng Bí thư (1); Ủy viên Bộ Chính trị (1); nguyên Bộ trưởng Bộ Công an (1)")
        #expect(q.listing == "1\tĐinh Văn Lộc\tnguyên Thủ tướng\tnguyên Thủ tướng (1)")
        let (_, r) = try person([input("y.txt", nil, "Lê Thị Mơ", [])], "Lê Thị Mơ")
        #expect(r.listing == "1\tLê Thị Mơ\t–\t")
    }

    /// With no dated article, the office most articles give heads the page; of as many, a post before a
    /// rank or a calling, whatever their alphabetical order.
    @Test func anUndatedHeadlineIsAPostBeforeARank() throws {
        let (_, p) = try person([input("a.txt", nil, "Trịnh Thị Lan", ["Bác sĩ", "Phó Phòng Cấp cứu"])], "Trịnh Thị Lan")
        #expect(p.headline == "Phó Phòng Cấp cứu")
        let (_, q) = try person([input("b.txt", nil, "Hà Văn Tùng", ["Thượng tướng", "Thứ trưởng Bộ Quốc phòng"])], "Hà Văn Tùng")
        #expect(q.headline == "Thứ trưởng Bộ Quốc phòng")
        // More articles win: a calling three articles give over a one-off post.
        let r = (0..<3).map { input("c\($0).txt", nil, "Lò Văn Ba", $0 == 0 ? ["Nhạc sĩ", "Trưởng ban giám khảo"] : ["Nhạc sĩ"]) }
        #expect(try person(r, "Lò Văn Ba").1.headline == "Nhạc sĩ")
        let s = [input("e.txt", nil, "Lò Văn Ba", ["Phó Chủ tịch xã"]), input("f.txt", nil, "Lò Văn Ba", ["Chủ tịch xã"]),
                 input("g.txt", nil, "Lò Văn Ba", ["Chủ tịch xã", "Thượng tá"])]
        #expect(try person(s, "Lò Văn Ba").1.headline == "Chủ tịch xã")
        let (_, t) = try person([input("h.txt", nil, "Hà Thị Mai", ["Nhạc sĩ", "Phó Chủ tịch Hội Nhạc sĩ"])], "Hà Thị Mai")
        #expect(t.headline == "Phó Chủ tịch Hội Nhạc sĩ")
    }

    /// The page lists each office once with its span and counts: no row of undated links.
    @Test func personPageShowsOfficesWithSpans() throws {
        let name = "Lê Văn Khiêm"
        var inputs = [input("a.txt", day(2016), name, ["Chủ tịch nước"]), input("b.txt", day(2018), name, ["Chủ tịch nước"])]
        for k in 0..<4 { inputs.append(input("u\(k).txt", nil, name, ["Chủ tịch nước"])) }
        let (site, _) = Assemble.site(inputs)
        let renderer = Renderer(site: site, templates: try BuiltInTemplates.templates())
        let p = try #require(site.people.firstIndex { $0.name == name })
        let html = String(decoding: try renderer.render(.person(p, page: 1)).bytes, as: UTF8.self)
        let section = try #require(html.range(of: "id=\"chuc-danh\"").map { String(html[$0.upperBound...].prefix(1200)) })
        #expect(section.contains(">2016</a> – <a"))
        #expect(section.contains(">2018</a>"))
        #expect(section.contains("6 bài, 4 bài không rõ năm"))
        #expect(!section.contains("không rõ ngày"))
        #expect(html.contains("Chủ tịch nước <span class=\"count\">(2018)</span>"))
    }
}
