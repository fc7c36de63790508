/// Finds the people an article mentions, with the titles it gives them.
///
/// The rule it follows: a Vietnamese personal name capitalises every syllable, a title only its first.
/// So a name is a capitalised run of words, and what stands around the run tells whether it is a person:
/// a title or an honorific before it (strong), a family name at its head and three or four syllables (weak),
/// a marker such as "phố", "Trường THPT" or "Công ty" before it (not a person). Places and countries that
/// join the run between a title and a name ("Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng") are peeled off.
/// A title ends where a lower-case verb, preposition or conjunction starts ("… Bí thư Tỉnh ủy cho biết"),
/// and the words a title claims after a name ("…, Giám đốc Công ty Đầu tư Lê Lai") are not read again.
/// The work is one pass over the tokens with dictionary look-ups: linear in the text.
public struct PeopleExtractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = Lexicon()) { self.lexicon = lexicon }

    /// A person found in one article.
    public struct Found: Sendable, Equatable {
        public var name: String
        public var roles: [String]
    }

    /// People in order of first mention. `excluding` holds names (bylines) that are never people.
    public func extract(paragraphs: [String], excluding: Set<String> = []) -> [Found] {
        var state = ArticleState(excluded: Set(excluding.map(key(of:))))
        let scratch = Tokenizer.Scratch()
        for paragraph in paragraphs {
            let doc = Tokenizer.tokenize(paragraph, lexicon: lexicon, scratch: scratch)
            scan(doc.tokens, doc.ids, doc, into: &state)
        }
        state.resolveShortMentions()
        var found = state.found
        for i in found.indices where found[i].roles.contains(where: { $0.utf8.contains(0x2D) }) {
            var roles: [String] = []
            for part in found[i].roles.flatMap(splitGluedTitles) where !roles.contains(part) { roles.append(part) }
            found[i].roles = roles
        }
        return found
    }

    /// "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam-Bí thư Quân ủy Trung ương": two titles
    /// joined by a hyphen with no space, which reads as one word ("Nam-Bí"). Split where a capitalised title
    /// head follows the hyphen; "Bà Rịa-Vũng Tàu", "Hội Hữu nghị Việt-Lào" stay whole.
    func splitGluedTitles(_ role: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(role)
        var from = rest.startIndex
        while let dash = rest[from...].firstIndex(of: "-") {
            let after = rest.index(after: dash)
            from = after
            guard dash > rest.startIndex, after < rest.endIndex, rest[rest.index(before: dash)].isLetter,
                  rest[after].isUppercase, rest[..<dash].contains(" ") else { continue }
            let tail = rest[after...]
            guard lexicon.longestMatch(lexicon.titleHeads, lexicon.ids(ofWords: String(tail)), at: 0) > 0 else { continue }
            parts.append(String(rest[..<dash]))
            rest = tail
            from = rest.startIndex
        }
        return parts + [String(rest)]
    }

    // MARK: - Scanning

    /// The match key of a name, built as the tokenizer builds the keys of the words it reads.
    func key(of name: String) -> String {
        let doc = Tokenizer.tokenize(name, lexicon: lexicon)
        return doc.tokens.isEmpty ? "" : doc.phrase(0, doc.tokens.count).key
    }

    func scan(_ tokens: [Token], _ keys: [WordID], _ doc: TokenizedText, into state: inout ArticleState) {
        let w = lexicon.w
        var listMode = false
        // After "nhóm tác giả:" or "các ca sĩ" (`pluralTitle`): a list of people, whose names may be pen names.
        // It holds the run right after the title or colon and those joined to it by commas and "và"
        // (`listNext`: where the next item may stand), not the rest of the sentence.
        var peopleList: PeopleList?
        var listNext = -1
        var clauseStart = 0
        var shared = SharedTitles()
        // "nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức Mạnh;": a title heading a list is each name's in it.
        var listTitle: [(text: String, key: String)]?
        // Where the last person found ends: a name joined to it by "và" or a comma is vouched for.
        var lastPersonEnd = -1
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.endsSentence { listMode = false; clauseStart = i + 1 }
            if t.endsSentence || t.mark == 0x3B { listTitle = nil }
            if t.mark == 0x3A, let span = titleHeadingList(tokens, keys, colon: i, clauseStart: clauseStart) {
                listTitle = [doc.phrase(span.lowerBound, span.upperBound)]
            }
            if t.isWord, (t.id == w.chi && i > 1 && keys[i - 1] == w.dong && keys[i - 2] == w.cac)
                || (t.id == w.gom) || (t.id == w.chi && i + 1 < tokens.count && tokens[i + 1].mark == 0x3A)
                || ((t.id == w.ong || t.id == w.baHonorific) && i > 0 && keys[i - 1] == w.cac) {
                listMode = true
            }
            if t.endsSentence || t.mark == 0x3B { peopleList = nil }
            if t.mark == 0x3A ? i + 1 < tokens.count && tokens[i + 1].isCapitalised : t.isCapitalised, let list = pluralTitle(keys, before: i) {
                peopleList = list
                listNext = t.mark == 0x3A ? i + 1 : i
            }
            guard t.isWord, t.isCapitalised else { i += 1; continue }
            var end = i
            while end < tokens.count, tokens[end].isWord,
                  tokens[end].isCapitalised || (end > i && isParticle(tokens[end])
                    && end + 1 < tokens.count && tokens[end + 1].isWord
                    && (tokens[end + 1].isCapitalised || isParticle(tokens[end + 1]))) {
                // "… ông Đinh La Thăng Chiều 13/5, …": a glued heading; the lead's "Chiều 13/5" is no name.
                if end > i, lexicon.leadWords.contains(keys[end]), end + 1 < tokens.count,
                   tokens[end + 1].flags.contains(.firstDigit) { break }
                // "… trao tặng Trần Văn Minh Huân chương Lao động": a medal's name after the holder's.
                if end > i, end + 1 < tokens.count, keys[end] == lexicon.w.huan || keys[end] == lexicon.w.huy,
                   tokens[end + 1].isLowercaseWord, keys[end + 1] == lexicon.w.chuong { break }
                // "… Nông Đức Mạnh Ảnh: TTXVN": a credit glued to the caption's last name.
                if end > i, keys[end] == lexicon.w.anh || keys[end] == lexicon.w.nguon, end + 1 < tokens.count, tokens[end + 1].mark == 0x3A { break }
                // "… Vladimir Putin Cùng ngày, …": a word that opens sentences and never names anyone.
                if end > i, lexicon.neverNames.contains(keys[end]), end + 1 < tokens.count, !tokens[end + 1].isCapitalised { break }
                end += 1
            }
            // "Bà có tên khai sinh Nguyễn Thị A", "(bí danh B)": another name of someone, never a person of
            // its own, here or later in the article.
            if lexicon.longestMatch(lexicon.otherNames, keys, endingAt: i) > 0 {
                state.otherNames.insert(doc.phrase(i, end).key)
                i = end
                continue
            }
            // A photo credit ("Ảnh: Văn Điệp/TTXVN") names a photographer, not a person of the story.
            if isCredit(tokens, keys, before: i) || tokens[i..<end].contains(where: { $0.flags.contains(.hasSlash) }) {
                i = end
                continue
            }
            // "Các ca sĩ Hồ Ngọc Hà (TP.HCM), Mỹ Anh (Hà Nội)": a bracket after an item stays in the list, and
            // what it holds is no item.
            let resume = peopleList == nil ? listNext : afterBracket(tokens, at: listNext)
            let bracketed = peopleList != nil && listNext >= 0 && listNext < i && i < resume
            if peopleList != nil, !bracketed, i != listNext, !coordinated(tokens, keys, from: resume, to: i) {
                peopleList = nil
            }
            let list = bracketed ? nil : peopleList
            // A list under a title ("nguyên Chủ tịch …: A, B;") is a list of names, as one of comrades is.
            let inList = listMode || list != nil || listTitle != nil
            let joined = coordinated(tokens, keys, from: lastPersonEnd, to: i)
            if case (var person, let consumed)? = classify(tokens, keys, doc, runStart: i, runEnd: end, clauseStart: clauseStart, listMode: inList,
                                                           peopleList: list, coordinated: joined) {
                shared.give(&person, runStart: i)
                if person.roles.isEmpty, let title = listTitle { (person.roles, person.leftCount) = (title, 1) }
                let index = state.add(person)
                shared.note(person, at: index, runStart: i, next: max(end, consumed), tokens, keys, listMode: listMode, lexicon: lexicon, state: &state)
                clauseStart = max(end, consumed)
                i = max(end, consumed)
                lastPersonEnd = i
                if !bracketed { listNext = i }
                continue
            }
            i = end
            if !bracketed { listNext = end }
        }
    }

    /// After the bracket that opens at `j` and closes within `limit` tokens ("(TP.HCM)", "(35 tuổi)"), or `j`.
    func afterBracket(_ tokens: [Token], at j: Int, within limit: Int = 10) -> Int {
        guard j >= 0, j < tokens.count, tokens[j].mark == 0x28 else { return j }
        var k = j + 1
        while k < tokens.count, k - j <= limit, tokens[k].mark != 0x29, tokens[k].mark != 0x28 { k += 1 }
        return k < tokens.count && tokens[k].mark == 0x29 ? k + 1 : j
    }

    /// True when only "và", a comma, or both stand between the person ending at `from` and the run at `to`
    /// ("Lionel Messi và Diego Maradona", "ông Tập, ông Cameron"): a name beside a person is one too.
    func coordinated(_ tokens: [Token], _ keys: [WordID], from: Int, to: Int) -> Bool {
        guard from >= 0, from < to, to - from <= 2 else { return false }
        return (from..<to).allSatisfy { tokens[$0].isComma || (tokens[$0].isWord && keys[$0] == lexicon.w.va) }
    }

    /// The title right before the colon at `colon` when it heads a list of names inside a sentence: it
    /// follows a comma or a semicolon, starts with a title (after "nguyên", "cựu"), is all words, and a
    /// name follows the colon. ("Tổng Bí thư: Ông A …", a headline quoting someone, is no list.)
    func titleHeadingList(_ tokens: [Token], _ keys: [WordID], colon: Int, clauseStart: Int) -> Range<Int>? {
        guard colon + 1 < tokens.count, tokens[colon + 1].isCapitalised, !lexicon.honorificWordSet.contains(keys[colon + 1]),
              !lexicon.functionWords.contains(keys[colon + 1]) else { return nil }
        var start = colon
        while start > clauseStart, colon - start < 20, tokens[start - 1].isWord { start -= 1 }
        guard start < colon, start > clauseStart, tokens[start - 1].isComma || tokens[start - 1].mark == 0x3B else { return nil }
        var open = start
        while open < colon, lexicon.modifiers.contains(keys[open]) { open += 1 }
        guard open < colon, lexicon.longestMatch(lexicon.titleHeads, keys, at: open) > 0 else { return nil }
        return start..<colon
    }

    /// A list of people, and whether they are performers, whose stage names may open with a country ("Mỹ Anh").
    enum PeopleList { case people, performers }

    /// "… của nhóm tác giả: Thu Hà, Quang Hưng", "các ca sĩ Mỹ Linh, Mỹ Anh": people named by their title in
    /// the plural ("các", "những", "nhóm") right before a colon or a name head a list of people.
    func pluralTitle(_ keys: [WordID], before i: Int) -> PeopleList? {
        let w = lexicon.w
        // Most capitalised words have no plural word shortly before them; only those that do are looked up.
        guard (max(0, i - 7)..<i).contains(where: { keys[$0] == w.cac || keys[$0] == w.nhung || keys[$0] == w.nhom }) else { return nil }
        let n = lexicon.longestMatch(lexicon.titleHeads, keys, endingAt: i)
        guard n > 0, i - n - 1 >= 0 else { return nil }
        let k = keys[i - n - 1]
        guard k == w.cac || k == w.nhung || k == w.nhom else { return nil }
        return lexicon.longestMatch(lexicon.performers, keys, endingAt: i) > 0 ? .performers : .people
    }

    /// After the last word in `keys[from..<to - 2]` that closes a company's name ("Acme Corp", "Meta
    /// Platforms"), so that two words are left for a name; nil when there is none.
    func afterCompanySuffix(_ keys: [WordID], from: Int, to e: Int) -> Int? {
        guard from < e - 2 else { return nil }
        return (from..<(e - 2)).last(where: { lexicon.companySuffixes.contains(keys[$0]) }).map { $0 + 1 }
    }

    /// "van", "von", "der": a lower-case particle of a foreign name.
    @inline(__always)
    func isParticle(_ t: Token) -> Bool { t.isLowercaseWord && lexicon.nameParticles.contains(t.id) }

    /// "Ảnh: X", "(Ảnh: X)", "Nguồn: X", "Ảnh minh họa: X", "(Video: X)": the run after the colon is a credit.
    func isCredit(_ tokens: [Token], _ keys: [WordID], before i: Int) -> Bool {
        guard i >= 2, tokens[i - 1].mark == 0x3A else { return false }
        let w = lexicon.w
        for k in stride(from: i - 2, through: max(0, i - 4), by: -1) {
            if keys[k] == w.anh || keys[k] == w.nguon || keys[k] == w.photo || keys[k] == w.video || keys[k] == w.clip { return true }
            if !tokens[k].isWord { break }
        }
        return false
    }

    /// A foreign name with no title of its own that the sentence still vouches for: the holder of a title
    /// named before "là" ("Thủ tướng Anh khi đó là David Cameron"), the speaker after a quotation ("“…”,
    /// William Reinsch thuộc …"), or a name with an age after it ("Alex Pretti, 37 tuổi,"). Gives no title.
    func vouchedByContext(_ tokens: [Token], _ keys: [WordID], runStart s: Int, clauseStart: Int) -> Bool {
        // The capitalised run from `s`: where it ends.
        var e = s
        while e < tokens.count, tokens[e].isCapitalised { e += 1 }
        // "Alex Pretti, 37 tuổi, bị …", "Lee Min-ho, 37 tuổi": an age of one or two digits right after a name of
        // two words or more says it is a person's ("Real Madrid, 122 tuổi" is a club's, "Tháp Eiffel, 135
        // tuổi" a tower's; a person past a hundred, rare in the news, goes unvouched).
        if e - s >= 2, e + 2 < tokens.count, tokens[e].isComma, tokens[e + 1].flags.contains(.allDigits),
           tokens[e + 1].length <= 2, keys[e + 2] == lexicon.w.tuoi { return true }
        guard s >= 2 else { return false }
        if tokens[s - 1].isComma, [0x22, 0x201D].contains(tokens[s - 2].mark) {
            // A foreign name of two words or more, not a newspaper ("…”, European Pravda đưa tin").
            let foreign = tokens[s..<e].contains { !$0.flags.contains(.vietnamese) }
            let w = lexicon.w
            return e - s >= 2 && foreign && !(e < tokens.count && (keys[e] == w.dua || keys[e] == w.dan || keys[e] == w.dang))
        }
        guard tokens[s - 1].isLowercaseWord, keys[s - 1] == lexicon.w.la else { return false }
        for k in stride(from: s - 2, through: max(clauseStart, s - 8), by: -1) {
            guard tokens[k].isWord else { return false }
            if tokens[k].isCapitalised, lexicon.longestMatch(lexicon.titleHeads, keys, at: k) > 0 { return true }
        }
        return false
    }

    @inline(__always)
    func isFamilyName(_ keys: [WordID], at i: Int) -> Bool {
        guard i >= 0, i < keys.count else { return false }
        return lexicon.families.contains(keys[i]) || lexicon.longestMatch(lexicon.compoundFamilies, keys, at: i) == 2
    }

    /// A run opening with a place or a title ("Hà Nội …", "Thanh tra Sở …") names no one. The title must be
    /// there whole: "Thanh", "Trung", "Hồng" and "Tiến" open titles, and names too ("ca sĩ Thanh Lam").
    func startsLikeInstitution(_ keys: [WordID], at p: Int) -> Bool {
        lexicon.singleWordPlaces.contains(keys[p])
            || (lexicon.titleFirstWords.contains(keys[p]) && lexicon.longestMatch(lexicon.titleHeads, keys, at: p) > 0)
    }

    /// After a one-word mention: punctuation, the end, or a verb ("Tổng thống Macron coi trọng …").
    func endsMention(_ tokens: [Token], _ keys: [WordID], at e: Int) -> Bool {
        guard e < tokens.count else { return true }
        let t = tokens[e]
        if !t.isWord { return true }
        // "Bộ Nội vụ": "vụ" closes the word "Nội", it is no verb after a name.
        return t.isLowercaseWord && lexicon.longestMatch(lexicon.roleStops, keys, at: e) > 0 && t.id != lexicon.w.vu
    }

    /// After "tỉnh", "TP", "xã" and a title: the run is the title holder's name when it is not a known
    /// place, or a place followed by a name ("xã Tân Lập Nguyễn Văn A"). Returns where the name starts.
    func nameAfterUnit(_ keys: [WordID], from p: Int, to e: Int) -> Int? {
        let count = e - p
        if lexicon.longestMatch(lexicon.places, keys, at: p) == count { return nil }
        if isFamilyName(keys, at: p), (3...4).contains(count) { return p }
        guard count >= 4 else { return nil }
        for k in (p + 1)..<e where isFamilyName(keys, at: k) && (3...4).contains(e - k) { return k }
        return nil
    }

    /// Where the title holder's name starts in a run that opens with the name of an institution the title
    /// holds ("Phó Giám đốc Bệnh viện Bạch Mai Nguyễn Văn A"), or nil when the run is the institution's
    /// name alone ("Trường THPT Trần Cao Vân"). The name is two to four words from a family name, not a
    /// place ("… Đại học Y Hà Nội Lê B"), after at least one word of the institution's name that is not a
    /// family name alone ("Trường Nguyễn Lương Bằng"). Of the ways to cut the run, the best one opens the
    /// name with a common family name and makes it three words long, and does not leave a common family name
    /// at the end of the institution's name ("Tập đoàn Trung Nguyên Đặng Lê Nguyên Vũ"); a name of two or
    /// four words must open with a common family name ("… Phan Đình Phùng Lê B").
    func nameAfterInstitution(_ keys: [WordID], from p: Int, to e: Int) -> Int? {
        guard e - p >= 3 else { return nil }
        // "Tập đoàn Acme Corp John Smith": a word that closes a company's name ends the institution, with a
        // place after it ("… Electronics Việt Nam Choi Joo Ho").
        if let q = afterCompanySuffix(keys, from: p + 1, to: e) {
            let place = lexicon.longestMatch(lexicon.places, keys, at: q)
            return q + (q + place <= e - 2 ? place : 0)
        }
        var best: (k: Int, score: Int)?
        for k in max(p + 1, e - 4)...(e - 2) {
            guard isFamilyName(keys, at: k), lexicon.longestMatch(lexicon.places, keys, at: k) == 0,
                  !(k - p == 1 && isFamilyName(keys, at: p)) else { continue }
            let common = lexicon.commonFamilies.contains(keys[k]), three = e - k == 3
            guard common || three else { continue }
            let score = (common ? 2 : 0) + (three ? 1 : 0) - (lexicon.commonFamilies.contains(keys[k - 1]) ? 2 : 0)
            if best.map({ score > $0.score }) ?? true { best = (k, score) }
        }
        return best?.k
    }

    /// The length of the marker ("phố", "Trường THPT", "huyện") that ends right before `i`, or 0. A one-word
    /// marker in lower case that closes a capitalised name ("Bộ Quốc phòng", "Sở Tài nguyên và Môi trường")
    /// or a common word ("thị trường") is no marker.
    func markerEnding(_ tokens: [Token], _ keys: [WordID], at i: Int) -> Int {
        let m = lexicon.longestMatch(lexicon.institutionMarkers, keys, endingAt: i)
        guard m == 1, i >= 2, tokens[i - 1].isLowercaseWord, tokens[i - 2].isWord else { return m }
        // An administrative unit closes no name: "… Đảng Cộng sản Việt Nam tỉnh Bấc Thái" names a province.
        if lexicon.longestMatch(lexicon.adminMarkers, keys, at: i - 1) == 1 { return m }
        if tokens[i - 2].isCapitalised || lexicon.longestMatch(lexicon.markerCompounds, keys, at: i - 2) == 2 { return 0 }
        return m
    }

    /// The length of the organisation marker ("Công ty", "Trường") that starts at `k`, or 0. A one-word marker
    /// in lower case glued to the word before it ("Môi trường", "thị trường") is something else.
    func organisationMarker(_ tokens: [Token], _ keys: [WordID], at k: Int) -> Int {
        let m = lexicon.longestMatch(lexicon.organisationMarkers, keys, at: k)
        guard m == 1, !tokens[k].isCapitalised, k > 0, tokens[k - 1].isWord else { return m }
        return tokens[k - 1].isLowercaseWord && isStop(tokens, keys, at: k - 1) ? m : 0
    }

    /// A company, school, park or prize a few words before the run: "Trường Phổ thông dân tộc nội trú
    /// Lê Quý Đôn", "Công ty cổ phần Đầu tư Lê Lai", "vườn hoa Lý Thái Tổ".
    func organisationBefore(_ tokens: [Token], _ keys: [WordID], runStart s: Int, floor: Int) -> Bool {
        var k = s - 1
        while k >= max(floor, s - 7) {
            let t = tokens[k]
            guard t.isWord || t.isAmpersand else { return false }
            let m = organisationMarker(tokens, keys, at: k)
            if m > 0, k + m <= s { return true }
            if t.isLowercaseWord, isStop(tokens, keys, at: k) { return false }
            if lexicon.longestMatch(lexicon.titleHeads, keys, at: k) > 0 { return false }
            if lexicon.longestMatch(lexicon.honorifics, keys, at: k) > 0 && !t.isCapitalised { return false }
            k -= 1
        }
        return false
    }

    // MARK: - Titles around a name

    struct Left {
        /// The title right before the run: where it starts and where its head ends.
        var span: (start: Int, headEnd: Int)?
        /// Earlier titles of the same person, ", "-separated, as token ranges (made text only for a person found).
        var earlier: [Range<Int>] = []
        var honorific = false
        /// An honorific stands right before the run; the title, if any, ends before it.
        var honorificAdjacent = false
        /// Where the title before the run ends.
        var end = 0
        /// The title stands before a comma (`titleBeforeComma`) and ends at `end`.
        var beforeComma = false
    }

    /// Looks back from the run to the clause start for a title head ("Bí thư Thành ủy") or an honorific,
    /// then further back over comma-separated titles of the same person.
    func leftContext(_ tokens: [Token], _ keys: [WordID], _ doc: TokenizedText, runStart s: Int, clauseStart: Int) -> Left {
        var left = Left()
        guard s > 0 else { return left }
        var end = s
        let h = lexicon.longestMatch(lexicon.honorifics, keys, endingAt: s)
        // "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Hà Thị Nga": "nữ" of "Phụ nữ" in an organisation's name is no
        // honorific ("người phụ nữ Anna Petrova" keeps it).
        let compound = lexicon.longestMatch(lexicon.honorificCompounds, keys, endingAt: s)
        if h > 0, tokens[s - h].isWord, !(compound > h && tokens[s - compound].isCapitalised) {
            left.honorific = true; left.honorificAdjacent = true
            end = s - h
        }
        left.end = end
        // "Bộ trưởng Bộ Y tế, bà A"; so without the honorific after a verb of meeting ("gặp Đại diện cấp cao
        // của NATO, Patrick Turner, và …").
        if left.honorificAdjacent || tokens[s - 1].isComma, let span = titleBeforeComma(tokens, keys, honorific: end, clauseStart: clauseStart) {
            left.span = (span.start, span.headEnd)
            left.end = span.end
            left.beforeComma = true
            return left
        }
        guard var span = titleSpan(tokens, keys, endingAt: end, floor: clauseStart) else { return left }
        // "Bộ trưởng Quốc phòng Việt Nam Đại tướng Phan Văn Giang": a rank after the country that closes an
        // office is a title of its own, the office another.
        let office = ((span.start + 1)..<max(span.start + 1, end)).first {
            tokens[$0].isCapitalised && lexicon.longestMatch(lexicon.ranks, keys, at: $0) > 0
                && lexicon.longestMatch(lexicon.countryNames, keys, endingAt: $0) > 0
        }.map { span.start..<$0 }
        if let office { span.start = office.upperBound }
        left.span = span
        // Earlier titles of the same person: ", "-separated segments each made of a title. Only a title
        // in capitals continues a chain ("Tổng Bí thư, Chủ tịch nước Lào …"; not "với Bộ trưởng, đại biểu …").
        var segEnd = office?.lowerBound ?? span.start
        while segEnd - 1 > clauseStart, tokens[segEnd - 1].isComma || tokens[segEnd - 1].isDash,
              tokens[segEnd].isCapitalised || tokens[segEnd].isAcronym
                || (lexicon.modifiers.contains(keys[segEnd]) && segEnd + 1 < s && tokens[segEnd + 1].isCapitalised) {
            guard let prev = titleSpanBounded(tokens, keys, endingAt: segEnd - 1, floor: clauseStart), prev.start < segEnd - 1 else { break }
            let b = prev.start
            // Only titles in capitals chain ("Trả lời phóng viên bên lề hội thảo, Bộ trưởng …" does not).
            var first = b
            while first < segEnd - 1, lexicon.modifiers.contains(keys[first]), !tokens[first].isCapitalised { first += 1 }
            guard tokens[first].isCapitalised || tokens[first].isAcronym else { break }
            guard prev.bounded, !containsName(tokens, keys, b, segEnd - 1) else { break }
            left.earlier.insert(b..<(segEnd - 1), at: 0)
            segEnd = b
        }
        if let office { left.earlier.append(office) }
        return left
    }

    /// "Bộ trưởng Bộ Y tế, bà Nguyễn Thị A phát biểu", "hội kiến Tổng thống Pháp, ông B": a title in capitals,
    /// then a comma and, at `h`, the honorific (or the name itself, with none), is the person's when the
    /// title opens the sentence or follows a verb of meeting. Elsewhere it is someone else's: "Thay mặt Thủ tướng, ông A", "Theo Bộ trưởng, ông
    /// A", and "Ông C, Bộ trưởng, ông A" (the title after C's comma is C's). `end`: where the title ends.
    func titleBeforeComma(_ tokens: [Token], _ keys: [WordID], honorific h: Int, clauseStart: Int) -> (start: Int, headEnd: Int, end: Int)? {
        guard h - 1 > 0, tokens[h - 1].isComma else { return nil }
        /// Whether the title stands where it is the person's: it opens the sentence (a sentence's end also
        /// starts a clause in `scan`) or follows its opening phrase ("Sáng 12/3, Bộ trưởng Bộ Y tế, bà A đã
        /// …"), or it follows a verb of meeting after `floor`; and it is no title two or more share
        /// ("Ngoại trưởng hai nước, ông A và ông B"; so "Chủ tịch Hội Nông dân các thôn, ông A và ông B": a
        /// body's field after "các" cannot be told from the units several hold the title over).
        func stands(_ title: (start: Int, headEnd: Int, end: Int), floor: Int) -> Bool {
            let opens = title.start == 0 || tokens[title.start - 1].endsSentence || afterOpeningPhrase(tokens, keys, comma: title.start - 1)
            let met = title.start > floor && lexicon.longestMatch(lexicon.meetingVerbs, keys, endingAt: title.start) > 0
            let shared = (title.start..<title.end).contains { tokens[$0].isLowercaseWord && lexicon.pluralWords.contains(keys[$0]) }
            return (opens || met) && !shared
        }
        if h - 1 > clauseStart, let span = titleSpanBounded(tokens, keys, endingAt: h - 1, floor: clauseStart), span.bounded,
           tokens[span.start].isCapitalised || tokens[span.start].isAcronym, !containsName(tokens, keys, span.start, h - 1),
           stands((span.start, span.headEnd, h - 1), floor: clauseStart) {
            return (span.start, span.headEnd, h - 1)
        }
        // Only when that gives none (a title right after "của" never stands where it is the next name's):
        // the title of a titled name, looked for back to the sentence's start.
        guard let nested = titleOfATitle(tokens, keys, comma: h - 1), stands(nested, floor: 0) else { return nil }
        return nested
    }

    /// The comma at `c` closes the phrase that opens the sentence: a time, a place or a link ("Sáng 12/3",
    /// "Tại Hà Nội", "Theo đó", "Thay mặt lãnh đạo tỉnh") of at most ten tokens, with no comma, title,
    /// honorific or name in it ("Theo Bộ trưởng, ông A", "Ông C, Bộ trưởng, ông A": the title is another's).
    func afterOpeningPhrase(_ tokens: [Token], _ keys: [WordID], comma c: Int) -> Bool {
        guard c > 0, tokens[c].isComma else { return false }
        var k = c - 1
        while k >= 0, c - k <= 10 {
            let t = tokens[k]
            if t.endsSentence { break }
            if t.isComma || t.mark == 0x3B || t.mark == 0x3A || t.mark == 0x28 || t.mark == 0x29 { return false }
            // An honorific in lower case, or opening the phrase ("Ông C, …"); "Tại Anh, …" is a country.
            if t.isWord, lexicon.longestMatch(lexicon.titleHeads, keys, at: k) > 0
                || (lexicon.longestMatch(lexicon.honorifics, keys, at: k) > 0 && (t.isLowercaseWord || k == 0 || tokens[k - 1].endsSentence)) {
                return false
            }
            k -= 1
        }
        guard k < 0 || tokens[k].endsSentence else { return false }
        return !containsName(tokens, keys, k + 1, c)
    }

    /// "Đặc phái viên của Tổng thống Trump, Steve Witkoff", "Cố vấn An ninh Quốc gia của Tổng thống Mỹ, ông
    /// A": a title "of" another's title, before the comma at `c`, is the next name's, up to the "của". It is
    /// looked for back to the sentence's start: the inner title's holder ("Trump") may have closed a clause.
    func titleOfATitle(_ tokens: [Token], _ keys: [WordID], comma c: Int) -> (start: Int, headEnd: Int, end: Int)? {
        var floor = c
        while floor > 0, c - floor < 40, !tokens[floor - 1].endsSentence { floor -= 1 }
        guard let inner = titleSpanBounded(tokens, keys, endingAt: c, floor: floor), inner.bounded, tokens[inner.start].isCapitalised else { return nil }
        let of = inner.start - 1
        guard of > floor, keys[of] == lexicon.w.cua,
              let outer = titleSpanBounded(tokens, keys, endingAt: of, floor: floor), outer.bounded,
              tokens[outer.start].isCapitalised, !containsName(tokens, keys, outer.start, of) else { return nil }
        return (outer.start, outer.headEnd, of)
    }

    /// The title that ends right before `end`: the earliest title head reachable without crossing
    /// punctuation or a verb, with a modifier before it ("nguyên", "Phó").
    func titleSpan(_ tokens: [Token], _ keys: [WordID], endingAt end: Int, floor: Int) -> (start: Int, headEnd: Int)? {
        titleSpanBounded(tokens, keys, endingAt: end, floor: floor).map { ($0.start, $0.headEnd) }
    }

    /// `bounded`: the look-back ended at punctuation, a verb or the clause start, not at its length limit,
    /// so the title found is a whole one.
    func titleSpanBounded(_ tokens: [Token], _ keys: [WordID], endingAt end: Int, floor: Int) -> (start: Int, headEnd: Int, bounded: Bool)? {
        var k = end - 1
        var start: Int?
        var headEnd = 0
        var bounded = true
        while k >= max(floor, 0) {
            if end - k > 24 { bounded = false; break }
            let t = tokens[k]
            // "Phó Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Nguyễn Văn A": the organisation's acronym in
            // brackets, right before the name, is inside the title.
            if k == end - 1, k >= 3, t.mark == 0x29, tokens[k - 1].isAcronym, tokens[k - 2].mark == 0x28, tokens[k - 3].isWord {
                k -= 3
                continue
            }
            // "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội A": a comma inside the organisation's name.
            if t.isComma, start == nil, enumerationInName(tokens, keys, afterComma: k) || isCommaOfAPair(keys, comma: k) { k -= 1; continue }
            guard t.isWord || t.isAmpersand || isJoiningDash(tokens, keys, k) else { break }
            if t.isLowercaseWord, isStop(tokens, keys, at: k) { break }
            let hl = lexicon.longestMatch(lexicon.titleHeads, keys, at: k)
            if hl > 0, !insideBody(keys, k), !afterEventName(tokens, keys, k), lexicon.longestMatch(lexicon.headCompounds, keys, at: k) <= hl {
                // "… hội đàm với Bộ trưởng Kinh tế Bồ Đào Nha Bộ trưởng Cabral …": a title closed by its country,
                // then a capitalised title, is a caption run into the next sentence; the title is the later one.
                // A rank there is the same person's ("Bộ trưởng Quốc phòng Việt Nam Đại tướng Phan Văn Giang").
                if let later = start, later > k + hl, tokens[later].isCapitalised,
                   lexicon.longestMatch(lexicon.countryNames, keys, endingAt: later) > 0,
                   lexicon.longestMatch(lexicon.ranks, keys, at: later) == 0 { break }
                if start == nil { headEnd = min(k + hl, end) }
                start = k
            }
            k -= 1
        }
        guard var st = start else { return nil }
        while st - 1 >= max(floor, 0), tokens[st - 1].isWord, isModifier(tokens, keys, st - 1) { st -= 1 }
        return (st, headEnd, bounded)
    }

    /// "nguyên", "quyền", "tân", "cố", "Phó" before a title; not "quyền" of "chính quyền Tổng thống …".
    func isModifier(_ tokens: [Token], _ keys: [WordID], _ k: Int) -> Bool {
        guard lexicon.modifiers.contains(keys[k]) else { return false }
        if k > 0, tokens[k - 1].isWord, lexicon.longestMatch(lexicon.modifierCompounds, keys, at: k - 1) == 2 { return false }
        return true
    }

    /// "Bộ Lao động - Thương binh và Xã hội": a dash between two parts of an organisation's name, not
    /// between two titles ("Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh") nor before a name.
    func isJoiningDash(_ tokens: [Token], _ keys: [WordID], _ k: Int) -> Bool {
        guard tokens[k].isDash, k > 0, k + 2 < tokens.count, tokens[k - 1].isWord else { return false }
        // "Bộ Tài nguyên - môi trường", "Ban Tư tưởng - văn hóa": the second part in lower case, two words
        // long, and no verb or preposition ("… Lạng Sơn - ở mức cảnh cáo").
        if tokens[k - 1].isLowercaseWord, tokens[k + 1].isLowercaseWord, tokens[k + 2].isLowercaseWord,
           !isStop(tokens, keys, at: k + 1), !isStop(tokens, keys, at: k + 2),
           lexicon.longestMatch(lexicon.titleHeads, keys, at: k + 1) == 0 { return true }
        // "Ủy ban hợp tác Lào - Việt Nam", "Khu du lịch Sài Gòn - Phú Quốc": two countries or cities, the
        // parties of a bilateral body or the ends of a route.
        if tokens[k + 1].isCapitalised, lexicon.longestMatch(lexicon.bylinePlaces, keys, at: k + 1) > 0,
           keys[k - 1] == lexicon.w.viet || lexicon.longestMatch(lexicon.bylinePlaces, keys, endingAt: k) > 0 { return true }
        guard tokens[k + 1].isCapitalised, tokens[k + 2].isLowercaseWord else { return false }
        return lexicon.longestMatch(lexicon.titleHeads, keys, at: k + 1) == 0 && !isFamilyName(keys, at: k + 1)
            && lexicon.longestMatch(lexicon.places, keys, at: k + 1) == 0
    }

    /// "Ban Bí thư", "Văn phòng Chủ tịch nước": a body whose name holds a title head.
    func insideBody(_ keys: [WordID], _ k: Int) -> Bool {
        for b in max(0, k - 2)..<k {
            let n = lexicon.longestMatch(lexicon.bodyNames, keys, at: b)
            if n > 0, b + n > k, lexicon.longestMatch(lexicon.titleHeads, keys, at: b) == 0 { return true }
        }
        return false
    }

    /// "Hội nghị Bộ trưởng Ngoại giao ASEAN": a title head right after the capitalised name of a meeting
    /// names the meeting ("tại hội nghị Thủ tướng …", in lower case, may be a sentence that lost its comma).
    func afterEventName(_ tokens: [Token], _ keys: [WordID], _ k: Int) -> Bool {
        let n = lexicon.longestMatch(lexicon.eventNames, keys, endingAt: k)
        return n > 0 && tokens[k - n].isCapitalised
    }

    /// ", Ủy viên Bộ Chính trị, Chủ tịch nước; ..." after a name: each segment opening with a title head.
    /// Returns the titles (as token ranges) and the index after the last word they claim.
    /// A preposition ("của", "về", "với", "cho", "theo") between the clause start and the run: the name
    /// sits in a phrase that the main clause follows.
    func prepositionBefore(_ tokens: [Token], _ keys: [WordID], runStart s: Int, clauseStart: Int) -> Bool {
        let w = lexicon.w
        for k in stride(from: s - 1, through: max(clauseStart, s - 12), by: -1) where tokens[k].isLowercaseWord {
            if keys[k] == w.cua || keys[k] == w.ve || keys[k] == w.voi || keys[k] == w.cho || keys[k] == w.theo { return true }
        }
        return false
    }

    /// `endsAtVerb`: the last title was ended by a lower-case verb or preposition, not by punctuation.
    func trailingRoles(_ tokens: [Token], _ keys: [WordID], _ doc: TokenizedText, from e: Int) -> (roles: [Range<Int>], end: Int, endsAtVerb: Bool) {
        var spans: [(start: Int, end: Int)] = []
        var ends: [Int] = []
        let n = tokens.count
        var consumed = e
        var endsAtVerb = false
        var i: Int
        switch asideAfterName(tokens, keys, from: e) {
        case let .bracketed(role, end): return ([role], end, false)
        case let .titlesFrom(k): i = k
        }
        while i < n, tokens[i].isComma || tokens[i].isDash {
            // "Frances Adamson, người hiện là Tổng Thư ký …": the post held now ("từng là" is a past one).
            let from = i + 1 + (tokens[i].isComma ? lexicon.longestMatch(lexicon.presentHolders, keys, at: i + 1) : 0)
            var open = from
            // "Phó Ban …" is a title of its own; otherwise "nguyên", "Phó" before a title.
            while open < n, tokens[open].isWord, lexicon.modifiers.contains(keys[open]),
                  lexicon.longestMatch(lexicon.titleHeads, keys, at: open) == 0 { open += 1 }
            guard open < n, tokens[open].isWord, lexicon.longestMatch(lexicon.titleHeads, keys, at: open) > 0 else { break }
            let (j, stopped) = trailingTitleEnd(tokens, keys, head: open, comma: i)
            if !stopped, runsOnToAName(tokens, at: j) { break }
            if titleOfTheNextName(tokens, keys, comma: i, head: open, end: j) {
                // "Chủ tịch nước X, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Y": bare titles just before a
                // titled name are that name's.
                while let last = spans.last, isBareTitle(tokens, keys, last.start, last.end) {
                    spans.removeLast()
                    ends.removeLast()
                    consumed = ends.last ?? e
                }
                break
            }
            ends.append(consumed)
            spans.append((from, j))
            consumed = j
            endsAtVerb = stopped
            if stopped { break }
            i = j
        }
        return (spans.map { $0.start..<$0.end }, consumed, endsAtVerb)
    }

    enum Aside {
        /// Titles may follow from this comma or dash.
        case titlesFrom(Int)
        /// A title in brackets, and where the bracket closes.
        case bracketed(Range<Int>, Int)
    }

    /// What stands between a name and its titles: an age between commas ("Đinh Huy, 30 tuổi, huyện ủy
    /// viên, …"), a title in brackets ("ông A (nguyên giám đốc Công ty B)"), a short aside ("(SN 1968)").
    func asideAfterName(_ tokens: [Token], _ keys: [WordID], from e: Int) -> Aside {
        let n = tokens.count
        var i = e
        if i + 3 < n, tokens[i].isComma, tokens[i + 1].flags.contains(.allDigits), keys[i + 2] == lexicon.w.tuoi, tokens[i + 3].isComma {
            i += 3
        }
        if let (role, end) = bracketTitle(tokens, keys, open: i) { return .bracketed(role, end) }
        let after = afterBracket(tokens, at: i)
        if after > i, after < n, tokens[after].isComma || tokens[after].isDash { i = after }
        return .titlesFrom(i)
    }

    /// Where a title after a name ends (from its head at `head`, the comma or dash before it at `comma`),
    /// and whether a lower-case stop word ended it. A body's field after "các" (`fieldOfABody`) is the
    /// title's only when punctuation closes it: before a verb it is the next clause's subject ("Ông A,
    /// Giám đốc Sở Y tế các bệnh viện đã sẵn sàng").
    func trailingTitleEnd(_ tokens: [Token], _ keys: [WordID], head open: Int, comma i: Int) -> (end: Int, stopped: Bool) {
        let n = tokens.count
        var j = open + lexicon.longestMatch(lexicon.titleHeads, keys, at: open)
        var enumeration = false
        var field: Int?
        while j < n, j - i <= 30 {
            let t = tokens[j]
            if t.isWord {
                // "… xã hội, kinh tế và môi trường": the "và" that closes an enumeration in the name.
                if enumeration, keys[j] == lexicon.w.va { enumeration = false; j += 1; continue }
                if t.isLowercaseWord, isStop(tokens, keys, at: j) { return (field ?? j, true) }
                if field == nil, fieldOfABody(tokens, keys, at: j) { field = j }
                j += 1
            } else if t.isAmpersand || isJoiningDash(tokens, keys, j) || (t.isComma && isCommaOfAPair(keys, comma: j)) {
                j += 1
            } else if t.isComma, enumerationInName(tokens, keys, afterComma: j) {
                enumeration = true
                j += 1
            } else {
                break
            }
        }
        return (j, false)
    }

    /// After a title that punctuation did not end: it goes on into words, a list after a colon ("Tổng Bí
    /// thư A, nguyên Tổng Bí thư: B, C"), or a bracket and capitals ("A, Chủ tịch Hội nghị … (Chính hiệp)
    /// Trung Quốc B"): it heads what follows, it is not the name's before it.
    func runsOnToAName(_ tokens: [Token], at j: Int) -> Bool {
        let n = tokens.count
        guard j < n else { return false }
        if tokens[j].isWord { return true }
        if tokens[j].mark == 0x3A, j + 1 < n, tokens[j + 1].isCapitalised { return true }
        let after = afterBracket(tokens, at: j, within: 8)
        return after > j && after < n && tokens[after].isCapitalised
    }

    /// The title after the comma names someone else: it contains a name, or it is a rank followed by
    /// capitals ("Tổng thống A, Phó Giáo sư Kireeva cho rằng": a rank takes no organisation after it).
    func titleOfTheNextName(_ tokens: [Token], _ keys: [WordID], comma i: Int, head open: Int, end j: Int) -> Bool {
        let head = lexicon.longestMatch(lexicon.titleHeads, keys, at: open)
        let rankThenName = lexicon.longestMatch(lexicon.ranks, keys, at: open) == head && open + head < j
            && tokens[open + head].isCapitalised && !startsLikeInstitution(keys, at: open + head)
            && lexicon.longestMatch(lexicon.places, keys, at: open + head) == 0
        return rankThenName || containsName(tokens, keys, i + 1, j)
    }

    /// A title in brackets right after a name, perhaps after where the person stands in the photo
    /// ("(trái, trưởng đoàn đàm phán của …)"): the title up to a verb, preposition or the bracket's end,
    /// and the index after the closing bracket.
    func bracketTitle(_ tokens: [Token], _ keys: [WordID], open i: Int) -> (Range<Int>, Int)? {
        let n = tokens.count
        guard i < n, tokens[i].mark == 0x28 else { return nil }
        var k = i + 1
        let w = lexicon.w
        if k + 1 < n, tokens[k].isLowercaseWord, keys[k] == w.trai || keys[k] == w.phai || keys[k] == w.giua, tokens[k + 1].isComma { k += 2 }
        // A modifier ("nguyên giám đốc") is passed over, unless it opens the title itself ("cố vấn").
        var q = k
        var head = q < n && tokens[q].isWord ? lexicon.longestMatch(lexicon.titleHeads, keys, at: q) : 0
        while head == 0, q + 1 < n, tokens[q].isWord, lexicon.modifiers.contains(keys[q]) {
            q += 1
            head = tokens[q].isWord ? lexicon.longestMatch(lexicon.titleHeads, keys, at: q) : 0
        }
        guard head > 0 else { return nil }
        var j = q + head
        while j < n, j - i <= 24, tokens[j].isWord || tokens[j].isAmpersand || isJoiningDash(tokens, keys, j) {
            if tokens[j].isLowercaseWord, isStop(tokens, keys, at: j) { break }
            j += 1
        }
        var close = j
        while close < n, close - i <= 40, tokens[close].mark != 0x29, tokens[close].mark != 0x28 { close += 1 }
        guard close < n, tokens[close].mark == 0x29 else { return nil }
        return (k..<j, close + 1)
    }

    /// "Ủy ban Giáo dục, Thanh thiếu niên và Nhi đồng", "Viện nghiên cứu xã hội, kinh tế và môi trường": after
    /// the comma, one to four words and then "và" and a word, none of them a title or a name: the comma is
    /// inside the organisation's name, not between two titles. So with "của" and the body it belongs to,
    /// after a capitalised word: "Ủy ban Tài chính, Ngân sách của Quốc hội".
    func enumerationInName(_ tokens: [Token], _ keys: [WordID], afterComma c: Int) -> Bool {
        var k = c + 1
        // "…, Đan Mạch và Greenland vẫn chờ đợi": places after the comma open the main clause.
        guard k < tokens.count, lexicon.longestMatch(lexicon.places, keys, at: k) == 0 else { return false }
        // "Ủy ban văn hóa, giáo dục thanh niên, thiếu niên và nhi đồng": more items, in lower case, each
        // after a comma of its own, before the "và".
        var item = c
        while k < tokens.count, k - item <= 5, k - c <= 14, !tokens[k].flags.contains(.firstDigit),
              tokens[k].isWord || (tokens[k].isComma && k - item >= 2 && k + 1 < tokens.count && tokens[k + 1].isLowercaseWord) {
            if tokens[k].isComma {
                // "…, huyện Phú Tân, tỉnh An Giang": an address, not a field of the name.
                guard lexicon.longestMatch(lexicon.places, keys, at: k + 1) == 0 else { return false }
                item = k
                k += 1
                continue
            }
            if k == item + 1, lexicon.longestMatch(lexicon.adminMarkers, keys, at: k) > 0 { return false }
            if keys[k] == lexicon.w.va {
                return k - item >= 2 && k + 1 < tokens.count
                    && lexicon.longestMatch(lexicon.titleHeads, keys, at: k + 1) == 0
                    && lexicon.longestMatch(lexicon.companyNouns, keys, at: k + 1) == 0 && tokens[k + 1].isWord && !tokens[k + 1].flags.contains(.firstDigit)
                    && !(isFamilyName(keys, at: k + 1) && k + 2 < tokens.count && tokens[k + 2].isCapitalised)
                    && !(tokens[k + 1].isLowercaseWord && isStop(tokens, keys, at: k + 1))
            }
            if keys[k] == lexicon.w.cua {
                return k - c >= 2 && tokens[c + 1].isCapitalised && k + 1 < tokens.count && tokens[k + 1].isCapitalised
                    && lexicon.longestMatch(lexicon.titleHeads, keys, at: k + 1) == 0
                    && !(isFamilyName(keys, at: k + 1) && k + 2 < tokens.count && tokens[k + 2].isCapitalised)
            }
            if lexicon.longestMatch(lexicon.titleHeads, keys, at: k) > 0 || lexicon.modifiers.contains(keys[k]) { return false }
            if tokens[k].isLowercaseWord, isStop(tokens, keys, at: k) { return false }
            if tokens[k].isCapitalised, isFamilyName(keys, at: k), k + 1 < tokens.count, tokens[k + 1].isCapitalised { return false }
            k += 1
        }
        return false
    }

    /// "Ban Chỉ đạo phòng, chống tham nhũng", "Cục Quản lý khám, chữa bệnh": the comma of "phòng, chống"
    /// (prevent and combat), "khám, chữa" (examine and treat) or another pair of `Lexicon.commaPairWords` is
    /// inside the organisation's name.
    func isCommaOfAPair(_ keys: [WordID], comma c: Int) -> Bool {
        guard c > 0, c + 1 < keys.count else { return false }
        return lexicon.commaPairs.contains { pair in
            c >= pair.left.count && c + pair.right.count < keys.count
                && keys[(c - pair.left.count)..<c].elementsEqual(pair.left) && keys[(c + 1)...].prefix(pair.right.count).elementsEqual(pair.right)
        }
    }

    /// Whether a pair of `Lexicon.commaPairWords` (of acts only, if asked) and its comma start at `k`
    /// ("phòng, chống …").
    func startsACommaPair(_ tokens: [Token], _ keys: [WordID], at k: Int, actsOnly: Bool = false) -> Bool {
        lexicon.commaPairs.contains { pair in
            let c = k + pair.left.count
            return (pair.acts || !actsOnly) && c + pair.right.count < keys.count && tokens[c].isComma
                && keys[k..<c].elementsEqual(pair.left) && keys[(c + 1)...].prefix(pair.right.count).elementsEqual(pair.right)
        }
    }

    /// A title head alone, perhaps with a modifier: "Phó Thủ tướng", "nguyên Bộ trưởng".
    func isBareTitle(_ tokens: [Token], _ keys: [WordID], _ a: Int, _ b: Int) -> Bool {
        var q = a
        if q < b, lexicon.modifiers.contains(keys[q]), lexicon.longestMatch(lexicon.titleHeads, keys, at: q) != b - q { q += 1 }
        return q < b && lexicon.longestMatch(lexicon.titleHeads, keys, at: q) == b - q
    }

    /// A lower-case word that ends a title: a verb, preposition or conjunction, unless it belongs to a
    /// title ("Người phát ngôn") or joins the parts of one ("Bộ Giáo dục và Đào tạo", "Đại sứ Lào tại
    /// Việt Nam", "trưởng đoàn đàm phán của Mỹ", "Phó Thủ tướng kiêm Bộ trưởng").
    func isStop(_ tokens: [Token], _ keys: [WordID], at k: Int) -> Bool {
        guard lexicon.longestMatch(lexicon.roleStops, keys, at: k) > 0
            || (k > 0 && tokens[k - 1].isLowercaseWord && lexicon.longestMatch(lexicon.roleStops, keys, endingAt: k + 1) > 1)
        else { return false }
        if isTitleWord(keys, k) || partOfAName(tokens, keys, at: k) || lexicon.longestMatch(lexicon.stopNouns, keys, at: k) > 0
            || lexicon.longestMatch(lexicon.stopNouns, keys, endingAt: k + 1) > 1 { return false }
        let next = k + 1 < tokens.count ? tokens[k + 1] : nil
        let nextIsHead = lexicon.longestMatch(lexicon.titleHeads, keys, at: k + 1) > 0
        let nextIsName = isFamilyName(keys, at: k + 1) && k + 2 < tokens.count && tokens[k + 2].isCapitalised
            && lexicon.longestMatch(lexicon.places, keys, at: k + 1) == 0
        let w = lexicon.w
        switch keys[k] {
        case w.va:
            guard let nx = next, k > 0 else { return true }
            // "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": a second pair of acts joins the first.
            if nx.isLowercaseWord, startsACommaPair(tokens, keys, at: k + 1, actsOnly: true) { return false }
            if nx.isLowercaseWord { return !lowerCaseNameGoesOn(tokens, keys, and: k) }
            // "Bộ Nông nghiệp và PTNT": an acronym joins as a capitalised word does.
            guard nx.isCapitalised || nx.isAcronym else { return true }
            let prev = tokens[k - 1]
            // A place written as an acronym closes the name as a place in capitals does ("Giáo phận TPHCM và
            // Thành hội Phật giáo TPHCM": two bodies).
            let placeEnds = prev.isAcronym && lexicon.longestMatch(lexicon.places, keys, endingAt: k) > 0
            let joins = (prev.isLowercaseWord || (prev.isAcronym && !placeEnds)) && !nextIsHead && !nextIsName
                && lexicon.longestMatch(lexicon.honorifics, keys, at: k + 1) == 0
            return !joins
        case w.tai:
            return lexicon.longestMatch(lexicon.places, keys, at: k + 1) == 0
        case w.cua:
            guard let nx = next, nx.isCapitalised || nx.isAcronym else { return true }
            return nextIsHead || nextIsName
        case w.kiem:
            return !nextIsHead
        case w.nam:
            // "Tổng thống Nam Tư năm 1973": a year is when, not part of the title ("khóa năm" is).
            return next?.flags.contains(.firstDigit) ?? false
        case w.nguoi:
            // "Trưởng Ban Công tác người Hoa": "người" and a people belong to the organisation's name.
            guard let nx = next, nx.isCapitalised else { return true }
            return !lexicon.peoples.contains(keys[k + 1])
        case w.ve:
            // "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": what a committee is about, a pair named
            // ("chỉ đạo của Phó Thủ tướng về phòng, chống thiên tai" is the subject of a directive).
            if (max(0, k - 6)..<k).contains(where: { keys[$0] == w.ban }), startsACommaPair(tokens, keys, at: k + 1) { return false }
            guard let nx = next, nx.isCapitalised else { return true }
            return nextIsHead || nextIsName || lexicon.longestMatch(lexicon.places, keys, at: k + 1) > 0
        default:
            return true
        }
    }

    /// "Phó Ban nghiên cứu và đào tạo,", "Viện Nghiên cứu phát triển nông nghiệp và kinh tế biển Việt Nam.":
    /// an organisation whose name is written in lower case after the word that opens it (a body, "Trung
    /// tâm", "Trường") joins two fields with "và". It goes on when lower-case words stand on both sides of
    /// the "và", the body's word at most eight words before it, and after it a few words that are not
    /// stops, titles or people ("cán bộ", "vợ"), perhaps a place, end the clause. ("Giám đốc Trung tâm y tế
    /// và các bác sĩ", "… và ông B", "… và toàn thể cán bộ": someone else.)
    func lowerCaseNameGoesOn(_ tokens: [Token], _ keys: [WordID], and k: Int) -> Bool {
        let n = tokens.count
        guard k >= 2, tokens[k - 1].isLowercaseWord else { return false }
        var opened = false
        var b = k - 1
        while b >= 0, k - b <= 8, tokens[b].isWord, !opened {
            opened = tokens[b].isCapitalised && (lexicon.longestMatch(lexicon.bodyNames, keys, at: b) > 0
                || lexicon.longestMatch(lexicon.organisationMarkers, keys, at: b) > 0)
            b -= 1
        }
        guard opened else { return false }
        var p = k + 1
        while p < n, p - k <= 5, tokens[p].isLowercaseWord {
            if endsAFieldsName(keys, at: p) { return false }
            p += 1
        }
        guard p > k + 1 else { return false }
        if p < n, tokens[p].isCapitalised {
            let place = lexicon.longestMatch(lexicon.places, keys, at: p)
            guard place > 0 else { return false }
            p += place
        }
        return p == n || !tokens[p].isWord
    }

    /// "Ủy ban các vấn đề xã hội", "Viện Y học Lâm sàng các bệnh nhiệt đới": "các" or "những" after the
    /// capitalised words of a body's name, before the field it deals with in lower case, is in the name.
    /// Not before people ("Bộ Y tế các cán bộ"), a title, an honorific, a stop, what several hold a title over
    /// ("Sở Y tế các tỉnh", "Bộ Y tế các nước": the title of several) or a time ("Bệnh viện Bạch Mai những
    /// ngày cao điểm").
    func fieldOfABody(_ tokens: [Token], _ keys: [WordID], at k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, tokens[k].isLowercaseWord, keys[k] == lexicon.w.cac || keys[k] == lexicon.w.nhung,
              tokens[k - 1].isWord, tokens[k + 1].isLowercaseWord else { return false }
        let p = k + 1
        if endsAFieldsName(keys, at: p) || lexicon.longestMatch(lexicon.pluralUnits, keys, at: p) > 0 {
            return false
        }
        // Back over the name's words ("Lâm sàng" is capitalised on its first syllable only) to its opening word.
        var b = k - 1
        while b >= 0, k - b <= 6, tokens[b].isWord, !(tokens[b].isLowercaseWord && lexicon.longestMatch(lexicon.roleStops, keys, at: b) > 0) {
            if tokens[b].isCapitalised, lexicon.longestMatch(lexicon.bodyNames, keys, at: b) > 0
                || lexicon.longestMatch(lexicon.organisationMarkers, keys, at: b) > 0 {
                return true
            }
            b -= 1
        }
        return false
    }

    /// A lower-case word that cannot go on the field an organisation's name gives in lower case
    /// (`lowerCaseNameGoesOn`, `fieldOfABody`): a stop, an honorific, people ("cán bộ") or a title.
    func endsAFieldsName(_ keys: [WordID], at p: Int) -> Bool {
        lexicon.longestMatch(lexicon.roleStops, keys, at: p) > 0 || lexicon.longestMatch(lexicon.honorifics, keys, at: p) > 0
            || lexicon.longestMatch(lexicon.companyNouns, keys, at: p) > 0 || lexicon.longestMatch(lexicon.titleHeads, keys, at: p) > 0
    }

    /// A stop word that belongs to the name of an organisation or a body around it: "Vụ Các tổ chức quốc
    /// tế", "Ban chỉ đạo", "Người Việt Nam ở nước ngoài", "Bộ Nội vụ", "Quốc hội kiến nghị" (the body's "hội").
    func partOfAName(_ tokens: [Token], _ keys: [WordID], at k: Int) -> Bool {
        // "Vụ Các tổ chức quốc tế": after "các", "những" a verb cannot stand; "tổ chức" is the noun.
        let phraseStart = lexicon.longestMatch(lexicon.roleStops, keys, at: k) > 0
            ? k : k + 1 - lexicon.longestMatch(lexicon.roleStops, keys, endingAt: k + 1)
        if phraseStart > 0, keys[phraseStart - 1] == lexicon.w.cac || keys[phraseStart - 1] == lexicon.w.nhung { return true }
        if fieldOfABody(tokens, keys, at: k) { return true }
        // "Ủy ban Người Việt Nam ở nước ngoài": after a capitalised name the organisation's name goes on
        // ("Đại sứ ở nước ngoài nhiều năm" is no name).
        for b in max(1, k - 2)...max(1, k) where tokens[b - 1].isCapitalised {
            let n = lexicon.longestMatch(lexicon.nameContinuations, keys, at: b)
            if n > 0, b + n > k { return true }
        }
        // "Trưởng Ban chỉ đạo …", "Phó Trưởng Ban tổ chức …": the committee's name, not a verb.
        for b in max(1, k - 1)...max(1, k) where keys[b - 1] == lexicon.w.ban {
            let n = lexicon.longestMatch(lexicon.committeeVerbs, keys, at: b)
            if n > 0, b + n > k { return true }
        }
        // "Bộ Nội vụ", "Sở Ngoại vụ": the second syllable of a capitalised word, not "vụ án".
        // ("… Bí thư Tỉnh ủy Hòa Bình vụ Trịnh Xuân Thanh": after another word "vụ" is "the case of", a stop.)
        if keys[k] == lexicon.w.vu, k > 0, tokens[k - 1].isCapitalised, keys[k - 1] == lexicon.w.noi || keys[k - 1] == lexicon.w.ngoai { return true }
        // "Quốc hội kiến nghị": "hội" belongs to the body before it, not to the verb "hội kiến".
        for b in max(0, k - 3)..<k where tokens[b].isCapitalised {
            let n = lexicon.longestMatch(lexicon.places, keys, at: b)
            if n > 0, b + n > k { return true }
        }
        return false
    }

    /// A stop word that is part of a title ("Đại biểu", "Người phát ngôn") does not end the title.
    func isTitleWord(_ keys: [WordID], _ k: Int) -> Bool {
        for start in max(0, k - 3)...k {
            let n = lexicon.longestMatch(lexicon.titleHeads, keys, at: start)
            if n > 0 && start + n > k { return true }
        }
        return false
    }

    /// A run of three or more capitalised words opening with a family name inside a segment, other than
    /// a place or the name of an institution ("Trường THPT chuyên Lê Hồng Phong").
    func containsName(_ tokens: [Token], _ keys: [WordID], _ a: Int, _ b: Int) -> Bool {
        var i = a
        var afterInstitution = false
        // Where the last title head read ends ("Phó Phòng Lê B": the marker "Phòng" is the title's).
        var headEnd = -1
        while i < b {
            if organisationMarker(tokens, keys, at: i) > 0 { afterInstitution = true }
            // A title that opens with a modifier is one ("Phó Phòng Cấp cứu": "Phó" is also a family name);
            // else the modifiers before a title ("nguyên Phó Thủ tướng").
            var q = i
            if lexicon.longestMatch(lexicon.titleHeads, keys, at: q) == 0 {
                while q < b, lexicon.modifiers.contains(keys[q]) { q += 1 }
            }
            let head = lexicon.longestMatch(lexicon.titleHeads, keys, at: q)
            if head > 0 {
                i = q + head
                headEnd = i
                continue
            }
            let country = lexicon.longestMatch(lexicon.countryNames, keys, at: i)
            if country > 0, !afterInstitution, i + country < b, tokens[i + country].isCapitalised,
               i == a || !tokens[i - 1].isCapitalised, markerEnding(tokens, keys, at: i) == 0,
               lexicon.longestMatch(lexicon.places, keys, at: i + country) == 0,
               lexicon.longestMatch(lexicon.titleHeads, keys, at: i + country) == 0 {
                return true
            }
            // "Bộ trưởng Ngoại giao Vladimir Makei": a foreign name closes the segment.
            // ("Ủy ban hợp tác Lào-Việt Nam": countries joined by a hyphen start no name.)
            if tokens[i].isCapitalised, !afterInstitution, !tokens[i].flags.contains(.vietnamese), tokens[i].flags.contains(.nameLike) {
                var e = i
                while e < b, tokens[e].isCapitalised { e += 1 }
                let endsInCountry = (i + 1..<e).contains { lexicon.longestMatch(lexicon.countryNames, keys, at: $0) == e - $0 }
                if e - i >= 2, e == b, !endsInCountry, lexicon.longestMatch(lexicon.places, keys, at: i) != e - i { return true }
            }
            if tokens[i].isCapitalised, isFamilyName(keys, at: i) {
                var e = i
                while e < b, tokens[e].isCapitalised { e += 1 }
                // Three words, or two that close the segment ("Bộ trưởng Bộ Công an Tô Lâm,"). (After a unit
                // a name is the place's: "Chủ tịch UBND phường Phạm Ngũ Lão".)
                let long = e - i >= 3 || (e - i == 2 && e == b)
                if long, !afterInstitution, markerEnding(tokens, keys, at: i) == 0 || i == headEnd,
                   lexicon.longestMatch(lexicon.places, keys, at: i) != e - i,
                   lexicon.longestMatch(lexicon.bodyNames, keys, at: i) != e - i { return true }
                i = max(e, i + 1)
            } else { i += 1 }
        }
        return false
    }
}

/// The people found so far in one article, and the short mentions ("ông Chính") waiting to be tied to them.
struct ArticleState {
    struct Mention {
        var name: String
        /// Match key of the name.
        var key: String
        /// Titles with their match keys.
        var roles: [(text: String, key: String)]
        var isShort: Bool
        /// How many of `roles` stood before the name (the rest followed it).
        var leftCount = 0
        /// A word of the name cannot be a Vietnamese syllable (the tokenizer's `.vietnamese`).
        var foreign = false
    }

    let excluded: Set<String>
    var found: [PeopleExtractor.Found] = []
    /// Match key of each person found, and of each of their titles.
    var keys: [String] = []
    var roleKeys: [[String]] = []
    /// Where each key's person is in `found`. Keys are compared by their bytes: they are all made by the
    /// tokenizer from cleaned (NFC) text, and String keys would normalise every one to hash it.
    var index: [ByteKey: Int] = [:]
    /// How many times the article names each person found (by a full name), and whether their first
    /// mention's name is foreign (`Mention.foreign`).
    var mentions: [Int] = []
    var foreign: [Bool] = []
    var shortMentions: [Mention] = []
    /// Match keys of names given as another name of someone ("tên khai sinh …"): dropped at the end.
    var otherNames: Set<String> = []

    init(excluded: Set<String>) { self.excluded = excluded }

    /// Adds a mention; returns where its person is in `found` (nil for a short or excluded mention).
    @discardableResult
    mutating func add(_ m: Mention) -> Int? {
        if !excluded.isEmpty, excluded.contains(m.key) { return nil }
        if m.isShort { shortMentions.append(m); return nil }
        if let i = index[ByteKey(m.key)] {
            merge(m.roles, into: i)
            mentions[i] += 1
            return i
        } else {
            index[ByteKey(m.key)] = found.count
            found.append(.init(name: m.name, roles: []))
            keys.append(m.key)
            roleKeys.append([])
            mentions.append(1)
            foreign.append(m.foreign)
            merge(m.roles, into: found.count - 1)
            return found.count - 1
        }
    }

    mutating func merge(_ roles: [(text: String, key: String)], into i: Int) {
        for r in roles where !roleKeys[i].contains(r.key) {
            found[i].roles.append(r.text)
            roleKeys[i].append(r.key)
        }
    }

    private mutating func merge(person i: Int, into j: Int) {
        merge(Array(zip(found[i].roles, roleKeys[i])).map { (text: $0.0, key: $0.1) }, into: j)
        mentions[j] += mentions[i]
    }

    /// Two spellings of one name in one article, the same letters but for their marks. "Vũ Đưc Đam" beside
    /// "Vũ Đức Đam": one has a syllable no Vietnamese word has (a tone lost in typing), and joins the one that
    /// reads, when only one does. "Phó Thủ tướng Phạm Binh Minh" beside "Phó Thủ tướng Phạm Bình Minh": one
    /// word lacks the tone mark the other has, and both hold an office few hold at a time, so it joins the
    /// marked one ("ông Lê Văn Tùng và ông Lê Văn Tung", "Đại tá … Thanh và Đại tá … Thành" are two people).
    private mutating func mergeMisspelt() {
        guard found.count > 1 else { return }
        // A quick look first, on every article: a hash of each name's letters folded as search folds them
        // (no allocation; a few names, compared pairwise). Only names that fold alike are compared.
        let table = SearchTerms.table
        let shapes = found.map { f -> UInt64 in
            var h = FNV1a()
            for u in f.name.unicodeScalars {
                let b = SearchTerms.folded(u.value, table)
                if b != SearchTerms.skip { h.add(byte: b) }
            }
            return h.value
        }
        guard shapes.indices.contains(where: { i in shapes[(i + 1)...].contains(shapes[i]) }) else { return }
        let folds = found.map { Slug.make($0.name) }
        var drop = Set<Int>()
        for fold in Set(folds) {
            let same = folds.indices.filter { folds[$0] == fold }
            guard same.count > 1 else { continue }
            let valid = same.filter { !Vietnamese.hasImpossibleSyllable(found[$0].name) }
            if valid.count == 1 {
                for i in same where i != valid[0] {
                    merge(person: i, into: valid[0])
                    drop.insert(i)
                }
                continue
            }
            for i in same {
                guard let j = same.first(where: { j in
                    j != i && !drop.contains(j) && Vietnamese.lostTone(found[i].name, of: found[j].name) && shareAnOffice(i, j)
                })
                else { continue }
                merge(person: i, into: j)
                drop.insert(i)
            }
        }
        remove(drop)
    }

    /// Whether persons `i` and `j` were given one office that few hold at a time (`PeopleMerge.isDistinctive`,
    /// as the archive's merge asks): "Phó Thủ tướng" is one, a rank ("Đại tá") or a trade ("bác sĩ") is not.
    private func shareAnOffice(_ i: Int, _ j: Int) -> Bool {
        let offices = Set(found[j].roles.map { OfficeTitle($0).key })
        return found[i].roles.contains { r in
            let key = OfficeTitle(r).key
            return offices.contains(key) && PeopleMerge.isDistinctive(key)
        }
    }

    /// "Esteban Lazo Hernandes", "Esteban Lazo Hernández" and "Esteban Lazo Henandez" in one article: names not
    /// Vietnamese (a word that is no Vietnamese syllable, and no Vietnamese family name first), of two words
    /// or more, are one person when they differ only in the marks of words that are no Vietnamese syllable,
    /// or in one part after the first word by one letter, past the first two (`PeopleMerge.oneEditApart`,
    /// both forms of five letters or more: a typing slip). The spelling the article uses most names them
    /// (then the one with more marked letters, then the first). Not one person: "Maria Petrova" and "Marina
    /// Petrova" (the first word is a given name), "Lee Kang-in" and "Lee Kang-min" (parts of a hyphened
    /// name are compared apart), "H'Hương Niê" and "H'Hường Niê" (a Vietnamese syllable's marks tell two
    /// names apart), "Sơn Thị Hương" and "Sơn Thị Hường", "Bill Gates" and "Bill Yates".
    private mutating func mergeForeignSpellings() {
        // Read on every article: the tokens' flag first, the family-name list only for names it lets through.
        let candidates = found.indices.filter { self.foreign[$0] && found[$0].name.utf8.contains(0x20) }
        guard candidates.count > 1 else { return }
        let foreign = candidates.filter { !PeopleMerge.isVietnamese(found[$0].name) }
        guard foreign.count > 1 else { return }
        /// A name's parts (split at spaces and hyphens), lower case; folded (no marks, no apostrophe); and how
        /// many of them the first word makes.
        struct Parts { var raw: [String], folded: [String], firstWordParts: Int }
        let parts = foreign.map { i -> Parts in
            let words = found[i].name.lowercased().split(separator: " ")
            let raw = words.flatMap { $0.split(separator: "-").map(String.init) }
            return Parts(raw: raw, folded: raw.map { Slug.make($0.replacingOccurrences(of: "'", with: "")) },
                         firstWordParts: words.first.map { $0.split(separator: "-").count } ?? 0)
        }
        // Marks may differ on a word that is no Vietnamese syllable ("José", "Hernández"); after an
        // apostrophe ("H'Hương") the syllable is read.
        func marksMayDiffer(_ word: String) -> Bool {
            !Tokenizer.isVietnameseSyllable(word.split(separator: "'").last ?? Substring(word))
        }
        func sameOne(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (parts[a], parts[b])
            guard x.raw.count == y.raw.count, x.firstWordParts == y.firstWordParts else { return false }
            var edited = false
            for k in x.raw.indices where x.raw[k] != y.raw[k] {
                if x.folded[k] == y.folded[k] {
                    guard marksMayDiffer(x.raw[k]), marksMayDiffer(y.raw[k]) else { return false }
                    continue
                }
                let (p, q) = (Substring(x.folded[k]), Substring(y.folded[k]))
                guard !edited, k >= x.firstWordParts, p.count >= 5, q.count >= 5, p.prefix(2) == q.prefix(2), PeopleMerge.oneEditApart(p, q) else { return false }
                edited = true
            }
            return true
        }
        let marked = found.map { $0.name.unicodeScalars.count { $0.value > 0x7F } }
        func better(_ i: Int, _ j: Int) -> Bool {
            (mentions[i], marked[i], -i) > (mentions[j], marked[j], -j)
        }
        var drop = Set<Int>()
        for a in foreign.indices where !drop.contains(foreign[a]) {
            let group = [foreign[a]] + foreign.indices.filter { $0 > a && !drop.contains(foreign[$0]) && sameOne(a, $0) }.map { foreign[$0] }
            guard group.count > 1 else { continue }
            let target = group.min(by: better)!
            for i in group where i != target {
                merge(person: i, into: target)
                drop.insert(i)
            }
        }
        remove(drop)
    }

    private mutating func remove(_ drop: Set<Int>) {
        guard !drop.isEmpty else { return }
        let kept = found.indices.filter { !drop.contains($0) }
        found = kept.map { found[$0] }
        keys = kept.map { keys[$0] }
        roleKeys = kept.map { roleKeys[$0] }
        mentions = kept.map { mentions[$0] }
        foreign = kept.map { foreign[$0] }
        index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { (ByteKey($0.element), $0.offset) })
    }

    private mutating func dropOtherNames() {
        guard !otherNames.isEmpty else { return }
        remove(Set(found.indices.filter { otherNames.contains(keys[$0]) }))
    }

    /// "Phạm Minh Chínhnhấn" (a space lost in the scrape) joins "Phạm Minh Chính"; "D.Hastert" and
    /// "A. Lukashenko" join "Dennis Hastert" and "Alexander Lukashenko".
    private mutating func mergeGluedNames() {
        guard found.count > 1 else { return }
        let names = found.map { Vietnamese.words($0.name) }
        var drop = Set<Int>()
        for i in found.indices {
            let words = names[i]
            guard let last = words.last, words.count >= 2 || last.contains(".") else { continue }
            for j in found.indices where j != i && !drop.contains(j) {
                let other = names[j]
                // (The last words' first letters are compared first: it settles most pairs at once.)
                let glued = other.count == words.count && other.last?.first == last.first && other.dropLast() == words.dropLast() && other.last.map {
                    last.count > $0.count && last.hasPrefix($0) && last.dropFirst($0.count).allSatisfy({ $0.isLowercase })
                } == true
                let initial = words.count == 1 && last.count > 3 && Array(last)[1] == "." && other.count >= 2
                    && other.first?.first == last.first && other.last.map { String($0) == String(last.dropFirst(2)) } == true
                let spaced = words.count == 2 && words[0].count == 2 && words[0].last == "." && other.count >= 2
                    && other.first?.first == words[0].first && other.last == last
                guard glued || initial || spaced else { continue }
                merge(person: i, into: j)
                drop.insert(i)
                break
            }
        }
        remove(drop)
    }

    /// "ông Chính" joins the one person whose given name is Chính; "ông Tập" the one whose family name is Tập.
    /// Names given as another name of someone are dropped first.
    mutating func resolveShortMentions() {
        dropOtherNames()
        mergeGluedNames()
        mergeMisspelt()
        mergeForeignSpellings()
        guard !shortMentions.isEmpty else { return }
        let words = keys.map { Vietnamese.words($0) }
        for m in shortMentions {
            let byLast = words.indices.filter { words[$0].last.map { $0 == m.key } == true }
            let byFirst = words.indices.filter { words[$0].first.map { $0 == m.key } == true }
            let target = byLast.count == 1 ? byLast.first : (byLast.isEmpty && byFirst.count == 1 ? byFirst.first : nil)
            guard let t = target else { continue }
            merge(m.roles, into: t)
        }
    }
}
