import Foundation
import Testing
@testable import Annals

/// Articles that give a day and month only are placed in a year from what the archive knows, and a
/// guessed year is shown as guessed (#16).
@Suite struct YearPlacementTests {
    func dated(_ file: String, _ y: Int, _ m: Int, _ d: Int, source: String? = nil) -> Assemble.Input {
        var a = Article(title: "Bài \(file)", date: ArticleDate(year: y, month: m, day: d), original: file, body: "Thân bài.")
        a.source = source
        return Assemble.Input(article: a, sourcePath: file)
    }

    func partial(_ file: String, _ d: Int, _ m: Int, weekday: Int? = nil, source: String? = nil) -> Assemble.Input {
        var a = Article(title: "Bài \(file)", date: nil, original: file, body: "Thân bài.")
        a.partialDate = DayMonth(day: d, month: m, weekday: weekday)
        a.source = source
        return Assemble.Input(article: a, sourcePath: file)
    }

    func placed(_ inputs: [Assemble.Input], rules: [YearRule] = []) -> ([Int: YearPlacement.Placement], [Diagnostic]) {
        var notes: [Diagnostic] = []
        let p = YearPlacement.place(inputs, rules: rules, diagnostics: &notes)
        return (p, notes)
    }

    // MARK: reading the weekday

    @Test func theLeadsWeekdayIsKeptWithItsDayAndMonth() {
        #expect(ingest("Khai mạc hội nghị\n\nSáng thứ Hai (26/6), tại Hà Nội, hội nghị đã khai mạc.\n").article.partialDate
                == DayMonth(day: 26, month: 6, weekday: 1))
        #expect(ingest("Lễ hội\n\nTối thứ 7 (24/6), lễ hội mùa hè đã diễn ra ở Huế.\n").article.partialDate?.weekday == 6)
        #expect(ingest("Lễ hội\n\nSáng Chủ nhật 25/6, lễ hội mùa hè đã bế mạc ở Huế.\n").article.partialDate?.weekday == 0)
        // "Ngày thứ hai" is the second day of something, not a Monday.
        #expect(ingest("Hội nghị\n\nNgày thứ hai (2/3) của hội nghị, các đại biểu thảo luận ở tổ.\n").article.partialDate
                == DayMonth(day: 2, month: 3))
    }

    @Test func theWeekdayGoesThroughFrontMatter() throws {
        var a = Article(title: "T", date: nil, original: "t.txt", body: "Thân bài.")
        a.partialDate = DayMonth(day: 26, month: 6, weekday: 1)
        let text = DocumentWriter.write(a)
        #expect(text.contains("date_weekday: thứ Hai"))
        guard case .success(let back) = DocumentReader.read(text, fileName: "t.md") else { Issue.record("not read"); return }
        #expect(back.article.partialDate == DayMonth(day: 26, month: 6, weekday: 1))
    }

    // MARK: the evidence

    /// 26/6/2017 was a Monday; 26/6/2016 a Sunday; 26/6/2018 a Tuesday.
    @Test func datedArticlesOfTheSameFolderPlaceTheYear() {
        let folder = [dated("bao/a.txt", 2017, 3, 1), dated("bao/b.txt", 2017, 9, 30)]
        let (p, _) = placed(folder + [partial("bao/c.txt", 26, 6), partial("bao/d.txt", 26, 6, weekday: 1)])
        #expect(p[2]?.date == ArticleDate(year: 2017, month: 6, day: 26, inferred: true))
        #expect(p[2]?.note.contains("độ tin cậy vừa") == true)
        #expect(p[3]?.note.contains("độ tin cậy cao") == true)
        #expect(p[3]?.note.contains("khớp với thứ Hai") == true)
        // A weekday the folder's year does not have: no guess.
        #expect(placed(folder + [partial("bao/e.txt", 26, 6, weekday: 3)]).0.isEmpty)
        // Another folder learns nothing from this one.
        #expect(placed(folder + [partial("khac/f.txt", 26, 6)]).0.isEmpty)
    }

    @Test func aDayJustOutsideTheFolderSpanIsPlacedAcrossTheNewYear() {
        let folder = [dated("x/a.txt", 2016, 11, 20), dated("x/b.txt", 2016, 12, 28)]
        #expect(placed(folder + [partial("x/c.txt", 5, 1)]).0[2]?.date.year == 2017)
        // Beyond the margin, no year fits.
        #expect(placed(folder + [partial("x/d.txt", 5, 6)]).0.isEmpty)
    }

    @Test func datedArticlesYearsApartOrAloneSayNothing() {
        #expect(placed([dated("a.txt", 2017, 3, 1), dated("b.txt", 2020, 3, 1), partial("c.txt", 26, 6)]).0.isEmpty)
        #expect(placed([dated("a.txt", 2017, 3, 1), partial("c.txt", 26, 6)]).0.isEmpty)
        // A weekday alone leaves the year unknown.
        #expect(placed([partial("c.txt", 26, 6, weekday: 1)]).0.isEmpty)
    }

    @Test func theSameSourcePlacesOnlyWithAWeekdayThatAgrees() {
        let source = [dated("x/a.txt", 2017, 3, 1, source: "Báo Mẫu"), dated("y/b.txt", 2017, 8, 1, source: "Báo Mẫu")]
        #expect(placed(source + [partial("z/c.txt", 26, 6, source: "báo mẫu")]).0.isEmpty)
        let p = placed(source + [partial("z/c.txt", 26, 6, weekday: 1, source: "báo mẫu")]).0
        #expect(p[2]?.date == ArticleDate(year: 2017, month: 6, day: 26, inferred: true))
        #expect(p[2]?.note.contains("cùng nguồn «Báo Mẫu»") == true)
    }

    @Test func aFolderNamedAsAYear() {
        #expect(placed([partial("luu/2009/06/a.txt", 26, 6)]).0[0]?.date == ArticleDate(year: 2009, month: 6, day: 26, inferred: true))
        // 26/6/2009 was a Friday.
        #expect(placed([partial("luu/2009/a.txt", 26, 6, weekday: 1)]).0.isEmpty)
    }

    @Test func siteYmlGivesAYearOrASpan() {
        let one = [YearRule(key: "cu/", first: 2005, last: 2005, line: 4)]
        let p = placed([partial("cu/a.txt", 3, 3)], rules: one).0
        // The archivist's word is a fact, not a guess.
        #expect(p[0]?.date == ArticleDate(year: 2005, month: 3, day: 3, inferred: false))
        // A weekday that contradicts it: a warning naming the file, and no year.
        let (none, notes) = placed([partial("cu/b.txt", 26, 6, weekday: 1)], rules: one)
        #expect(none.isEmpty)
        #expect(notes.count == 1 && notes[0].file == "cu/b.txt" && notes[0].message.contains("line 4"))
        // A span with a weekday: the one year of 2004–2006 where 26/6 is a Monday is 2006.
        let span = [YearRule(key: "vntc_*", first: 2004, last: 2006)]
        #expect(placed([partial("vntc_12.txt", 26, 6, weekday: 1)], rules: span).0[0]?.date
                == ArticleDate(year: 2006, month: 6, day: 26, inferred: true))
        #expect(placed([partial("vntc_12.txt", 26, 6)], rules: span).0.isEmpty)
        #expect(placed([partial("khac_12.txt", 26, 6, weekday: 1)], rules: span).0.isEmpty)
        // By source.
        #expect(placed([partial("a.txt", 3, 3, source: "Tuổi Trẻ")], rules: [YearRule(key: "Tuổi trẻ", first: 2005, last: 2005)]).0[0]?.date.year == 2005)
    }

    /// 29/2 exists in leap years only, and a rule that covers nothing is most likely mistyped.
    @Test func leapDaysAndRulesThatCoverNothing() {
        #expect(placed([partial("luu/2008/a.txt", 29, 2)]).0[0]?.date == ArticleDate(year: 2008, month: 2, day: 29, inferred: true))
        #expect(placed([partial("luu/2009/a.txt", 29, 2)]).0.isEmpty)
        let (none, notes) = placed([partial("cu/a.txt", 29, 2)], rules: [YearRule(key: "cu/", first: 2005, last: 2005, line: 2)])
        #expect(none.isEmpty)
        #expect(notes.map(\.message) == ["the lead gives 29/2, which does not exist in 2005 ('years' in site.yml, line 2); the year is left unknown"])
        let (_, unused) = placed([partial("bao/a.txt", 3, 3)], rules: [YearRule(key: "khong-co/", first: 2010, last: 2010, line: 7)])
        #expect(unused.count == 1 && unused[0].line == 7 && unused[0].kind == .config && unused[0].message.contains("covers no article"))
        // "./bao/" is the folder "bao/".
        #expect(placed([partial("bao/a.txt", 3, 3)], rules: [YearRule(key: "./bao/", first: 2010, last: 2010)]).0[0]?.date.year == 2010)
    }

    @Test func siteYmlYearsAreReadWithTheirLines() {
        let (config, notes) = ConfigLoader.site(yaml: "title: T\nyears:\n  \"vntc_*\": 2004-2006\n  cu/: 2005\n  sai: năm ngoái\n", file: "site.yml")
        #expect(config.years == [YearRule(key: "vntc_*", first: 2004, last: 2006, line: 3), YearRule(key: "cu/", first: 2005, last: 2005, line: 4)])
        #expect(notes.count == 1 && notes[0].line == 5)
        #expect(YearRule(key: "vntc_*", first: 1, last: 1).covers(path: "vntc_1.txt", source: nil))
        #expect(!YearRule(key: "vntc_*", first: 1, last: 1).covers(path: "baomoi_1.txt", source: nil))
        #expect(YearRule(key: "bao/2017", first: 1, last: 1).covers(path: "bao/2017/a.txt", source: nil))
        #expect(!YearRule(key: "bao/2017", first: 1, last: 1).covers(path: "bao/20171/a.txt", source: nil))
    }

    // MARK: what the site shows

    @Test func aGuessedYearIsShownAsAGuessAndNeverAsAFact() throws {
        let inputs = [dated("bao/a.txt", 2017, 3, 1), dated("bao/b.txt", 2017, 9, 30),
                      partial("bao/c.txt", 26, 6, weekday: 1)]
        let (site, _) = Assemble.site(inputs)
        let i = try #require(site.articles.firstIndex { $0.sourcePath == "bao/c.txt" })
        // Listed in its year, between the dated articles, not with the undated ones.
        #expect(site.articles.map(\.sourcePath) == ["bao/b.txt", "bao/c.txt", "bao/a.txt"])
        #expect(site.undated.isEmpty && site.timeline.map(\.year) == [2017])
        #expect(site.articles[i].statedDate == nil)
        let fields = PartMaker.dates(site.articles[i].article.date, note: site.articles[i].yearNote)
        #expect(fields.date == "26/06/2017 (suy đoán)")   // no weekday
        #expect(fields.shortDate == "26/06/2017 (suy đoán)")
        #expect(fields.yearNote?.contains("2 bài có ngày trong cùng thư mục «bao»") == true)
    }

    /// A `years:` entry that covers nothing is named in site.yml, where it is, on this build and on a
    /// build that changes nothing (which says what the last one said).
    @Test func anUnusedYearsEntryNamesSiteYml() throws {
        let root = temporaryDirectory("yp-config")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("out")
        let config = root.appendingPathComponent("site.yml")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "Tin mới\nNgày đăng: 01/03/2017\n\nĐoàn đại biểu đã đến thăm tỉnh Lào Cai trong ngày hôm ấy.\n"
            .write(to: seeds.appendingPathComponent("tin.txt"), atomically: true, encoding: .utf8)
        try "title: Thử\nyears:\n  \"khong-co/\": 2017\n".write(to: config, atomically: true, encoding: .utf8)
        let options = BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, config: config.path)
        for _ in 0..<2 {
            let notes = Builder.build(options).diagnostics.filter { $0.kind == .config }
            #expect(notes.map(\.file) == [config.path] && notes.map(\.line) == [3], "\(notes)")
        }
    }

    @Test func feedsAndOfficeSpansLeaveAGuessedYearOut() throws {
        let seeds = temporaryDirectory("yp-seeds"), out = temporaryDirectory("yp-out")
        defer { for d in [seeds, out] { try? FileManager.default.removeItem(at: d) } }
        let folder = seeds.appendingPathComponent("bao")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (k, date) in ["01/03/2017", "30/09/2017"].enumerated() {
            try "Tin thứ \(k)\nNgày đăng: \(date)\n\nĐoàn đại biểu đã đến thăm tỉnh Lào Cai trong ngày hôm ấy.\n"
                .write(to: folder.appendingPathComponent("tin\(k).txt"), atomically: true, encoding: .utf8)
        }
        try "Tổng kết mùa lũ\n\nSáng thứ Hai (26/6), Bộ trưởng Bộ Tài chính Trần Văn Mẫu đã chủ trì buổi tổng kết mùa lũ.\n"
            .write(to: folder.appendingPathComponent("tong-ket.txt"), atomically: true, encoding: .utf8)
        let r = Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, baseURL: "https://vi.example/"))
        #expect(!r.aborted)
        let page = try String(contentsOf: out.appendingPathComponent("articles/tong-ket-mua-lu/index.html"), encoding: .utf8)
        #expect(page.contains(">26/06/2017 (suy đoán)</time>"))
        #expect(page.contains("độ tin cậy cao"))
        #expect(!page.contains("Thứ Hai, 26/06/2017"))
        let feed = try String(contentsOf: out.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(!feed.contains("tong-ket-mua-lu") && feed.contains("tin-thu-0"))
        let sitemap = try String(contentsOf: out.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains("2017-06-26"))
        let year = try String(contentsOf: out.appendingPathComponent("timeline/2017/index.html"), encoding: .utf8)
        #expect(year.contains("tong-ket-mua-lu"))
        // The title is held in a guessed year only: the office has no span, one article without a year.
        let person = try String(contentsOf: out.appendingPathComponent("people/tran-van-mau/index.html"), encoding: .utf8)
        #expect(person.contains("<span class=\"span\">không rõ năm</span>"))
    }

    /// A text edit in the preview server keeps the year the archive placed (the archive is as it was).
    @Test func aPatchedArticleKeepsItsPlacedYear() {
        var inputs = [dated("bao/a.txt", 2017, 3, 1), dated("bao/b.txt", 2017, 9, 30), partial("bao/c.txt", 26, 6)]
        let cache = Assemble.Cache()
        _ = Assemble.site(inputs, cache: cache)
        inputs[2].article.body = "Thân bài đã sửa."
        let (patched, _) = Assemble.site(inputs, cache: cache, changedInputs: [2])
        let (clean, _) = Assemble.site(inputs)
        #expect(cache.reused == 1)
        #expect(patched.articles.map(\.article.date) == clean.articles.map(\.article.date))
        #expect(patched.articles.map(\.yearNote) == clean.articles.map(\.yearNote))
        #expect(patched.articles[1].article.body == "Thân bài đã sửa.")
    }
}
