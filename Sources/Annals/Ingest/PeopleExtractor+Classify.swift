/// Reading one capitalised run as a person, in named passes: the run's bounds (aliases, streets,
/// institutions), a title written at its head, what is peeled off its front (honorifics, places, a state),
/// the title or honorific before it, the markers that make it an organisation, where the name starts, the
/// titles around the name, and the decision.
extension PeopleExtractor {
    /// A run being read as a name. `s..<e` is the run; the name is `p..<e` once its front is peeled off.
    struct Candidate {
        let s: Int
        var e: Int
        var p: Int
        let clauseStart: Int
        let listMode: Bool
        /// In a list of people named by their title in the plural ("nhóm tác giả: …").
        var peopleList: PeopleList?
        /// Joined by "và" or a comma to a person just found.
        var coordinated = false
        var left = Left()
        /// A title written with capitals at the head of the run ("Phó Trưởng Ban Dân vận …").
        var inRunHead: (start: Int, end: Int)?
        /// A title or honorific vouches for the name.
        var strong = false
        var honorific = false
        /// Where an honorific inside the run stands ("Bà Rịa" aside).
        var honorificAt: Int?
        /// A place (or state) was peeled off between the title and the name.
        var peeledPlace = false
        /// The run opens with an institution the title before it holds; the name was found at its end.
        var afterInstitution = false
        var titled: Bool { left.span != nil }
    }

    func classify(_ tokens: [Token], _ keys: [WordID], _ doc: TokenizedText, runStart s: Int, runEnd e: Int,
                  clauseStart: Int, listMode: Bool, peopleList: PeopleList? = nil, coordinated: Bool = false) -> (ArticleState.Mention, Int)? {
        // Built-in aliases ("Bác Hồ") take the whole run; after a memorial ("TP mang tên Bác Hồ") they name it.
        if lexicon.longestMatch(lexicon.aliasPhrases, keys, at: s) == e - s, let target = lexicon.aliasTargets[Array(keys[s..<e])] {
            if namesAPlace(tokens, keys, before: s) { return nil }
            return (.init(name: target, key: key(of: target), roles: [], isShort: false), e)
        }
        guard let (end, institutionHead) = runEnd(tokens, keys, runStart: s, runEnd: e) else { return nil }
        // "Phó Giáo sư Phương Đông học Anna …": a field of study ("Phương Đông học", "Việt Nam học") before
        // a name, not a name; a run with a family name in it may well be a name followed by "học" (studies).
        if end + 1 < tokens.count, tokens[end].isLowercaseWord, keys[end] == lexicon.w.hoc, tokens[end + 1].isCapitalised,
           !(s..<end).contains(where: { isFamilyName(keys, at: $0) }) { return nil }
        var c = Candidate(s: s, e: end, p: s, clauseStart: clauseStart, listMode: listMode)
        (c.coordinated, c.peopleList) = (coordinated, peopleList)
        guard readTitleAtRunHead(&c, keys) else { return nil }
        c.left = leftContext(tokens, keys, doc, runStart: s, clauseStart: clauseStart)
        if namesAPlace(tokens, keys, before: c.left.span?.start ?? s) { return nil }
        // "Giám đốc Bệnh viện Chợ Rẫy Nguyễn Văn A": an institution opens the run; only a title before it
        // makes a name at its end the title holder's.
        if institutionHead {
            guard c.left.span != nil, !c.left.honorificAdjacent, let start = nameAfterInstitution(keys, from: s, to: end) else { return nil }
            c.p = start
            c.afterInstitution = true
        }
        peelFront(&c, tokens, keys)
        settleLeft(&c, tokens, keys)
        guard nameStartAfterMarkers(&c, tokens, keys) else { return nil }
        let count = c.e - c.p
        guard count >= 1, count <= 5, !tokens[c.p..<c.e].contains(where: { !$0.flags.contains(.nameLike) }) else { return nil }
        let (roles, afterCount, consumed) = rolesAround(&c, tokens, keys, doc)
        return decide(c, tokens, keys) { short in
            let (name, key) = doc.phrase(c.p, c.e)
            return (.init(name: name, key: key, roles: roles.map { doc.phrase($0.lowerBound, $0.upperBound) }, isShort: short,
                          leftCount: roles.count - afterCount, foreign: tokens[c.p..<c.e].contains { !$0.flags.contains(.vietnamese) }),
                    consumed)
        }
    }

    /// "bảo vệ Lăng Chủ tịch Hồ Chí Minh", "Bảo tàng Hồ Chí Minh", "TP mang tên Bác Hồ", "Nhà sàn Bác Hồ": the
    /// name (with its title) starting at `before` is that of a place named after the person; so in "vào Lăng
    /// viếng Chủ tịch Hồ Chí Minh" and "vào Lăng dâng hoa và viếng …" (up to three acts joined by "và"), a
    /// visit to the place. "thăm" as the last act visits the place only in a mausoleum ("vào Lăng thăm Bác
    /// Hồ"); elsewhere it may visit the living ("đến Khu di tích thăm Mẹ Việt Nam anh hùng …"). "viếng Chủ
    /// tịch …" without a place is a mention.
    func namesAPlace(_ tokens: [Token], _ keys: [WordID], before: Int) -> Bool {
        func memorial(endingAt e: Int) -> Bool {
            if lexicon.longestMatch(lexicon.memorials, keys, endingAt: e) > 0 { return true }
            // "Nhà sàn Bác Hồ", capitalised and followed by "Bác": any other stilt house is a house.
            let named = lexicon.longestMatch(lexicon.namedMemorials, keys, endingAt: e)
            return named > 0 && tokens[e - named].isCapitalised && keys[before] == lexicon.w.bac
        }
        if memorial(endingAt: before) { return true }
        let visit = before > 0 && keys[before - 1] == lexicon.w.tham
        var b = before
        for _ in 0..<3 {
            let respect = lexicon.longestMatch(lexicon.respects, keys, endingAt: b)
            guard respect > 0 else { return false }
            b -= respect
            if memorial(endingAt: b) { return !visit || keys[b - 1] == lexicon.w.lang }
            guard b > 0, keys[b - 1] == lexicon.w.va else { return false }
            b -= 1
        }
        return false
    }

    /// Where the run really ends, or nil when it is no name at all: a title head that starts inside the
    /// run and goes on past it ends the run ("Lăng Chủ tịch …"); a house number makes it a street ("01 Trần
    /// Hưng Đạo"; not "Quận 12 …"); a marker at its head an institution ("Trường", "Bệnh viện"; not "Hồ",
    /// "Đoàn", which are also family names; "Bang Hessen Volker Bouffler" after a title is a state and a name).
    /// `institutionHead`: the run opens with such a marker.
    private func runEnd(_ tokens: [Token], _ keys: [WordID], runStart s: Int, runEnd e: Int) -> (end: Int, institutionHead: Bool)? {
        var e = e
        for k in (s + 1)..<e {
            let h = max(lexicon.longestMatch(lexicon.titleHeads, keys, at: k), lexicon.longestMatch(lexicon.bodyNames, keys, at: k),
                        lexicon.longestMatch(lexicon.organisationMarkers, keys, at: k))
            if h > 1, k + h > e { e = k; break }
        }
        guard e > s else { return nil }
        // "… Ninh Bình 2021 Nguyễn Văn Hùng": four digits after a capitalised word close a name (a year), they
        // are no house number.
        let yearClosingAName = s > 1 && tokens[s - 1].length == 4 && (tokens[s - 2].isCapitalised || tokens[s - 2].isAcronym)
        if s > 0, tokens[s - 1].isWord, tokens[s - 1].flags.contains(.allDigits), !yearClosingAName,
           !(s > 1 && lexicon.numberContexts.contains(keys[s - 2])) { return nil }
        let institution = !isFamilyName(keys, at: s) && lexicon.longestMatch(lexicon.institutionMarkers, keys, at: s) > 0
            && !(keys[s] == lexicon.w.bang && e - s >= 4)
        return (e, institution)
    }

    /// A title written with capitals at the head of the run: "Phó Trưởng Ban Dân vận", "Nguyên Phó Chủ tịch".
    /// False when the whole run is a title.
    private func readTitleAtRunHead(_ c: inout Candidate, _ keys: [WordID]) -> Bool {
        var q = c.s
        while q < c.e {
            let h = lexicon.longestMatch(lexicon.titleHeads, keys, at: q)
            if h > 0 {
                if q + h >= c.e { return false }
                c.inRunHead = (c.s, q + h)
                c.p = q + h
                return true
            }
            guard lexicon.modifiers.contains(keys[q]) else { return true }
            q += 1
        }
        return true
    }

    /// Peels honorifics, places, a state and a sentence-opening word off the front of the run (after a
    /// title, "Anh" is the country: "Thủ tướng Anh Keir Starmer"; "Ủy ban châu Âu Ursula von der Leyen":
    /// a place written half in lower case opens the run).
    private func peelFront(_ c: inout Candidate, _ tokens: [Token], _ keys: [WordID]) {
        let s = c.s, e = c.e
        let titleBefore = c.left.span != nil && !c.left.honorificAdjacent
        let sentenceStart = s == 0 || tokens[s - 1].endsClause
        if s > 0, tokens[s - 1].isLowercaseWord {
            let n = lexicon.longestMatch(lexicon.places, keys, at: s - 1)
            if n > 1, s - 1 + n < e { c.p = s - 1 + n; c.peeledPlace = true }
        }
        while c.p < e {
            let p = c.p
            // "Giám đốc điều hành Meta Platforms Mark Zuckerberg", "Giám đốc Samsung Electronics Việt Nam Choi Joo
            // Ho": after a title, a company's name closed by a word such as "Corp" or "Group" (and a place after
            // it, peeled next) stands before the name.
            if titleBefore, let q = afterCompanySuffix(keys, from: p, to: e) {
                c.p = q
                c.peeledPlace = true
                continue
            }
            let h = lexicon.longestMatch(lexicon.honorifics, keys, at: p)
            let place = lexicon.longestMatch(lexicon.places, keys, at: p)
            // "Bà Rịa-Vũng Tàu" is a place, not "bà"; after a title "Anh" is the country.
            if h > 0 && p + h < e && place <= h && !(titleBefore && p == s && place > 0) {
                if c.honorificAt == nil { c.honorificAt = p }
                c.p += h; c.strong = true; c.honorific = true
                continue
            }
            // "Vũ Quang Minh" is a name even though "Vũ Quang" is a district; "ca sĩ Mỹ Tâm" is a stage name.
            if place > 0 && p + place < e && !(isFamilyName(keys, at: p) && e - p - place < 2) && !stageName(c, tokens, keys, at: p) {
                c.peeledPlace = true
                c.p += place
                continue
            }
            // "Thủ hiến Bang Hessen Volker Bouffler": a state named after a title, before the name.
            if titleBefore, keys[p] == lexicon.w.bang, tokens[p].isCapitalised, e - (p + 2) >= 2 {
                c.peeledPlace = true
                c.p += 2
                continue
            }
            let opensSentence = lexicon.functionWords.contains(keys[p]) && e - p >= 2
                || (sentenceStart && e - p >= 3 && isFamilyName(keys, at: p + 1))
            if p == s, !isFamilyName(keys, at: p), opensSentence {
                c.p += 1
                continue
            }
            break
        }
    }

    /// "ca sĩ Mỹ Tâm", "diễn viên Anh Thơ": after a performer's title, or in a list of performers, a country
    /// that is also a given name and one Vietnamese syllable are a stage name. "ca sĩ Mỹ Taylor Swift" and
    /// "Thủ tướng Anh May" are not.
    private func stageName(_ c: Candidate, _ tokens: [Token], _ keys: [WordID], at p: Int) -> Bool {
        p == c.s && c.e - p == 2 && lexicon.nameCountries.contains(keys[p]) && tokens[p + 1].flags.contains(.vietnamese)
            && (c.peopleList == .performers || lexicon.longestMatch(lexicon.performers, keys, endingAt: p) > 0)
    }

    /// The honorific or title before the run, settled: "… Ban Kinh tế Trung ương Ông Phạm Minh Chính …", a
    /// capitalised honorific mid-sentence, opens a new sentence whose stop was lost, and the title before
    /// it belongs to someone else (not a foreign one, always capitalised: "Thủ tướng Xăm-đéc Hun Xen"); a
    /// title at the run's head stands in when none is before it.
    private func settleLeft(_ c: inout Candidate, _ tokens: [Token], _ keys: [WordID]) {
        if c.left.honorific { c.strong = true; c.honorific = true }
        let sentenceStart = c.s == 0 || tokens[c.s - 1].endsClause
        if c.honorificAt == c.s, c.s > 0, !sentenceStart, c.left.span != nil, lexicon.longestMatch(lexicon.foreignHonorifics, keys, at: c.s) == 0 {
            c.left.span = nil
            c.left.earlier = []
        }
        if c.left.span == nil, let head = c.inRunHead {
            c.left.span = (head.start, head.end)
        }
        if c.titled { c.strong = true }
    }

    /// Markers before the run (a street, school or company) turn it away, unless a title claims the run
    /// ("Chủ tịch UBND tỉnh Lò Văn Pằn": an administrative unit after a title, then the title holder). Then
    /// where the name starts when a body and its country ("Saeima Latvia Ināra Mūrniece") or an
    /// organisation in capitals ("Bộ Công Thương Đặng Hoàng Phong") run into it.
    private func nameStartAfterMarkers(_ c: inout Candidate, _ tokens: [Token], _ keys: [WordID]) -> Bool {
        let s = c.s, e = c.e
        let markerLength = markerEnding(tokens, keys, at: s)
        let headEndsAtRun = c.left.span.map { $0.headEnd == s } ?? false
        if c.afterInstitution {
            return true
        } else if markerLength > 0 && !headEndsAtRun && !c.peeledPlace {
            guard c.titled else { return false }
            let unit = lexicon.longestMatch(lexicon.adminMarkers, keys, at: s - markerLength) == markerLength
            guard let start = unit ? nameAfterUnit(keys, from: c.p, to: e) : nameAfterInstitution(keys, from: c.p, to: e) else { return false }
            c.p = start
        } else if !c.peeledPlace, organisationBefore(tokens, keys, runStart: s, floor: c.clauseStart) {
            // "Chủ tịch HĐQT Tập đoàn Vingroup Phạm Nhật Vượng": the title holds the organisation.
            guard c.titled, let start = nameAfterInstitution(keys, from: c.p, to: e) else { return false }
            c.p = start
        }
        if !isFamilyName(keys, at: c.p), e - c.p >= 4 {
            for k in (c.p + 1)..<(e - 2) {
                let n = lexicon.longestMatch(lexicon.countryNames, keys, at: k)
                if n > 0, e - (k + n) >= 2 { c.p = k + n; break }
            }
        }
        if c.titled, !isFamilyName(keys, at: c.p), e - c.p >= 3, lexicon.longestMatch(lexicon.places, keys, at: c.p) != e - c.p {
            for k in (c.p + 1)..<(e - 1) where isFamilyName(keys, at: k) && ((3...4).contains(e - k) || (e - k == 2 && k - c.p >= 2)) {
                c.p = k
                break
            }
        }
        return true
    }

    /// The titles before the name (the chain and the one right before it) and after it. Returns them as
    /// token ranges, how many came after the name, and the index after the words they claim. "Ghi nhận ý
    /// kiến của Bộ trưởng Thể, Thủ tướng nêu rõ …": the name closes a phrase opened by a preposition, and
    /// the bare title after it is the subject of the main clause, someone else's.
    private func rolesAround(_ c: inout Candidate, _ tokens: [Token], _ keys: [WordID], _ doc: TokenizedText)
        -> (roles: [Range<Int>], after: Int, consumed: Int) {
        let roleEnd = c.left.honorificAdjacent || c.left.beforeComma ? c.left.end : (c.honorificAt ?? c.p)
        var roles = c.left.earlier
        if let span = c.left.span, span.start < roleEnd {
            roles.append(span.start..<roleEnd)
        }
        var after = trailingRoles(tokens, keys, doc, from: c.e)
        if after.roles.count == 1, after.endsAtVerb, isBareTitle(tokens, keys, after.roles[0].lowerBound, after.roles[0].upperBound),
           prepositionBefore(tokens, keys, runStart: c.s, clauseStart: c.clauseStart) {
            after = ([], c.e, false)
        }
        if !after.roles.isEmpty { c.strong = true }
        return (roles + after.roles, after.roles.count, after.end)
    }

    /// Whether the name is a person, and as a full or a short mention (`mention(short)` makes it).
    private func decide(_ c: Candidate, _ tokens: [Token], _ keys: [WordID],
                        mention: (Bool) -> (ArticleState.Mention, Int)) -> (ArticleState.Mention, Int)? {
        let p = c.p, e = c.e, count = e - p
        // Countries, regions and bodies are never people ("Đại sứ Việt Nam", "Thủ tướng Anh"), nor is a
        // run that ends in a country of two words or more ("Đoàn Việt Nam"; "Hà Minh Đức" is a name).
        if lexicon.longestMatch(lexicon.countryNames, keys, at: p) == count { return nil }
        // The title or honorific stands right before the name, with nothing but a place between.
        let adjacentTitle = !c.left.honorificAdjacent && c.honorificAt == nil && c.left.span.map { $0.headEnd == c.s || $0.headEnd == p } == true
        let adjacentHonorific = (c.left.honorificAdjacent && p == c.s)
            || c.honorificAt.map { $0 + lexicon.longestMatch(lexicon.honorifics, keys, at: $0) == p } == true
        let adjacent = adjacentTitle || adjacentHonorific
        // "Nhà sử học Dương Trung Quốc", "ông Lê Việt Nam", "Tổng thư ký Hội Khoa học lịch sử Dương Trung
        // Quốc": right after a title (its organisation included) or an honorific, a family name and a country
        // of two words are a name ("Bí thư Đoàn Việt Nam": "Đoàn" opens an organisation).
        let titled = adjacent || (c.left.span != nil && !c.left.honorificAdjacent && c.honorificAt == nil)
        let familyAndCountry = count == 3 && titled && (p == c.s || c.honorificAt != nil) && isFamilyName(keys, at: p)
            && !lexicon.organisationNouns.contains(keys[p])
        for k in p..<e where e - k >= 2 && lexicon.longestMatch(lexicon.countryNames, keys, at: k) == e - k
            && !(familyAndCountry && k == p + 1) { return nil }
        if lexicon.longestMatch(lexicon.bodyNames, keys, at: p) == count { return nil }
        if count == 1 { return decideOneWord(c, tokens, keys, adjacent: adjacent, mention: mention) }
        let familyStart = isFamilyName(keys, at: p)
        // A whole run that is a place is a person only right after a title or honorific ("Chủ tịch Hồ Chí Minh").
        let wholePlace = lexicon.longestMatch(lexicon.places, keys, at: p) == count
        if wholePlace && !(adjacent && c.strong && familyStart && count >= 3) { return nil }
        if familyStart {
            // In a list of comrades ("Các đồng chí: …") a two-word name needs no title, nor as an item of a list
            // after a person and a comma ("…, Nguyễn Thị Doan, Trần Hòa, …"): the item ends at punctuation or
            // "và" ("…, Đoàn Thanh niên" is no name), and does not open like a title ("…, Phó Chủ Ủy ban …").
            let besidePerson = c.coordinated && p == c.s && c.s > 0 && tokens[c.s - 1].isComma
                && (e == tokens.count || !tokens[e].isWord || keys[e] == lexicon.w.va)
                && !lexicon.titleFirstWords.contains(keys[p])
            return c.strong || c.listMode || besidePerson || count >= 3 ? mention(false) : nil
        }
        // Foreign and minority names: only where a title, an honorific or the sentence vouches for them, and
        // not the name of an organisation ("Nhóm Hỗ trợ …", "Liên minh …").
        // In a list of people, a name of two or three syllables needs no family name ("Thu Hà", a pen name).
        let listed = c.peopleList != nil && p == c.s && count <= 3 && tokens[p..<e].allSatisfy { $0.flags.contains(.vietnamese) }
        guard c.strong || listed || (p == c.s && (c.coordinated || vouchedByContext(tokens, keys, runStart: c.s, clauseStart: c.clauseStart))),
              count <= 4, !startsLikeInstitution(keys, at: p) || stageName(c, tokens, keys, at: p),
              !lexicon.organisationNouns.contains(keys[p]) else { return nil }
        return mention(false)
    }

    /// A one-word name: "già làng K'Brèo" (Central Highlands names), "ông Chính" (a later mention; not
    /// "Thủ tướng Chính phủ"), "Tổng thống Zelensky" (a title and a family or given name).
    private func decideOneWord(_ c: Candidate, _ tokens: [Token], _ keys: [WordID], adjacent: Bool,
                               mention: (Bool) -> (ArticleState.Mention, Int)) -> (ArticleState.Mention, Int)? {
        let word = tokens[c.p]
        let initial = word.flags.contains(.initialName)
        if c.honorific || c.titled, adjacent || initial, word.flags.contains(.apostropheName) || initial {
            return mention(false)
        }
        if c.honorific, adjacent { return mention(true) }
        if c.titled, adjacent, lexicon.longestMatch(lexicon.places, keys, at: c.p) == 0, endsMention(tokens, keys, at: c.e) {
            return mention(true)
        }
        return nil
    }
}
