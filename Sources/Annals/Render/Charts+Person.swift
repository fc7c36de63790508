import Foundation

/// A person's chart (`Charts.person`) and the line under it.
struct PersonChart: Codable, Sendable {
    /// Inline SVG; empty only for a person without articles.
    var svg: String
    /// What the reader sees drawn, in a sentence (the SVG's description holds the figures).
    var caption: String
}

extension Charts {
    /// A person's mentions per year, or per month when their dated articles fall in two calendar years,
    /// with the offices they held as bands. Articles whose year was guessed count in that year, hatched;
    /// those without a year get a bar of their own, so that every person with articles has a picture.
    static func person(_ person: Person, site: Site) -> PersonChart {
        var dated: [ArticleDate] = [], unknown = 0, dayMonth = 0
        for i in person.articles {
            let article = site.articles[i].article
            // Hatched: a year the archive guessed, as the lists mark it (a year the article restates is its own).
            if var d = article.date { d.inferred = site.articles[i].statedDate == nil; dated.append(d) } else {
                unknown += 1
                if article.partialDate != nil { dayMonth += 1 }
            }
        }
        let unknownText = unknown == 0 ? "" : "\(unknown) bài không rõ năm" + (dayMonth > 0 ? " (\(dayMonth) bài chỉ ghi ngày tháng)" : "")
        guard let first = dated.min(), let last = dated.max() else {
            guard unknown > 0 else { return PersonChart(svg: "", caption: "") }
            let svg = svg(id: "bieu-do", title: "Số bài nhắc đến \(person.name)",
                          description: "Số bài nhắc đến \(person.name): \(unknownText); không bài nào có ghi năm.", bars: [], unknown: unknown)
            return PersonChart(svg: svg, caption: "Không bài nào nhắc đến \(person.name) có ghi năm, nên biểu đồ chỉ đếm số bài.")
        }
        let axis = TimeAxis(first: first, last: last)
        var counts = [Int](repeating: 0, count: axis.count), guessed = counts
        for d in dated {
            counts[axis.bucket(d)] += 1
            if d.inferred { guessed[axis.bucket(d)] += 1 }
        }
        let every = max(1, (counts.count + 7) / 8)
        let bars = counts.indices.map { Bar(label: axis.label($0), value: counts[$0], tick: $0 % every == 0, guessed: guessed[$0]) }
        let bands = officeBands(person, site: site, axis: axis)
        let per = axis.monthly ? "tháng" : "năm"
        var text = "Số bài nhắc đến \(person.name) theo \(per): " + listing(bars, long: axis.long) + "."
        if unknown > 0 { text += " Ngoài ra \(unknownText)." }
        for b in bands { text += " \(b.label): \(axis.long(b.from)) – \(axis.long(b.to))." }
        var caption = "Số bài nhắc đến theo \(per)"
        if !bands.isEmpty { caption += "; dải màu là các chức danh, từ bài đầu đến bài cuối có ghi năm" }
        if guessed.contains(where: { $0 > 0 }) { caption += "; phần gạch chéo là bài có năm suy đoán" }
        if unknown > 0 { caption += "; cột bên phải là bài không rõ năm" }
        let svg = svg(id: "bieu-do", title: "Số bài nhắc đến \(person.name) theo \(per)", description: text,
                      bars: bars, bands: bands, unknown: unknown)
        return PersonChart(svg: svg, caption: caption + ".")
    }

    /// The offices with a span, most articles first, at most five, drawn in order of their start.
    private static func officeBands(_ person: Person, site: Site, axis: TimeAxis) -> [Band] {
        let held = person.offices.filter { $0.first != nil && !$0.former }
            .sorted { $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count : $0.title < $1.title }.prefix(5)
        return held.compactMap { o -> Band? in
            guard let f = o.first.flatMap({ site.articles[$0].article.date }), let l = o.last.flatMap({ site.articles[$0].article.date }) else { return nil }
            return Band(label: o.title, from: axis.bucket(f), to: axis.bucket(l))
        }.sorted { $0.from != $1.from ? $0.from < $1.from : $0.label < $1.label }
    }

    /// Years from the first to the last date, or months when they fall in at most two calendar years.
    struct TimeAxis {
        let monthly: Bool
        let start, count: Int

        init(first: ArticleDate, last: ArticleDate) {
            monthly = last.year - first.year <= 1
            start = monthly ? first.year * 12 + first.month - 1 : first.year
            count = (monthly ? last.year * 12 + last.month - 1 : last.year) - start + 1
        }

        func bucket(_ d: ArticleDate) -> Int { (monthly ? d.year * 12 + d.month - 1 : d.year) - start }

        /// Under the bar: "2019", or "T5" with the year at January and at the first bar ("T1/20").
        func label(_ k: Int) -> String {
            guard monthly else { return String(start + k) }
            return "T\((start + k) % 12 + 1)" + ((start + k) % 12 == 0 || k == 0 ? "/\((start + k) / 12 % 100)" : "")
        }

        /// In the text: "năm 2019", "tháng 5/2019".
        func long(_ k: Int) -> String { monthly ? "tháng \((start + k) % 12 + 1)/\((start + k) / 12)" : "năm \(start + k)" }
    }
}
