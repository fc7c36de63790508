/// The word and phrase tables the generator composes articles from. Written for this benchmark:
/// the register of Vietnamese official news (meetings, visits, reports), not sentences from any corpus.
enum Vocab {
    // MARK: Names

    /// Family names with a share close to the population's: Nguyễn about 31 %, Trần 10 %, Lê 9 % …
    static let familyNames: [(String, Double)] = [
        ("Nguyễn", 31.0), ("Trần", 10.5), ("Lê", 9.0), ("Phạm", 6.5), ("Hoàng", 4.5), ("Huỳnh", 2.0),
        ("Phan", 4.0), ("Vũ", 3.5), ("Võ", 2.5), ("Đặng", 2.0), ("Bùi", 2.0), ("Đỗ", 1.5), ("Hồ", 1.3),
        ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.6), ("Trương", 1.0), ("Đinh", 1.0), ("Mai", 0.7), ("Lương", 0.6),
        ("Đào", 0.7), ("Cao", 0.6), ("Hà", 0.7), ("Lâm", 0.5), ("Tạ", 0.4), ("Chu", 0.4), ("Thái", 0.3),
        ("Quách", 0.2), ("Kiều", 0.2), ("Tô", 0.3), ("Triệu", 0.3), ("Lưu", 0.3), ("Giang", 0.2), ("Văn", 0.2),
        ("Khuất", 0.1), ("Nông", 0.3), ("Hầu", 0.1), ("Lò", 0.2), ("Sùng", 0.1), ("Giàng", 0.1), ("Y", 0.05),
        ("Tôn Thất", 0.1), ("Âu Dương", 0.05), ("Thân", 0.1), ("Lại", 0.2), ("Doãn", 0.1), ("Mạc", 0.1),
        ("Tăng", 0.1), ("Vương", 0.2), ("Phùng", 0.3), ("La", 0.1), ("Diệp", 0.1), ("Kim", 0.1),
    ]

    static let maleMiddle: [(String, Double)] = [
        ("Văn", 20), ("Minh", 7), ("Quốc", 6), ("Đức", 6), ("Hữu", 5), ("Thanh", 5), ("Công", 4), ("Xuân", 4),
        ("Hoàng", 3), ("Anh", 2), ("Ngọc", 3), ("Duy", 2), ("Trọng", 3), ("Đình", 4), ("Quang", 4), ("Tiến", 2),
        ("Hồng", 2), ("Mạnh", 2), ("Bá", 2), ("Viết", 1), ("Huy", 2), ("Khắc", 1), ("Thế", 2), ("Tuấn", 1),
        ("Chí", 2), ("Tấn", 2), ("Phú", 1), ("Hải", 2), ("Trung", 2), ("Kim", 1), ("Gia", 1), ("Sỹ", 1),
        ("Thành", 2), ("Nam", 1), ("Vĩnh", 1), ("Nhật", 1),
    ]
    static let femaleMiddle: [(String, Double)] = [
        ("Thị", 45), ("Thu", 5), ("Ngọc", 5), ("Thanh", 5), ("Kim", 3), ("Hồng", 4), ("Mỹ", 2), ("Phương", 2),
        ("Thùy", 2), ("Bích", 2), ("Minh", 3), ("Lan", 1), ("Hải", 2), ("Diệu", 1), ("Quỳnh", 1), ("Khánh", 1),
        ("Tuyết", 1), ("Hoài", 1), ("Thúy", 1), ("Xuân", 1),
    ]
    /// A second middle syllable after "Thị" and the like: "Lê Thị Hồng Vân".
    static let femaleSecondMiddle = ["Hồng", "Thu", "Bích", "Kim", "Thanh", "Ngọc", "Mỹ", "Thúy", "Minh", "Phương", "Lan", "Hải", "Thùy", "Quỳnh"]
    static let maleSecondMiddle = ["Minh", "Quang", "Đức", "Hoàng", "Thanh", "Xuân", "Anh", "Hải", "Trung", "Ngọc"]

    static let maleGiven = [
        "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Sơn", "Thắng", "Long", "Nam", "Trung", "Phúc", "Quang", "Bình",
        "Cường", "Hòa", "Thành", "Khoa", "Tâm", "Hiếu", "Đạt", "Huy", "Kiên", "Lâm", "Lực", "Mạnh", "Nghĩa", "Phong",
        "Quân", "Tài", "Thái", "Thanh", "Thịnh", "Tiến", "Toàn", "Trí", "Tùng", "Việt", "Vinh", "Vũ", "Xuân",
        "Bảo", "Chiến", "Công", "Cương", "Danh", "Đông", "Đức", "Giang", "Hiển", "Hoàng", "Hưng", "Khải", "Khang",
        "Lợi", "Luân", "Ngọc", "Nhân", "Pháp", "Quyết", "Sáng", "Tân", "Thạch", "Thọ", "Thông", "Thuận", "Tín",
        "Trọng", "Tuệ", "Tường", "Uy", "Văn", "Vượng", "An", "Chính", "Định", "Hậu", "Hiệp", "Hoan", "Kha", "Ninh",
        "Phương", "Quý", "Sỹ", "Thiện", "Triều", "Dương", "Hào", "Khôi", "Lộc", "Nguyên",
    ]
    static let femaleGiven = [
        "Lan", "Hương", "Mai", "Hoa", "Hà", "Linh", "Trang", "Vân", "Nga", "Thảo", "Hạnh", "Hằng", "Yến", "Loan",
        "Thủy", "Huyền", "Liên", "Dung", "Phượng", "Tuyết", "Nhung", "Oanh", "Quyên", "Chi", "Giang", "Hiền",
        "Hòa", "Lệ", "Ly", "My", "Nguyệt", "Nhàn", "Phương", "Thanh", "Thoa", "Thúy", "Trinh", "Uyên", "Vy",
        "Xuân", "Anh", "Bình", "Diệp", "Duyên", "Hải", "Hậu", "Khánh", "Lụa", "Mến", "Ngân", "Ngọc", "Nhi", "Quế",
        "Sen", "Tâm", "Thắm", "Thơ", "Trâm", "Tú", "Vui",
    ]

    /// Pen names for bylines: two syllables, as Vietnamese papers print them.
    static let authors = [
        "Văn Hùng", "Hoàn Vũ", "Mai Anh", "Đức Trung", "Thu Trang", "Minh Khang", "Thanh Tâm", "Hữu Thắng", "Hồng Nhung",
        "Bảo Ngọc", "Hoàng Long", "Thanh Nhã", "Quốc Đạt", "Lan Phương", "Ngọc Hà", "Việt Cường", "Phương Thảo",
        "Duy Linh", "Trà My", "Khánh Huyền", "Minh Đức", "Thùy Dương", "Quang Vinh", "Hải Yến", "Tuấn Anh", "Kim Chi",
        "Xuân Tùng", "Thế Công", "Diệu Linh", "Anh Thư", "Hà Phương", "Trọng Tín", "Gia Huy", "Mỹ Lệ", "Đình Nam",
        "Tường Vi", "Thanh Hải", "Ngọc Tú", "Hoài Thu", "Vân Khánh",
    ]
    static let agencies = ["TTXVN", "VNA", "TTXVN/Vietnam+", "VOV", "QĐND", "Nhân Dân", "Chính phủ"]

    // MARK: Places and bodies

    /// Provinces and centrally-run cities: (name, is a city).
    static let provinces: [(String, Bool)] = [
        ("Hà Nội", true), ("Hồ Chí Minh", true), ("Hải Phòng", true), ("Đà Nẵng", true), ("Cần Thơ", true),
        ("Nghệ An", false), ("Thanh Hóa", false), ("Quảng Ninh", false), ("Bắc Ninh", false), ("Hải Dương", false),
        ("Hưng Yên", false), ("Thái Bình", false), ("Nam Định", false), ("Ninh Bình", false), ("Hà Nam", false),
        ("Vĩnh Phúc", false), ("Phú Thọ", false), ("Thái Nguyên", false), ("Bắc Giang", false), ("Lạng Sơn", false),
        ("Cao Bằng", false), ("Hà Giang", false), ("Tuyên Quang", false), ("Yên Bái", false), ("Lào Cai", false),
        ("Lai Châu", false), ("Điện Biên", false), ("Sơn La", false), ("Hòa Bình", false), ("Hà Tĩnh", false),
        ("Quảng Bình", false), ("Quảng Trị", false), ("Thừa Thiên Huế", false), ("Quảng Nam", false),
        ("Quảng Ngãi", false), ("Bình Định", false), ("Phú Yên", false), ("Khánh Hòa", false), ("Ninh Thuận", false),
        ("Bình Thuận", false), ("Kon Tum", false), ("Gia Lai", false), ("Đắk Lắk", false), ("Đắk Nông", false),
        ("Lâm Đồng", false), ("Bình Phước", false), ("Tây Ninh", false), ("Bình Dương", false), ("Đồng Nai", false),
        ("Bà Rịa - Vũng Tàu", false), ("Long An", false), ("Tiền Giang", false), ("Bến Tre", false), ("Trà Vinh", false),
        ("Vĩnh Long", false), ("Đồng Tháp", false), ("An Giang", false), ("Kiên Giang", false), ("Hậu Giang", false),
        ("Sóc Trăng", false), ("Bạc Liêu", false), ("Cà Mau", false), ("Bắc Kạn", false),
    ]

    static let ministries = [
        "Bộ Tài chính", "Bộ Y tế", "Bộ Ngoại giao", "Bộ Công Thương", "Bộ Giáo dục và Đào tạo",
        "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Bộ Xây dựng",
        "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Tài nguyên và Môi trường",
        "Bộ Quốc phòng", "Bộ Công an",
    ]
    static let centralBoards = [
        "Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương", "Ban Tổ chức Trung ương", "Ban Kinh tế Trung ương",
        "Ban Nội chính Trung ương", "Ban Đối ngoại Trung ương",
    ]
    static let nationalBodies = [
        "Tổng Liên đoàn Lao động Việt Nam", "Hội Nông dân Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam",
        "Hội Cựu chiến binh Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phòng Thương mại và Công nghiệp Việt Nam",
    ]
    static let corporations = [
        "Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội",
        "Tổng công ty Đường sắt Việt Nam", "Tập đoàn Bưu chính Viễn thông Việt Nam", "Tổng công ty Hàng không Việt Nam",
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
    ]
    static let universities = [
        "Trường Đại học Bách khoa Hà Nội", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP Hồ Chí Minh",
        "Trường Đại học Y Hà Nội", "Học viện Chính trị quốc gia Hồ Chí Minh", "Trường Đại học Kinh tế Quốc dân",
        "Trường Đại học Cần Thơ", "Đại học Huế", "Đại học Đà Nẵng", "Học viện Ngoại giao",
    ]
    /// Provincial departments ("Sở …").
    static let departments = [
        "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Kế hoạch và Đầu tư",
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng", "Sở Giao thông vận tải",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
        "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Ngoại vụ",
    ]
    static let countries = [
        "Lào", "Campuchia", "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Singapore", "Thái Lan", "Indonesia", "Malaysia",
        "Australia", "Pháp", "Đức", "Cuba", "Ấn Độ", "Liên bang Nga", "Hoa Kỳ", "Canada", "Italy", "Hà Lan", "Philippines",
    ]
    static let venues = [
        "Trụ sở Chính phủ", "Nhà Quốc hội", "Trung tâm Hội nghị quốc gia", "trụ sở Trung ương Đảng",
        "Phủ Chủ tịch", "Trung tâm Hội nghị tỉnh", "Hội trường UBND tỉnh", "trụ sở Tỉnh ủy",
        "Nhà Văn hóa trung tâm", "Cung Văn hóa Lao động", "trụ sở Bộ",
    ]

    // MARK: Party and rank prefixes

    static let partyRanks: [(String, Double)] = [
        ("Ủy viên Bộ Chính trị", 0.5), ("Bí thư Trung ương Đảng", 0.4), ("Ủy viên Trung ương Đảng", 3.0),
        ("Ủy viên dự khuyết Trung ương Đảng", 0.8), ("Ủy viên Ban Thường vụ Tỉnh ủy", 2.0),
    ]
    static let academicPrefixes = ["GS.TS", "PGS.TS", "TS", "ThS", "Thiếu tướng", "Đại tá", "Trung tướng", "NSND", "Nhà giáo Ưu tú"]

    // MARK: Articles

    /// Kinds of event: the noun for the event, how a title names it, the phrase a caption uses.
    struct Event {
        let noun: String            // "hội nghị"
        let titleHead: String       // "Hội nghị"
        let verb: String            // "tổ chức"
    }
    static let events = [
        Event(noun: "hội nghị", titleHead: "Hội nghị", verb: "tổ chức"),
        Event(noun: "hội thảo", titleHead: "Hội thảo", verb: "tổ chức"),
        Event(noun: "buổi làm việc", titleHead: "Đoàn công tác", verb: "làm việc với"),
        Event(noun: "lễ ký kết", titleHead: "Lễ ký kết", verb: "ký kết"),
        Event(noun: "buổi lễ", titleHead: "Lễ kỷ niệm", verb: "tổ chức"),
        Event(noun: "buổi tiếp", titleHead: "Tiếp", verb: "tiếp"),
        Event(noun: "diễn đàn", titleHead: "Diễn đàn", verb: "tổ chức"),
        Event(noun: "buổi gặp mặt", titleHead: "Gặp mặt", verb: "tổ chức"),
        Event(noun: "đại hội", titleHead: "Đại hội", verb: "tổ chức"),
        Event(noun: "chuyến thăm", titleHead: "Thăm", verb: "thăm"),
    ]

    /// Subjects of work ("công tác …"), used in titles and prose.
    static let topics = [
        "dân vận", "tuyên giáo", "kiểm tra, giám sát", "cải cách hành chính", "chuyển đổi số", "phòng, chống tham nhũng",
        "xây dựng nông thôn mới", "giảm nghèo bền vững", "bảo vệ môi trường", "phòng chống thiên tai",
        "an toàn giao thông", "thu hút đầu tư", "phát triển du lịch", "bảo hiểm xã hội", "đối ngoại nhân dân",
        "giáo dục nghề nghiệp", "chăm sóc sức khỏe nhân dân", "bảo tồn di sản văn hóa", "phát triển doanh nghiệp",
        "quản lý đất đai", "thi hành án dân sự", "phổ biến, giáo dục pháp luật", "xây dựng Đảng", "công tác cán bộ",
        "đền ơn đáp nghĩa", "phát triển kinh tế biển", "hợp tác quốc tế", "phòng cháy, chữa cháy",
        "khoa học và công nghệ", "an sinh xã hội", "phát triển hạ tầng giao thông", "thông tin đối ngoại",
        "quốc phòng toàn dân", "công tác dân tộc", "tín dụng chính sách", "phát triển nguồn nhân lực",
    ]
    static let titlePatterns = [
        "{Province} tổng kết công tác {topic} năm {year}",
        "Hội nghị tổng kết công tác {topic} năm {year} của {ProvinceBody}",
        "{ProvinceBody} triển khai nhiệm vụ {topic} năm {nextYear}",
        "{Province} đẩy mạnh {topic} giai đoạn {year}-{plus5}",
        "{Office} {Name} làm việc với {ProvinceBody} về {topic}",
        "Khai mạc {eventNoun} về {topic} tại {Province}",
        "{Office} {Name} tiếp {ForeignOffice} {Country}",
        "{Province} và {Country} tăng cường hợp tác về {topic}",
        "Sơ kết {n} năm thực hiện chương trình {topic} tại {Province}",
        "{Office} {Name} thăm, làm việc tại {Province}",
        "Nâng cao hiệu quả {topic} ở cơ sở",
        "Ký kết chương trình phối hợp về {topic} giữa {Body} và {ProvinceBody}",
        "{ProvinceBody} cho ý kiến vào đề án {topic}",
        "Tọa đàm {n} năm {topic}: kết quả và bài học kinh nghiệm",
        "Trao tặng {count} suất quà cho hộ nghèo tại {Province}",
        "{Province} ban hành kế hoạch {topic} năm {year}",
    ]
    static let foreignOffices = ["Đại sứ", "Bộ trưởng Ngoại giao", "Phó Thủ tướng", "Chủ tịch Quốc hội", "đoàn đại biểu", "Thống đốc"]

    static let partsOfDay = ["Sáng", "Chiều", "Tối", "Sáng", "Chiều", "Trưa"]
    static let weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]

    // MARK: Prose

    static let subjects = [
        "các sở, ngành", "chính quyền các cấp", "Ban Thường vụ Tỉnh ủy", "các địa phương", "toàn ngành",
        "cộng đồng doanh nghiệp", "đội ngũ cán bộ, đảng viên", "các cơ quan chức năng", "Mặt trận Tổ quốc các cấp",
        "lực lượng vũ trang tỉnh", "các tổ chức chính trị - xã hội", "hệ thống ngân hàng", "ngành giáo dục",
        "ngành y tế", "các huyện, thị xã", "các đơn vị trực thuộc", "Ủy ban nhân dân tỉnh", "các hội đoàn thể",
        "các bộ, ngành Trung ương", "đoàn viên, thanh niên", "hội viên nông dân", "người có uy tín trong đồng bào",
    ]
    static let verbs = [
        "tập trung triển khai", "chủ động nắm bắt", "đẩy mạnh", "tăng cường", "hoàn thành", "phối hợp tổ chức",
        "nâng cao hiệu quả", "quán triệt sâu sắc", "cụ thể hóa", "rà soát, đánh giá", "kịp thời tháo gỡ",
        "thực hiện nghiêm", "huy động nguồn lực cho", "đổi mới phương thức", "lãnh đạo, chỉ đạo thực hiện",
        "tạo chuyển biến rõ nét trong", "ưu tiên bố trí kinh phí cho", "xây dựng kế hoạch", "kiểm tra, đôn đốc",
        "tổng kết, nhân rộng", "đa dạng hóa hình thức", "nghiên cứu, đề xuất",
    ]
    static let objects = [
        "công tác tuyên truyền", "các chương trình mục tiêu quốc gia", "chuyển đổi số trong cơ quan nhà nước",
        "cải cách thủ tục hành chính", "các mô hình dân vận khéo", "việc giải ngân vốn đầu tư công",
        "các dự án trọng điểm", "công tác cán bộ", "chính sách đối với người có công", "phong trào thi đua yêu nước",
        "việc sắp xếp đơn vị hành chính", "các nhiệm vụ phát triển kinh tế - xã hội", "hoạt động xúc tiến thương mại",
        "công tác phòng, chống dịch bệnh", "hạ tầng số", "chất lượng nguồn nhân lực", "việc hỗ trợ doanh nghiệp nhỏ và vừa",
        "các giải pháp bảo đảm an sinh xã hội", "việc bảo vệ rừng đầu nguồn", "công tác giải quyết khiếu nại, tố cáo",
        "các thiết chế văn hóa cơ sở", "việc đào tạo nghề cho lao động nông thôn", "quan hệ hữu nghị truyền thống",
        "các thỏa thuận hợp tác đã ký kết", "công tác kiểm tra, giám sát", "chương trình mỗi xã một sản phẩm",
    ]
    static let adjuncts = [
        "trong thời gian tới", "ngay từ cơ sở", "theo đúng kế hoạch đề ra", "với nhiều kết quả tích cực",
        "một cách đồng bộ, hiệu quả", "trên địa bàn tỉnh", "trong những tháng cuối năm", "gắn với trách nhiệm người đứng đầu",
        "phù hợp với điều kiện thực tiễn", "sát với tình hình của từng địa phương", "bảo đảm công khai, minh bạch",
        "trong bối cảnh còn nhiều khó khăn", "theo tinh thần Nghị quyết của Đảng", "không để xảy ra điểm nóng",
        "với quyết tâm chính trị cao", "ở vùng sâu, vùng xa", "nhất là ở các xã biên giới", "trong giai đoạn mới",
    ]
    static let results = [
        "tăng {pct}% so với cùng kỳ năm trước", "đạt {pct}% kế hoạch năm", "với tổng kinh phí hơn {money} tỷ đồng",
        "thu hút hơn {thousands} lượt người tham gia", "giúp {count} hộ thoát nghèo", "với {count} mô hình được công nhận",
        "vượt {pct}% chỉ tiêu Nghị quyết", "hỗ trợ {count} doanh nghiệp", "giải quyết việc làm cho {thousands} lao động",
        "với {count} công trình được khánh thành", "xử lý dứt điểm {count} vụ việc tồn đọng",
    ]
    static let openers = [
        "Trong năm {year},", "Thời gian qua,", "Theo báo cáo,", "Bên cạnh đó,", "Tuy nhiên,", "Đáng chú ý,",
        "Cùng với đó,", "Từ đầu năm đến nay,", "Qua {n} năm thực hiện,", "Trong {n} tháng đầu năm {year},",
        "Giai đoạn {prevYear} - {year},", "Nhờ sự vào cuộc của cả hệ thống chính trị,", "Ngoài ra,", "Mặt khác,",
    ]
    static let difficulties = [
        "nguồn lực đầu tư còn hạn chế", "một số chỉ tiêu chưa đạt kế hoạch", "công tác phối hợp có lúc chưa chặt chẽ",
        "tiến độ giải phóng mặt bằng còn chậm", "đội ngũ cán bộ cơ sở còn thiếu và yếu", "thủ tục đầu tư còn vướng mắc",
        "thiên tai, dịch bệnh diễn biến phức tạp", "giá cả vật liệu xây dựng tăng cao", "hạ tầng vùng khó khăn còn thiếu đồng bộ",
    ]
    static let speechVerbs = ["nhấn mạnh", "cho biết", "khẳng định", "đề nghị", "yêu cầu", "lưu ý", "chia sẻ", "đánh giá cao"]
    static let speechIntros = [
        "Phát biểu tại {event},", "Phát biểu chỉ đạo,", "Phát biểu khai mạc,", "Phát biểu bế mạc,", "Kết luận {event},",
        "Tại {event},", "Trao đổi với phóng viên bên lề {event},", "Báo cáo tại {event},", "Tham luận tại {event},",
    ]
    static let attendanceIntros = [
        "Tham dự {event} có", "Cùng dự có", "Dự {event} có", "Tiếp và làm việc với đoàn có", "Tham dự còn có", "Cùng đi có",
    ]
    static let captionActions = [
        "phát biểu tại {event}", "phát biểu chỉ đạo {event}", "trao quà cho các hộ gia đình", "tặng hoa chúc mừng các đại biểu",
        "chủ trì {event}", "trao đổi với các đại biểu", "thăm khu trưng bày sản phẩm", "dâng hương tưởng niệm các anh hùng liệt sĩ",
    ]
    static let captionScenes = [
        "Quang cảnh {event}.", "Các đại biểu tham dự {event}.", "Toàn cảnh {event}.", "Các đại biểu chụp ảnh lưu niệm.",
        "Đại biểu biểu quyết thông qua nghị quyết.", "Lễ ký kết chương trình phối hợp.",
    ]
    static let sections = ["trong-nuoc", "chinh-tri", "xa-hoi", "kinh-te", "thoi-su", "van-hoa", "dia-phuong"]
    static let sourcePapers = ["Trà Vinh", "Nghệ An", "Quảng Ninh", "Bình Dương", "Hà Tĩnh", "Đồng Nai", "Lâm Đồng", "Cà Mau", "Gia Lai", "Thanh Hóa"]
    static let closingPhrases = [
        "Dịp này, {org} đã trao tặng {count} suất quà cho các gia đình chính sách trên địa bàn.",
        "Kết thúc {event}, các đại biểu đã thống nhất thông qua chương trình hành động năm {nextYear}.",
        "Nhân dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng.",
        "Cũng tại {event}, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn {year} - {plus5}.",
        "{Event} đã hoàn thành chương trình đề ra và bế mạc vào chiều cùng ngày.",
    ]
}
