/// Places articles that give a day and month only ("Chiều 26/6, …") in a year, from what the whole archive
/// knows, and says how sure that is. Ingest never guesses a year from one article's body; here the
/// evidence is the archive's:
///
/// 1. `years:` in site.yml for the article's folder, file pattern or source. One year is the archivist's
///    word and is shown as a fact. A span of years places the article only with more evidence: the weekday
///    its lead names ("Sáng thứ Hai (26/6)"), or the dated articles beside it, when just one year of the
///    span fits.
/// 2. The dated articles of the same folder, when they all lie within a year: the one year in which the
///    day falls among them (give or take `margin` days), and, when the lead names a weekday, whose weekday
///    is the one named.
/// 3. The dated articles of the same source, only with a weekday that agrees: a source spans decades,
///    and its dated articles in one archive may be from another time than its undated ones.
/// 4. A folder named as a year ("2017/…"), when the weekday, if named, agrees.
///
/// Nothing else: the years of unrelated articles, or a weekday alone, leave the year unknown. A guessed
/// year is `inferred`, so no weekday, feed date or office span presents it as a fact.
enum YearPlacement {
    struct Placement: Equatable {
        var date: ArticleDate
        /// Why this year, as the article page says it.
        var note: String
    }

    /// Dated articles more than a year apart say nothing about a year; within it, a day this many days
    /// outside their span can still be placed.
    static let margin = 45

    /// Placements by index into `inputs`, for the articles with a day and month and no date.
    static func place(_ inputs: [Assemble.Input], rules: [YearRule], diagnostics: inout [Diagnostic]) -> [Int: Placement] {
        // A rule that covers no file nor source is most likely mistyped: say so, with its line.
        for rule in rules where !inputs.contains(where: { rule.covers(path: $0.sourcePath, source: $0.article.source) }) {
            diagnostics.append(Diagnostic(.warning, .config, file: rule.file, line: rule.line,
                                          "'years: \(rule.key)' covers no article (a folder under the seeds, a file pattern such as vntc_*, or a source's name)"))
        }
        let partial = inputs.indices.filter { inputs[$0].article.date == nil && inputs[$0].article.partialDate != nil }
        guard !partial.isEmpty else { return [:] }
        let evidence = Evidence(inputs)
        var placed: [Int: Placement] = [:]
        for k in partial {
            let path = inputs[k].sourcePath, source = inputs[k].article.source
            let rule = rules.first { $0.covers(path: path, source: source) }
            switch place(inputs[k].article.partialDate!, rule: rule, evidence: evidence.of(path: path, source: source)) {
            case .placed(let p): placed[k] = p
            case .contradicted(let why): diagnostics.append(Diagnostic(.warning, .noDate, file: path, why))
            case .unknown: break
            }
        }
        return placed
    }

    enum Outcome: Equatable {
        case placed(Placement)
        /// The weekday named fits no year the evidence allows: a message for the archivist.
        case contradicted(String)
        case unknown
    }

    /// What the archive knows near one article: the span of the dated articles of its folder and of its
    /// source (nil when fewer than two, or more than a year apart), and a year its folder is named after.
    struct Near {
        var folder: Span?
        var folderName: String
        var source: Span?
        var sourceName: String?
        var folderYear: Int?
    }

    struct Span: Equatable {
        var first: ArticleDate
        var last: ArticleDate
        var count: Int
    }

    static func place(_ p: DayMonth, rule: YearRule?, evidence near: Near) -> Outcome {
        let dm = "\(p.day)/\(p.month)"
        let weekdayName = p.weekday.map { DayMonth.weekdayNames[$0] }
        // The years a rule allows, and those of them where the day exists and is the weekday named.
        func fitting(_ years: ClosedRange<Int>) -> [Int] {
            years.filter { y in
                guard let d = ArticleDate.valid(year: y, month: p.month, day: p.day) else { return false }
                return p.weekday.map { d.weekday == $0 } ?? true
            }
        }
        func date(_ y: Int, inferred: Bool) -> ArticleDate { ArticleDate(year: y, month: p.month, day: p.day, inferred: inferred) }
        let agrees = weekdayName.map { ", khớp với \($0) ghi trong bài" } ?? ""
        let allowed = rule.map { $0.first...$0.last }

        if let rule, rule.first == rule.last {
            guard !fitting(rule.first...rule.last).isEmpty else {
                let what = weekdayName.map { "\($0) \(dm), which is not so" } ?? "\(dm), which does not exist"
                return .contradicted("the lead gives \(what) in \(rule.first) ('years' in site.yml, line \(rule.line ?? 0)); the year is left unknown")
            }
            return .placed(Placement(date: date(rule.first, inferred: false), note: "năm theo site.yml"))
        }
        // Dated articles of the folder (any weekday) or of the source (only with a weekday that agrees).
        let folderName = near.folderName.isEmpty ? "thư mục gốc" : "cùng thư mục «\(near.folderName)»"
        for (span, name, needsWeekday) in [(near.folder, folderName, false),
                                            (near.source, "cùng nguồn «\(near.sourceName ?? "")»", true)] {
            guard let span, !needsWeekday || p.weekday != nil else { continue }
            let years = fitting(span.first.year - 1...span.last.year + 1).filter { y in
                guard allowed?.contains(y) ?? true, let d = ArticleDate.valid(year: y, month: p.month, day: p.day) else { return false }
                return d.dayNumber >= span.first.dayNumber - margin && d.dayNumber <= span.last.dayNumber + margin
            }
            guard years.count == 1 else { continue }
            let sure = p.weekday == nil ? "vừa" : "cao"
            let note = "năm suy đoán, độ tin cậy \(sure): \(span.count) bài có ngày trong \(name) đều từ "
                + "\(VietnameseDates.monthYear(span.first)) đến \(VietnameseDates.monthYear(span.last))\(agrees)"
            return .placed(Placement(date: date(years[0], inferred: true), note: note))
        }
        if let y = near.folderYear, allowed?.contains(y) ?? true, fitting(y...y).count == 1 {
            let sure = p.weekday == nil ? "vừa" : "cao"
            return .placed(Placement(date: date(y, inferred: true), note: "năm suy đoán, độ tin cậy \(sure): bài nằm trong thư mục «\(y)»\(agrees)"))
        }
        if let rule, let range = allowed, p.weekday != nil {
            let years = fitting(range)
            if years.isEmpty {
                return .contradicted("the lead gives \(weekdayName ?? "") \(dm), which is so in no year from \(rule.first) to \(rule.last) ('years' in site.yml, line \(rule.line ?? 0)); the year is left unknown")
            }
            if years.count == 1 {
                let note = "năm suy đoán, độ tin cậy cao: trong các năm \(rule.first)–\(rule.last) (site.yml) chỉ năm \(years[0]) có ngày \(dm) là \(weekdayName!)"
                return .placed(Placement(date: date(years[0], inferred: true), note: note))
            }
        }
        return .unknown
    }

    /// The stated dates of the archive by folder and by source, for `Near`.
    struct Evidence {
        private var folders: [String: Span] = [:]
        private var sources: [String: Span] = [:]
        private var sourceNames: [String: String] = [:]

        init(_ inputs: [Assemble.Input]) {
            // A source's key once per name: an archive has few sources and many articles.
            var keys: [ByteKey: String] = [:]
            for i in inputs.indices {
                guard let d = inputs[i].article.date, !d.inferred else { continue }
                Self.add(d, to: &folders[Self.folder(inputs[i].sourcePath)])
                if let s = inputs[i].article.source {
                    let key: String
                    if let known = keys[ByteKey(s)] { key = known } else { key = Vietnamese.matchKey(s); keys[ByteKey(s)] = key }
                    Self.add(d, to: &sources[key])
                    if sourceNames[key] == nil { sourceNames[key] = s }
                }
            }
        }

        private static func add(_ d: ArticleDate, to span: inout Span?) {
            guard var s = span else { span = Span(first: d, last: d, count: 1); return }
            if d < s.first { s.first = d }
            if s.last < d { s.last = d }
            s.count += 1
            span = s
        }

        /// "a/b" for "a/b/file.txt", "" for a file at the top.
        static func folder(_ path: String) -> String {
            guard let slash = path.lastIndex(of: "/") else { return "" }
            return String(path[..<slash])
        }

        /// Spans of two dated articles or more, no more than a year apart.
        private static func usable(_ s: Span?) -> Span? {
            guard let s, s.count >= 2, s.last.dayNumber - s.first.dayNumber <= 366 else { return nil }
            return s
        }

        func of(path: String, source: String?) -> Near {
            let folder = Self.folder(path)
            let key = source.map(Vietnamese.matchKey)
            // The nearest folder named as a year: "2017/06/a.txt" → 2017.
            let year = folder.split(separator: "/").reversed().lazy.compactMap { c -> Int? in
                guard c.count == 4, c.allSatisfy(\.isASCII), let y = Int(c), (1900...2099).contains(y) else { return nil }
                return y
            }.first
            return Near(folder: Self.usable(folders[folder]), folderName: folder,
                        source: key.flatMap { Self.usable(sources[$0]) }, sourceName: key.flatMap { sourceNames[$0] }, folderYear: year)
        }
    }
}
