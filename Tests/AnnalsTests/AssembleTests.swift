import Testing
@testable import Annals

@Suite struct AssembleTests {
    func input(_ title: String, _ date: ArticleDate?, people: [String] = [], roles: [String: [String]] = [:], file: String) -> Assemble.Input {
        Assemble.Input(article: Article(title: title, date: date, people: people, roles: roles, original: file, body: "Thân bài."), sourcePath: file)
    }

    @Test func sortsNewestFirstUndatedLast() {
        let (site, _) = Assemble.site([
            input("B", ArticleDate(year: 2020, month: 1, day: 1), file: "b.txt"),
            input("Không ngày", nil, file: "z.txt"),
            input("A", ArticleDate(year: 2022, month: 5, day: 1), file: "a.txt"),
        ])
        #expect(site.articles.map(\.article.title) == ["A", "B", "Không ngày"])
        #expect(site.undated == [2])
        #expect(site.timeline.map(\.year) == [2022, 2020])
    }

    /// A one-off misspelling sorts before the real name ("Trong" < "Trọng") but must not take its address.
    @Test func theMostMentionedSpellingKeepsThePlainPersonSlug() {
        let d = ArticleDate(year: 2020, month: 1, day: 1)
        var inputs = [input("Sai chính tả", d, people: ["Lê Văn Tam"], file: "typo.txt")]
        for k in 0..<3 { inputs.append(input("Bài \(k)", d, people: ["Lê Văn Tám"], file: "a\(k).txt")) }
        let (site, _) = Assemble.site(inputs)
        let slugs = Dictionary(uniqueKeysWithValues: site.people.map { ($0.name, $0.slug) })
        #expect(slugs == ["Lê Văn Tám": "le-van-tam", "Lê Văn Tam": "le-van-tam-2"])
        // Equal counts: the order given (Vietnamese order) decides, as before.
        #expect(Slugs.people(["Lê Văn Tam", "Lê Văn Tám"], articleCounts: [2, 2]) == ["le-van-tam", "le-van-tam-2"])
        #expect(Slugs.people(["Lê Văn Tam", "Lê Văn Tám", "Lê Vân Tâm"], articleCounts: [1, 5, 3]) == ["le-van-tam-3", "le-van-tam", "le-van-tam-2"])
        // A name whose own slug looks numbered is never given to another.
        #expect(Slugs.people(["A B", "Á B", "A B 2"], articleCounts: [1, 2, 1]) == ["a-b-3", "a-b", "a-b-2"])
    }

    /// Without a year, a day and month still place an article: after the dated ones, in calendar order.
    @Test func dayAndMonthWithoutYearInCalendarOrder() {
        func partial(_ title: String, _ day: Int, _ month: Int, file: String) -> Assemble.Input {
            var a = Article(title: title, date: nil, people: [], roles: [:], original: file, body: "Thân bài.")
            a.partialDate = DayMonth(day: day, month: month)
            return Assemble.Input(article: a, sourcePath: file)
        }
        let (site, _) = Assemble.site([
            input("Không ngày", nil, file: "a.txt"),
            partial("Tháng mười hai", 3, 12, file: "b.txt"),
            input("Có ngày", ArticleDate(year: 2020, month: 1, day: 1), file: "c.txt"),
            partial("Ngày 26/6", 26, 6, file: "d.txt"),
            partial("Ngày 2/6", 2, 6, file: "e.txt"),
        ])
        #expect(site.articles.map(\.sourcePath) == ["c.txt", "e.txt", "d.txt", "b.txt", "a.txt"])
        #expect(site.undated == [1, 2, 3, 4])
    }

    /// A person's articles read oldest first, then those with a day and month in calendar order, then those
    /// with no date, as the timeline lists them.
    @Test func aPersonsArticlesOldestFirstThenDayAndMonthThenUndated() throws {
        func article(_ file: String, _ date: ArticleDate?, partial: DayMonth? = nil) -> Assemble.Input {
            var a = Article(title: "Bài \(file)", date: date, people: ["Nguyễn Văn An"], original: file, body: "Thân bài.")
            a.partialDate = partial
            return Assemble.Input(article: a, sourcePath: file)
        }
        let (site, _) = Assemble.site([
            article("a.txt", nil),
            article("b.txt", nil, partial: DayMonth(day: 3, month: 12)),
            article("c.txt", ArticleDate(year: 2021, month: 1, day: 1)),
            article("d.txt", nil, partial: DayMonth(day: 26, month: 6)),
            article("e.txt", ArticleDate(year: 2019, month: 5, day: 2)),
            article("f.txt", nil),
        ])
        let person = try #require(site.people.first)
        #expect(person.articles.map { site.articles[$0].sourcePath } == ["e.txt", "c.txt", "d.txt", "b.txt", "a.txt", "f.txt"])
    }

    @Test func collidingSlugsAreDistinctAndStable() {
        let d1 = ArticleDate(year: 2020, month: 1, day: 1), d2 = ArticleDate(year: 2021, month: 1, day: 1)
        let (site, notes) = Assemble.site([input("Cùng tên", d2, file: "b.txt"), input("Cùng tên", d1, file: "a.txt")])
        let slugs = Dictionary(uniqueKeysWithValues: site.articles.map { ($0.sourcePath, $0.slug) })
        // The older article keeps the plain slug; the newer one gets its date.
        #expect(slugs["a.txt"] == "cung-ten")
        #expect(slugs["b.txt"] == "cung-ten-2021-01-01")
        #expect(notes.contains { $0.kind == .duplicateSlug })
    }

    /// Slugs as they were given before only the shared ones were sorted: every slug grouped and sorted.
    /// (The warnings about shared slugs only: those about unsafe ones come first and did not change.)
    static func referenceSlugs(_ all: [Assemble.Input], order: [Int], diagnostics: inout [Diagnostic]) -> [String] {
        var wanted = order.map { all[$0].derived.slug }
        var groups: [String: [Int]] = [:]
        for (i, s) in wanted.enumerated() { groups[s, default: []].append(i) }
        var taken = Set(groups.keys)
        for (slug, members) in groups.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let ordered = Array(members.reversed())
            let names = ordered.map { all[order[$0]].sourcePath }
            diagnostics.append(Diagnostic(.warning, .duplicateSlug, file: names[1], "same slug '\(slug)' as \(names[0]); given a distinct one"))
            var n = 2
            for i in ordered.dropFirst() {
                var candidate = all[order[i]].article.date.map { "\(slug)-\($0.isoString.prefix(10))" } ?? "\(slug)-2"
                while taken.contains(candidate) { n += 1; candidate = "\(slug)-\(n)" }
                taken.insert(candidate)
                wanted[i] = candidate
            }
        }
        return wanted
    }

    /// Many articles sharing few titles, dates and front-matter slugs that collide with the numbered and
    /// dated slugs given to namesakes: the same slugs and warnings as the reference.
    @Test func sharedSlugsAgreeWithTheReference() {
        var random = TestRandom(seed: 6)
        let titles = ["Cùng tên", "Họp báo", "Tin mới", "Đà Nẵng"]
        let asked = ["cung-ten-2", "cung-ten-3", "hop-bao-2020-01-01", "tin-moi", "da-nang-2", "../x", nil, nil, nil]
        for round in 0..<60 {
            let inputs: [Assemble.Input] = (0..<(1 + random.next(60))).map { k in
                let date = random.next(4) == 0 ? nil : ArticleDate(year: 2019 + random.next(3), month: 1, day: 1 + random.next(2))
                var i = input(titles[random.next(titles.count)], date, file: "f\(k).txt")
                if let s = asked[random.next(asked.count)] { i = Assemble.Input(article: { var a = i.article; a.slug = s; return a }(), sourcePath: i.sourcePath) }
                return i
            }
            let order = Assemble.newestFirst(inputs)
            var got: [Diagnostic] = [], want: [Diagnostic] = []
            let slugs = Slugs.articles(inputs, order: order, diagnostics: &got)
            #expect(slugs == Self.referenceSlugs(inputs, order: order, diagnostics: &want), "round \(round)")
            let shared = got.filter { $0.kind == .duplicateSlug }
            #expect(shared.map(\.message) == want.map(\.message) && shared.map(\.file) == want.map(\.file), "round \(round)")
            #expect(got.filter { $0.kind == .slug }.count == order.filter { inputs[$0].derived.unsafeSlug != nil }.count, "round \(round)")
            #expect(Set(slugs).count == slugs.count, "round \(round)")
        }
    }

    @Test func unsafeSlugFromFrontMatterIsReplaced() {
        var i = input("Tiêu đề", nil, file: "x.md")
        i.article.slug = "../../etc"
        let (site, notes) = Assemble.site([i])
        #expect(site.articles[0].slug == "etc")
        #expect(notes.contains { $0.kind == .slug })
    }

    @Test func peopleMergeAcrossTonePlacementsAndCountArticles() {
        let d = ArticleDate(year: 2020, month: 1, day: 1)
        let (site, _) = Assemble.site([
            input("Một", d, people: ["Lê Văn Hoà", "Trần An"], roles: ["Lê Văn Hoà": ["Bí thư Thành uỷ"]], file: "1.txt"),
            input("Hai", ArticleDate(year: 2021, month: 1, day: 1), people: ["Lê Văn Hòa"], roles: ["Lê Văn Hòa": ["Bí thư Thành ủy"]], file: "2.txt"),
            input("Ba", ArticleDate(year: 2022, month: 1, day: 1), people: ["Lê Văn Hòa", "Trần An"], file: "3.txt"),
        ])
        #expect(site.people.count == 2)
        let hoa = site.people.first { $0.slug == "le-van-hoa" }!
        #expect(hoa.name == "Lê Văn Hòa")  // the more frequent form
        #expect(hoa.articles.count == 3)
        #expect(hoa.titles.count == 1)
        #expect(hoa.titles[0].articles.count == 2)
        #expect(hoa.companions.first?.count == 2)
        // Vietnamese order: given name first (An before Hòa).
        #expect(site.people.map(\.slug) == ["tran-an", "le-van-hoa"])
    }

    @Test func registryAliasesAndNotPeople() {
        var registry = Registry()
        registry.aliases[Vietnamese.matchKey("Bác Hồ")] = "Hồ Chí Minh"
        registry.notPeople.insert(Vietnamese.matchKey("Hoàng Văn Thụ"))
        let (site, _) = Assemble.site([input("X", nil, people: ["Bác Hồ", "Hoàng Văn Thụ", "Hồ Chí Minh"], file: "x.txt")], registry: registry)
        #expect(site.people.map(\.name) == ["Hồ Chí Minh"])
        #expect(site.articles[0].people == [0])
    }
}

@Suite struct CompanionSelectionTests {
    /// Picking the most frequent companions without sorting them all gives what sorting all gives.
    @Test func topMatchesAFullSort() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33) % n
        }
        for round in 0..<300 {
            var counts: [Int: Int] = [:]
            for _ in 0..<next(60) { counts[next(200), default: 0] += 1 + next(4) }
            let limit = round % 12
            let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            let picked = PeopleIndex.top(limit, of: counts)
            #expect(picked.map(\.key) == sorted.map(\.key) && picked.map(\.value) == sorted.map(\.value))
        }
    }
}

@Suite struct TimelinePageTests {
    /// A page of a year, found month by month, is the same slice as listing the whole year.
    @Test func pagesAreSlicesOfTheWholeYear() {
        let year = TimelineYear(year: 2020, months: [
            TimelineMonth(month: 12, articles: Array(0..<7)), TimelineMonth(month: 11, articles: []),
            TimelineMonth(month: 5, articles: Array(7..<30)), TimelineMonth(month: 1, articles: [30]),
        ])
        let all = year.months.flatMap { m in m.articles.map { (m.month, $0) } }
        for per in [1, 3, 7, 10, 31, 50] {
            for page in 1...(all.count / per + 2) {
                let lo = min(all.count, (page - 1) * per), hi = min(all.count, page * per)
                let want = all[lo..<hi]
                let got = year.page(page, per: per)
                #expect(got.map(\.month) == want.map(\.0) && got.map(\.article) == want.map(\.1), "per \(per) page \(page)")
            }
        }
    }
}

@Suite struct ByteKeyTests {
    /// Keys compare bytes, not canonical equivalence: "é" precomposed and decomposed are two people's keys.
    @Test func equalityIsByteForByte() {
        #expect(ByteKey("Nguyễn Văn An") == ByteKey("Nguyễn Văn An"))
        #expect(ByteKey("Nguyễn Văn An") != ByteKey("Nguyễn Văn Ân"))
        #expect(ByteKey("\u{E9}") != ByteKey("e\u{301}"))
        #expect(ByteKey("") == ByteKey(""))
        #expect(ByteKey("a") != ByteKey(""))
        // A string cut from a longer one compares the same way.
        let bridged = String("Thủ đô Hà Nội".dropFirst(7))
        #expect(ByteKey(bridged) == ByteKey("Hà Nội"))
        #expect(Set([ByteKey("Hà Nội"), ByteKey(bridged), ByteKey("Ha Noi")]).count == 2)
    }
}
