/// A title as written in an article, reduced to the office it names: "Chủ tịch nước Cộng hòa Xã hội Chủ
/// nghĩa Việt Nam", "Chủ tịch nước CHND Trung Hoa" and "chủ tịch nước" are one office; "Tổng thống Mỹ" is
/// "Tổng thống"; "nguyên Tổng Bí thư" is the office "Tổng Bí thư", held before.
struct OfficeTitle: Equatable, Sendable {
    /// Match key of the office (classic tones, lower case, abbreviations spelt out, country and state removed).
    var key: String
    /// The office as shown: the title's own words without the country, state or "nguyên".
    var display: String
    /// Written "nguyên …" or "cựu …": an office the person no longer held.
    var former: Bool

    /// Words of the key: what "a bare title stands for a fuller one" compares.
    var words: [Substring] { key.split(separator: " ") }

    init(_ written: String) {
        var words = written.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        former = false
        if let first = words.first, words.count > 1, ["nguyên", "cựu"].contains(Vietnamese.matchKey(first)) {
            former = true
            words.removeFirst()
        }
        // "… Điện lực Việt Nam (EVN)", "Thủ tướng Quốc vụ viện (TQ)": an acronym in brackets at the end repeats
        // what it follows; the office is the same without it.
        if words.count > 1, let last = words.last, Self.isBracketedAcronym(last) { words.removeLast() }
        words = words.flatMap { Self.abbreviations[$0] ?? [$0] }
        var keys = words.map(Vietnamese.matchKey)
        let written = words
        let country = Self.stripNoise(&words, &keys)
        // "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam": when what is left is more than one of ingest's titles
        // (`titleKeys`), "Việt Nam" ends an organisation's name, and is shown. After a title of that list it is
        // not: "Thủ tướng Việt Nam", "Bộ trưởng Ngoại giao Việt Nam" show as "Thủ tướng", "Bộ trưởng Ngoại giao".
        let tail = written.suffix(from: words.count)
        if tail.map(Vietnamese.matchKey) == ["việt", "nam"], !Self.titleKeys.contains(keys.joined(separator: " ")) { words += tail }
        // "UBND tỉnh An Giang" is "Ủy ban nhân dân tỉnh An Giang" (the office's key only: what is shown keeps
        // the article's way of writing it).
        var keyWords = keys.flatMap { Self.keyAbbreviations[$0] ?? [$0] }
        // "Bộ trưởng Ngoại giao" is "Bộ trưởng Bộ Ngoại giao".
        if keyWords.count > 3, ["bộ trưởng", "thứ trưởng"].contains(keyWords[0] + " " + keyWords[1]), keyWords[2] == "bộ" {
            keyWords.remove(at: 2)
        }
        key = keyWords.joined(separator: " ")
        // A foreign country stays in what is shown ("Thủ tướng Séc"): the office is the same one, but the
        // reader of a Vietnamese archive wants to know whose.
        display = (words + country).joined(separator: " ")
    }

    /// "(EVN)", "(NN&PTNT)", "(TQ)": capitals (and "&", "-", ".") between brackets.
    static func isBracketedAcronym(_ word: String) -> Bool {
        guard word.count >= 4, word.first == "(", word.last == ")" else { return false }
        let inner = word.dropFirst().dropLast()
        return inner.contains(where: \.isUppercase) && inner.allSatisfy { $0.isUppercase || "&-.".contains($0) }
    }

    /// Abbreviations as papers write them (in capitals only: "tư" is also a word), spelt out.
    static let abbreviations: [String: [String]] = [
        "T.Ư": ["Trung", "ương"], "TƯ": ["Trung", "ương"], "T.W": ["Trung", "ương"], "TW": ["Trung", "ương"],
        "QH": ["Quốc", "hội"], "MTTQ": ["Mặt", "trận", "Tổ", "quốc"], "VN": ["Việt", "Nam"],
        "CHXHCN": ["Cộng", "hòa", "Xã", "hội", "Chủ", "nghĩa"], "XHCN": ["Xã", "hội", "Chủ", "nghĩa"],
        "CHND": ["Cộng", "hòa", "Nhân", "dân"], "TP.HCM": ["TP", "Hồ", "Chí", "Minh"], "TPHCM": ["TP", "Hồ", "Chí", "Minh"],
    ]

    /// The local government's abbreviations, written as often as the words, spelt out in the office's key
    /// alone (as match keys): "Chủ tịch UBND TP Hà Nội" and "Chủ tịch Ủy ban nhân dân thành phố Hà Nội" are one
    /// office. (Not "BCH", also "Bộ Chỉ huy"; courts, procuracies and boards stay as written, so their
    /// spellings join no one `PeopleMerge` would not join before.)
    static let keyAbbreviations: [String: [String]] = Dictionary(uniqueKeysWithValues: [
        ("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"), ("TP", "thành phố"), ("TP.", "thành phố"),
    ].map { (Vietnamese.matchKey($0.0), Vietnamese.matchKey($0.1).split(separator: " ").map(String.init)) })

    /// What may follow an office without making it another office: the country and the form of state
    /// ("Tổng thống Liên bang Nga"), the government and party it belongs to ("Thủ tướng Chính phủ", "Thủ tướng Quốc vụ viện",
    /// "Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"), a "TP" cut off at the line's end.
    /// Countries are those ingest knows, in their usual and transliterated forms ("Ác-hen-ti-na").
    static let noise: [[String]] = ([
        "cộng hòa xã hội chủ nghĩa", "xã hội chủ nghĩa", "cộng hòa nhân dân", "cộng hòa dân chủ nhân dân", "cộng hòa",
        "liên bang", "nhân dân", "chính phủ", "quốc vụ viện", "đảng cộng sản", "ban chấp hành trung ương", "đảng", "tp",
    ] + Lexicon.countries.map(Vietnamese.matchKey)).map { $0.split(separator: " ").map(String.init) }

    /// `noise` by each phrase's last word, in `noise`'s order: only those can end a title's words.
    static let noiseByLast: [String: [[String]]] = Dictionary(grouping: noise, by: { $0.last! })

    /// Words after which a country is the office's own subject ("Đại sứ Việt Nam tại Mỹ"), not noise.
    static let binding: Set<String> = ["tại", "ở", "của", "và", "với", "bên", "sứ", "quán"]

    /// Units of local government: a capitalised run after one is a place's name, even when its last word
    /// also names a country ("TP Thủ Đức", "xã Quảng Nga").
    static let units: Set<String> = ["tp", "tp.", "thành phố", "quận", "huyện", "tỉnh", "xã", "phường", "thị xã", "thị trấn"]

    /// True when the words before `rest` are capitalised words right after a unit of local government.
    static func endsPlaceName(_ words: [String], _ keys: [String], before rest: Int) -> Bool {
        var k = rest
        while k > 0, words[k - 1].first?.isUppercase == true, !units.contains(keys[k - 1]) { k -= 1 }
        guard k < rest, k > 0 else { return false }
        return units.contains(keys[k - 1]) || (k > 1 && units.contains(keys[k - 2] + " " + keys[k - 1]))
    }

    /// Removes noise from the end, as long as a title of its own remains; returns the words of a foreign
    /// country removed with it ("Séc" of "Thủ tướng Cộng hòa Séc"), for the title as shown.
    @discardableResult
    static func stripNoise(_ words: inout [String], _ keys: inout [String]) -> [String] {
        var country: [String] = []
        var changed = true
        while changed {
            changed = false
            guard let last = keys.last, let candidates = noiseByLast[last] else { break }
            for phrase in candidates where keys.count > phrase.count && keys.suffix(phrase.count).elementsEqual(phrase) {
                let rest = keys.count - phrase.count
                // Names are capitalised: "Bộ Tư pháp" is the Ministry of Justice, not a ministry of France.
                guard words[rest].first?.isUppercase == true else { continue }
                // "Đảng" alone is the party only after "Trung ương" ("Bí thư Trung ương Đảng").
                if phrase == ["đảng"], !(rest >= 2 && keys[rest - 2] == "trung" && keys[rest - 1] == "ương") { continue }
                // "nhân dân" ends offices of their own ("Tòa án nhân dân", "Ủy ban nhân dân").
                if phrase == ["nhân", "dân"], rest >= 1, ["án", "ban", "đồng", "sát", "đội"].contains(keys[rest - 1]) { continue }
                // "Đại sứ tại Liên bang Nga": the binding word may stand a few words before the country.
                if keys[max(0, rest - 3)..<rest].contains(where: binding.contains) { continue }
                if endsPlaceName(words, keys, before: rest) { continue }
                if country.isEmpty, foreignCountries.contains(phrase) { country = Array(words.suffix(phrase.count)) }
                words.removeLast(phrase.count)
                keys.removeLast(phrase.count)
                if phrase != ["tp"], ofTheCountry(keys) {
                    words.removeLast()
                    keys.removeLast()
                }
                changed = true
                break
            }
        }
        return country
    }

    /// "Tổng thống nước Cộng hòa Pháp", "Chủ tịch Quốc hội nước Cuba", "Thủ tướng Chính phủ nước …": a "nước"
    /// (the country of) left at the end once the country or state after it is stripped goes with it, when
    /// what stands before it is a title ingest knows or ends in the body of a state (Quốc hội, Chính phủ,
    /// Quốc vụ viện). Not the office's own "nước" ("Chủ tịch nước", "Phó Chủ tịch nước Cuba", "Văn phòng Chủ
    /// tịch nước"), the State's ("Cố vấn Nhà nước") or water's ("Bộ Tài nguyên nước Lào", "Hội Cấp thoát
    /// nước Việt Nam").
    static func ofTheCountry(_ keys: [String]) -> Bool {
        guard keys.count > 2, keys.last == "nước", !["nhà", "tịch"].contains(keys[keys.count - 2]) else { return false }
        let before = keys.dropLast()
        return titleKeys.contains(before.joined(separator: " "))
            || stateBodies.contains { before.count > $0.count && before.suffix($0.count).elementsEqual($0) }
    }

    static let stateBodies: [[String]] = [["quốc", "hội"], ["chính", "phủ"], ["quốc", "vụ", "viện"]]

    /// The titles ingest knows, as match keys: a title that is one of these alone takes no organisation.
    static let titleKeys: Set<String> = Set(Lexicon.titles.map(Vietnamese.matchKey))

    /// Countries other than Viet Nam, as `noise` has them.
    static let foreignCountries: Set<[String]> = Set(Lexicon.countries.map { Vietnamese.matchKey($0).split(separator: " ").map(String.init) }
        .filter { !["việt nam", "vn"].contains($0.joined(separator: " ")) })
}
