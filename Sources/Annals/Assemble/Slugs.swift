/// Unique, stable slugs for articles and people.
enum Slugs {
    /// Articles arrive newest first. A slug from front matter is kept when it is safe; otherwise one is
    /// made from the title. When several articles share a slug, the oldest keeps it and the others
    /// get their date added (then a number), so an article's URL does not move when a newer namesake arrives.
    /// `order`: the inputs' indices, newest first (the slugs come back in that order).
    static func articles(_ all: [Assemble.Input], order: [Int], diagnostics: inout [Diagnostic]) -> [String] {
        var wanted: [String] = order.map { k in
            if let asked = all[k].derived.unsafeSlug {
                diagnostics.append(Diagnostic(.warning, .slug, file: all[k].sourcePath,
                                              "slug '\(asked.prefix(80))' is not a safe URL segment; using '\(all[k].derived.slug)'"))
            }
            return all[k].derived.slug
        }
        // Each slug's first article, and the articles of the slugs asked for more than once (few): only
        // those are sorted, not every slug of the archive (at 100,000 articles sorting them all took
        // 0.08 s of assembling's 1.28, on one core).
        var taken: [String: Int] = [:]
        taken.reserveCapacity(wanted.count)
        var groups: [String: [Int]] = [:]
        for (i, s) in wanted.enumerated() {
            if let j = taken[s] { groups[s, default: [j]].append(i) } else { taken[s] = i }
        }
        for (slug, members) in groups.sorted(by: { $0.key < $1.key }) {
            // Oldest first: `order` is newest first, so walk the members backwards.
            let ordered = Array(members.reversed())
            let names = ordered.map { all[order[$0]].sourcePath }
            diagnostics.append(Diagnostic(.warning, .duplicateSlug, file: names[1],
                                          "same slug '\(slug)' as \(names[0]); given a distinct one"))
            // Numbers below the last one given here were all taken (and stay taken): start after it.
            var n = 2
            for i in ordered.dropFirst() {
                var candidate = all[order[i]].article.date.map { "\(slug)-\($0.isoString.prefix(10))" } ?? "\(slug)-2"
                while taken[candidate] != nil {
                    n += 1
                    candidate = "\(slug)-\(n)"
                }
                taken[candidate] = i
                wanted[i] = candidate
            }
        }
        return wanted
    }

    /// Slugs that name pages of the people folder other than a person's (`URLs.peopleByCount`).
    static let reserved: Set<String> = ["theo-so-bai"]

    /// People slugs in the order given (Vietnamese order), numbered when two names fold to the same ASCII.
    /// Of the names that share a slug, the one in the most articles keeps it plain (ties: the order given):
    /// a one-off misspelling ("Nguyễn Phú Trong") never takes the address of the person it misspells.
    static func people(_ names: [String], articleCounts: [Int]? = nil, slug: (String) -> String = Slug.make) -> [String] {
        var bases: [String] = []
        bases.reserveCapacity(names.count)
        var groups: [String: [Int]] = [:]
        for (i, name) in names.enumerated() {
            let made = slug(name)
            let base = made.isEmpty ? "nguoi" : reserved.contains(made) ? made + "-1" : made
            bases.append(base)
            groups[base, default: []].append(i)
        }
        var slugs = bases
        var used = Set(bases)
        // Only the shared slugs are ordered (most people's slug is their own), each group once.
        for (base, members) in groups where members.count > 1 {
            let ranked = members.sorted { a, b in
                let (ca, cb) = (articleCounts?[a] ?? 0, articleCounts?[b] ?? 0)
                return ca != cb ? ca > cb : a < b
            }
            var n = 2
            for i in ranked.dropFirst() {
                var s = "\(base)-\(n)"
                while used.contains(s) { n += 1; s = "\(base)-\(n)" }
                used.insert(s)
                slugs[i] = s
                n += 1
            }
        }
        return slugs
    }
}
