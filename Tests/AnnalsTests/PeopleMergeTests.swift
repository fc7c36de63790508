import Foundation
import Testing
@testable import Annals

/// Spellings of one person merged when the evidence is clear, and only then.
@Suite struct PeopleMergeTests {
    /// One article a day from 1 March 2021, each naming `people` with the titles in `roles`.
    func site(_ articles: [(people: [String], roles: [String: [String]])], registry: Registry = Registry()) -> Site {
        let inputs = articles.enumerated().map { i, a in
            Assemble.Input(article: Article(title: "Bài \(i)", date: ArticleDate(year: 2021, month: 3, day: 1 + i), people: a.people,
                                            roles: a.roles, original: "b\(i).txt", body: "Thân bài."), sourcePath: "b\(i).txt")
        }
        return Assemble.site(inputs, registry: registry).0
    }

    func person(_ site: Site, _ name: String) -> Person? { site.people.first { $0.name == name } }

    @Test func aSyllableNoVietnameseWordHasMergesIntoTheValidSpelling() throws {
        // The impossible spelling is in more articles, and still does not name the person.
        let s = site([
            (["Trần Đưc Lâm"], [:]), (["Trần Đưc Lâm"], [:]),
            (["Trần Đức Lâm", "Lê Hồng Quân"], [:]),
        ])
        #expect(Set(s.people.map(\.name)) == ["Lê Hồng Quân", "Trần Đức Lâm"])
        let lam = try #require(person(s, "Trần Đức Lâm"))
        #expect(lam.articles.count == 3)
        #expect(lam.slug == "tran-duc-lam")
        #expect(lam.merged == [MergedSpelling(name: "Trần Đưc Lâm", key: Vietnamese.matchKey("Trần Đưc Lâm"), articles: 2,
                                              reason: "a syllable no Vietnamese word has")])
        // Every article points at the one person; the companion is counted once per article.
        let i = try #require(s.people.firstIndex { $0.name == "Trần Đức Lâm" })
        #expect(s.articles.allSatisfy { $0.people.contains(i) })
        #expect(person(s, "Lê Hồng Quân")?.companions.map(\.count) == [1])
    }

    @Test func syllablesEndingInAStop() {
        #expect(Vietnamese.hasImpossibleSyllable("Vũ Đưc Đam"))
        #expect(Vietnamese.hasImpossibleSyllable("Lê Văn Tiềp"))
        #expect(Vietnamese.hasImpossibleSyllable("Hoàng Bảch"))
        #expect(!Vietnamese.hasImpossibleSyllable("Vũ Đức Đam"))
        #expect(!Vietnamese.hasImpossibleSyllable("Lê Văn Tiệp"))
        #expect(!Vietnamese.hasImpossibleSyllable("Hoàng Bạch Anh"))
        #expect(!Vietnamese.hasImpossibleSyllable("Nguyễn Phú Trong"))
    }

    @Test func twoValidSpellingsBesideAnImpossibleOneAreNotChosenBetween() {
        let s = site([(["Trần Đưc Lâm"], [:]), (["Trần Đức Lâm"], [:]), (["Trần Đực Lâm"], [:])])
        #expect(s.people.count == 3)
    }

    @Test func aSharedOfficeFewHoldMerges() throws {
        let s = site([
            (["Đỗ Quang Tùng"], ["Đỗ Quang Tùng": ["Bộ trưởng Bộ Tài chính"]]),
            (["Đỗ Quang Tùng"], ["Đỗ Quang Tùng": ["Bộ trưởng Bộ Tài chính"]]),
            // The typo beside the right spelling in one article: still one person.
            (["Đỗ Quang Tùng", "Đỗ Quang Tung"], ["Đỗ Quang Tung": ["Bộ trưởng Tài chính"]]),
            (["Mai Thị Hòa"], ["Mai Thị Hòa": ["Phó Thủ tướng"]]),
            (["Mai Thi Hoa"], ["Mai Thi Hoa": ["Phó Thủ tướng Chính phủ"]]),
        ])
        #expect(Set(s.people.map(\.name)) == ["Đỗ Quang Tùng", "Mai Thị Hòa"])
        let tung = try #require(person(s, "Đỗ Quang Tùng"))
        #expect(tung.articles.count == 3)
        #expect(tung.merged.map(\.reason) == ["same office"])
        #expect(tung.offices.map(\.title) == ["Bộ trưởng Bộ Tài chính"])
        // Each article lists the person once, with the titles of the first spelling it wrote.
        #expect(s.articles.allSatisfy { Set($0.people).count == $0.people.count })
    }

    @Test func spellingsThatDifferByAToneMarkStayTwoPeopleWithoutADistinctiveOffice() {
        let s = site([
            // A bare rank, a rank with only the kind of body, a seat in a large assembly: held by many at once.
            (["Nguyễn Văn Hùng"], ["Nguyễn Văn Hùng": ["Bộ trưởng"]]),
            (["Nguyễn Văn Hưng"], ["Nguyễn Văn Hưng": ["Bộ trưởng"]]),
            (["Phan Đình Thắng"], ["Phan Đình Thắng": ["Chủ tịch UBND tỉnh"]]),
            (["Phan Đình Thăng"], ["Phan Đình Thăng": ["Chủ tịch UBND tỉnh"]]),
            (["Võ Thị Lan"], ["Võ Thị Lan": ["Đại biểu Quốc hội"]]),
            (["Võ Thị Lân"], ["Võ Thị Lân": ["Đại biểu Quốc hội"]]),
            // Different offices.
            (["Lý Văn Hải"], ["Lý Văn Hải": ["Giám đốc Sở Y tế Cần Thơ"]]),
            (["Lý Văn Hài"], ["Lý Văn Hài": ["Bí thư Huyện ủy Phong Điền"]]),
            // No office at all.
            (["Đặng Văn Kiên"], [:]), (["Đặng Văn Kiển"], [:]),
        ])
        #expect(s.people.count == 10)
        #expect(s.people.allSatisfy { $0.merged.isEmpty })
    }

    /// The same office written with UBND and with the words spelt out joins two spellings one tone apart; the
    /// office of a commune named as a province does not.
    @Test func anOfficeWrittenWithAndWithoutItsAbbreviationIsOne() {
        let s = site([
            (["Trần Văn Tâm"], ["Trần Văn Tâm": ["Chủ tịch UBND tỉnh An Giang"]]),
            (["Trần Văn Tám"], ["Trần Văn Tám": ["Chủ tịch Ủy ban nhân dân tỉnh An Giang"]]),
            (["Lê Thị Thu"], ["Lê Thị Thu": ["Phó Chủ tịch UBND xã Hòa Bình"]]),
            (["Lê Thị Thư"], ["Lê Thị Thư": ["Phó Chủ tịch Ủy ban nhân dân xã Hòa Bình"]]),
        ])
        #expect(s.people.count == 3)
        #expect(s.people.contains { $0.merged.count == 1 && $0.articles.count == 2 && Slug.make($0.name) == "tran-van-tam" })
    }

    @Test func distinctiveOffices() {
        for office in ["Tổng Bí thư", "Phó Thủ tướng", "Bộ trưởng Ngoại giao", "Bí thư Thành ủy Hà Nội", "Ủy viên Bộ Chính trị",
                       "Ngoại trưởng Cuba", "Chủ tịch Quốc hội Cuba", "Giám đốc Sở Tài chính Hà Nội", "Trưởng Ban Tổ chức Trung ương",
                       "Chủ tịch UBND tỉnh An Giang", "Chủ tịch Ủy ban nhân dân tỉnh An Giang", "Chủ tịch UBND tỉnh Hòa Bình"] {
            #expect(PeopleMerge.isDistinctive(OfficeTitle(office).key), "\(office)")
        }
        for office in ["Bộ trưởng", "Chủ tịch", "Phó Giám đốc", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh",
                       "Phó Chủ tịch HĐND huyện", "Phó Chủ tịch Ủy ban nhân dân huyện Châu Thành",
                       // A commune named as a province is one of several.
                       "Chủ tịch UBND xã Hòa Bình", "Phó Chủ tịch Ủy ban nhân dân xã Vinh", "Đại biểu Quốc hội",
                       "Ủy viên Trung ương Đảng", "UVTƯ Đảng", "Giám đốc Công ty", "tác giả",
                       // Posts every province has: one of dozens unless the place is named.
                       "Giám đốc Sở Tài chính", "Hiệu trưởng Trường THPT Chuyên", "Giám đốc Bệnh viện Đa khoa"] {
            #expect(!PeopleMerge.isDistinctive(OfficeTitle(office).key), "\(office)")
        }
    }

    @Test func aForeignShortFormMergesIntoTheOnlyNameThatContinuesIt() throws {
        let s = site([
            (["Maria Gonzalez"], [:]),
            (["Maria Gonzalez Ortega"], [:]),
            // Two names continue it: not clear.
            (["Carlos Mendez"], [:]), (["Carlos Mendez Ruiz"], [:]), (["Carlos Mendez Soto"], [:]),
            // Vietnamese names of three syllables are names of their own.
            (["Phan Thị Mai"], [:]), (["Phan Thị Mai Anh"], [:]),
            // One word is no name to continue.
            (["Ortega"], [:]),
            // A son is no fuller form of his father's name.
            (["Robert Hale"], [:]), (["Robert Hale Jr"], [:]),
        ])
        #expect(Set(s.people.map(\.name)) == ["Carlos Mendez", "Carlos Mendez Ruiz", "Carlos Mendez Soto", "Maria Gonzalez Ortega",
                                                  "Ortega", "Phan Thị Mai", "Phan Thị Mai Anh", "Robert Hale", "Robert Hale Jr"])
        // Same count: the fuller form names the person.
        let maria = try #require(person(s, "Maria Gonzalez Ortega"))
        #expect(maria.slug == "maria-gonzalez-ortega")
        #expect(maria.merged.map(\.name) == ["Maria Gonzalez"])
        #expect(maria.merged.map(\.reason) == ["short form"])
    }

    @Test func aForeignNameOneLetterApartMergesWhenTheOfficeIsShared() throws {
        let s = site([
            (["Julio Ferrer Castillo"], ["Julio Ferrer Castillo": ["Chủ tịch Thượng viện Chile"]]),
            (["Julio Ferrer Castillo"], ["Julio Ferrer Castillo": ["Chủ tịch Thượng viện"]]),
            (["Julio Ferrer Castilo"], ["Julio Ferrer Castilo": ["Chủ tịch Thượng viện Chile"]]),
            // No office in common: listed, not merged.
            (["Anna Kowalska"], ["Anna Kowalska": ["Bộ trưởng Y tế"]]),
            (["Anna Kowalsky"], ["Anna Kowalsky": ["Thị trưởng Gdansk"]]),
            // Vietnamese names a letter apart ("thuong", "truong") are different names, whatever they hold.
            (["Trịnh Văn Thưởng"], ["Trịnh Văn Thưởng": ["Bộ trưởng Bộ Công Thương"]]),
            (["Trịnh Văn Trưởng"], ["Trịnh Văn Trưởng": ["Bộ trưởng Bộ Công Thương"]]),
        ])
        let julio = try #require(person(s, "Julio Ferrer Castillo"))
        #expect(julio.merged.map(\.name) == ["Julio Ferrer Castilo"])
        #expect(julio.articles.count == 3)
        #expect(person(s, "Anna Kowalska")?.merged.isEmpty == true)
        #expect(person(s, "Anna Kowalsky") != nil)
        #expect(s.people.filter { $0.name.hasPrefix("Trịnh Văn") }.count == 2)
        #expect(PeopleMerge.nearSpellings(["anna-kowalska", "anna-kowalsky", "trinh-van-thuong", "trinh-van-truong", "le-an"])
            .map { [$0.0, $0.1] } == [["anna-kowalska", "anna-kowalsky"]])
        // The listing of likely duplicates offers the pair left apart.
        let groups = LikelyDuplicates.find(s.people)
        #expect(groups.map { g in ([g.main] + g.others).map { s.people[$0].name }.sorted() } == [["Anna Kowalska", "Anna Kowalsky"]])
    }

    @Test func oneEditApart() {
        #expect(PeopleMerge.oneEditApart("hernandez", "hernandes"))
        #expect(PeopleMerge.oneEditApart("hernandez", "henandez"))
        #expect(PeopleMerge.oneEditApart("henandez", "hernandez"))
        #expect(PeopleMerge.oneEditApart("hernandez", "hernadnez"))
        #expect(!PeopleMerge.oneEditApart("hernandez", "hernandez"))
        #expect(!PeopleMerge.oneEditApart("hernandez", "fernandes"))
        #expect(!PeopleMerge.oneEditApart("hernandez", "hernan"))
    }

    @Test func theMostFrequentSpellingNamesThePerson() throws {
        let s = site([
            (["Maria Gonzalez"], [:]), (["Maria Gonzalez"], [:]), (["Maria Gonzalez Ortega"], [:]),
            (["Đỗ Quang Tung"], ["Đỗ Quang Tung": ["Thứ trưởng Bộ Tài chính"]]),
            (["Đỗ Quang Tung"], ["Đỗ Quang Tung": ["Thứ trưởng Bộ Tài chính"]]),
            (["Đỗ Quang Tùng"], ["Đỗ Quang Tùng": ["Thứ trưởng Bộ Tài chính"]]),
        ])
        #expect(Set(s.people.map(\.name)) == ["Đỗ Quang Tung", "Maria Gonzalez"])
        #expect(person(s, "Maria Gonzalez")?.slug == "maria-gonzalez")
    }

    @Test func aForeignSpellingWithItsMarksNamesThePersonOverMoreArticlesWithout() throws {
        let senate = ["Chủ tịch Thượng viện Chile"]
        let s = site([
            (["Julio Perez Soto"], ["Julio Perez Soto": senate]), (["Julio Perez Soto"], ["Julio Perez Soto": senate]),
            (["Julio Pérez Soto"], ["Julio Pérez Soto": senate]),
        ])
        #expect(s.people.map(\.name) == ["Julio Pérez Soto"])
        let julio = try #require(person(s, "Julio Pérez Soto"))
        #expect(julio.articles.count == 3)
        #expect(julio.slug == "julio-perez-soto")
        #expect(julio.merged.map(\.name) == ["Julio Perez Soto"])
    }

    @Test func marksAddedAndNoneTaken() {
        #expect(PeopleMerge.addsMarks("Hernández", to: "Hernandez"))
        #expect(PeopleMerge.addsMarks("Müller", to: "MULLER"))
        #expect(!PeopleMerge.addsMarks("Hernandez", to: "Hernández"))
        #expect(!PeopleMerge.addsMarks("Hernández", to: "Hernández"))
        // A mark moved or changed is no mark added.
        #expect(!PeopleMerge.addsMarks("Hernàndez", to: "Hernández"))
        #expect(!PeopleMerge.addsMarks("Hérnandez", to: "Hernández"))
        // Other letters.
        #expect(!PeopleMerge.addsMarks("Hernández", to: "Hernandes"))
        #expect(!PeopleMerge.addsMarks("Hernándezz", to: "Hernandez"))
    }

    @Test func peopleYmlWins() throws {
        let articles: [(people: [String], roles: [String: [String]])] = [
            (["Đỗ Quang Tùng"], ["Đỗ Quang Tùng": ["Bộ trưởng Bộ Tài chính"]]),
            (["Đỗ Quang Tung"], ["Đỗ Quang Tung": ["Bộ trưởng Bộ Tài chính"]]),
            (["Maria Gonzalez"], [:]), (["Maria Gonzalez Ortega"], [:]),
        ]
        #expect(site(articles).people.count == 2)
        // `distinct:` keeps a name apart.
        let (distinct, notes) = ConfigLoader.registry(yaml: "distinct: [Đỗ Quang Tung, Maria Gonzalez]\n", file: "people.yml")
        #expect(notes.isEmpty)
        #expect(site(articles, registry: distinct).people.count == 4)
        // Two names with entries of their own are two people; one entry alone still takes the other spelling in.
        let (both, _) = ConfigLoader.registry(yaml: "people:\n  Đỗ Quang Tùng:\n  Đỗ Quang Tung:\n    title: Kỹ sư\n", file: "people.yml")
        #expect(site(articles, registry: both).people.count == 3)
        let (one, _) = ConfigLoader.registry(yaml: "people:\n  Đỗ Quang Tung:\n    title: Bộ trưởng\n", file: "people.yml")
        let s = site(articles, registry: one)
        #expect(s.people.count == 2)
        // The listed spelling names the person, though no more frequent than the other.
        #expect(person(s, "Đỗ Quang Tung")?.merged.map(\.name) == ["Đỗ Quang Tùng"])
    }

    /// The address of a spelling merged away leads to the person.
    @Test func aMergedSpellingLeavesARedirect() throws {
        let root = temporaryDirectory("merge-redirect")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        func write(_ file: String, _ day: Int, _ name: String) throws {
            try "---\ntitle: Bài số \(day)\ndate: 2022-04-1\(day)\npeople: [\(name)]\n---\nMột đoạn văn.\n"
                .write(to: seeds.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        func build() -> BuildReport { Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path)) }
        func page(_ path: String) -> String? { try? String(contentsOf: out.appendingPathComponent(path), encoding: .utf8) }
        try write("a.md", 1, "Maria Gonzalez")
        #expect(!build().aborted)
        #expect(page("people/maria-gonzalez/index.html")?.contains("<h1>Maria Gonzalez</h1>") == true)
        try write("b.md", 2, "Maria Gonzalez Ortega")
        try write("c.md", 3, "Maria Gonzalez Ortega")
        #expect(!build().aborted)
        #expect(page("people/maria-gonzalez-ortega/index.html")?.contains("<h1>Maria Gonzalez Ortega</h1>") == true)
        #expect(page("people/maria-gonzalez/index.html")?.contains("url=../../people/maria-gonzalez-ortega/") == true)
        // A typo that held the plain address: once merged, the person takes it, and their numbered one leads there.
        func titled(_ file: String, _ day: Int, _ name: String) throws {
            try "---\ntitle: Tin số \(day)\ndate: 2022-05-1\(day)\npeople: [\(name)]\nroles:\n  \(name): [Thứ trưởng Bộ Tài chính]\n---\nMột đoạn.\n"
                .write(to: seeds.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try titled("d.md", 1, "Đỗ Quang Tung")
        try titled("e.md", 2, "Đỗ Quang Tung")
        try write("f.md", 4, "Đỗ Quang Tùng")
        #expect(!build().aborted)
        #expect(page("people/do-quang-tung/index.html")?.contains("<h1>Đỗ Quang Tung</h1>") == true)
        #expect(page("people/do-quang-tung-2/index.html")?.contains("<h1>Đỗ Quang Tùng</h1>") == true)
        try titled("f.md", 4, "Đỗ Quang Tùng")
        try titled("g.md", 5, "Đỗ Quang Tùng")
        try titled("h.md", 6, "Đỗ Quang Tùng")
        #expect(!build().aborted)
        #expect(page("people/do-quang-tung/index.html")?.contains("<h1>Đỗ Quang Tùng</h1>") == true)
        #expect(page("people/do-quang-tung-2/index.html")?.contains("url=../../people/do-quang-tung/") == true)
        // The person page says what was merged by itself.
        #expect(page("people/maria-gonzalez-ortega/index.html")?.contains("Gồm cả cách viết Maria Gonzalez (1 bài)") == true)
        #expect(SiteChecker.check(directory: out.path).isEmpty)
    }
}
