/// Related articles: those that share the most people with an article, then the nearest in date.
/// Found through the people's own lists, near the article in each (`window` on either side), never
/// by comparing every pair of articles: a person in thousands of articles adds a few dozen candidates.
enum Related {
    /// For each article, at most `limit` others (indices into `Site.articles`).
    static func all(_ site: Site, limit: Int = 5, window: Int = 20) -> [[Int]] {
        // Where each article sits in each of its people's lists (same order as `SiteArticle.people`).
        var at = site.articles.map { [Int](repeating: 0, count: $0.people.count) }
        for p in site.people.indices {
            for (pos, ai) in site.people[p].articles.enumerated() {
                if let k = site.articles[ai].people.firstIndex(of: p) { at[ai][k] = pos }
            }
        }
        let positions = at
        return parallelMap(Array(site.articles.indices)) { i in
            related(i, site: site, positions: positions[i], limit: limit, window: window)
        }
    }

    static func related(_ i: Int, site: Site, positions: [Int], limit: Int, window: Int) -> [Int] {
        let people = site.articles[i].people
        guard !people.isEmpty else { return [] }
        // The candidates from every list, sorted, so that each one's run is the number of people it
        // shares (a few hundred numbers: cheaper sorted than counted in a dictionary).
        var candidates: [Int] = []
        candidates.reserveCapacity(people.count * (2 * window + 1))
        for (k, p) in people.enumerated() {
            let list = site.people[p].articles
            let lo = max(0, positions[k] - window), hi = min(list.count, positions[k] + window + 1)
            for j in list[lo..<hi] where j != i { candidates.append(j) }
        }
        candidates.sort()
        // Most people in common, then nearest in the archive's order (by date), then the newer.
        func before(_ a: (key: Int, value: Int), _ b: (key: Int, value: Int)) -> Bool {
            if a.value != b.value { return a.value > b.value }
            let (da, db) = (abs(a.key - i), abs(b.key - i))
            return da != db ? da < db : a.key < b.key
        }
        var best: [(key: Int, value: Int)] = []
        best.reserveCapacity(limit + 1)
        var at = 0
        while at < candidates.count {
            var end = at + 1
            while end < candidates.count, candidates[end] == candidates[at] { end += 1 }
            let entry = (key: candidates[at], value: end - at)
            at = end
            if best.count == limit, let last = best.last, !before(entry, last) { continue }
            best.insert(entry, at: best.firstIndex { before(entry, $0) } ?? best.count)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.key)
    }
}
