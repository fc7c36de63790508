/// Finds the people an article mentions, with the titles it gives them.
///
/// The rule it follows: a Vietnamese personal name capitalises every syllable, a title only its first.
/// So a name is a capitalised run of words, and what stands around the run tells whether it is a person:
/// a title or an honorific before it (strong), a family name at its head and three or four syllables (weak),
/// a marker such as "phố", "Trường THPT" or "Công ty" before it (not a person). Places and countries that
/// join the run between a title and a name ("Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng") are peeled off.
/// The work is one pass over the tokens with dictionary look-ups: linear in the text.
public struct PeopleExtractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .shared) { self.lexicon = lexicon }

    /// A person found in one article.
    public struct Found: Sendable, Equatable {
        public var name: String
        public var roles: [String]
    }

    /// People in order of first mention. `excluding` holds names (bylines) that are never people.
    public func extract(paragraphs: [String], excluding: Set<String> = []) -> [Found] {
        var state = ArticleState(excluded: Set(excluding.map(Vietnamese.matchKey)))
        for paragraph in paragraphs {
            scan(Tokenizer.tokens(paragraph), into: &state)
        }
        state.resolveShortMentions()
        return state.found
    }

    // MARK: - Scanning

    private func scan(_ tokens: [Token], into state: inout ArticleState) {
        let keys = tokens.map(\.key)
        var listMode = false
        var lastPersonEnd = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.endsSentence { listMode = false; lastPersonEnd = i + 1 }
            if t.isWord, (t.key == "chí" && i > 0 && keys[i - 1] == "đồng" && i > 1 && keys[i - 2] == "các")
                || (t.key == "gồm") || (t.key == "chí" && i + 1 < tokens.count && tokens[i + 1].text == ":") {
                listMode = true
            }
            guard t.isWord, t.isCapitalised else { i += 1; continue }
            var end = i
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalised { end += 1 }
            if let person = classify(tokens, keys, runStart: i, runEnd: end, clauseStart: lastPersonEnd, listMode: listMode) {
                state.add(person)
                lastPersonEnd = end
            }
            i = end
        }
    }

    private struct Candidate {
        var name: String
        var key: String
        var roles: [String]
        var isShort: Bool
    }

    private func classify(_ tokens: [Token], _ keys: [String], runStart s: Int, runEnd e: Int,
                          clauseStart: Int, listMode: Bool) -> ArticleState.Mention? {
        // Built-in aliases ("Bác Hồ") take the whole run.
        let runKey = keys[s..<e].joined(separator: " ")
        if let target = lexicon.aliases[runKey] {
            return .init(name: target, key: Vietnamese.matchKey(target), roles: [], isShort: false)
        }
        // A marker before the run, or at its head, makes it a place or an institution, unless a known
        // place opens the run and a name follows it ("thành phố Đà Nẵng Lương Nguyễn Minh Triết").
        let marked = lexicon.longestMatch(lexicon.institutionMarkers, keys, endingAt: s) > 0
        // ("Trường", "Bệnh viện" at the head of the run; not "Hồ", "Đoàn", which are also family names).
        if !isFamilyName(keys, at: s), lexicon.longestMatch(lexicon.institutionMarkers, keys, at: s) > 0 { return nil }

        var p = s
        var strong = listMode
        var honorific = false
        var peeledPlace: [String] = []
        let sentenceStart = s == 0 || tokens[s - 1].endsClause
        // Peel honorifics, places and a sentence-initial word off the front of the run.
        while p < e {
            let h = lexicon.longestMatch(honorificTable, keys, at: p)
            if h > 0 && p + h < e { p += h; strong = true; honorific = true; continue }
            let place = lexicon.longestMatch(lexicon.places, keys, at: p)
            if place > 0 && p + place < e {
                peeledPlace += tokens[p..<(p + place)].map(\.text)
                p += place
                continue
            }
            if p == s, sentenceStart, e - p >= 3, !isFamilyName(keys, at: p), isFamilyName(keys, at: p + 1) {
                p += 1
                continue
            }
            break
        }
        if marked && peeledPlace.isEmpty { return nil }
        let nameTokens = tokens[p..<e]
        let count = nameTokens.count
        guard count >= 1, count <= 5 else { return nil }

        // What stands before the run: an honorific, or a title head with its complement.
        let before = leftContext(tokens, keys, runStart: s, clauseStart: clauseStart)
        if before.honorific { strong = true; honorific = true }
        var roles: [String] = before.roles
        if let last = roles.popLast() {
            roles.append(([last] + peeledPlace).joined(separator: " "))
        }
        let titled = !before.roles.isEmpty
        if titled { strong = true }
        let after = trailingRoles(tokens, keys, from: e)
        if !after.isEmpty { strong = true }
        roles += after

        let name = nameTokens.map(\.text).joined(separator: " ")
        let key = keys[p..<e].joined(separator: " ")
        let familyStart = isFamilyName(keys, at: p)

        if count == 1 {
            // "ông Chính" is a later mention; "Thủ tướng Chính phủ" is not.
            guard honorific, before.adjacent || p > s else { return nil }
            return .init(name: name, key: key, roles: roles, isShort: true)
        }
        // A whole run that is a place is a person only right after a title or honorific ("Chủ tịch Hồ Chí Minh").
        let wholePlace = lexicon.longestMatch(lexicon.places, keys, at: p) == count
        if wholePlace && !(before.adjacent && strong) { return nil }
        if nameTokens.contains(where: { !looksLikeNameWord($0) }) { return nil }
        if familyStart {
            if strong || count >= 3 { return .init(name: name, key: key, roles: roles, isShort: false) }
            return nil
        }
        // Foreign and minority names: only where a title or honorific vouches for them.
        guard strong, count <= 4, !startsLikeInstitution(keys[p]) else { return nil }
        return .init(name: name, key: key, roles: roles, isShort: false)
    }

    private var honorificTable: [String: [[String]]] {
        Self.honorificIndex
    }
    private static let honorificIndex = Lexicon.index(Lexicon.honorificWords)

    private func isFamilyName(_ keys: [String], at i: Int) -> Bool {
        guard i < keys.count else { return false }
        if i + 1 < keys.count, lexicon.compoundFamilyNames.contains(keys[i] + " " + keys[i + 1]) { return true }
        return lexicon.familyNames.contains(keys[i])
    }

    private func startsLikeInstitution(_ key: String) -> Bool {
        lexicon.places[key]?.contains(where: { $0.count == 1 }) == true || lexicon.titleHeads[key] != nil
    }

    private func looksLikeNameWord(_ t: Token) -> Bool {
        t.text.count <= 14 && !t.text.contains(where: { $0.isNumber })
    }

    // MARK: - Titles around a name

    private struct Left {
        var roles: [String] = []
        var honorific = false
        /// The run follows its title or honorific directly, with no complement between.
        var adjacent = false
    }

    /// Looks back from the run to the clause start for a title head ("Bí thư Thành ủy") or an honorific,
    /// then further back over comma-separated titles of the same person.
    private func leftContext(_ tokens: [Token], _ keys: [String], runStart s: Int, clauseStart: Int) -> Left {
        var left = Left()
        guard s > 0 else { return left }
        let h = lexicon.longestMatch(Self.honorificIndex, keys, endingAt: s)
        var end = s
        if h > 0 { left.honorific = true; left.adjacent = true; end = s - h }
        // Find the earliest title head in the segment before the run, stopping at punctuation or a verb.
        var start = end
        var titleStart: Int?
        var k = end - 1
        while k >= clauseStart, k >= 0, tokens[k].isWord, !lexicon.roleStops.contains(keys[k]) || isTitleWord(keys, k), end - k <= 12 {
            if lexicon.longestMatch(lexicon.titleHeads, keys, at: k) > 0 { titleStart = k }
            k -= 1
        }
        guard let head = titleStart else { return left }
        start = head
        if start > 0, ["nguyên", "quyền", "tân", "cố"].contains(keys[start - 1]) { start -= 1 }
        let headLength = lexicon.longestMatch(lexicon.titleHeads, keys, at: head)
        if head + headLength == end { left.adjacent = true }
        var roles = [text(tokens, start, end)]
        // Earlier titles of the same person: ", "-separated segments each opening with a title head.
        var segEnd = start
        while segEnd - 1 > clauseStart, tokens[segEnd - 1].isComma || tokens[segEnd - 1].isDash {
            var segStart = segEnd - 1
            while segStart - 1 >= clauseStart, tokens[segStart - 1].isWord, segEnd - segStart < 14 { segStart -= 1 }
            guard segStart < segEnd - 1 else { break }
            let boundary = segStart == 0 || segStart == clauseStart || tokens[segStart - 1].endsClause || tokens[segStart - 1].isComma || tokens[segStart - 1].isDash
            var open = segStart
            if ["nguyên", "quyền", "tân"].contains(keys[open]) { open += 1 }
            guard boundary, lexicon.longestMatch(lexicon.titleHeads, keys, at: open) > 0,
                  !(segStart..<(segEnd - 1)).contains(where: { lexicon.roleStops.contains(keys[$0]) && !isTitleWord(keys, $0) }),
                  !containsName(tokens, keys, segStart, segEnd - 1) else { break }
            roles.insert(text(tokens, segStart, segEnd - 1), at: 0)
            segEnd = segStart
        }
        left.roles = roles
        return left
    }

    /// ", Ủy viên Bộ Chính trị, Chủ tịch nước; ..." after a name: each segment opening with a title head.
    private func trailingRoles(_ tokens: [Token], _ keys: [String], from e: Int) -> [String] {
        var roles: [String] = []
        var i = e
        while i < tokens.count, tokens[i].isComma || tokens[i].isDash {
            var j = i + 1
            var open = j
            if j < tokens.count, ["nguyên", "quyền", "tân"].contains(keys[j]) { open += 1 }
            guard open < tokens.count, lexicon.longestMatch(lexicon.titleHeads, keys, at: open) > 0 else { break }
            var stopped = false
            while j < tokens.count, tokens[j].isWord, j - i <= 14 {
                if j > open + 1, lexicon.roleStops.contains(keys[j]), !isTitleWord(keys, j) { stopped = true; break }
                j += 1
            }
            guard j - i <= 14 || stopped else { break }
            if containsName(tokens, keys, i + 1, j) { break }
            roles.append(text(tokens, i + 1, j))
            if stopped { break }
            i = j
        }
        return roles
    }

    /// A stop word that is part of a title ("Đại biểu", "Người phát ngôn") does not end the title.
    private func isTitleWord(_ keys: [String], _ k: Int) -> Bool {
        for start in max(0, k - 3)...k {
            let n = lexicon.longestMatch(lexicon.titleHeads, keys, at: start)
            if n > 0 && start + n > k { return true }
        }
        return false
    }

    /// A run of three or more capitalised words opening with a family name inside a segment.
    private func containsName(_ tokens: [Token], _ keys: [String], _ a: Int, _ b: Int) -> Bool {
        var i = a
        while i < b {
            if tokens[i].isCapitalised, isFamilyName(keys, at: i) {
                var e = i
                while e < b, tokens[e].isCapitalised { e += 1 }
                if e - i >= 3, lexicon.longestMatch(lexicon.places, keys, at: i) != e - i { return true }
                i = e
            } else { i += 1 }
        }
        return false
    }

    private func text(_ tokens: [Token], _ a: Int, _ b: Int) -> String {
        tokens[a..<b].map(\.text).joined(separator: " ")
    }
}

/// The people found so far in one article, and the short mentions ("ông Chính") waiting to be tied to them.
struct ArticleState {
    struct Mention {
        var name: String
        var key: String
        var roles: [String]
        var isShort: Bool
    }

    let excluded: Set<String>
    var found: [PeopleExtractor.Found] = []
    var index: [String: Int] = [:]
    var shortMentions: [Mention] = []

    init(excluded: Set<String>) { self.excluded = excluded }

    mutating func add(_ m: Mention) {
        if excluded.contains(m.key) { return }
        if m.isShort { shortMentions.append(m); return }
        if let i = index[m.key] {
            for r in m.roles where !found[i].roles.contains(r) { found[i].roles.append(r) }
        } else {
            index[m.key] = found.count
            found.append(.init(name: m.name, roles: dedupe(m.roles)))
        }
    }

    /// "ông Chính" joins the one person whose given name is Chính; "ông Tập" the one whose family name is Tập.
    mutating func resolveShortMentions() {
        for m in shortMentions {
            let byLast = found.indices.filter { Vietnamese.matchKey(found[$0].name).split(separator: " ").last.map(String.init) == m.key }
            let byFirst = found.indices.filter { Vietnamese.matchKey(found[$0].name).split(separator: " ").first.map(String.init) == m.key }
            let target = byLast.count == 1 ? byLast.first : (byLast.isEmpty && byFirst.count == 1 ? byFirst.first : nil)
            guard let t = target else { continue }
            for r in m.roles where !found[t].roles.contains(r) { found[t].roles.append(r) }
        }
    }

    private func dedupe(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert(Vietnamese.matchKey($0)).inserted }
    }
}
