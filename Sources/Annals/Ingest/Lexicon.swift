import Foundation

/// A word of the lexicon, by number: a token's match key is looked up once, then every table is an array.
/// 0 stands for a word the lexicon does not know.
typealias WordID = Int32

/// Phrases of one list (titles, places, verbs …) by the id of their first word, longest first.
struct PhraseTable: Sendable {
    fileprivate(set) var byFirst: [[[WordID]]]
}

/// A set of words, as a flag per id.
struct WordSet: Sendable {
    fileprivate(set) var bits: [Bool]
    @inline(__always) func contains(_ id: WordID) -> Bool { id > 0 && bits[Int(id)] }
}

/// The match keys of every word the lexicon uses, with a byte-keyed hash table so the tokenizer can find a
/// key's id without building a String.
struct Vocabulary: Sendable {
    private var pool: [UInt8] = []
    /// Per id: where its key starts in `pool` (high 32 bits) and its length (low 32 bits).
    private var spans: [UInt64] = [0]
    /// Open addressing: per slot, the upper 32 bits of the key's hash (high) and its id (low; 0 = empty),
    /// so most slots that hold another key are passed over without reading `pool`.
    private var slots: [UInt64] = []
    private var mask = 0
    private var byKey: [String: WordID] = [:]

    var count: Int { spans.count }

    /// Tells vocabularies apart (set when sealed): what `WordMemo` keeps belongs to one of them.
    private(set) var serial = 0
    nonisolated(unsafe) private static var sealed = 0
    private static let sealing = NSLock()

    /// The id of a match key, adding it when new (while the lexicon is built).
    mutating func intern(_ key: String) -> WordID {
        if let id = byKey[key] { return id }
        let id = WordID(spans.count)
        spans.append(UInt64(pool.count) << 32 | UInt64(key.utf8.count))
        pool.append(contentsOf: key.utf8)
        byKey[key] = id
        return id
    }

    /// Builds the hash table once every word is in.
    mutating func seal() {
        Self.sealing.lock()
        Self.sealed += 1
        serial = Self.sealed
        Self.sealing.unlock()
        var size = 16
        while size < spans.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for id in 1..<spans.count {
            let start = Int(spans[id] >> 32), length = Int(spans[id] & 0xFFFF_FFFF)
            let h = pool.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<(start + length)])) }
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (h >> 32) << 32 | UInt64(id)
        }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h ^ (h >> 29)
    }

    /// The id of the match key spelled by `bytes` (lower case, classic tones), 0 when unknown.
    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> WordID {
        guard !slots.isEmpty else { return 0 }
        let h = Self.hash(bytes)
        let tag = h >> 32
        let count = bytes.count
        return slots.withUnsafeBufferPointer { sl in
            spans.withUnsafeBufferPointer { sp in
                pool.withUnsafeBufferPointer { p in
                    var slot = Int(truncatingIfNeeded: h) & mask
                    while true {
                        let entry = sl[slot]
                        if entry == 0 { return 0 }
                        if entry >> 32 == tag {
                            let id = Int(entry & 0xFFFF_FFFF)
                            let span = sp[id]
                            if Int(span & 0xFFFF_FFFF) == count {
                                let o = Int(span >> 32)
                                var same = true
                                for k in 0..<count where p[o + k] != bytes[k] { same = false; break }
                                if same { return WordID(id) }
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The id of a match key given as a String, 0 when unknown.
    /// A key of `Vietnamese.isSimple` text is looked up by its bytes: there, canonically equivalent means byte
    /// for byte the same, so the byte table answers as the dictionary would, without hashing the key through
    /// Unicode normalisation. Other keys go through the dictionary.
    func id(_ key: String) -> WordID {
        var key = key
        let quick: WordID? = key.withUTF8 { b in Vietnamese.isSimple(b) ? id(b) : nil }
        return quick ?? byKey[key] ?? 0
    }

    /// `id(_:)` through the dictionary alone (for tests).
    func dictionaryID(_ key: String) -> WordID { byKey[key] ?? 0 }
}

/// What the people extractor knows of Vietnamese: family names, titles, honorifics, places and the
/// words that mark a capitalised run as a street, school or company rather than a person.
/// Every entry is stored under its match key (classic tones, lower case), so "Thành uỷ" finds "Thành ủy";
/// the tables are indexed by word id, so looking a phrase up compares small integers.
/// A class: it is handed to every article's ingest, and a copy of a struct of some thirty tables was a
/// retain and a release of each.
public final class Lexicon: Sendable {
    let vocabulary: Vocabulary
    public let familyNames: Set<String>
    /// Two-syllable family names such as "Tôn Thất", "Âu Dương".
    public let compoundFamilyNames: Set<String>
    let families: WordSet
    /// The family names most Vietnamese bear (`mostCommonFamilyNames`).
    let commonFamilies: WordSet
    let compoundFamilies: PhraseTable
    /// Title heads (chức danh) and descriptors.
    let titleHeads: PhraseTable
    /// The first words of title heads.
    let titleFirstWords: WordSet
    let honorifics: PhraseTable
    let honorificWordSet: WordSet
    /// The honorifics of other countries (`Lexicon.foreignHonorifics`), which a title before them does not lose.
    let foreignHonorifics: PhraseTable
    let modifiers: WordSet
    /// Places, countries and international bodies.
    let places: PhraseTable
    /// Places of one word.
    let singleWordPlaces: WordSet
    /// Countries and regions: never a person, even right after a title ("Đại sứ Việt Nam").
    let countryNames: PhraseTable
    let singleWordCountries: WordSet
    /// National and international bodies ("Ban Bí thư", "Chính phủ"): a title head inside one is not a title.
    let bodyNames: PhraseTable
    /// What is named after a person ("Lăng Chủ tịch Hồ Chí Minh", "Bảo tàng Hồ Chí Minh"): the name after
    /// one of these is the place's or the prize's, not a mention of the person.
    let memorials: PhraseTable
    /// Memorials whose words are everyday ones ("đến nhà sàn thăm già làng …", "Nhà sàn già làng …"): only
    /// capitalised and before "Bác" do they name a place ("Nhà sàn Bác Hồ").
    let namedMemorials: PhraseTable
    /// Paying respects ("viếng", "dâng hương"): after a memorial they visit the place, so the name after
    /// them is still the place's ("vào Lăng viếng Chủ tịch Hồ Chí Minh").
    let respects: PhraseTable
    /// "người hiện là", "hiện giữ chức": between a name's comma and the post the person holds now.
    let presentHolders: PhraseTable
    /// "tên khai sinh", "bí danh": the name after one is another name of someone, not a person of its own.
    let otherNames: PhraseTable
    /// Ranks and degrees ("Phó Giáo sư", "Thiếu tướng"): titles that take no organisation after them, so
    /// capitals right after one are a name.
    let ranks: PhraseTable
    /// Performers' titles ("ca sĩ", "diễn viên"): a stage name after one may open with a country that is
    /// also a given name ("ca sĩ Mỹ Tâm"), one of `nameCountries`.
    let performers: PhraseTable
    /// `companySuffixWords`.
    let companySuffixes: WordSet
    /// Pairs of words a comma joins inside an organisation's name ("phòng, chống", "học sinh, sinh viên");
    /// `acts`: a pair of acts ("phòng cháy, chữa cháy"), which may follow "và" in a name, as a group of
    /// people may not ("… và học sinh, sinh viên Nguyễn Văn A").
    let commaPairs: [(left: [WordID], right: [WordID], acts: Bool)]
    /// Plural words in a title ("Ngoại trưởng hai nước", "Bộ trưởng ba nước"): a title two or more share.
    let pluralWords: WordSet
    /// Institutions that open with a title head ("Đại sứ quán", "Lãnh sự quán"): no title there.
    let headCompounds: PhraseTable
    /// Nouns that open with or end in a verb of `stopWords` ("dự án", "dự phòng", "tiếng nói"): inside a title
    /// they go on with it ("Giám đốc Ban Quản lý dự án …", "Cục Y tế dự phòng", "Đài Tiếng nói Việt Nam").
    let stopNouns: PhraseTable
    /// Words that end in an honorific without being one, when capitalised in an organisation's name ("Hội
    /// Liên hiệp Phụ nữ").
    let honorificCompounds: PhraseTable
    let nameCountries: WordSet
    /// Phrases made of stop words that continue an organisation's name ("Ủy ban Người Việt Nam ở nước ngoài").
    let nameContinuations: PhraseTable
    /// Verbs that name a committee after "Ban" ("Ban chỉ đạo", "Ban tổ chức"): no stop there.
    let committeeVerbs: PhraseTable
    /// Words that, standing right before a capitalised run, make it a place or an institution.
    let institutionMarkers: PhraseTable
    /// Companies, schools, parks, prizes: a capitalised run a few words after one of these names the
    /// institution ("Trường THPT chuyên Lê Hồng Phong", "Công ty cổ phần Đầu tư Lê Lai").
    let organisationMarkers: PhraseTable
    /// Administrative units ("tỉnh", "TP", "xã"): after a title they may stand for the unit the title
    /// holder runs, with the name right after ("Chủ tịch UBND tỉnh Lò Văn Pằn").
    let adminMarkers: PhraseTable
    /// What several hold a title over ("các nước", "các bên", "các địa phương"), and times ("những ngày cao
    /// điểm", "các mùa thi"): after "các" in a title, no body's field (`PeopleExtractor.fieldOfABody`).
    let pluralUnits: PhraseTable
    /// Meetings named after who attends ("Hội nghị Bộ trưởng Ngoại giao ASEAN"): a title head right
    /// after one of these is the meeting's name, nobody's title.
    let eventNames: PhraseTable
    /// Verbs of meeting (and "giữa", between the parties of one) after which "title, ông/bà Name" is the
    /// person met (`meetingVerbs`).
    let meetingVerbs: PhraseTable
    /// People and their company ("cán bộ", "vợ"): after "và" they are someone beside the title holder,
    /// not a field in the name of their organisation (`PeopleExtractor.lowerCaseNameGoesOn`).
    let companyNouns: PhraseTable
    /// Words and phrases (verbs, prepositions, conjunctions) that end a title. Only a lower-case
    /// word ends a title: "Ban Chỉ đạo" is part of one, "chỉ đạo" is a verb.
    let roleStops: PhraseTable
    /// Words that open a sentence but are never part of a name ("Tại Melbourne", "Theo Donald Trump").
    let functionWords: WordSet
    /// Common nouns that open the name of an organisation, event or place ("Nhóm", "Liên minh", "Lễ"):
    /// a capitalised run opening with one is not a foreign name.
    let organisationNouns: WordSet
    /// Built-in aliases ("Bác Hồ" → "Hồ Chí Minh"), as phrases, and their targets by phrase.
    let aliasPhrases: PhraseTable
    let aliasTargets: [[WordID]: String]
    /// Lower-case particles inside foreign names ("Kees van Baar", "Ursula von der Leyen").
    let nameParticles: WordSet
    /// Words of a lead's date ("Chiều 13/5"), which never continue a name.
    let leadWords: WordSet
    /// Words that open sentences and never name anyone ("Cùng", "Tại").
    let neverNames: WordSet
    /// Words before a number that make it a date or a count, not a house number ("ngày 12", "khóa 12").
    let numberContexts: WordSet
    /// Peoples and ethnic groups ("Hoa", "Khmer"): after "người" they name a community, as in an
    /// organisation's name ("Ban Công tác người Hoa").
    let peoples: WordSet
    /// Two-word compounds whose second word is a modifier ("chính quyền", "tài nguyên").
    let modifierCompounds: PhraseTable
    /// Two-word compounds whose second word is a marker ("thị trường", "Quốc phòng").
    let markerCompounds: PhraseTable
    /// Provinces, countries and cities: a byline that is only one of these is a dateline.
    let bylinePlaces: PhraseTable
    /// Words the extractor asks about by name.
    let w: Words

    struct Words: Sendable {
        var va: WordID = 0, tai: WordID = 0, cua: WordID = 0, kiem: WordID = 0, ve: WordID = 0, anh: WordID = 0
        var nguon: WordID = 0, photo: WordID = 0, video: WordID = 0, clip: WordID = 0, chi: WordID = 0, dong: WordID = 0, cac: WordID = 0, gom: WordID = 0
        var viet: WordID = 0, vu: WordID = 0, voi: WordID = 0, cho: WordID = 0, theo: WordID = 0
        var noi: WordID = 0, ngoai: WordID = 0, ong: WordID = 0, baHonorific: WordID = 0
        var tuoi: WordID = 0, la: WordID = 0, bang: WordID = 0, trai: WordID = 0, phai: WordID = 0, giua: WordID = 0
        var dua: WordID = 0, dan: WordID = 0, dang: WordID = 0, nguoi: WordID = 0, chuong: WordID = 0, ban: WordID = 0, nam: WordID = 0, nhung: WordID = 0
        var tham: WordID = 0, bac: WordID = 0, lang: WordID = 0, hoc: WordID = 0, huan: WordID = 0, huy: WordID = 0, nhom: WordID = 0
    }

    /// The word lists of `Lexicon+Reference.swift` and this file, as tables (some milliseconds to build:
    /// make one per program and share it, as `Ingest` does).
    public init() {
        let key = Vietnamese.matchKey
        var v = Vocabulary()
        func words(_ phrase: String) -> [WordID] {
            key(phrase).split(separator: " ").map { v.intern(String($0)) }
        }
        func table(_ phrases: [String]) -> [[WordID]] { phrases.map(words).filter { !$0.isEmpty } }
        func set(_ list: [String]) -> [WordID] { list.flatMap(words) }

        familyNames = Set((Self.commonFamilyNames + Self.extraFamilyNames).map(key))
        compoundFamilyNames = Set(Self.compoundFamilies.map(key))
        let familyIDs = set(Self.commonFamilyNames + Self.extraFamilyNames)
        let commonFamilyIDs = set(Self.mostCommonFamilyNames)
        let compoundFamilyT = table(Self.compoundFamilies)
        let titleT = table(Self.titles)
        let honorificT = table(Self.honorificWords)
        let modifierIDs = set(["nguyên", "cựu", "quyền", "tân", "cố", "phó"])
        let placeT = table(Self.provinces + Self.districts + Self.countries + Self.cities + Self.regions + Self.bodies + Self.companies + Self.newspapers)
        let countryT = table(Self.countries + Self.regions)
        let bodyT = table(Self.bodies + Self.companies + Self.newspapers)
        let markerT = table(Self.markers)
        let organisationT = table(Self.organisations)
        let adminT = table(Self.adminUnits)
        let pluralUnitT = table(Self.adminUnits + Self.pluralUnits)
        let eventT = table(Self.eventNames)
        let meetingT = table(Self.meetingVerbs)
        let companyT = table(Self.companyNouns)
        let stopT = table(Self.stopWords)
        let functionIDs = set(Self.openingWords)
        let organisationNounIDs = set(Self.organisationOpeners)
        let aliasList = Self.builtInAliases.map { (words($0.0), $0.1) }
        let particleIDs = set(Self.particles)
        let leadIDs = set(Self.leadDateWords)
        let neverIDs = set(Self.neverNameWords)
        let numberIDs = set(Self.numberContextWords)
        let peopleIDs = set(Self.peopleWords)
        let modifierCompoundT = table(Self.modifierCompoundWords)
        let markerCompoundT = table(Self.markerCompoundWords)
        let bylinePlaceT = table(Self.provinces + Self.countries + Self.cities)
        let memorialT = table(Self.memorialWords)
        let namedMemorialT = table(["nhà sàn"])
        let respectT = table(Self.respectVerbs)
        let presentT = table(Self.presentHolderWords)
        let otherNameT = table(Self.otherNameWords.flatMap { [$0, $0 + " là"] } + ["còn gọi là", "hay gọi là"])
        let rankT = table(Self.rankWords)
        let performerT = table(Self.performerWords)
        let nameCountryIDs = set(["Mỹ", "Anh", "Đức", "Nhật", "Ý"])
        let companySuffixIDs = set(Self.companySuffixWords)
        let stopNounT = table(["dự án", "dự phòng", "dự toán", "dự trữ", "tiếng nói"])
        let pairs = Self.commaPairWords.map { (left: words($0.0), right: words($0.1), acts: $0.2) }
        let pluralIDs = set(["hai", "ba", "bốn", "các", "những"])
        let headCompoundT = table(["đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán"])
        let honorificCompoundT = table(["phụ nữ"])
        let committeeT = table(["chỉ đạo", "tổ chức", "điều hành", "chủ trì"])
        let continuationT = table(["ở nước ngoài", "tại nước ngoài"])
        var common = Words()
        common.va = v.intern("và"); common.tai = v.intern("tại"); common.cua = v.intern("của"); common.kiem = v.intern("kiêm")
        common.chuong = v.intern("chương"); common.ban = v.intern("ban"); common.nam = v.intern("năm"); common.nhung = v.intern("những")
        common.huan = v.intern("huân"); common.huy = v.intern("huy"); common.ve = v.intern("về"); common.anh = v.intern("ảnh"); common.nguon = v.intern("nguồn"); common.photo = v.intern("photo"); common.video = v.intern("video"); common.clip = v.intern("clip")
        common.chi = v.intern("chí"); common.dong = v.intern("đồng"); common.cac = v.intern("các"); common.gom = v.intern("gồm")
        common.viet = v.intern("việt"); common.vu = v.intern("vụ")
        common.voi = v.intern("với"); common.cho = v.intern("cho"); common.theo = v.intern("theo")
        common.noi = v.intern("nội"); common.ngoai = v.intern("ngoại"); common.ong = v.intern("ông"); common.baHonorific = v.intern("bà")
        common.tuoi = v.intern("tuổi"); common.la = v.intern("là"); common.bang = v.intern("bang")
        common.nguoi = v.intern("người"); common.dua = v.intern("đưa"); common.dan = v.intern("dẫn"); common.dang = v.intern("đăng")
        common.trai = v.intern("trái"); common.phai = v.intern("phải"); common.giua = v.intern("giữa"); common.tham = v.intern("thăm"); common.bac = v.intern("bác"); common.lang = v.intern("lăng")
        common.hoc = v.intern("học"); common.nhom = v.intern("nhóm")
        v.seal()
        vocabulary = v
        w = common

        let n = v.count
        func phrases(_ list: [[WordID]]) -> PhraseTable {
            var byFirst = Array(repeating: [[WordID]](), count: n)
            for phrase in list where !byFirst[Int(phrase[0])].contains(phrase) { byFirst[Int(phrase[0])].append(phrase) }
            // Longest first, so "Phó Thủ tướng" beats "Phó".
            return PhraseTable(byFirst: byFirst.map { $0.sorted { $0.count > $1.count } })
        }
        func wordSet(_ ids: [WordID]) -> WordSet {
            var bits = Array(repeating: false, count: n)
            for id in ids { bits[Int(id)] = true }
            return WordSet(bits: bits)
        }
        families = wordSet(familyIDs)
        commonFamilies = wordSet(commonFamilyIDs)
        compoundFamilies = phrases(compoundFamilyT)
        titleHeads = phrases(titleT)
        titleFirstWords = wordSet(titleT.map { $0[0] })
        honorifics = phrases(honorificT)
        honorificWordSet = wordSet(honorificT.filter { $0.count == 1 }.map { $0[0] })
        foreignHonorifics = phrases(table(Self.foreignHonorifics))
        modifiers = wordSet(modifierIDs)
        places = phrases(placeT)
        singleWordPlaces = wordSet(placeT.filter { $0.count == 1 }.map { $0[0] })
        countryNames = phrases(countryT)
        singleWordCountries = wordSet(countryT.filter { $0.count == 1 }.map { $0[0] })
        bodyNames = phrases(bodyT)
        memorials = phrases(memorialT)
        namedMemorials = phrases(namedMemorialT)
        respects = phrases(respectT)
        presentHolders = phrases(presentT)
        otherNames = phrases(otherNameT)
        ranks = phrases(rankT)
        performers = phrases(performerT)
        nameCountries = wordSet(nameCountryIDs)
        companySuffixes = wordSet(companySuffixIDs)
        stopNouns = phrases(stopNounT)
        commaPairs = pairs
        pluralWords = wordSet(pluralIDs)
        headCompounds = phrases(headCompoundT)
        honorificCompounds = phrases(honorificCompoundT)
        committeeVerbs = phrases(committeeT)
        nameContinuations = phrases(continuationT)
        institutionMarkers = phrases(markerT)
        organisationMarkers = phrases(organisationT)
        adminMarkers = phrases(adminT)
        pluralUnits = phrases(pluralUnitT)
        eventNames = phrases(eventT)
        meetingVerbs = phrases(meetingT)
        companyNouns = phrases(companyT)
        roleStops = phrases(stopT)
        functionWords = wordSet(functionIDs)
        organisationNouns = wordSet(organisationNounIDs)
        aliasPhrases = phrases(aliasList.map(\.0))
        aliasTargets = Dictionary(aliasList.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        nameParticles = wordSet(particleIDs)
        leadWords = wordSet(leadIDs)
        neverNames = wordSet(neverIDs)
        numberContexts = wordSet(numberIDs)
        peoples = wordSet(peopleIDs)
        modifierCompounds = phrases(modifierCompoundT)
        markerCompounds = phrases(markerCompoundT)
        bylinePlaces = phrases(bylinePlaceT)
    }

    /// The id of one word's match key, 0 when the lexicon does not know it.
    func id(ofWord word: some StringProtocol) -> WordID { vocabulary.id(Vietnamese.wordKey(String(word))) }

    /// The ids of the words of a text split on spaces.
    func ids(ofWords text: some StringProtocol) -> [WordID] { text.split(separator: " ").map { id(ofWord: $0) } }
    func ids(ofWords text: String) -> [WordID] { Vietnamese.words(text).map { id(ofWord: $0) } }

    /// The longest phrase from `table` that starts at `ids[i]`, as a word count (0 when none).
    @inline(__always)
    func longestMatch(_ table: PhraseTable, _ ids: [WordID], at i: Int) -> Int {
        guard i >= 0, i < ids.count else { return 0 }
        let first = ids[i]
        guard first > 0 else { return 0 }
        let candidates = table.byFirst[Int(first)]
        if candidates.isEmpty { return 0 }
        for words in candidates where i + words.count <= ids.count {
            var same = true
            var k = 1
            while k < words.count { if ids[i + k] != words[k] { same = false; break }; k += 1 }
            if same { return words.count }
        }
        return 0
    }

    /// The longest phrase from `table` that ends right before `end`, as a word count.
    func longestMatch(_ table: PhraseTable, _ ids: [WordID], endingAt end: Int) -> Int {
        guard end > 0, end <= ids.count else { return 0 }
        var best = 0
        for start in stride(from: end - 1, through: max(0, end - 6), by: -1) {
            let first = ids[start]
            guard first > 0 else { continue }
            for words in table.byFirst[Int(first)] where words.count == end - start {
                var same = true
                for k in 1..<max(1, words.count) where ids[start + k] != words[k] { same = false; break }
                if same { best = max(best, words.count) }
            }
        }
        return best
    }

    static let extraFamilyNames = [
        "Tôn Thất", "Tôn Nữ", "Âu Dương", "Hầu", "Giàng", "Sùng", "Lò", "Cầm", "Niê", "H'", "Ksor", "Rơ Châm",
        "Hoàng Phủ", "Tiêu", "Khổng", "Mẫn", "Kim", "Lục", "Đường", "Thào", "Vừ", "Mùa", "Ly", "Quàng", "Điêu",
        "Lường", "Hà", "Ma", "Bế", "Hoàng", "Nguyễn", "Đoàn", "Cấn", "Khúc", "Khuất", "Tòng", "Kha", "Đổng", "Phí", "Chử",
        "Đới", "Ngụy", "Lỗ", "Tập", "Du", "Ôn", "Lầu", "Sần", "Vàng", "Chảo", "Tẩn", "Phàn", "Bàn", "Siu", "Kpă", "Rơ Mah", "Rah Lan", "Mlô",
    ]
    /// The most frequent family names, borne together by the great majority of Vietnamese.
    static let mostCommonFamilyNames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    ]
    static let compoundFamilies = ["Tôn Thất", "Tôn Nữ", "Âu Dương", "Hoàng Phủ", "Rơ Châm", "Rơ Mah", "Rah Lan"]

    /// Address terms: they vouch for a name but are not titles ("ông Chính", "bị cáo Oanh", "Mẹ Lài").
    static let honorificWords = [
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "đồng chí", "đ/c", "ngài", "thầy", "cháu", "mẹ",
        "các đồng chí", "các ông", "các bà", "bị cáo", "nữ", "vợ chồng", "bé", "cậu", "ông bà", "hai ông bà",
        // Words that vouch for a name without being a title (labels keep them out of titles).
        "tỷ phú", "điệp viên", "chính khách", "chính khách đối lập", "người đồng cấp",
    ] + foreignHonorifics
    /// Honorifics other countries write before a name, always capitalised, not part of the name: Iran's
    /// "Ayatollah", Cambodia's "Samdech" (Xăm-đéc) and "Techo" (Tê-chô), Malaysia's "Tan Sri", "Datuk", "Dato",
    /// Myanmar's "Daw" ("Xăm-đéc Tê-chô Hun Xen" is Hun Xen). Unlike "Ông" mid-sentence, one does not open a
    /// sentence whose stop was lost: the title before it is the person's ("Thủ tướng Xăm-đéc Hun Xen").
    static let foreignHonorifics = [
        "Ayatollah", "Xăm-đéc", "Xăm-đéc Tê-chô", "Samdech", "Samdech Techo", "Tan Sri", "Datuk", "Datuk Seri", "Datuk Sri",
        "Dato", "Dato Seri", "Dato Sri", "Daw",
    ]

    /// Title heads (chức danh) and the descriptors the labels count as titles. A head may be followed by
    /// an organisation or place that belongs to the title; matching ignores case.
    static let titles = [
        // Party
        "Tổng Bí thư", "Bí thư", "Phó Bí thư", "Thường trực Ban Bí thư", "Ủy viên", "Ủy viên Bộ Chính trị",
        "Ủy viên Ban Bí thư", "Ủy viên Trung ương Đảng", "Ủy viên dự khuyết", "Trưởng Ban", "Phó Trưởng Ban", "Trưởng ban", "Phó trưởng ban", "Phó Ban",
        "Trưởng Tiểu ban", "Phó Trưởng Tiểu ban", "Trưởng tiểu ban", "Phó trưởng tiểu ban",
        "Chủ nhiệm", "Phó Chủ nhiệm", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Bí thư thứ nhất", "Ủy viên Ban Thường vụ",
        "Ủy viên Thường vụ", "Bí thư Chi bộ", "Đảng viên",
        // State, Assembly, judiciary
        "Chủ tịch", "Phó Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch nước", "Tổng Thư ký", "Phó Tổng Thư ký",
        "Đại biểu Quốc hội", "Đại biểu", "Trưởng Đoàn", "Phó Trưởng Đoàn", "Trưởng đoàn", "Chánh án", "Phó Chánh án",
        "Viện trưởng", "Phó Viện trưởng", "Tổng Kiểm toán", "Phó Tổng Kiểm toán", "Thẩm phán", "Hội thẩm", "Hội thẩm nhân dân",
        "Kiểm sát viên", "Chánh tòa", "Phó Chánh tòa", "Chủ tọa", "Điều tra viên", "Thư ký tòa", "Công tố viên", "Tổng Công tố",
        "Chấp hành viên", "Thừa phát lại", "Công chứng viên",
        // Government
        "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Thống đốc", "Phó Thống đốc", "Tổng Thanh tra",
        "Phó Tổng Thanh tra", "Tổng cục trưởng", "Phó Tổng cục trưởng", "Tổng cục phó", "Cục trưởng", "Phó Cục trưởng", "Cục phó", "Vụ trưởng",
        "Phó Vụ trưởng", "Vụ phó", "Viện phó", "Lãnh tụ tối cao", "Thủ hiến", "Phó Thủ hiến", "Đại diện cấp cao", "Đại diện thường trực", "Người phát ngôn", "Phát ngôn viên", "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Đặc phái viên", "Trưởng đại diện",
        "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Chủ tịch Hội đồng quản trị", "Trưởng phòng",
        "Phó Trưởng phòng", "Phó phòng", "Hiệu trưởng", "Phó Hiệu trưởng", "Hiệu phó", "Trưởng khoa", "Phó Trưởng khoa", "Phó khoa", "Tổng biên tập", "Phó Tổng biên tập",
        "Trưởng Công an", "Chánh Thanh tra", "Thanh tra viên", "Tổng Thư ký Liên Hợp Quốc", "Kế toán trưởng", "Kế toán",
        "Thủ quỹ", "Tham tán", "Tham tán Công sứ", "Công sứ", "Tùy viên", "Trợ lý", "Cố vấn", "Thư ký", "Chánh Văn phòng Chính phủ",
        "Trưởng Ban Quản lý", "Trưởng thôn", "Trưởng bản", "Trưởng ấp", "Trưởng khu phố", "Tổ trưởng", "Đội trưởng", "Phó Đội trưởng", "Đội phó",
        "Giám đốc điều hành", "Phó Giám đốc điều hành", "CEO", "nhà sáng lập", "người sáng lập", "đồng sáng lập", "Chủ doanh nghiệp", "Chủ nhiệm Hợp tác xã", "Trưởng trạm", "Trạm trưởng",
        "Hội trưởng", "Phó Hội trưởng", "Phân đoạn trưởng", "Phân đoạn phó",
        // Short forms of "Ủy viên": "UV BCT", "UVTƯ Đảng"; and the party member of a district, province or city.
        "UV", "UVBCT", "UVTƯ", "UVTW", "huyện ủy viên", "tỉnh ủy viên", "thành ủy viên",
        "Trưởng Văn phòng", "Trưởng Cơ quan đại diện", "Trưởng Ty", "Phó Ty", "Quốc vụ khanh", "Cao ủy", "Ủy viên Quốc vụ", "Tổng Chưởng lý", "Chưởng lý",
        // Military and police
        "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
        "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì",
        "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Tổng Tham mưu trưởng", "Tham mưu trưởng", "Chỉ huy trưởng",
        "Chỉ huy phó", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc", "Trung đoàn trưởng", "Sư đoàn trưởng", "Tiểu đoàn trưởng",
        "Lữ đoàn trưởng", "Đại đội trưởng", "Trung đội trưởng", "Chính trị viên", "Đồn trưởng", "Chiến sĩ", "Cựu chiến binh",
        "Liệt sĩ",
        // Foreign; crowns and opposition leaders
        "lãnh đạo phe đối lập", "thủ lĩnh phe đối lập", "thủ lĩnh", "nữ hoàng", "công nương", "hoàng thân",
        "Tổng thống", "Phó Tổng thống", "Quốc vương", "Nhà vua", "Hoàng hậu", "Nữ hoàng", "Thái tử", "Công chúa",
        "Hoàng tử", "Ngoại trưởng", "Giáo hoàng", "Thủ hiến", "Thủ hiến bang", "Thị trưởng", "Phó Thị trưởng", "Thống đốc bang",
        "Toàn quyền", "Tỉnh trưởng", "Phó Tỉnh trưởng", "Chủ tịch Quốc hội", "Chủ tịch Thượng viện", "Chủ tịch Hạ viện",
        "Thượng nghị sĩ", "Hạ nghị sĩ", "Nghị sĩ", "Đại sứ đặc mệnh toàn quyền", "Tổng Giám đốc điều hành",
        "Chủ tịch kiêm Tổng Giám đốc", "Phu nhân", "Phu quân", "Thủ tướng kiêm Ngoại trưởng", "Bộ trưởng Ngoại giao",
        "Bộ trưởng Quốc phòng", "Ngoại trưởng", "Chủ tịch Ủy ban châu Âu", "Cố vấn An ninh Quốc gia", "Tổng Thư ký NATO",
    ] + callings

    /// Degrees, honours, callings and religious ranks ("GS.TS", "NSND", "Bác sĩ", "nhà báo", "Hòa thượng"):
    /// titles of what a person is, not of a post they hold (`Offices.isCalling`).
    static let callings = [
        "GS", "PGS", "TS", "ThS", "BS", "KTS", "LS", "NSND", "NSƯT", "NGND", "NGƯT", "GS.TS", "PGS.TS", "GS.TSKH", "PGS.TSKH", "TSKH",
        "TS.BS", "ThS.BS", "BS.CKII", "BS.CKI", "BSCKII", "BSCKI", "NNƯT", "NNND", "TTND", "TTƯT", "Giáo sư", "Phó Giáo sư", "Tiến sĩ",
        "Thạc sĩ", "Bác sĩ", "Dược sĩ", "Luật sư", "Kỹ sư", "Kiến trúc sư", "Nghệ sĩ Nhân dân", "Nghệ sĩ Ưu tú",
        "Nhà giáo Nhân dân", "Nhà giáo Ưu tú", "Thầy thuốc Nhân dân", "Thầy thuốc Ưu tú", "Nghệ nhân", "Nghệ nhân Nhân dân",
        "Nghệ nhân Ưu tú", "Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng LLVTND", "Mẹ Việt Nam Anh hùng",
        "Bà mẹ Việt Nam Anh hùng", "Hòa thượng", "Thượng tọa", "Đại đức", "Ni sư", "Linh mục", "Giám mục", "Tổng Giám mục",
        "Hồng y", "Mục sư", "Pháp chủ", "Giảng viên", "Giáo viên", "thầy giáo", "cô giáo", "Nhà giáo", "nhà khoa học", "nhà nghiên cứu",
        "nhà sử học", "nhà văn", "nhà thơ", "nhà báo", "nhà văn hóa", "nhà ngoại giao", "nhà hoạt động", "nhà sản xuất", "nhà thiết kế",
        "nghệ sĩ", "nhạc sĩ", "họa sĩ", "nhiếp ảnh gia", "ca sĩ", "danh ca", "diễn viên", "người mẫu", "đạo diễn", "biên kịch", "vận động viên", "cầu thủ",
        "huấn luyện viên", "thủ môn", "tiền vệ", "tiền đạo", "hậu vệ", "trọng tài", "tác giả", "dịch giả", "chuyên gia", "doanh nhân",
        "già làng", "người có uy tín", "HLV", "ĐBQH", "ĐB", "Ths", "Th.S", "TS.BS", "KS", "NSƯT", "PGS.TS.BS", "phóng viên", "biên tập viên",
    ]

    static let countries = [
        "Việt Nam", "VN", "Trung Quốc", "Mỹ", "Hoa Kỳ", "Nga", "Liên bang Nga", "Pháp", "Anh", "Vương quốc Anh", "Đức",
        "Nhật Bản", "Nhật", "Hàn Quốc", "Triều Tiên", "Lào", "Campuchia", "Thái Lan", "Singapore", "Malaysia",
        "Indonesia", "Philippines", "Myanmar", "Brunei", "Ấn Độ", "Australia", "Úc", "New Zealand", "Canada", "Cuba",
        "Venezuela", "Brazil", "Argentina", "Mexico", "Chile", "Peru", "Colombia", "Italy", "Italia", "Ý", "Tây Ban Nha",
        "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Phần Lan", "Đan Mạch", "Ba Lan", "Séc",
        "Cộng hòa Séc", "Hungary", "Áo", "Ukraine", "Belarus", "Israel", "Palestine", "Iran", "Iraq", "Syria",
        "Ai Cập", "Nam Phi", "Thổ Nhĩ Kỳ", "Saudi Arabia", "Ả Rập Xê-út", "Ả-rập Xê-út", "UAE", "Qatar", "Kuwait", "Mông Cổ",
        "Kazakhstan", "Uzbekistan", "Bangladesh", "Pakistan", "Sri Lanka", "Nepal", "Timor-Leste", "Đông Timor",
        "Nigeria", "Kenya", "Ethiopia", "Angola", "Mozambique", "Algeria", "Morocco", "Ma-rốc", "Hy Lạp", "Romania",
        "Bulgaria", "Serbia", "Slovakia", "Slovenia", "Croatia", "Ireland", "Scotland", "Đài Loan", "Hồng Kông",
        "Ma Cao", "Vatican", "Lebanon", "Jordan", "Libya", "Tunisia", "Sudan", "Nam Sudan", "Afghanistan", "Bhutan",
        "Maldives", "Fiji", "Papua New Guinea", "Estonia", "Latvia", "Lithuania", "Luxembourg", "Iceland", "Azerbaijan",
        "Armenia", "Gruzia", "Georgia", "Nicaragua", "Panama", "Costa Rica", "Uruguay", "Paraguay", "Bolivia",
        "Ecuador", "Guatemala", "Honduras", "El Salvador", "Jamaica", "Haiti", "Senegal", "Ghana", "Tanzania", "Uganda",
        "Zimbabwe", "Zambia", "Namibia", "Botswana", "Madagascar", "Mali", "Niger", "Cameroon", "Congo", "Trung Hoa",
        "Cộng hòa Nhân dân Trung Hoa", "CHND Trung Hoa", "CHDCND Lào", "Xô viết", "Liên Xô", "Tiệp Khắc", "Nam Tư",
        "Đông Đức", "Tây Đức", "Cộng hòa Liên bang Đức", "Cộng hòa Pháp", "Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Campuchia",
        "Vương quốc Thái Lan", "Cộng hòa Indonesia", "Cộng hòa Singapore", "Cộng hòa Cuba", "Bắc Triều Tiên", "Syri", "I-rắc",
        "I-ran", "Ápganixtan", "Li-bi", "Xri Lan-ca", "Ác-hen-ti-na", "Bra-xin", "Mê-hi-cô", "Pa-ki-xtan", "Ucraina",
        "Ô-xtrây-li-a", "Niu Di-lân", "Ca-na-đa", "Vê-nê-xu-ê-la", "Chi-lê", "Xin-ga-po", "Ma-lai-xi-a", "In-đô-nê-xi-a",
        "Phi-líp-pin", "Phi-li-pin", "Thái Lan", "Lào", "Cu-ba", "Bê-la-rút", "I-ta-li-a", "Lít-va", "Lát-vi-a", "E-xtô-ni-a",
        "A-rập Xê-út", "Xy-ri", "Li-băng", "Gioóc-đa-ni", "Ô-man", "Ca-ta", "Xlô-va-ki-a", "Xlô-ve-ni-a", "Crô-a-ti-a", "Băng-la-đét",
        "Nê-pan", "Bu-tan", "Ăng-gô-la", "Kê-ni-a", "U-ru-goay", "Pa-ra-goay", "Bô-li-vi-a", "Ê-cu-a-đo", "Cô-lôm-bi-a", "Pê-ru",
        "Ni-ca-ra-goa", "Pa-na-ma", "Cốt-xta Ri-ca", "Ai-xơ-len", "Lúc-xăm-bua", "Hà Lan", "Xin-ga-po", "Ốt-xtrây-li-a", "Mi-an-ma", "Bru-nây", "Cam-pu-chia", "Cô-oét", "I-xra-en", "Pa-le-xtin", "Xu-đăng",
        "Bê-la-rút", "Ca-dắc-xtan", "U-dơ-bê-ki-xtan", "Hung-ga-ri", "Ru-ma-ni", "Bun-ga-ri", "Xéc-bi-a", "Ê-ti-ô-pi-a",
        "Mô-dăm-bích", "An-giê-ri", "Ni-giê-ri-a", "Tan-da-ni-a", "Tuy-ni-di", "Ai-len",
        "Burkina Faso", "Bờ Biển Ngà", "Côte d'Ivoire", "Sierra Leone", "Liberia", "Togo", "Benin", "Gabon", "Guinea",
        "Rwanda", "Burundi", "Somalia", "Eritrea", "Djibouti", "Chad", "Mauritania", "Mauritius", "Seychelles", "Síp",
        "Cyprus", "Malta", "Moldova", "Albania", "Bosnia và Herzegovina", "Montenegro", "Bắc Macedonia", "Kyrgyzstan",
        "Tajikistan", "Turkmenistan", "Oman", "Yemen", "Bahrain", "Dominica", "Cộng hòa Dominica", "Trinidad và Tobago",
        "Barbados", "Bahamas", "Guyana", "Suriname", "Samoa", "Tonga", "Vanuatu",
        "Ả Rập Xê Út", "Ả Rập Saudi", "Tân Tây Lan", "Timor Leste", "Cabo Verde", "Cape Verde", "Fiji", "Papua New Guinea",
    ]

    /// States and regions abroad, continents: they sit between a title and a name like a country.
    static let regions = [
        "Victoria", "New South Wales", "Queensland", "Tasmania", "Nam Australia", "Tây Australia", "California", "Texas",
        "Florida", "Hawaii", "Alaska", "Washington", "Bavaria", "Quebec", "Ontario", "British Columbia", "Alberta",
        "Quảng Đông", "Quảng Tây", "Vân Nam", "Tứ Xuyên", "Chiết Giang", "Giang Tô", "Sơn Đông", "Phúc Kiến", "Hải Nam",
        "Hồ Nam", "Hồ Bắc", "Hà Bắc", "Tân Cương", "Tây Tạng", "Okinawa", "Hokkaido", "Kyushu", "Gyeonggi", "Luang Prabang",
        "Savannakhet", "Champasak", "Xiêng Khoảng", "Hủa Phăn", "Bò Kẹo", "Siem Reap", "Battambang", "Kampot", "Crimea",
        "Donetsk", "Lugansk", "Luhansk", "Gaza", "Bờ Tây", "Kashmir", "Catalonia", "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ",
        "Châu Đại Dương", "Mỹ Latinh", "Đông Nam Á", "Trung Đông", "Bắc Mỹ", "Nam Mỹ", "Đông Á", "Nam Á", "Trung Á", "Tây Âu",
        "Đông Âu", "Bắc Âu", "Bắc Phi", "Greenland", "Bắc Cực", "Nam Cực", "Baltic", "Scandinavia", "Balkan", "Kavkaz", "Ấn Độ - Thái Bình Dương", "Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương",
    ]

    static let cities = [
        "Bắc Kinh", "Thượng Hải", "Quảng Châu", "Thâm Quyến", "Nam Ninh", "Côn Minh", "Hồng Kông", "Washington", "New York",
        "Moscow", "Mát-xcơ-va", "Matxcơva", "Saint Petersburg", "Vladivostok", "Tokyo", "Osaka", "Kyoto", "Yokohama", "Seoul",
        "Busan", "Bình Nhưỡng", "Paris", "London", "Berlin", "Munich", "Frankfurt", "Bangkok", "Vientiane", "Viêng Chăn",
        // Capitals as Vietnamese papers transliterate them, and provinces of the 1976–1997 map.
        "Viên Chăn", "Phnôm Pênh", "Băng Cốc", "Gia-các-ta", "Oa-sinh-tơn", "Bu-ê-nốt Ai-rết", "Cua-la Lăm-pơ", "La Ha-ba-na",
        "Bắc Thái", "Hà Tây", "Hà Sơn Bình", "Nghệ Tĩnh", "Bình Trị Thiên", "Hải Hưng", "Nam Hà", "Hà Nam Ninh", "Minh Hải",
        "Sông Bé", "Thuận Hải", "Nghĩa Bình", "Phú Khánh", "Cửu Long", "Vĩnh Phú", "Hoàng Liên Sơn",
        "Phnom Penh", "Jakarta", "Bali", "Manila", "Cebu", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
        "Geneva", "Brussels", "Kuala Lumpur", "New Delhi", "Havana", "La Habana", "Ottawa", "Toronto", "Rome", "Madrid",
        "Lisbon", "Vienna", "Warsaw", "Prague", "Budapest", "Minsk", "Kiev", "Kyiv", "Ankara", "Istanbul", "Tehran", "Davos",
        "Los Angeles", "San Francisco", "Chicago", "Boston", "Dubai", "Doha", "Riyadh", "Cairo", "Yangon", "Naypyidaw",
        "Singapore", "Wellington", "Auckland", "Buenos Aires", "Brasilia", "Rio de Janeiro", "Santiago", "Lima", "Caracas",
        "Sài Gòn", "Huế", "Nha Trang", "Vũng Tàu", "Đà Lạt", "Hạ Long", "Hội An", "Phú Quốc", "Biên Hòa", "Vinh",
        "Buôn Ma Thuột", "Pleiku", "Quy Nhơn", "Phan Thiết", "Rạch Giá", "Mỹ Tho", "Thủ Đức", "Trường Sa", "Hoàng Sa",
        "Tây Nguyên", "Tây Bắc", "Đông Bắc", "Đông Nam Bộ", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Nam Trung Bộ", "Bắc Trung Bộ",
        "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "Biển Đông", "Điện Biên Phủ", "Ba Đình", "Hoàn Kiếm", "Sa Pa",
        "Côn Đảo", "Mỹ Sơn", "Thủ đô", "Gươm", "Đắk Lắk", "Đắk Nông", "Đà Nẵng", "Đồng Nai", "Đồng Tháp", "TP HCM", "TP.HCM",
        "TPHCM", "HCM", "Bà Rịa-Vũng Tàu", "BR-VT", "Đắc Lắc", "Đắc Nông", "Đăk Lăk", "Đăk Nông",
    ]

    /// International bodies and national institutions that sit between a title and a name.
    static let bodies = [
        "Liên Hợp Quốc", "Liên hợp quốc", "LHQ", "ASEAN", "EU", "Liên minh châu Âu", "Ủy ban châu Âu", "NATO", "WHO", "WTO", "APEC",
        "IMF", "UNESCO", "UNICEF", "UNDP", "Ngân hàng Thế giới", "WB", "ADB", "G7", "G20", "BRICS", "FAO", "ILO", "IAEA",
        "Quốc hội", "Chính phủ", "Nhà nước", "Đảng", "Trung ương", "Mặt trận Tổ quốc", "Mặt trận", "Bộ Chính trị", "Ban Bí thư",
        "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Ủy ban", "Ban", "Bộ", "Sở", "Cục", "Vụ", "Viện",
        "Học viện", "Đại học", "Tòa án", "Tổng cục", "Tập đoàn", "Tổng công ty", "Ngân hàng", "Hội", "Hội đồng",
        "Văn phòng", "Báo", "Đài", "Thông tấn xã Việt Nam", "TTXVN", "VTV", "VOV", "Ban Chấp hành", "Ban Chấp hành Trung ương",
        "Ban Thường vụ", "Đảng đoàn", "Ban cán sự", "Thường vụ", "Quân ủy", "Quân ủy Trung ương", "Phủ Chủ tịch",
        "Văn phòng Chủ tịch nước", "Văn phòng Quốc hội", "Hội đồng Dân tộc", "Hạ viện", "Thượng viện", "Nhà Trắng", "Điện Kremlin",
        "Lầu Năm Góc", "Điện Élysée", "Phố Downing", "Quốc hội Mỹ", "Quốc vụ viện", "Nội các", "Bộ Ngoại giao",
        // Ministries whose names join two fields with "và", often written in lower case ("Bộ Tài nguyên và môi trường").
        "Bộ Kế hoạch và Đầu tư", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường",
        "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo",
        "Bộ Dân tộc và Tôn giáo", "Bộ Giao thông vận tải", "Bộ Văn hóa Thể thao và Du lịch",
    ]

    /// Companies the world's news names between a title and its holder ("Giám đốc điều hành Apple Tim Cook",
    /// "Chủ tịch Samsung Lee Jae-yong"): taken off the front of the name as a body is. Names that are also
    /// people's family names ("Ford", "Dell", "Honda", "Disney") are left out.
    static let companies = [
        "Apple", "Google", "Alphabet", "Microsoft", "Amazon", "Meta", "Facebook", "Tesla", "SpaceX", "Nvidia", "Intel", "AMD",
        "Qualcomm", "IBM", "Oracle", "OpenAI", "Netflix", "Uber", "Airbnb", "Boeing", "Airbus", "Samsung", "Hyundai", "Kia",
        "Sony", "Toyota", "Nissan", "Panasonic", "SoftBank", "Huawei", "Xiaomi", "Alibaba", "Tencent", "ByteDance", "TikTok",
        "Baidu", "Foxconn", "TSMC", "Volkswagen", "BMW", "Mercedes-Benz", "Siemens", "Nestlé", "Unilever", "Shell", "BP",
        "ExxonMobil", "Chevron", "Pfizer", "Moderna", "AstraZeneca", "JPMorgan", "Goldman Sachs", "BlackRock", "Berkshire Hathaway",
        "Walmart", "Starbucks", "Nike", "Coca-Cola", "PepsiCo", "McDonald's", "Anthropic", "Lockheed Martin", "Gazprom", "Rosneft",
    ]

    /// Newspapers named without "Báo" ("Theo phóng viên Thanh Niên", "Tổng Biên tập Tuổi Trẻ"): bodies, never
    /// a person, as companies are.
    static let newspapers = [
        "Thanh Niên", "Tuổi Trẻ", "Tiền Phong", "Người Lao Động", "Lao Động", "Nhân Dân", "Quân đội Nhân dân",
        "Công an Nhân dân", "Sài Gòn Giải Phóng", "Hà Nội Mới", "Đại Đoàn Kết", "Dân Trí", "Pháp Luật", "Phụ Nữ",
        "Vietnamplus", "VnExpress", "VietNamNet", "Znews", "Zing", "Vietnam News", "Kinh tế & Đô thị",
        "Thể thao & Văn hóa", "An ninh Thủ đô", "Giáo dục và Thời đại", "Nông thôn Ngày nay", "Sức khỏe & Đời sống",
        "VTC", "HTV", "VnEconomy", "Người Đô Thị",
    ]

    /// Words that close a company's name ("Acme Corp", "Meta Platforms", "Sun Group"): between a title and its
    /// holder's name, the name starts after one.
    static let companySuffixWords = [
        "Corp", "Corporation", "Inc", "Ltd", "LLC", "PLC", "GmbH", "JSC", "Group", "Holdings", "Holding", "Platforms",
        "Technologies", "Motors", "Airlines", "Airways", "Electronics", "Industries", "Pharmaceuticals", "Ventures",
    ]

    /// Words standing right before a capitalised run that make it a place, street, school, company, prize or institution.
    static let markers = [
        "tỉnh", "thành phố", "TP", "TP.", "Tp", "Tp.", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "phố",
        "đường", "ngõ", "ngách", "hẻm", "làng", "thôn", "ấp", "bản", "khu", "khu phố", "tổ dân phố", "sông", "núi", "đèo",
        "cầu", "chợ", "hồ", "đảo", "vịnh", "cảng", "sân bay", "ga", "bến", "đại lộ", "quảng trường", "công viên", "vườn hoa",
        "trường", "Trường", "THPT", "THCS", "tiểu học", "mầm non", "đại học", "Đại học", "học viện", "Học viện",
        "công ty", "Công ty", "Tập đoàn", "tập đoàn", "doanh nghiệp", "nhà máy", "khách sạn", "nhà hàng", "siêu thị",
        "giải thưởng", "Giải thưởng", "giải", "Giải", "quỹ", "Quỹ", "học bổng", "bảo tàng", "Bảo tàng", "lăng", "Lăng",
        "đền", "chùa", "nhà thờ", "đình", "miếu", "khu di tích", "di tích", "tượng đài", "nhà tưởng niệm", "khu lưu niệm",
        "nhà lưu niệm", "bệnh viện", "Bệnh viện", "BV", "tàu", "chiến dịch", "Chiến dịch", "tư tưởng", "Tư tưởng", "đoàn", "Đoàn",
        "Thanh niên Cộng sản", "thành", "kinh đô", "Cộng sản", "mang tên", "Huân chương", "huân chương",
        "Nhà văn hóa", "nhà văn hóa", "Nhà hát", "nhà hát", "rạp", "sân vận động", "SVĐ", "phim", "sách", "cuốn",
        "tác phẩm", "chương trình", "Cúp", "cúp", "dự án", "Dự án", "khu đô thị", "chung cư", "tòa nhà", "hội trường",
        "Hội trường", "Cung", "cung", "phòng", "lớp", "trại", "xóm", "đội", "câu lạc bộ", "CLB", "hãng", "thương hiệu",
        "hợp tác xã", "HTX", "thư viện", "trung tâm", "Trung tâm", "hội chợ", "lễ hội", "triển lãm", "hội nghị", "diễn đàn",
        "hội thảo", "liên hoan", "festival", "Festival", "giải đấu", "đại hội", "Đại hội", "nghĩa trang", "đền thờ", "bang", "tiểu bang", "vùng",
        "miền", "đồn", "trạm", "kênh", "tuyến", "nông trường", "lâm trường", "xí nghiệp", "phòng khám", "nhà xuất bản", "NXB",
        "tạp chí", "báo", "đài", "hầm", "thành cổ", "cửa khẩu", "khu công nghiệp", "KCN", "quần đảo", "đường phố", "tòa",
    ]

    /// Institutions whose name may come a few words after the marker; a capitalised run there names the institution.
    static let organisations = [
        "công ty", "tập đoàn", "tổng công ty", "trường", "doanh nghiệp", "hợp tác xã", "HTX", "bệnh viện", "nhà máy",
        "xí nghiệp", "khách sạn", "giải thưởng", "bảo tàng", "thư viện", "vườn hoa", "công viên", "nhà văn hóa", "nhà hát",
        "khu đô thị", "quỹ", "học bổng", "câu lạc bộ", "CLB", "trung tâm", "nhà xuất bản", "phòng khám", "siêu thị", "hãng",
    ]

    /// Administrative units a title may be followed by ("Chủ tịch UBND tỉnh Lò Văn Pằn").
    static let adminUnits = [
        "tỉnh", "thành phố", "TP", "TP.", "Tp", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn",
    ]

    /// What several hold a title over, besides the administrative units, and times (`Lexicon.pluralUnits`).
    static let pluralUnits = [
        "nước", "quốc gia", "bên", "ngành", "cấp", "địa phương", "đơn vị", "cơ quan", "khu vực", "vùng", "đảng", "nhóm",
        "bộ", "ban", "sở", "trường", "khóa", "kỳ", "nhiệm kỳ",
        "ngày", "tháng", "năm", "tuần", "mùa", "dịp", "lúc", "buổi", "đợt", "lần", "ca", "thời", "thời kỳ", "giai đoạn",
    ]

    /// Meetings whose names hold a title ("Hội nghị Bộ trưởng …", "Diễn đàn Thị trưởng …").
    static let eventNames = ["Hội nghị", "Hội thảo", "Diễn đàn", "Phiên họp", "Cuộc họp", "Khóa họp", "Tọa đàm", "Đối thoại"]

    /// Nouns for people beside a title holder (`Lexicon.companyNouns`).
    static let companyNouns = [
        "vợ", "chồng", "gia đình", "phu nhân", "cán bộ", "nhân viên", "hội viên", "đoàn viên", "đảng viên",
        "thành viên", "lãnh đạo", "đại biểu", "đồng nghiệp", "cộng sự", "học sinh", "sinh viên", "giáo viên", "bác sĩ",
        "chiến sĩ", "bà con", "nhân dân", "người dân", "công nhân", "phóng viên", "đoàn", "đồng chí", "toàn thể",
        "lực lượng", "đại diện", "dân quân", "bộ đội",
    ]

    /// "Ban Chỉ đạo phòng, chống tham nhũng", "Cục Quản lý khám, chữa bệnh", "Phòng Công tác học sinh, sinh
    /// viên", "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "phòng, chống tham nhũng, tiêu cực": two
    /// acts, groups or evils, one comma between; the third field is true for a pair of acts.
    static let commaPairWords = [
        ("phòng", "chống", true), ("khám", "chữa", true), ("phòng cháy", "chữa cháy", true), ("cứu nạn", "cứu hộ", true),
        ("cứu hộ", "cứu nạn", true), ("học sinh", "sinh viên", false), ("tham nhũng", "tiêu cực", false),
    ]

    /// Verbs whose object may be a title then the person's name after a comma and an honorific ("hội kiến
    /// Tổng thống Pháp, ông Emmanuel Macron"): the one met holds the title. Matched on their end, so "đón"
    /// covers "tiếp đón".
    static let meetingVerbs = [
        "gặp", "gặp gỡ", "tiếp", "tiếp kiến", "hội kiến", "hội đàm với", "điện đàm với", "hội đàm", "điện đàm",
        "đón", "chào", "tiễn", "thăm", "chúc mừng", "cảm ơn", "mời", "giữa",
    ]

    /// Lower-case words and phrases that end a title: verbs, prepositions, conjunctions.
    static let stopWords = [
        "cho biết", "cho rằng", "cho hay", "cho", "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "đề xuất", "chủ trì", "dự",
        "tham dự", "đã", "đang", "sẽ", "tiếp", "hội kiến", "hội đàm", "điện đàm", "gặp", "gặp gỡ", "thăm", "đến", "tới", "trao",
        "tặng", "nói", "chia sẻ", "yêu cầu", "chỉ đạo", "thay mặt", "cùng", "và", "với", "là", "được", "bị", "có", "tại", "trong",
        "khi", "ở", "đọc", "kiêm", "trình bày", "điều hành", "báo cáo", "ký", "nêu", "gửi", "làm việc", "làm", "đón", "tiếp đón",
        "hoan nghênh", "cảm ơn", "trả lời", "nhận", "khai mạc", "bế mạc", "vừa", "mới", "từng", "thông báo", "tuyên bố",
        "công bố", "lên", "về", "ra", "của", "bày tỏ", "đánh giá", "lưu ý", "chúc mừng", "dẫn đầu", "chỉ định", "bổ nhiệm",
        "giới thiệu", "phản ánh", "thông tin", "kêu gọi", "cam kết", "mong muốn", "hy vọng", "tin tưởng", "ghi nhận",
        "biểu dương", "khen ngợi", "đồng ý", "nhất trí", "kiến nghị", "nhận định", "giải thích", "phân tích", "lo ngại",
        "cảnh báo", "xác nhận", "tiết lộ", "viết", "kể", "nhớ lại", "vui mừng", "phấn khởi", "xúc động", "bồi hồi", "tâm sự", "thừa nhận", "phủ nhận",
        "cáo buộc", "tuyên án", "đứng", "ngồi", "đi", "xem", "kiểm tra", "thị sát", "khảo sát", "dâng hương", "dâng hoa",
        "đặt vòng hoa", "tưởng niệm", "trò chuyện", "động viên", "thăm hỏi", "căn dặn", "dặn dò", "mời", "chào", "tiễn",
        "đưa", "chủ tọa", "chứng kiến", "phụ trách", "giữ chức", "nhậm chức", "thôi", "nghỉ", "tái đắc cử", "đắc cử",
        "trúng cử", "ứng cử", "từ chức", "qua đời", "mất", "hiện", "nay", "này", "đó", "ấy", "sau", "trước",
        "để", "nhằm", "vì", "do", "bởi", "theo", "như", "thì", "mà", "nhưng", "hoặc", "hay", "cũng", "vẫn", "còn",
        "rất", "đều", "luôn", "không", "chưa", "vào", "từ", "trên", "dưới", "giữa", "ngoài", "sang", "qua",
        "ghi", "đánh", "bác bỏ", "vụ", "vụ án", "vụ việc", "kỳ vọng", "hy vọng", "mong đợi", "khích lệ", "gửi gắm", "hỏi", "đáp", "nhắc", "nhắc lại", "coi", "thấy", "muốn", "cần", "phải", "nên",
        "tham gia", "tham quan", "chủ động", "thống nhất", "trao đổi", "thảo luận", "chất vấn", "giải trình",
        "tiếp thu", "truy tố", "khởi tố", "bắt", "tạm giam", "xét xử", "kết luận", "phạt", "chọn", "ủng hộ",
        "phản đối", "cảm thấy", "biết", "hứa", "dự kiến", "đặt", "đóng góp", "chuyển", "chuyển lời", "bắt tay",
        "ôm", "hướng dẫn", "khuyến khích", "gợi ý", "đồng thời", "cũng như", "đứng đầu", "bị cáo", "ông", "bà", "anh", "chị",
        "những", "các", "một", "nhiều", "người", "ngay", "luôn", "liền", "sớm", "lại", "đây", "giúp", "tổ chức", "thực hiện",
        "triển khai", "quán triệt", "phát động", "vận động", "hỗ trợ", "xin", "mong", "chúc", "tri ân", "trân trọng",
        "bằng hình thức", "mạnh dạn", "kiên quyết", "thẳng thắn", "nhiệt liệt", "năm",
    ]

    static let rankWords = [
        "Giáo sư", "Phó Giáo sư", "GS", "PGS", "GS.TS", "PGS.TS", "GS.TSKH", "PGS.TSKH", "Tiến sĩ", "TS", "TSKH", "Thạc sĩ",
        "ThS", "Bác sĩ", "BS", "Luật sư", "LS", "Kỹ sư", "KS", "Dược sĩ", "Nhà báo", "Nhà văn", "Nhà thơ", "Nghệ sĩ Nhân dân",
        "Nghệ sĩ Ưu tú", "NSND", "NSƯT", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
        "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Hòa thượng", "Thượng tọa", "Đại đức",
        "Linh mục", "Giám mục", "Hồng y", "Mục sư", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
    ]

    static let performerWords = [
        "ca sĩ", "nghệ sĩ", "nhạc sĩ", "diễn viên", "người mẫu", "danh ca", "Nghệ sĩ Nhân dân",
        "Nghệ sĩ Ưu tú", "NSND", "NSƯT",
    ]

    static let presentHolderWords = [
        "người hiện là", "người hiện nay là", "người hiện đang là", "người đang là", "người hiện giữ chức",
        "người đang giữ chức", "hiện là", "hiện nay là", "hiện đang là", "hiện giữ chức", "hiện đang giữ chức",
    ]

    static let otherNameWords = [
        "tên khai sinh", "tên thật", "tên thường gọi", "tên gọi khác", "tên cũ", "tên húy", "tên tục", "tục danh",
        "nhũ danh", "bí danh", "bút danh", "pháp danh", "biệt danh",
    ]

    static let respectVerbs = ["viếng", "kính viếng", "thăm", "dâng hương", "dâng hoa", "đặt vòng hoa", "tưởng niệm", "tri ân"]

    static let memorialWords = [
        "lăng", "bảo tàng", "nhà tưởng niệm", "khu tưởng niệm", "nhà lưu niệm", "khu lưu niệm", "khu di tích", "đền thờ",
        "tượng đài", "quảng trường", "huân chương", "giải thưởng", "mang tên", "tư tưởng", "phong cách", "di chúc",
    ]

    static let organisationOpeners = [
        "nhóm", "hội", "ban", "bộ", "sở", "viện", "quỹ", "tổ", "phái", "cơ", "ủy", "uỷ", "lực", "quân", "hạm", "tập", "ngân",
        "liên", "trung", "văn", "cục", "vụ", "đài", "báo", "tòa", "phòng", "đoàn", "đội", "khối", "mặt", "chính", "nhà",
        "hãng", "công", "tổng", "học", "đại", "trường", "bệnh", "hiệp", "diễn", "hạ", "thượng", "quốc", "đảng", "bang",
        "tỉnh", "thành", "làng", "xã", "huyện", "chương", "dự", "chiến", "kế", "luật", "nghị", "tết", "lễ", "hội", "ngày",
        "năm", "tháng", "mùa", "sắc", "vị", "đêm", "giải", "cúp", "vùng", "miền", "khu", "biển", "sông", "núi", "đảo", "cảng",
        "sân", "phố", "đường", "cầu", "chợ", "đền", "chùa", "hồ", "lăng", "tượng", "cung", "điện", "phủ", "dinh", "thủ",
        "sứ", "chiến dịch", "kênh", "tạp", "sách", "phim", "tác", "cuộc", "kỳ", "vòng", "tuần", "thế", "châu", "vịnh",
    ]

    /// Words that open a sentence but do not belong to a name that follows them.
    static let openingWords = [
        "tại", "theo", "trong", "sau", "trước", "với", "khi", "ngoài", "cùng", "về", "do", "để", "nhân", "qua", "thay", "tới",
        "đến", "ở", "dù", "nếu", "vì", "bên", "giữa", "hôm", "sáng", "chiều", "tối", "ngày", "đêm", "trưa", "tuy", "như",
        "còn", "và", "nhưng", "riêng", "đối", "mặc", "phía", "trên", "dưới", "tiếp", "rồi", "ngay", "cả", "các", "những",
        "mỗi", "một", "hai", "ba", "bốn", "năm", "đây", "đó", "này", "khác", "được", "theo", "chúc", "gửi", "thưa", "kính",
        "tham", "dự", "hiện", "nay", "ảnh", "nguồn", "video", "clip", "xem", "đọc", "bởi", "nhờ",
        "từng", "vừa", "đã", "sẽ", "đang", "cũng", "chỉ", "nên", "vậy", "lúc", "cho", "bởi", "nhằm",
    ]

    static let particles = ["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "bin", "binti", "al", "el", "le", "la", "ter", "ten"]
    static let leadDateWords = ["sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "tháng", "năm"]
    static let neverNameWords = [
        "cùng", "tại", "theo", "sau", "trước", "với", "khi", "ngoài", "về", "để", "qua", "tới", "đến", "ở", "dù",
        "nếu", "vì", "bên", "giữa", "hôm", "tuy", "còn", "và", "nhưng", "riêng", "đối", "mặc", "phía", "trên", "dưới",
        "rồi", "ngay", "các", "những", "mỗi", "một", "đây", "đó", "này", "được", "thưa", "từng", "vừa", "đã",
        "sẽ", "đang", "cũng", "chỉ", "vậy", "lúc", "cho", "bởi", "nhằm", "nhờ",
    ]
    static let peopleWords = [
        "Hoa", "Kinh", "Khmer", "Chăm", "Tày", "Thái", "Mường", "Nùng", "Mông", "H'Mông", "Dao", "Ê-đê", "Gia-rai",
        "Việt", "Lào", "Nhật", "Hàn", "Pháp", "Mỹ", "Nga", "Đức", "Anh",
    ]
    static let numberContextWords = ["ngày", "năm", "tháng", "khóa", "khoá", "lần", "quận", "phường"]
    static let modifierCompoundWords = [
        "chính quyền", "nhân quyền", "thẩm quyền", "đặc quyền", "chủ quyền", "toàn quyền", "trao quyền", "có quyền",
        "các quyền", "bản quyền", "ủy quyền", "uỷ quyền", "lạm quyền", "tài nguyên", "căn nguyên", "thảo nguyên", "nguyên nhân",
    ]
    static let markerCompoundWords = [
        "thị trường", "môi trường", "chiến trường", "hiện trường", "lập trường", "công trường", "thương trường", "quốc phòng",
        "văn phòng", "giáo đường", "đồng đội", "quân đội", "bộ đội", "đơn vị", "trung tâm", "vùng ven", "khu vực", "nhà sách", "lãnh đạo",
        // Common words that end in a marker and may stand before a name ("Bộ … Phát triển nông thôn Lê Huy Ngọ",
        // "thăm gia đình Nguyễn Văn A", "yêu cầu Trần Văn B bồi thường").
        "nông thôn", "gia đình", "yêu cầu", "nhu cầu", "văn bản", "trực tuyến", "hàng xóm", "hòa giải", "chính sách",
    ]

    static let builtInAliases = [
        ("Bác Hồ", "Hồ Chí Minh"), ("Hồ Chủ tịch", "Hồ Chí Minh"), ("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh"),
    ]
}
