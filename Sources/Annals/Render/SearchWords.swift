import Foundation

/// Common Vietnamese words that the search index's document files write as a short code (`~` and one or
/// two `SearchCode` digits, the word and the space after it): a syllable of news text is 4 to 8 bytes
/// with its space, and these make up a third or more of it. The list is fixed (a site's own list would
/// change with its text, and every document file with it); `search/index.js` carries it (`w`), so the
/// script always reads the files with the list they were written with.
///
/// Code `~X` with X among the first 48 digits is word X; `~YZ` with Y among the last 16 is word
/// 48 + 64 (Y − 48) + Z; `~!` is a `~` of the text.
enum SearchWords {
    static let single = 48
    static let capacity = 48 + 16 * 64

    /// Most frequent first; the first 48 get one digit.
    static let list: [String] = {
        let text = """
        của và các có được trong là cho những với không người này đã một năm đến tại để về khi từ theo
        ra cũng nhiều như sẽ đó làm phải hơn việc nhà nước công động hội tác triển phát kinh tế xã chính
        quốc đồng thành

        đang vào nhằm trên sau trước giữa qua bị lại rất nên mà hay hoặc còn chỉ đều vẫn chưa đây nay nào
        mỗi mọi cả tất toàn bộ phần số nhất hai ba bốn sáu bảy tám mười trăm nghìn triệu tỷ ngày tháng
        tuần giờ lần thời gian kỳ đầu cuối mới lớn nhỏ cao tốt nhanh mạnh rõ cùng chung thêm tiếp tục
        tiến hiện tổ chức đạo lãnh cán đảng viên quan cơ sở địa phương tỉnh huyện thị trung ương ủy ban
        nhân dân đại biểu chủ tịch phó thủ tướng trưởng bí thư định nghị quyết luật pháp quy hoạch kế án
        dự đầu tư doanh sản xuất lao giáo dục y văn hóa thông tin truyền báo chí an ninh phòng quân đội
        biên giới hợp ngoại giao bảo vệ môi trường đất nông nghiệp thương mại dịch vụ tài ngân sách thu
        chi vốn giá xây dựng đường hạ tầng khu vực vùng miền điều kiện khó khăn kết quả hiệu chất lượng
        nâng đẩy tăng cường phối khai yêu cầu đề cáo tình hình nhiệm mục tiêu giải trình phong trào thi
        đua cải cách thủ tục hành đổi huy góp ý gia họp buổi lễ trao tặng khen thưởng đoàn ông bà anh chị
        em học sinh viện nghiên cứu khoa kỹ thuật nghệ chuyển sáng tạo đời sống hỗ trợ hiểm thập nghèo bền
        vững tiềm năng lợi thế hội thách trách quản lý kiểm tra giám sát xử vi phạm cấp ngành lĩnh đơn
        hệ mạng lưới hoạt sự tham dự cải tạo đây đó nơi cùng vừa lên xuống nhau cần chủ trương biết
        đánh giá đạt tổng hợp tích cực đông đảo phục vụ khách du lịch sức khỏe bệnh cứu hộ nạn thiên tai
        lũ mưa bão dịch tiêm phát hiện bắt giữ điều tra vụ án tòa xét xử tội lừa đảo ma túy cháy nổ tai
        giao thông xe ô tô máy bay tàu cảng sân nước ngoài hàng hóa xuất nhập khẩu giá trị tỷ đồng
        trị trọng quan tâm đồng thời tuy nhiên bên cạnh ngoài ra vì do nhưng nếu vậy thế nào tại sao
        đúng sai thật sau khi trong khi đến nay hiện nay vào lúc lúc ở đi về tới bằng

        Các Trong Theo Ông Bà Tại Sau Đây Đó Với Để Khi Từ Về Việt Nam Hà Nội Hồ Chí Minh Đảng Nhà Nước Ủy
        Ban Nhân Dân Trung Ương Chủ Tịch Thủ Tướng Phó Tổng Bí Thư Bộ Sở Tỉnh UBND HĐND Quốc Hội Chính
        Phủ Thành Phố Mặt Trận Tổ Đại Nghị Quyết TP Ảnh Những Một Năm Ngày Tháng Đến Là Có Được Này Đồng
        Công An Giám Đốc Phòng Viện Trường Học Kinh Tế Xã Văn Hóa Du Lịch Y Giáo Dục Tài Ngân Hàng Thương
        Mại Nông Nghiệp Phát Triển Bảo Hiểm Lao Động Cục Vụ Quân Khu Đoàn Thanh Niên Liên Hiệp Phụ Nữ
        Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Lý Văn Thị Hữu Đức Hải Hùng Tuấn
        Long Sơn Thủy Hương Lan Anh Hà Bắc Tây Đông Cần Thơ Giang Phú Yên Định Lâm Tiền Kiên Bình Ninh
        Quảng Trị Đà Nẵng Khánh Hòa Thái Nguyên Lào Cai Điện Biên Lai Châu La Tĩnh Nghệ Thừa Thiên Huế
        Ngãi Kon Tum Gia Đắk Lắk Nông Phước Vĩnh Trà Bến Tre Cà Mau Bạc Liêu Sóc Trăng Hưng Hải Dương
        Quang Tuyên Cao Lạng Hậu Đồng Tháp Bà Rịa Vũng Tàu Cần Hồng Mạnh Tiến Dũng Cường Trung Quân Xuân
        Phúc Thắng Lợi Hiếu Trọng Chính Thịnh Hoa Mai Hạnh Ngọc Kim Thu Hằng Nga Phương Tâm Tú Vinh Toàn
        """
        var seen = Set<String>(), out: [String] = []
        for w in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = String(w).precomposedStringWithCanonicalMapping
            if seen.insert(word).inserted { out.append(word) }
        }
        return Array(out.prefix(capacity))
    }()

    /// Open addressing from a word's bytes to its number (-1: none), and the words' bytes end to end
    /// (word `n` is `bytes[start[n]..<start[n + 1]]`): read on every word of every text, so not arrays.
    private static let mask = 4095
    nonisolated(unsafe) private static let numbers: UnsafeMutablePointer<Int32> = {
        let t = UnsafeMutablePointer<Int32>.allocate(capacity: mask + 1)
        t.initialize(repeating: -1, count: mask + 1)
        for n in list.indices {
            var i = Int(truncatingIfNeeded: hash(bytes, Int(start[n]), Int(start[n + 1]))) & mask
            while t[i] >= 0 { i = (i + 1) & mask }
            t[i] = Int32(n)
        }
        return t
    }()
    nonisolated(unsafe) private static let bytes: UnsafeMutablePointer<UInt8> = {
        let all = list.flatMap { Array($0.utf8) }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: all.count)
        p.initialize(from: all, count: all.count)
        return p
    }()
    nonisolated(unsafe) private static let start: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: list.count + 1)
        var at: Int32 = 0
        for (n, w) in list.enumerated() { p[n] = at; at += Int32(w.utf8.count) }
        p[list.count] = at
        return p
    }()

    @inline(__always) private static func hash(_ b: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h = SearchTerms.offset
        for i in from..<to { h = (h ^ UInt64(b[i])) &* SearchTerms.prime }
        return h
    }

    /// The three tables in one value, read once by a caller that looks up many words (each read of a
    /// static checks that it was made: three checks a word cost more than the look-up).
    struct Tables {
        let numbers: UnsafeMutablePointer<Int32>, bytes: UnsafeMutablePointer<UInt8>, start: UnsafeMutablePointer<Int32>
    }
    nonisolated(unsafe) static let tables = Tables(numbers: numbers, bytes: bytes, start: start)

    /// The number of the word `b[from..<to]`, if it is one of the list.
    @inline(__always) static func number(_ b: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ t: Tables = tables) -> Int? {
        guard to - from >= 2, to - from <= 12 else { return nil }
        let numbers = t.numbers, bytes = t.bytes, start = t.start
        var i = Int(truncatingIfNeeded: hash(b, from, to)) & mask
        while true {
            let n = Int(numbers[i])
            if n < 0 { return nil }
            let at = Int(start[n])
            if Int(start[n + 1]) - at == to - from, memcmp(bytes + at, b + from, to - from) == 0 { return n }
            i = (i + 1) & mask
        }
    }

    @inline(__always) private static func wordByte(_ c: UInt8) -> Bool {
        c >= 0x80 || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }

    /// Appends `b[from..<to]`, bytes that stand in a JSON string as they are and begin at the start of a word
    /// or after a byte that is not part of one: each listed word followed by a space as its code, `~` as `~!`.
    static func append(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to s: ByteSink) {
        let t = tables, digits = SearchCode.digits
        var i = from
        while i < to {
            let c = b[i]
            if !wordByte(c) {
                if c == 0x7E { s.append(0x7E); s.append(0x21) } else { s.append(c) }
                i += 1
                continue
            }
            var j = i + 1
            while j < to, wordByte(b[j]) { j += 1 }
            if j < to, b[j] == 0x20, let n = number(b.baseAddress!, i, j, t) {
                s.append(0x7E)
                if n < single { s.append(digits[n]) } else {
                    s.append(digits[single + (n - single) >> 6]); s.append(digits[(n - single) & 63])
                }
                i = j + 1
            } else {
                s.append(UnsafeBufferPointer(rebasing: b[i..<j]))
                i = j
            }
        }
    }
}
