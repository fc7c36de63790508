// Parts of page models that help a reader find their way: numbered pagination, the years beside a year.

extension Pagination {
    /// "1 … 7 8 9 … 20" for page 8 of 20: 0 stands for a gap ("…"); a gap of one page shows that page.
    static func numbers(_ n: Int, of total: Int) -> [Int] {
        guard total > 1 else { return [] }
        let shown = Set([1, total, n - 1, n, n + 1].filter { $0 >= 1 && $0 <= total })
        var out: [Int] = []
        for k in shown.sorted() {
            if let last = out.last, k - last == 2 { out.append(k - 1) } else if let last = out.last, k - last > 2 { out.append(0) }
            out.append(k)
        }
        return out
    }
}

/// One entry of the numbered pagination: a page (a link, or the current one) or a gap.
struct PageNumber: Codable, Sendable {
    var number: Int
    var url: Link?
    var isCurrent, isGap: Bool
}

/// A year of the timeline beside the one shown.
struct YearLink: Codable, Sendable {
    var year: Int
    var url: Link
}
