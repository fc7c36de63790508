/// Spellings of one person merged without being asked, when the evidence leaves no doubt (the README's
/// "One person, one page" says the same in words). The rest stay apart and `annals people` lists them.
///
/// - Same letters but for tone marks, case or hyphens (one slug), and
///   - a Vietnamese name with a syllable no Vietnamese word has (a syllable ending in p, t, c or ch
///     carries only the sắc or nặng tone: "Đưc"), beside the only spelling of that slug without one; or
///   - both spellings hold the same office, one that few hold at a time (`isDistinctive`): two people
///     whose names differ by a tone mark (Hùng, Hưng) are common, two such people in one such office are
///     not. (An article that names both is no evidence against: a typo usually sits beside the right
///     spelling in the same article.)
/// - A name of two words or more, not Vietnamese, that exactly one longer name continues ("Bruno
///   Rodriguez", "Bruno Rodriguez Parrilla"). Vietnamese names are not: "Nguyễn Thị Thanh" is a name of
///   its own beside "Nguyễn Thị Thanh Trang".
/// - A name not Vietnamese written one letter apart in one word of five letters or more ("Esteban Lazo
///   Hernandes", "Esteban Lazo Hernandez"), both spellings holding the same office few hold at a time.
///
/// `people.yml` wins: a name it lists under `distinct:` is never merged, and of two names it gives entries
/// to, neither is merged into the other.
enum PeopleMerge {
    enum Rule: String, Sendable {
        case impossibleSyllable = "a syllable no Vietnamese word has"
        case sharedOffice = "same office"
        case shortForm = "short form"
        case nearSpelling = "one letter apart, same office"
    }

    /// What the planner knows of one spelling (one match key).
    struct Spelling {
        var name: String
        var key: String
        /// The articles that name it (indices, any order, no repeats).
        var articles: [Int]
        /// `people.yml` gives it an entry: it is never merged into another.
        var listed = false
        /// `people.yml` lists it under `distinct:`: never merged at all.
        var distinct = false
    }

    /// One spelling merged into another: indices into the planner's spellings.
    struct Merge: Equatable {
        var from: Int
        var into: Int
        var rule: Rule
    }

    /// The merges, in order of `from`. `offices`: the office keys of a spelling's titles (asked only of
    /// spellings that share a slug). `slug`: a name folded as its slug is.
    static func plan(_ spellings: [Spelling], offices: (Int) -> Set<String>, slug: (String) -> String) -> [Merge] {
        var u = Union(spellings)
        let folded = spellings.map { slug($0.name) }
        var byFold: [String: [Int]] = [:]
        for (i, f) in folded.enumerated() where !f.isEmpty && !spellings[i].distinct { byFold[f, default: []].append(i) }
        let folds = byFold.keys.sorted()
        for f in folds where byFold[f]!.count > 1 { sameLetters(byFold[f]!, spellings, offices: offices, union: &u) }
        for (f, g) in nearSpellings(folds) {
            for x in byFold[f]! {
                let held = offices(x).filter(isDistinctive)
                for y in byFold[g]! where !held.isDisjoint(with: offices(y)) { u.join(x, y, .nearSpelling) }
            }
        }
        // Short forms: in sorted order the folds that continue "f" follow "f-" directly.
        for f in folds where f.contains("-") {
            let prefix = f + "-"
            var k = folds.partitionIndex(prefix)
            var roots = Set<Int>()
            var generation = false
            while k < folds.count, folds[k].hasPrefix(prefix) {
                // "Donald Trump Jr" is the son, not a fuller form of "Donald Trump".
                generation = generation || generationSuffixes.contains(String(folds[k].dropFirst(prefix.count)))
                for m in byFold[folds[k]]! { roots.insert(u.root(m)) }
                k += 1
            }
            if generation { continue }
            let members = byFold[f]!
            guard roots.count == 1, let target = roots.first, !isVietnamese(spellings[members[0]].name) else { continue }
            for m in members { u.join(m, target, .shortForm) }
        }
        return u.merges(spellings)
    }

    /// The clear pairs among spellings with one slug.
    private static func sameLetters(_ members: [Int], _ spellings: [Spelling], offices: (Int) -> Set<String>, union u: inout Union) {
        let vietnamese = isVietnamese(spellings[members[0]].name)
        let impossible = members.filter { vietnamese && Vietnamese.hasImpossibleSyllable(spellings[$0].name) }
        let valid = members.filter { !impossible.contains($0) }
        if valid.count == 1 { for m in impossible { u.join(m, valid[0], .impossibleSyllable) } }
        let held = valid.map { offices($0).filter(isDistinctive) }
        for a in valid.indices {
            for b in valid.indices where b > a && !held[a].isDisjoint(with: held[b]) {
                u.join(valid[a], valid[b], .sharedOffice)
            }
        }
    }

    /// Spellings joined so far, each group at most one `listed` spelling.
    private struct Union {
        var parent: [Int]
        var listed: [Bool]
        /// The rule that first joined each spelling to another.
        var rule: [Rule?]

        init(_ spellings: [Spelling]) {
            parent = Array(spellings.indices)
            listed = spellings.map(\.listed)
            rule = Array(repeating: nil, count: spellings.count)
        }

        mutating func root(_ i: Int) -> Int {
            var r = i
            while parent[r] != r { r = parent[r] }
            var j = i
            while parent[j] != r { (parent[j], j) = (r, parent[j]) }
            return r
        }

        mutating func join(_ a: Int, _ b: Int, _ why: Rule) {
            let (ra, rb) = (root(a), root(b))
            guard ra != rb, !(listed[ra] && listed[rb]) else { return }
            parent[max(ra, rb)] = min(ra, rb)
            listed[min(ra, rb)] = listed[ra] || listed[rb]
            if rule[a] == nil { rule[a] = why }
            if rule[b] == nil { rule[b] = why }
        }

        /// Each group's spellings into its main one (`isBefore`).
        mutating func merges(_ spellings: [Spelling]) -> [Merge] {
            var groups: [Int: [Int]] = [:]
            for i in spellings.indices { groups[root(i), default: []].append(i) }
            var out: [Merge] = []
            for members in groups.values where members.count > 1 {
                let main = members.min { isBefore(spellings[$0], spellings[$1]) || (!isBefore(spellings[$1], spellings[$0]) && $0 < $1) }!
                for m in members where m != main { out.append(Merge(from: m, into: main, rule: rule[m] ?? .shortForm)) }
            }
            return out.sorted { $0.from < $1.from }
        }
    }

    /// Which spelling names the merged person: the one `people.yml` lists, then one without an impossible
    /// syllable, then, of two foreign spellings, the one that only adds marks to the other ("Rodríguez" before
    /// "Rodriguez": marks are lost in typing, not made up), then the one in most articles, then the fuller
    /// (more words, then more letters and marks: "Mai Thị Hòa" before "Mai Thi Hoa"), then the first in byte
    /// order of its key (so the choice never depends on the order articles were read in). Of two Vietnamese
    /// spellings that both read ("Tung", "Tùng"), neither is taken for the other's slip: the count decides.
    static func isBefore(_ x: Spelling, _ y: Spelling) -> Bool {
        if x.listed != y.listed { return x.listed }
        let (bx, by) = (Vietnamese.hasImpossibleSyllable(x.name) && isVietnamese(x.name), Vietnamese.hasImpossibleSyllable(y.name) && isVietnamese(y.name))
        if bx != by { return by }
        if !isVietnamese(x.name), !isVietnamese(y.name) {
            if addsMarks(x.name, to: y.name) { return true }
            if addsMarks(y.name, to: x.name) { return false }
        }
        if x.articles.count != y.articles.count { return x.articles.count > y.articles.count }
        let (wx, wy) = (x.name.split(separator: " ").count, y.name.split(separator: " ").count)
        if wx != wy { return wx > wy }
        let (lx, ly) = (x.name.decomposedStringWithCanonicalMapping.unicodeScalars.count, y.name.decomposedStringWithCanonicalMapping.unicodeScalars.count)
        if lx != ly { return lx > ly }
        return Array(x.key.utf8).lexicographicallyPrecedes(Array(y.key.utf8))
    }

    // MARK: The evidence

    /// Pairs of folded names ("esteban-lazo-hernandez", "esteban-lazo-hernandes"), not Vietnamese, of the
    /// same two words or more but one, where that one differs by a letter added, dropped, changed or two
    /// swapped, and both forms of it have five letters or more: a foreign name misspelt. Each pair once,
    /// in sorted order. (Vietnamese names are not: "Hùng" and "Hưng" are a letter apart too.)
    static func nearSpellings(_ folds: [String]) -> [(String, String)] {
        var byMask: [String: [(fold: String, word: Substring)]] = [:]
        for f in folds {
            let words = f.split(separator: "-")
            guard words.count >= 2, !foldedFamilies.contains(String(words[0])) else { continue }
            for i in words.indices where words[i].count >= 5 {
                var masked = words
                masked[i] = "*"
                byMask[masked.joined(separator: "-"), default: []].append((f, words[i]))
            }
        }
        var pairs: [(String, String)] = []
        for key in byMask.keys.sorted() {
            let list = byMask[key]!
            guard list.count > 1 else { continue }
            for a in list.indices { for b in list.indices where b > a && oneEditApart(list[a].word, list[b].word) { pairs.append((list[a].fold, list[b].fold)) } }
        }
        return pairs
    }

    /// Family names as slugs fold them ("nguyen"), for telling a folded name's language.
    static let foldedFamilies: Set<String> = Set(familyKeys.map { Slug.make($0) })

    /// One letter added, dropped or changed, or two neighbours swapped.
    static func oneEditApart(_ x: Substring, _ y: Substring) -> Bool {
        let (a, b) = (Array(x.utf8), Array(y.utf8))
        guard a != b, abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        return a.count > b.count ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
    }

    static let familyKeys: Set<String> = Set((Lexicon.commonFamilyNames + Lexicon.extraFamilyNames).map(Vietnamese.matchKey))

    /// A Vietnamese name: its first word (or two: "Tôn Thất") is a Vietnamese family name.
    static func isVietnamese(_ name: String) -> Bool {
        let words = Vietnamese.matchKey(name).split(separator: " ")
        guard let first = words.first else { return false }
        return familyKeys.contains(String(first)) || (words.count > 1 && familyKeys.contains(words[0] + " " + words[1]))
    }

    /// Whether `x` is `y` with marks added and none taken away: the same letters, each bearing the marks
    /// it bears in `y` and, somewhere, more ("Hernández" to "Hernandez", "Müller" to "Muller"; not "Hernàndez"
    /// to "Hernández").
    static func addsMarks(_ x: String, to y: String) -> Bool {
        func letters(_ s: String) -> [(base: Unicode.Scalar, marks: [Unicode.Scalar])] {
            var out: [(base: Unicode.Scalar, marks: [Unicode.Scalar])] = []
            for u in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                if u.properties.canonicalCombiningClass != .notReordered, !out.isEmpty { out[out.count - 1].marks.append(u) } else { out.append((u, [])) }
            }
            return out
        }
        let (a, b) = (letters(x), letters(y))
        guard a.count == b.count else { return false }
        var more = false
        for (p, q) in zip(a, b) {
            guard p.base == q.base, q.marks.allSatisfy(p.marks.contains) else { return false }
            if p.marks.count > q.marks.count { more = true }
        }
        return more
    }

    /// Offices one person holds at a time, or a handful: a shared one says "same person".
    static let fewHolders: Set<String> = Set([
        "tổng bí thư", "thường trực ban bí thư", "chủ tịch nước", "phó chủ tịch nước", "thủ tướng", "phó thủ tướng",
        "chủ tịch quốc hội", "phó chủ tịch quốc hội", "tổng thống", "phó tổng thống", "ngoại trưởng", "quốc vương",
        "nhà vua", "giáo hoàng", "tổng thư ký liên hợp quốc",
    ].map(Vietnamese.matchKey))

    /// Words that do not say which body a rank belongs to: kinds of body and of place ("Bí thư Tỉnh ủy",
    /// "Giám đốc Công ty" are held by hundreds at once).
    static let bodyWords: Set<String> = Set(("bộ sở cục vụ viện ban phòng tỉnh thành phố huyện quận thị xã phường ủy ubnd hđnd "
        + "nhân dân hội đồng công ty tổng trung ương đảng đoàn chi quân khu trường đại học bệnh an tp nước chính phủ thường trực "
        + "vụ ủy ban mặt trận tổ quốc liên hiệp hiệp tập doanh nghiệp hợp tác thôn ấp bản tổ đội lữ sư").split(separator: " ").map {
        Vietnamese.matchKey(String($0))
    })

    /// What a longer name adds when it names another generation, folded as in a slug.
    static let generationSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "con"]

    /// Bodies every province has one of ("Sở Tài chính", "Trường THPT …", "Bệnh viện Đa khoa"): an office
    /// in one is held by dozens at once unless the place is named.
    static let localBodies: Set<String> = ["sở", "phòng", "trường", "bệnh", "chi", "công", "trung", "ubnd", "hđnd"]
        .reduce(into: Set<String>()) { $0.insert(Vietnamese.matchKey($1)) }
    /// Units below a province: a place after one of these is its name, not the province's.
    static let lowerUnits: Set<String> = ["xã", "phường", "huyện", "quận", "trấn", "thôn", "ấp", "bản"]
    /// The people's committee and council every unit has, as an office's key spells them out (`OfficeTitle`).
    static let localCouncils: [[Substring]] = ["Ủy ban nhân dân", "Hội đồng nhân dân"].map { Vietnamese.matchKey($0).split(separator: " ") }
    static let placeKeys: [[Substring]] = (Lexicon.provinces + Lexicon.cities).map { Vietnamese.matchKey($0).split(separator: " ") }

    /// Rank heads ("Bộ trưởng", "Chủ tịch"): the part of an office that needs a body after it.
    static let rankKeys: [[Substring]] = Lexicon.titles.map { Vietnamese.matchKey($0).split(separator: " ") }

    /// An office few hold at a time: one of `fewHolders`, or a rank followed by the body it belongs to
    /// ("Bộ trưởng Ngoại giao", "Bí thư Thành ủy Hà Nội", "Ủy viên Bộ Chính trị"); never a bare rank
    /// ("Bộ trưởng"), a rank with only a kind of body ("Chủ tịch UBND tỉnh"), or a seat in a large assembly
    /// ("Đại biểu Quốc hội", "Ủy viên Trung ương").
    static func isDistinctive(_ office: String) -> Bool {
        if fewHolders.contains(office) { return true }
        let words = office.split(separator: " ")
        if words.first == "đại" && words.dropFirst().first == "biểu" { return false }
        // The shortest rank the office starts with.
        let head = rankKeys.filter { !$0.isEmpty && words.starts(with: $0) }.map(\.count).min() ?? 0
        guard head > 0 else { return false }
        let rest = words.dropFirst(head)
        if let first = rest.first, localBodies.contains(String(first)) || localCouncils.contains(where: { rest.starts(with: $0) }),
           !rest.starts(with: ["trung", "ương"]) {
            // "Giám đốc Sở Tài chính" is one of 63; "Giám đốc Sở Tài chính Hà Nội" is one. A commune or district
            // named as a province is ("UBND xã Hòa Bình" is one of several).
            return rest.indices.contains { i in
                placeKeys.contains { !$0.isEmpty && rest[i...].starts(with: $0) } && !(i > rest.startIndex && lowerUnits.contains(String(rest[i - 1])))
            }
        }
        return rest.contains { !bodyWords.contains(String($0)) }
    }
}
