import Foundation

/// Captions that show a person, without a credit: a portrait's ("Phó Thủ tướng Trần Văn Khải" on a line of its
/// own) and a scene's ("Chủ tịch nước Trần Văn Khải phát biểu tại buổi lễ.").
extension CaptionRules {
    // MARK: - Portraits

    /// A line that is only a title and a name, with no stop ("Phó Thủ tướng Trần Văn Khải"), after a sentence (a
    /// line ending in ".", "!" or "?") that names the same person, and before a line that does not open with a
    /// title. Not a caption: a line of a list (the next line is another title), a speaker before a colon or
    /// after a quotation, a speaker with their delegation ("Đại biểu A - Đoàn …"), a signature followed by its
    /// title, a profile's heading (it introduces someone the text has not named yet).
    static func isPortraitCaption(_ line: String, previous: String, next: String, lexicon: Lexicon) -> Bool {
        guard previous.utf8.count >= 40, let end = previous.last, ".!?".contains(end), next.utf8.count >= 20,
              let name = titleAndName(line, lexicon), Vietnamese.containsBytes(previous, name),
              // A signature repeats the name the line before ends with; a profile opens "Sinh năm …".
              !previous.dropLast().hasSuffix(name), !next.hasPrefix("Sinh ") else { return false }
        let nextIDs = next.split(separator: " ", maxSplits: 5).prefix(5).map { lexicon.id(ofWord: $0) }
        return lexicon.longestMatch(lexicon.titleHeads, nextIDs, at: 0) == 0
    }

    /// A title and then a name: the name is the last two to four words, each capitalised, the first a family
    /// name; what stands between is the title's (capitalised words, or "nước": "Chủ tịch nước", "Bộ trưởng Bộ
    /// Tài chính"); at most 12 words, no punctuation. The name, if the line is one.
    private static func titleAndName(_ line: String, _ lexicon: Lexicon) -> String? {
        let bytes = line.utf8
        guard bytes.count >= 10, bytes.count <= 160, let last = bytes.last,
              !bytes.contains(where: { $0 == 0x2E || $0 == 0x3A || $0 == 0x3B || $0 == 0x2C || $0 == 0x28 || $0 == 0x22 || $0 == 0x3F || $0 == 0x21 || $0 == 0x2D }),
              (last | 0x20 >= 0x61 && last | 0x20 <= 0x7A) || last >= 0x80, !Vietnamese.containsBytes(line, "–") else { return nil }
        let words = line.split(separator: " ")
        guard words.count >= 3, words.count <= 12 else { return nil }
        let ids = words.map { lexicon.id(ofWord: $0) }
        let title = lexicon.longestMatch(lexicon.titleHeads, ids, at: 0)
        guard title > 0 else { return nil }
        for size in 2...4 where title + size <= words.count {
            let start = words.count - size
            guard lexicon.families.contains(ids[start]), words[start...].allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            if words[title..<start].allSatisfy({ $0.first?.isUppercase == true || $0 == "nước" }) { return words[start...].joined(separator: " ") }
        }
        return nil
    }

    // MARK: - Scenes

    /// What a photo of an event shows, said as captions say it: "Chủ tịch nước Trần Văn Khải phát biểu tại buổi
    /// lễ.", "Bộ trưởng Lê Thị Hoa tặng hoa chúc mừng các nhà giáo." Prose says the same with more: "Phát biểu
    /// tại buổi lễ, Chủ tịch nước …", "… đã tặng hoa …".
    private static let sceneVerbs: [[String]] = [
        "phát biểu tại", "phát biểu khai mạc", "phát biểu bế mạc", "phát biểu chỉ đạo", "tặng hoa", "trao giải", "trao tặng",
        "trao huân chương", "trao quyết định", "trao bằng", "chụp ảnh lưu niệm", "chụp ảnh chung", "chụp ảnh cùng", "dâng hương",
        "dâng hoa", "cắt băng",
    ].map { $0.split(separator: " ").map { Vietnamese.wordKey(String($0)) } }
    /// The scene verbs' first words, and "bắt" ("bắt tay", checked apart).
    private static let sceneVerbFirstWords: Set<String> = Set(sceneVerbs.map { $0[0] } + ["bắt"])
    /// Words of a story, not of a picture: a purpose ("để"), a habit ("mỗi", "thường", "hằng"), a time span, a
    /// condition or consequence ("xong thì", "nên", "mà"). ("từng" is a statement word already.)
    private static let storyWords: Set<String> = Set(["để", "mỗi", "thường", "hằng", "luôn", "suốt", "thì", "xong", "nên", "mà"].map(Vietnamese.wordKey))
    /// What each scene verb (and "bắt tay", checked apart) starts with, between spaces, for a byte search; then
    /// the group scene and award verbs these do not already find.
    private static let sceneVerbNeedles: [String] = {
        let verbs = [" phát biểu ", " tặng hoa", " trao ", " bắt tay ", " chụp ảnh", " dâng h", " cắt băng"]
        return verbs + groupSceneNeedles.filter { needle in !verbs.contains(where: { needle.hasPrefix($0) }) }
    }()

    /// Whether `paragraph` has a scene verb (`strstr`, which glibc runs many bytes at a time) right after a
    /// capitalised word (a name's last), inside a sentence that could be a scene's caption: no comma, colon or
    /// semicolon between the verb and the sentence's start (at most 200 bytes back) or its stop.
    static func mayHoldSceneSentence(_ paragraph: String) -> Bool {
        paragraph.withCString { p in
            let n = strlen(p)
            return sceneVerbNeedles.contains { needle in
                needle.withCString { nd in
                    var from = p
                    while let hit = strstr(from, nd) {
                        let i = p.distance(to: hit)
                        if afterACapitalisedWord(p, at: i) || isGroupSceneVerb(p + i, n - i), inAShortPlainSentence(p, n, at: i) { return true }
                        from = UnsafePointer(hit) + 1
                    }
                    return false
                }
            }
        }
    }

    /// " chụp ảnh lưu niệm", " bấm nút": a group scene's verb, whoever is in it.
    private static func isGroupSceneVerb(_ p: UnsafePointer<CChar>, _ n: Int) -> Bool {
        groupSceneNeedles.contains { v in v.withCString { n >= strlen($0) && strncmp(p, $0, strlen($0)) == 0 } }
    }
    /// What an event's participants are shown doing together: a group photo ("chụp ảnh lưu niệm", "chụp ảnh
    /// chung"), a vote in the assembly's hall ("bấm nút biểu quyết", "bấm nút thông qua luật"), a project's
    /// launch ("bấm nút khởi công"); not any button ("bấm nút chuyển khoản").
    private static let groupSceneVerbs: [[Substring]] = [["chụp", "ảnh", "lưu", "niệm"], ["chụp", "ảnh", "chung"], ["bấm", "nút", "biểu", "quyết"],
                                                         ["bấm", "nút", "thông", "qua"], ["bấm", "nút", "khởi", "công"], ["bấm", "nút", "khánh", "thành"]]
    /// The winners of a prize, shown with it: "Các tác giả đạt giải B.", the sentence ending with the prize's grade,
    /// its subject a plural of participants ("Các tác giả"; a results list names each: "Đoàn A đạt giải A.").
    private static let awardVerbs: [[Substring]] = [["đạt", "giải"], ["đoạt", "giải"], ["nhận", "giải"]]
    private static let groupSceneNeedles = (groupSceneVerbs + awardVerbs).map { " " + $0.joined(separator: " ") }
    /// Who is in an event's group scene, besides someone with a title.
    private static let participants: [[Substring]] = ["Các đại biểu", "Đại biểu", "ĐBQH", "Các ĐBQH", "Đoàn", "Hai đoàn", "Các đoàn", "Lãnh đạo",
                                                       "Các đồng chí", "Ban tổ chức", "Hai bên", "Các đại sứ", "Các tác giả"].map { $0.split(separator: " ") }

    /// Whether the word that ends at the space at `i` opens with a capital; a note in brackets before the space
    /// ("Lê Thị Hoa (phải) tặng hoa") is passed over.
    private static func afterACapitalisedWord(_ p: UnsafePointer<CChar>, at i: Int) -> Bool {
        var i = i
        if i >= 2, p[i - 1] == 0x29 {
            var k = i - 1
            while k >= 0, p[k] != 0x28, i - k < 40 { k -= 1 }
            guard k >= 1, p[k] == 0x28, p[k - 1] == 0x20 else { return false }
            i = k - 1
        }
        var k = i - 1
        while k >= 0, p[k] != 0x20 { k -= 1 }
        let start = k + 1
        guard start < i else { return false }
        let lead = UInt8(bitPattern: p[start])
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        // A letter of two or three bytes: decoded, and asked.
        var scalar: UInt32 = 0
        if lead & 0xE0 == 0xC0, start + 1 < i {
            scalar = UInt32(lead & 0x1F) << 6 | UInt32(UInt8(bitPattern: p[start + 1]) & 0x3F)
        } else if lead & 0xF0 == 0xE0, start + 2 < i {
            scalar = UInt32(lead & 0x0F) << 12 | UInt32(UInt8(bitPattern: p[start + 1]) & 0x3F) << 6 | UInt32(UInt8(bitPattern: p[start + 2]) & 0x3F)
        }
        return Tokenizer.isUpper(scalar)
    }

    private static func inAShortPlainSentence(_ p: UnsafePointer<CChar>, _ n: Int, at i: Int) -> Bool {
        func stops(_ c: CChar) -> Bool { c == 0x2C || c == 0x3A || c == 0x3B }
        var k = i - 1
        while k >= 0, i - k <= 200 {
            if p[k] == 0x2E || p[k] == 0x21 || p[k] == 0x3F { break }
            if stops(p[k]) { return false }
            k -= 1
        }
        if k >= 0, i - k > 200 { return false }
        var e = i + 1
        while e < n, p[e] != 0x2E {
            if stops(p[e]) { return false }
            e += 1
        }
        return e < n
    }

    /// "năm 1974", "1975": a year (four digits from 1000 to 2999, none around them), which a history tells and
    /// a picture's caption does not.
    private static func hasYear(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var run = 0
        for (i, c) in b.enumerated() {
            if c >= 0x30 && c <= 0x39 {
                run += 1
                if run == 4, i + 1 == b.count || !(b[i + 1] >= 0x30 && b[i + 1] <= 0x39), b[i - 3] == 0x31 || b[i - 3] == 0x32 { return true }
            } else { run = 0 }
        }
        return false
    }

    /// A scene sentence on a line of its own, after a paragraph of text or a heading (and before another line,
    /// or last): not in a list (the line before is a short sentence, "Chương trình gồm ba phần.", or ends with
    /// a colon, or the line before or after is a scene sentence too).
    static func isSceneLine(_ line: String, previous: String, next: String?, lexicon: Lexicon) -> Bool {
        guard isSceneSentence(line, lexicon: lexicon), !previous.hasSuffix(":"),
              previous.utf8.count >= 160 || !previous.hasSuffix(".") else { return false }
        return !isSceneSentence(previous, lexicon: lexicon) && !(next.map { isSceneSentence($0, lexicon: lexicon) } ?? false)
    }

    /// A sentence that is a scene's caption: at most 25 words with its stop and no comma, colon or quotation,
    /// opening with a title (or "Ông"/"Bà"), then a name of two to four capitalised words (the first a family
    /// name) and at once a scene verb, with none of the statement words ("đã", "cũng", "sẽ", "vừa", …); or at
    /// most 20 words around a group scene's verb ("chụp ảnh lưu niệm", "bấm nút biểu quyết") whose subject has a
    /// title or is an event's participants (`participants`), or ending with an award's ("Các tác giả đạt giải
    /// B.") whose subject is plural participants.
    static func isSceneSentence(_ sentence: String, lexicon: Lexicon) -> Bool {
        let bytes = sentence.utf8
        guard bytes.count >= 20, bytes.count <= 300, bytes.last == 0x2E, sentence.first?.isUppercase == true,
              !bytes.contains(where: { $0 == 0x2C || $0 == 0x3A || $0 == 0x3B || $0 == 0x22 || $0 == 0x3F || $0 == 0x21 }),
              !Vietnamese.containsBytes(sentence, "“"), !hasDayMonth(sentence), !hasLargeNumber(sentence), !hasYear(sentence),
              mayHoldSceneSentence(sentence) else { return false }
        // "Chủ tịch A (phải) bắt tay …": a note in brackets says where someone stands.
        var words = Vietnamese.words(UTF8Bytes.contains(sentence, 0x28) ? withoutBrackets(sentence) : sentence)
        if let last = words.last, last.utf8.last == 0x2E { words[words.count - 1] = last.dropLast() }
        guard words.count >= 5, words.count <= 25 else { return false }
        let keys = words.map { Vietnamese.wordKey(String($0)) }
        // "Các đại biểu chụp ảnh lưu niệm.", "Thủ tướng và Chủ tịch Quốc hội nước bạn chụp ảnh chung.", "Các đại
        // biểu bấm nút biểu quyết.": a group scene of an event's participants (not "Nhiều du khách dừng lại chụp
        // ảnh lưu niệm …").
        if words.count <= 20, words.first == "Các", words.indices.dropFirst().contains(where: { g in
            g + 3 >= words.count && awardVerbs.contains(where: { words[g...].starts(with: $0) }) }),
           participants.contains(where: { words.starts(with: $0) }) {
            return readsAsAScene(keys)
        }
        if words.count <= 20, words.indices.dropFirst().contains(where: { g in groupSceneVerbs.contains(where: { words[g...].starts(with: $0) }) }) {
            let ids = words.prefix(6).map { lexicon.id(ofWord: $0) }
            if lexicon.longestMatch(lexicon.titleHeads, ids, at: 0) > 0 || participants.contains(where: { words.starts(with: $0) }) {
                return readsAsAScene(keys)
            }
        }
        // The verb, found by its first word in lower case, right after a capitalised word.
        guard let v = words.indices.dropFirst(2).first(where: { sceneVerbFirstWords.contains(String(words[$0])) && words[$0 - 1].first?.isUppercase == true })
        else { return false }
        // The title, then the name just before the verb: two to four capitalised words, the first a family name.
        let ids = words[..<v].map { lexicon.id(ofWord: $0) }
        // A title, or "Ông"/"Bà" (not "Anh", "Chị", which a story uses for anyone).
        var start = lexicon.longestMatch(lexicon.titleHeads, ids, at: 0)
        if start == 0, words[0] == "Ông" || words[0] == "Bà" { start = 1 }
        guard start > 0, v - start <= 11,
              (2...4).contains(where: { size in v - size >= start && lexicon.families.contains(ids[v - size])
                                   && words[(v - size)..<v].allSatisfy({ $0.first?.isUppercase == true }) }) else { return false }
        // "bắt tay" is a handshake only before whom it shakes ("bắt tay các cử tri"), not "bắt tay vào/với …".
        let handshake = v + 2 < keys.count && keys[v] == "bắt" && keys[v + 1] == "tay" && !["vào", "với", "làm"].contains(keys[v + 2])
        return (handshake || sceneVerbs.contains(where: { verb in v + verb.count <= keys.count && keys[v..<(v + verb.count)].elementsEqual(verb) }))
            && readsAsAScene(keys)
    }

    /// No word of a statement ("đã", "cho biết") or of a story ("để", "mỗi") among a sentence's word keys.
    private static func readsAsAScene(_ keys: [String]) -> Bool { !hasStatementWord(keys) && !keys.contains(where: storyWords.contains) }
}
