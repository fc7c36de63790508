/// What the people extractor knows of Vietnamese: family names, titles, honorifics, places and the
/// words that mark a capitalised run as a street, school or company rather than a person.
/// Every entry is stored under its match key (classic tones, lower case), so "Thành uỷ" finds "Thành ủy".
public struct Lexicon: Sendable {
    public let familyNames: Set<String>
    /// Two-syllable family names such as "Tôn Thất", "Âu Dương".
    public let compoundFamilyNames: Set<String>
    /// Title heads as word sequences, indexed by their first word.
    let titleHeads: [String: [[String]]]
    let honorifics: Set<String>
    let modifiers: Set<String>
    /// Places, countries and international bodies as word sequences, indexed by their first word.
    let places: [String: [[String]]]
    /// Words that, standing right before a capitalised run, make it a place or an institution.
    let institutionMarkers: [String: [[String]]]
    /// Words after which a trailing title chain stops ("cho biết", "phát biểu").
    let roleStops: Set<String>
    /// Built-in aliases: "bác hồ" → "Hồ Chí Minh".
    let aliases: [String: String]

    public static let shared = Lexicon()

    init() {
        let key = Vietnamese.matchKey
        familyNames = Set((Self.commonFamilyNames + Self.extraFamilyNames).map(key))
        compoundFamilyNames = Set(Self.compoundFamilies.map(key))
        titleHeads = Self.index(Self.titles)
        honorifics = Set(Self.honorificWords.map(key))
        modifiers = Set(["nguyên", "quyền", "tân", "cố", "phó", "thường trực", "tổng"].map(key))
        places = Self.index(Self.provinces + Self.districts + Self.countries + Self.cities + Self.bodies)
        institutionMarkers = Self.index(Self.markers)
        roleStops = Set(Self.stopWords.map(key))
        aliases = Dictionary(uniqueKeysWithValues: Self.builtInAliases.map { (key($0.0), $0.1) })
    }

    static func index(_ phrases: [String]) -> [String: [[String]]] {
        var map: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = Vietnamese.matchKey(phrase).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            map[first, default: []].append(words)
        }
        // Longest first, so "Phó Thủ tướng" beats "Phó".
        return map.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The longest phrase from `table` that starts at `keys[i]`, as a word count (0 when none).
    func longestMatch(_ table: [String: [[String]]], _ keys: [String], at i: Int) -> Int {
        guard i < keys.count, let candidates = table[keys[i]] else { return 0 }
        for words in candidates where i + words.count <= keys.count {
            if Array(keys[i..<(i + words.count)]) == words { return words.count }
        }
        return 0
    }

    /// The longest phrase from `table` that ends right before `end`, as a word count.
    func longestMatch(_ table: [String: [[String]]], _ keys: [String], endingAt end: Int) -> Int {
        var best = 0
        for start in stride(from: end - 1, through: max(0, end - 6), by: -1) {
            if let candidates = table[keys[start]] {
                for words in candidates where words.count == end - start && Array(keys[start..<end]) == words {
                    best = max(best, words.count)
                }
            }
        }
        return best
    }

    static let extraFamilyNames = [
        "Tôn Thất", "Tôn Nữ", "Âu Dương", "Hầu", "Giàng", "Sùng", "Lò", "Cầm", "Niê", "H'", "Ksor", "Rơ Châm",
        "Hoàng Phủ", "Tiêu", "Khổng", "Mẫn", "Kim", "Lục", "Đường", "Thào", "Vừ", "Mùa", "Ly", "Quàng", "Điêu",
        "Lường", "Hà", "Ma", "Bế", "Hoàng", "Nguyễn", "Đoàn",
    ]
    static let compoundFamilies = ["Tôn Thất", "Tôn Nữ", "Âu Dương", "Hoàng Phủ", "Rơ Châm"]

    static let honorificWords = [
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "đồng chí", "đ/c", "ngài", "thầy", "cháu",
        "các đồng chí", "các ông", "các bà", "nhà văn", "nhà thơ", "nhà báo", "nghệ sĩ", "nhạc sĩ", "họa sĩ",
        "vận động viên", "cầu thủ", "huấn luyện viên", "bị cáo", "ca sĩ", "nữ", "tác giả",
    ]

    /// Title heads (chức danh). A head may be followed by an organisation or place that belongs to the title.
    static let titles = [
        // Party
        "Tổng Bí thư", "Bí thư", "Phó Bí thư", "Thường trực Ban Bí thư", "Ủy viên", "Ủy viên Bộ Chính trị",
        "Ủy viên Ban Bí thư", "Ủy viên Trung ương Đảng", "Ủy viên dự khuyết", "Trưởng Ban", "Phó Trưởng Ban", "Trưởng ban", "Phó trưởng ban",
        "Chủ nhiệm", "Phó Chủ nhiệm", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Bí thư thứ nhất",
        // State
        "Chủ tịch", "Phó Chủ tịch", "Chủ tịch nước", "Phó Chủ tịch nước", "Tổng Thư ký", "Phó Tổng Thư ký",
        "Đại biểu Quốc hội", "Đại biểu", "Trưởng Đoàn", "Phó Trưởng Đoàn", "Trưởng đoàn", "Chánh án", "Phó Chánh án",
        "Viện trưởng", "Phó Viện trưởng", "Tổng Kiểm toán", "Phó Tổng Kiểm toán",
        // Government
        "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Thống đốc", "Phó Thống đốc", "Tổng Thanh tra",
        "Phó Tổng Thanh tra", "Tổng cục trưởng", "Phó Tổng cục trưởng", "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng",
        "Phó Vụ trưởng", "Người phát ngôn", "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Đặc phái viên", "Trưởng đại diện",
        "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Chủ tịch Hội đồng quản trị", "Trưởng phòng",
        "Phó Trưởng phòng", "Hiệu trưởng", "Phó Hiệu trưởng", "Trưởng khoa", "Tổng biên tập", "Phó Tổng biên tập",
        "Trưởng Công an", "Chánh Thanh tra", "Thanh tra", "Tổng Thư ký Liên Hợp Quốc",
        // Military and police
        "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
        "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy",
        "Tổng Tham mưu trưởng", "Tham mưu trưởng", "Chỉ huy trưởng", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
        // Academic, honours, religion
        "GS", "PGS", "TS", "ThS", "BS", "KTS", "LS", "NSND", "NSƯT", "NGND", "NGƯT", "GS.TS", "PGS.TS", "GS.TSKH",
        "TS.", "ThS.", "BS.", "GS.", "PGS.", "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ", "Bác sĩ", "Luật sư",
        "Kiến trúc sư", "Nghệ sĩ Nhân dân", "Nghệ sĩ Ưu tú", "Nhà giáo Nhân dân", "Nhà giáo Ưu tú", "Anh hùng Lao động",
        "Anh hùng Lực lượng vũ trang nhân dân", "Mẹ Việt Nam Anh hùng", "Hòa thượng", "Thượng tọa", "Đại đức", "Linh mục",
        "Giám mục", "Tổng Giám mục", "Hồng y", "Pháp chủ",
        // Foreign
        "Tổng thống", "Phó Tổng thống", "Quốc vương", "Nhà vua", "Hoàng hậu", "Nữ hoàng", "Thái tử", "Công chúa",
        "Hoàng tử", "Ngoại trưởng", "Giáo hoàng", "Thủ hiến", "Thị trưởng", "Thống đốc bang", "Toàn quyền",
        "Chủ tịch Quốc hội", "Chủ tịch Thượng viện", "Chủ tịch Hạ viện", "Thượng nghị sĩ", "Hạ nghị sĩ", "Nghị sĩ",
        "Đại sứ đặc mệnh toàn quyền", "Tổng Giám đốc điều hành", "Chủ tịch kiêm Tổng Giám đốc",
    ]

    static let countries = [
        "Việt Nam", "Trung Quốc", "Mỹ", "Hoa Kỳ", "Nga", "Liên bang Nga", "Pháp", "Anh", "Vương quốc Anh", "Đức",
        "Nhật Bản", "Nhật", "Hàn Quốc", "Triều Tiên", "Lào", "Campuchia", "Thái Lan", "Singapore", "Malaysia",
        "Indonesia", "Philippines", "Myanmar", "Brunei", "Ấn Độ", "Australia", "Úc", "New Zealand", "Canada", "Cuba",
        "Venezuela", "Brazil", "Argentina", "Mexico", "Chile", "Peru", "Colombia", "Italy", "Italia", "Tây Ban Nha",
        "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Phần Lan", "Đan Mạch", "Ba Lan", "Séc",
        "Cộng hòa Séc", "Hungary", "Áo", "Ukraine", "Belarus", "Israel", "Palestine", "Iran", "Iraq", "Syria",
        "Ai Cập", "Nam Phi", "Thổ Nhĩ Kỳ", "Saudi Arabia", "Ả Rập Xê-út", "UAE", "Qatar", "Kuwait", "Mông Cổ",
        "Kazakhstan", "Uzbekistan", "Bangladesh", "Pakistan", "Sri Lanka", "Nepal", "Timor-Leste", "Đông Timor",
        "Nigeria", "Kenya", "Ethiopia", "Angola", "Mozambique", "Algeria", "Morocco", "Ma-rốc", "Hy Lạp", "Romania",
        "Bulgaria", "Serbia", "Slovakia", "Slovenia", "Croatia", "Ireland", "Scotland", "Đài Loan", "Hồng Kông",
        "Ma Cao", "Vatican", "Lebanon", "Jordan", "Libya", "Tunisia", "Sudan", "Nam Sudan", "Afghanistan", "Bhutan",
        "Maldives", "Fiji", "Papua New Guinea", "Estonia", "Latvia", "Lithuania", "Luxembourg", "Iceland", "Azerbaijan",
        "Armenia", "Gruzia", "Georgia", "Mông Cổ", "Nicaragua", "Panama", "Costa Rica", "Uruguay", "Paraguay", "Bolivia",
        "Ecuador", "Guatemala", "Honduras", "El Salvador", "Jamaica", "Haiti", "Senegal", "Ghana", "Tanzania", "Uganda",
        "Zimbabwe", "Zambia", "Namibia", "Botswana", "Madagascar", "Mali", "Niger", "Cameroon", "Congo",
    ]

    static let cities = [
        "Bắc Kinh", "Thượng Hải", "Washington", "New York", "Moscow", "Mát-xcơ-va", "Tokyo", "Seoul", "Paris",
        "London", "Berlin", "Bangkok", "Vientiane", "Viêng Chăn", "Phnom Penh", "Jakarta", "Manila", "Canberra",
        "Sydney", "Geneva", "Brussels", "Kuala Lumpur", "New Delhi", "Havana", "Ottawa", "Rome", "Madrid",
        "Sài Gòn", "Huế", "Nha Trang", "Vũng Tàu", "Đà Lạt", "Hạ Long", "Hội An", "Phú Quốc", "Biên Hòa", "Vinh",
        "Buôn Ma Thuột", "Pleiku", "Quy Nhơn", "Phan Thiết", "Rạch Giá", "Mỹ Tho", "Thủ Đức", "Trường Sa", "Hoàng Sa",
        "Tây Nguyên", "Tây Bắc", "Đông Nam Bộ", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Đồng bằng sông Cửu Long", "Biển Đông",
        "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Đông Nam Á", "Trung Đông", "Thái Bình Dương", "Ấn Độ Dương",
        "Điện Biên Phủ", "Ba Đình", "Hoàn Kiếm", "Sa Pa", "Côn Đảo", "Mỹ Sơn",
    ]

    /// International bodies and national institutions that sit between a title and a name.
    static let bodies = [
        "Liên Hợp Quốc", "Liên hợp quốc", "LHQ", "ASEAN", "EU", "Liên minh châu Âu", "NATO", "WHO", "WTO", "APEC",
        "IMF", "UNESCO", "UNICEF", "Ngân hàng Thế giới", "WB", "ADB", "G7", "G20", "BRICS", "FAO", "ILO", "IAEA",
        "Quốc hội", "Chính phủ", "Nhà nước", "Đảng", "Trung ương", "Mặt trận Tổ quốc", "Bộ Chính trị", "Ban Bí thư",
        "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Quận ủy", "Đảng ủy", "Ủy ban", "Ban", "Bộ", "Sở", "Cục", "Vụ", "Viện",
        "Học viện", "Đại học", "Tòa án", "Tổng cục", "Tập đoàn", "Tổng công ty", "Ngân hàng", "Hội", "Hội đồng",
        "Văn phòng", "Báo", "Đài", "Thông tấn xã Việt Nam", "TTXVN", "VTV", "VOV",
    ]

    /// Words standing right before a capitalised run that make it a place, street, school, company, prize or institution.
    static let markers = [
        "tỉnh", "thành phố", "TP", "TP.", "Tp", "Tp.", "TPHCM", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "phố",
        "đường", "ngõ", "ngách", "hẻm", "làng", "thôn", "ấp", "bản", "khu", "khu phố", "tổ dân phố", "sông", "núi", "đèo",
        "cầu", "chợ", "hồ", "đảo", "vịnh", "cảng", "sân bay", "ga", "bến", "đại lộ", "quảng trường", "công viên",
        "trường", "Trường", "THPT", "THCS", "tiểu học", "mầm non", "đại học", "Đại học", "học viện", "Học viện",
        "công ty", "Công ty", "Tập đoàn", "tập đoàn", "doanh nghiệp", "nhà máy", "khách sạn", "nhà hàng", "siêu thị",
        "giải thưởng", "Giải thưởng", "giải", "Giải", "quỹ", "Quỹ", "học bổng", "bảo tàng", "Bảo tàng", "lăng", "Lăng",
        "đền", "chùa", "nhà thờ", "đình", "miếu", "khu di tích", "di tích", "tượng đài", "nhà tưởng niệm",
        "bệnh viện", "Bệnh viện", "BV", "tàu", "chiến dịch", "Chiến dịch", "tư tưởng", "Tư tưởng", "đoàn", "Đoàn",
        "Thanh niên Cộng sản", "thành", "kinh đô", "Cộng sản", "mang tên", "tên", "Huân chương", "huân chương",
        "Nhà văn hóa", "nhà văn hóa", "Nhà hát", "nhà hát", "rạp", "sân vận động", "SVĐ", "phim", "sách", "cuốn",
        "tác phẩm", "chương trình", "Cúp", "cúp", "dự án", "Dự án", "khu đô thị", "chung cư", "tòa nhà", "hội trường",
        "Hội trường", "Cung", "cung", "phòng", "lớp", "trại", "xóm", "đội", "câu lạc bộ", "CLB", "hãng", "thương hiệu",
    ]

    static let stopWords = [
        "cho biết", "cho rằng", "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "chủ trì", "dự", "tham dự", "đã",
        "đang", "sẽ", "tiếp", "hội kiến", "hội đàm", "gặp", "thăm", "đến", "tới", "trao", "tặng", "nói", "chia sẻ",
        "yêu cầu", "chỉ đạo", "thay mặt", "cùng", "và", "với", "là", "được", "có", "tại", "trong", "khi", "đọc",
        "kiêm", "trình bày", "điều hành", "báo cáo", "ký", "nêu", "yêu cầu", "gửi", "làm việc", "đón", "tiếp đón", "hoan nghênh", "cảm ơn", "trả lời", "nhận", "khai mạc", "bế mạc", "vừa", "mới", "từng", "đề xuất", "thông báo", "tuyên bố", "công bố", "lên", "về", "ra", "của", "bày tỏ", "đánh giá", "lưu ý", "chúc mừng",
    ]

    static let builtInAliases = [
        ("Bác Hồ", "Hồ Chí Minh"), ("Hồ Chủ tịch", "Hồ Chí Minh"), ("Chủ tịch Hồ Chí Minh", "Hồ Chí Minh"),
    ]
}
