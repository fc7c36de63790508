/// A person's titles grouped into the offices they name, with the span of articles that give each.
enum Offices {
    /// One title as the person's articles write it (all the forms of one match key), with its articles.
    struct Title {
        var forms: [(form: String, count: Int)]
        /// Indices into `Site.articles`, oldest first (undated last).
        var articles: [Int]
    }

    /// The offices held and the headline: the office of the latest dated article that gives one.
    /// `date`: an article's date (nil when it has no year). `lastTitle`: the index in `titles` of the last
    /// title an article gives the person, nil when it gives none.
    static func build(_ titles: [Title], parse: (String) -> OfficeTitle, date: (Int) -> ArticleDate?,
                      lastTitle: (Int) -> Int?, newestFirst: [Int]) -> (offices: [Office], headline: OfficeHeadline?) {
        guard !titles.isEmpty else { return ([], nil) }
        let parsed = titles.map { parse(PeopleIndex.mostFrequent($0.forms)) }
        let (groupTitle, titleGroup) = groups(parsed)
        var members = [[(article: Int, title: Int)]](repeating: [], count: groupTitle.count)
        let fuller = fullerOffices(parsed, groupTitle: groupTitle)
        // The articles of each office a bare title may stand for (few: most titles have no shorter form).
        var articlesOf: [Int: Set<Int>] = [:]
        for h in Set(fuller.joined()) {
            articlesOf[h] = Set(titles.indices.filter { titleGroup[$0] == h }.flatMap { titles[$0].articles })
        }
        for (t, title) in titles.enumerated() {
            let g = titleGroup[t]
            for ai in title.articles { members[join(g, article: ai, fuller: fuller[g], articlesOf: articlesOf)].append((ai, t)) }
        }
        // The group each (title, article) ended in, for the headline.
        var placed: [Int: [Int: Int]] = [:]
        var offices: [(office: Office, group: Int)] = []
        // The office is named by its own titles' most frequent form (a bare title joined to it does not);
        // "nguyên" offices by the office's name when the person also held it.
        var names: [ByteKey: String] = [:]
        for (g, list) in members.enumerated() {
            var shown: [(form: String, count: Int)] = []
            for t in Set(list.map(\.title)).sorted() where titleGroup[t] == g { shown.append((parsed[t].display, titles[t].articles.count)) }
            let o = parsed[groupTitle[g]]
            var name = shown.isEmpty ? o.display : PeopleIndex.mostFrequent(shown)
            // "Tổng thống" beside "Tổng thống Mỹ": the form that says whose office it is.
            // (Compared as UTF-8: titles are NFC, and `hasPrefix` compared them character by character.)
            let head = Array((name + " ").utf8)
            let fuller = shown.filter { $0.form.utf8.starts(with: head) }
            if !fuller.isEmpty { name = PeopleIndex.mostFrequent(fuller) }
            if !o.former || names[ByteKey(o.key)] == nil { names[ByteKey(o.key)] = name }
        }
        for (g, list) in members.enumerated() where !list.isEmpty {
            let o = parsed[groupTitle[g]]
            offices.append((office(names[ByteKey(o.key)] ?? o.display, former: o.former, articles: list.map(\.article), date: date), g))
            for m in list { placed[m.title, default: [:]][m.article] = g }
        }
        offices.sort { before($0.office, $1.office) }
        let headline = self.headline(offices, placed: placed, date: date, lastTitle: lastTitle, newestFirst: newestFirst)
        return (offices.map(\.office), headline)
    }

    /// Titles of one office and one tense, as groups: each group's first title, and each title's group.
    static func groups(_ parsed: [OfficeTitle]) -> (groupTitle: [Int], titleGroup: [Int]) {
        var groupOf: [ByteKey: Int] = [:]
        var groupTitle: [Int] = []
        var titleGroup = [Int](repeating: 0, count: parsed.count)
        for (t, o) in parsed.enumerated() {
            let id = ByteKey((o.former ? "1 " : "0 ") + o.key)
            if let g = groupOf[id] { titleGroup[t] = g } else {
                groupOf[id] = groupTitle.count
                titleGroup[t] = groupTitle.count
                groupTitle.append(t)
            }
        }
        return (groupTitle, titleGroup)
    }

    /// Offices held before former ones, then by their first year (those without one last), then most articles.
    static func before(_ x: Office, _ y: Office) -> Bool {
        if x.former != y.former { return !x.former }
        switch (x.firstYear, y.firstYear) {
        case let (p?, q?) where p != q: return p < q
        case (_?, nil): return true
        case (nil, _?): return false
        default: return x.articles.count != y.articles.count ? x.articles.count > y.articles.count : x.title < y.title
        }
    }

    /// The office the latest dated article gives (its last title, where that title was placed); when no
    /// dated article gives one, the office most articles give, without a year: of as many, a post before a
    /// rank or a calling ("Bác sĩ A, Phó Phòng Cấp cứu …" is headed by the post, as the dated article's last
    /// title would be), then in alphabetical order. More articles win: a musician named "Nhạc sĩ" in three
    /// and once "Trưởng ban giám khảo" stays a musician.
    static func headline(_ offices: [(office: Office, group: Int)], placed: [Int: [Int: Int]], date: (Int) -> ArticleDate?,
                         lastTitle: (Int) -> Int?, newestFirst: [Int]) -> OfficeHeadline? {
        for ai in newestFirst {
            guard let year = date(ai)?.year, let t = lastTitle(ai), let g = placed[t]?[ai],
                  let o = offices.first(where: { $0.group == g })?.office else { continue }
            return OfficeHeadline(office: o.title, former: o.former, year: year)
        }
        let most = offices.map { (office: $0.office, calling: isCalling($0.office.title)) }.max { a, b in
            if a.office.articles.count != b.office.articles.count { return a.office.articles.count < b.office.articles.count }
            if a.calling != b.calling { return a.calling }
            return a.office.title > b.office.title
        }?.office
        return most.map { OfficeHeadline(office: $0.title, former: $0.former, year: nil) }
    }

    /// A rank or a calling alone ("Bác sĩ", "GS.TS", "Đại tá", "Hồng y", "nhạc sĩ"), or a bare "Đại biểu":
    /// what a person is, not the post they hold.
    static func isCalling(_ title: String) -> Bool { callingKeys.contains(Vietnamese.matchKey(title)) }
    private static let callingKeys = Set((Lexicon.rankWords + Lexicon.callings + ["Đại biểu"]).map(Vietnamese.matchKey))

    /// For each group, the groups of the same tense whose office starts with all of its words and more:
    /// the offices a bare title ("Chủ tịch") may stand for ("Chủ tịch nước").
    static func fullerOffices(_ parsed: [OfficeTitle], groupTitle: [Int]) -> [[Int]] {
        let words = groupTitle.map { parsed[$0].words }
        return groupTitle.indices.map { g in
            groupTitle.indices.filter { h in
                h != g && parsed[groupTitle[h]].former == parsed[groupTitle[g]].former
                    && words[h].count > words[g].count && words[g].indices.allSatisfy { words[h][$0].utf8.elementsEqual(words[g][$0].utf8) }
            }
        }
    }

    /// Where the articles of a bare title go: to the fuller office the same article gives, else to the
    /// only fuller office the person holds; it stays as it is when there are several and the article
    /// does not say which.
    static func join(_ g: Int, article ai: Int, fuller: [Int], articlesOf: [Int: Set<Int>]) -> Int {
        guard !fuller.isEmpty else { return g }
        let here = fuller.filter { articlesOf[$0]?.contains(ai) == true }
        if here.count == 1 { return here[0] }
        return fuller.count == 1 ? fuller[0] : g
    }

    /// The office's span: the years of its first and last dated articles, and how many have no year.
    static func office(_ title: String, former: Bool, articles: [Int], date: (Int) -> ArticleDate?) -> Office {
        let sorted = Array(Set(articles)).sorted()   // newest first
        let dated = sorted.filter { date($0) != nil }
        let chronological = dated.reversed() + sorted.filter { date($0) == nil }
        return Office(title: title, former: former, articles: chronological, first: dated.last, last: dated.first,
                      firstYear: dated.last.flatMap(date)?.year, lastYear: dated.first.flatMap(date)?.year,
                      undated: sorted.count - dated.count)
    }
}

/// An office a person held (or, `former`, had held) by what their articles call them.
public struct Office: Sendable, Equatable {
    public var title: String
    /// Given as "nguyên …" or "cựu …".
    public var former: Bool
    /// Indices into `Site.articles`, oldest first (those without a year last).
    public var articles: [Int]
    /// The oldest and newest dated articles that give the office, and their years.
    public var first, last: Int?
    public var firstYear, lastYear: Int?
    /// How many of `articles` have no year.
    public var undated: Int
}

/// What a person page shows under the name: the office of the latest dated article that names one.
public struct OfficeHeadline: Sendable, Equatable {
    public var office: String
    public var former: Bool
    public var year: Int?

    /// "Chủ tịch nước (2018)", "nguyên Tổng Bí thư (2020)".
    public var text: String {
        (former ? "nguyên " : "") + office + (year.map { " (\($0))" } ?? "")
    }
}

extension Person {
    /// A line of `annals people`: articles, name, the headline as the person page shows it ("–" when
    /// there is none), then the offices with their article counts, as the page groups them (at most four).
    public var listing: String {
        let offices = offices.prefix(4).map { ($0.former ? "nguyên " : "") + $0.title + " (\($0.articles.count))" }.joined(separator: "; ")
        return "\(articles.count)\t\(name)\t\(headline ?? "–")\t\(offices)"
    }
}
