/// Articles grouped by year and month, newest first.
enum Timeline {
    static func build(_ articles: [SiteArticle]) -> ([TimelineYear], [Int]) {
        var years: [TimelineYear] = []
        var undated: [Int] = []
        // `articles` is already newest first, so grouping in one pass keeps every list in order.
        // By index: `for (i, a) in articles.enumerated()` copied every article (a retain per field).
        for i in articles.indices {
            guard let d = articles[i].article.date else { undated.append(i); continue }
            if years.last?.year != d.year { years.append(TimelineYear(year: d.year, months: [])) }
            if years[years.count - 1].months.last?.month != d.month {
                years[years.count - 1].months.append(TimelineMonth(month: d.month, articles: []))
            }
            let y = years.count - 1
            years[y].months[years[y].months.count - 1].articles.append(i)
        }
        return (years, undated)
    }
}
