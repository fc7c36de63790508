import Testing
@testable import Annals

/// Captions without a credit, and credits of other shapes, each on sentences written for the test.
@Suite struct CaptionRuleTests {
    func article(_ text: String) -> Article { ingest(text).article }

    /// Two long paragraphs for the neighbours of a line under test.
    static let before = "Phát biểu tại buổi lễ, ông Trần Văn Hòa, Giám đốc Sở Văn hóa tỉnh cho biết năm nay tỉnh đón hơn hai triệu lượt khách và doanh thu du lịch tăng gấp đôi."
    static let after = "Theo kế hoạch, trong năm tỉnh sẽ tổ chức nhiều sự kiện văn hóa, thể thao để thu hút du khách trong và ngoài nước đến với các di tích của địa phương."

    @Test func ownLineCaptionBetweenParagraphs() {
        let a = article("Tỉnh khai mạc lễ hội mùa xuân\nSáng 2/3, tỉnh khai mạc lễ hội mùa xuân tại quảng trường trung tâm với hàng nghìn người tham dự.\n\(Self.before)\nÔng Trần Văn Hòa, Giám đốc Sở Văn hóa tỉnh phát biểu tại lễ khai mạc.\n\(Self.after)\nMinh Châu")
        #expect(a.captions == ["Ông Trần Văn Hòa, Giám đốc Sở Văn hóa tỉnh phát biểu tại lễ khai mạc."])
        // A caption naming a book or a theme in quotes is still a caption.
        let b = article("Sách mới\nSáng 2/3, nhà xuất bản giới thiệu bộ sách mới cho học sinh lớp 3 với nhiều thay đổi về nội dung và hình thức.\n\(Self.before)\nBìa cuốn \"Tiếng Việt 3\" của bộ sách mới.\n\(Self.after)")
        #expect(b.captions == ["Bìa cuốn \"Tiếng Việt 3\" của bộ sách mới."])
    }

    @Test func shortLinesThatAreTextStayText() {
        // A connective, reported speech, a plan, a statement with "là", a date, a short neighbour: text.
        for line in ["Đồng thời tỉnh cũng đẩy mạnh quảng bá hình ảnh của địa phương ra thế giới.",
                     "Ông Hòa cho biết tỉnh đón thêm nhiều đoàn khách quốc tế.",
                     "Tỉnh sẽ mở thêm ba tuyến du lịch mới trong năm tới.",
                     "Đây là lần thứ năm lễ hội được tổ chức tại quảng trường.",
                     "Lễ hội kéo dài đến hết ngày 15/3 với nhiều hoạt động.",
                     "Lễ hội năm nay có nhiều hoạt động mới: hội chợ, thả đèn, đua thuyền.",
                     "Ông Hòa cũng gửi lời cảm ơn tới các đoàn khách đã đến với tỉnh.",
                     "Giám đốc Sở xúc động cảm ơn các nghệ nhân đã gìn giữ lễ hội.",
                     "Toàn tỉnh có 12.000 hộ làm du lịch cộng đồng ở các bản làng.",
                     "Tham dự lễ khai mạc có ông Lê Văn Phong, Phó Chủ tịch UBND tỉnh.",
                     "Tiếp và làm việc với đoàn có bà Đỗ Thị Hạnh, Giám đốc Sở Du lịch."] {
            #expect(!CaptionRules.isOwnLineCaption(line, previous: Self.before, next: Self.after), "\(line)")
        }
        #expect(!CaptionRules.isOwnLineCaption("Ông Trần Văn Hòa phát biểu tại lễ khai mạc.", previous: "Ngắn.", next: Self.after))
        #expect(!CaptionRules.isOwnLineCaption("Bà Lê Thị Mai (Sinh năm 1980), giáo viên Trường THCS Hòa Bình.", previous: Self.before, next: Self.after))
    }

    @Test func sceneOpenersMakeCaptions() {
        let blocks = CaptionRules.split("Chiều 5/4, Bộ trưởng tiếp đoàn đại biểu tỉnh bạn. Toàn cảnh buổi tiếp. Hai bên trao đổi về hợp tác.", title: "Bộ trưởng tiếp đoàn", isLead: true, lexicon: testLexicon)
        #expect(blocks == [.paragraph("Chiều 5/4, Bộ trưởng tiếp đoàn đại biểu tỉnh bạn."), .caption("Toàn cảnh buổi tiếp."), .paragraph("Hai bên trao đổi về hợp tác.")])
        let a = article("Khánh thành nhà văn hóa\n\nSáng 3/2, xã khánh thành nhà văn hóa mới.\n\nQuang cảnh nhà văn hóa mới được khánh thành sáng mùng 3 Tết\n\nNhà văn hóa có sức chứa 300 người.")
        #expect(a.captions == ["Quang cảnh nhà văn hóa mới được khánh thành sáng mùng 3 Tết"])
    }

    @Test func aSentenceRepeatingTheTitleInsideAParagraphIsACaption() {
        let title = "Chủ tịch tỉnh tiếp Đại sứ Nhật Bản"
        let blocks = CaptionRules.split("Hai bên trao đổi về đầu tư. Chủ tịch tỉnh tiếp Đại sứ Nhật Bản. Đại sứ cảm ơn tỉnh.", title: title, isLead: false, lexicon: testLexicon)
        #expect(blocks == [.paragraph("Hai bên trao đổi về đầu tư."), .caption("Chủ tịch tỉnh tiếp Đại sứ Nhật Bản."), .paragraph("Đại sứ cảm ơn tỉnh.")])
        // Alone on its line it is a heading, not a caption.
        #expect(CaptionRules.split("Chủ tịch tỉnh tiếp Đại sứ Nhật Bản.", title: title, isLead: false, lexicon: testLexicon) == [.paragraph("Chủ tịch tỉnh tiếp Đại sứ Nhật Bản.")])
    }

    @Test func galleryRunsPrintedTwiceAreKeptOnceAsCaptions() {
        let lead = "Sáng 8/3, bảo tàng mở phòng trưng bày mới về phụ nữ Việt Nam."
        let run = "Chiếc áo dài của bà Lê Thị Hoa năm 1975. Áo được gia đình tặng bảo tàng."
        let p = "\(lead) \(run) \(run) \(run) Phòng trưng bày mở cửa hằng ngày."
        #expect(CaptionRules.mayRepeatSentences(p))
        #expect(!CaptionRules.mayRepeatSentences("\(lead) \(run) Phòng trưng bày mở cửa hằng ngày."))
        #expect(CaptionRules.split(p, title: "Trưng bày", isLead: true, lexicon: testLexicon)
            == [.paragraph(lead), .caption(run), .paragraph("Phòng trưng bày mở cửa hằng ngày.")])
        // The lead printed twice stays text, once.
        #expect(CaptionRules.split("\(lead) \(lead) Phòng mở cửa hằng ngày.", title: "Trưng bày", isLead: true, lexicon: testLexicon)
            == [.paragraph("\(lead) Phòng mở cửa hằng ngày.")])
    }

    @Test func creditsOfOtherShapes() {
        // A credit after a dash, in capitals, glued to the next sentence.
        #expect(Captions.splitInline("Trong ảnh: các đại biểu bỏ phiếu - Ảnh TTXVN Như vậy đại hội đã hoàn thành việc bầu cử.", lexicon: testLexicon).first
            == .caption("Trong ảnh: các đại biểu bỏ phiếu - Ảnh TTXVN"))
        // A note on the photo with its credit, after the caption sentence.
        #expect(Captions.splitInline("Người dân xếp hàng làm thủ tục tại trụ sở. Ảnh chụp sáng 2-4 Ảnh: T.LAN Sáng 2-4, sở đã họp báo.", lexicon: testLexicon)
            == [.caption("Người dân xếp hàng làm thủ tục tại trụ sở. Ảnh chụp sáng 2-4 Ảnh: T.LAN"), .paragraph("Sáng 2-4, sở đã họp báo.")])
        // Without a colon, the agency, a slash and the photographer: a credit ("Ảnh VGP/Minh Hà").
        #expect(Captions.isCaptionLine("Phó Thủ tướng làm việc với lãnh đạo Bộ. Ảnh VGP/Minh Hà"))
        #expect(!Captions.isCaptionLine("Phó Thủ tướng làm việc với lãnh đạo Bộ. Ảnh hưởng của dịch còn lớn"))
        // "- Nguồn ảnh:" and a site's address or an agency, glued to the next sentence.
        #expect(Captions.splitInline("Bộ trưởng thăm khu di tích (huyện 2) - Nguồn ảnh: Tintuc.vn Tại đây, đoàn dâng hương. Bộ trưởng thăm nhà trưng bày - - Nguồn ảnh: VTV Sau đó, đoàn làm việc với tỉnh.", lexicon: testLexicon)
            == [.caption("Bộ trưởng thăm khu di tích (huyện 2) - Nguồn ảnh: Tintuc.vn"), .paragraph("Tại đây, đoàn dâng hương."),
                .caption("Bộ trưởng thăm nhà trưng bày - - Nguồn ảnh: VTV"), .paragraph("Sau đó, đoàn làm việc với tỉnh.")])
        // A clip's caption carries "(Video: …)".
        #expect(Captions.splitInline("Hội chợ mở cửa sáng nay. Bộ trưởng cắt băng khai mạc hội chợ (Video: Minh Khôi). Hội chợ kéo dài năm ngày.", lexicon: testLexicon)
            == [.paragraph("Hội chợ mở cửa sáng nay."), .caption("Bộ trưởng cắt băng khai mạc hội chợ (Video: Minh Khôi)."), .paragraph("Hội chợ kéo dài năm ngày.")])
        // "(video …)" without a colon is a note in the text.
        #expect(!Captions.isCaptionLine("Nước ngập sâu ảnh hưởng việc đi lại. Nhiều xe chết máy (video do bạn đọc cung cấp)."))
    }

    @Test func aFiguresCaptionOfSeveralSentences() {
        let before = "Lũ lên nhanh trong đêm ở các xã ven sông."
        let after = "Chính quyền đã sơ tán hơn hai trăm hộ dân."
        // A map's name, then what it shows, before the credit: one caption of two or three sentences.
        let map = "Bản đồ vùng ngập tại tỉnh Quảng Nam ngày 3/11. Phần màu xanh là nơi nước dâng. Các chấm đỏ là điểm sạt lở"
        #expect(Captions.splitInline("\(before) \(map) (Ảnh: Ban chỉ huy). \(after)", lexicon: testLexicon)
            == [.paragraph(before), .caption("\(map) (Ảnh: Ban chỉ huy)."), .paragraph(after)])
        let chart = "Biểu đồ lượng mưa ở Huế trong tuần. Mưa lớn nhất vào thứ Năm."
        #expect(Captions.splitInline("\(before) \(chart) Ảnh: Đài khí tượng. \(after)", lexicon: testLexicon)
            == [.paragraph(before), .caption("\(chart) Ảnh: Đài khí tượng."), .paragraph(after)])
        // Without a figure's name the credit marks no start: the caption is the sentence it ends.
        #expect(Captions.splitInline("\(before) Nước dâng ở xã Điện Hồng. Người dân chèo xuồng đi chợ (Ảnh: Lê Hoa). \(after)", lexicon: testLexicon)
            == [.paragraph("\(before) Nước dâng ở xã Điện Hồng."), .caption("Người dân chèo xuồng đi chợ (Ảnh: Lê Hoa)."), .paragraph(after)])
        // A figure's name three sentences back, or a caption over 70 words, is not taken.
        let three = "Bản đồ vùng ngập ngày 3/11. Phần màu xanh là nơi nước dâng. Các chấm đỏ là điểm sạt lở. Đường vàng là đê"
        #expect(Captions.splitInline("\(three) (Ảnh: Ban chỉ huy).", lexicon: testLexicon).first
            == .paragraph("Bản đồ vùng ngập ngày 3/11. Phần màu xanh là nơi nước dâng. Các chấm đỏ là điểm sạt lở."))
        let name = "Bản đồ vùng ngập tại các huyện Đại Lộc, Duy Xuyên, Quế Sơn và thị xã Điện Bàn của tỉnh Quảng Nam ngày 3/11."
        let long = "Phần màu xanh là nơi " + Array(repeating: "nước dâng cao", count: 15).joined(separator: " ") + " (Ảnh: Ban chỉ huy)."
        #expect(Captions.splitInline("\(name) \(long)", lexicon: testLexicon) == [.paragraph(name), .caption(long)])
        // A figure's name that says something of it is a sentence of the text, as is what follows it.
        for prose in ["Bản đồ quy hoạch mới được Sở Xây dựng công bố hôm qua.", "Biểu đồ giá vàng cho thấy xu hướng tăng trong tuần.",
                      "Bản đồ số hóa giúp người dân tra cứu quy hoạch dễ dàng hơn.", "Ảnh vệ tinh do hãng Maxar cung cấp rất rõ nét."] {
            #expect(Captions.splitInline("\(prose) Người dân xếp hàng làm thủ tục (Ảnh: Lê Hoa). \(after)", lexicon: testLexicon)
                == [.paragraph(prose), .caption("Người dân xếp hàng làm thủ tục (Ảnh: Lê Hoa)."), .paragraph(after)], "\(prose)")
        }
    }

    /// Sentences of a page whose lines the scraper joined into one paragraph of 1,200 bytes or more.
    static let joinedPage = [
        "Sáng nay, tại trụ sở Ủy ban nhân dân tỉnh, lãnh đạo tỉnh đã có buổi làm việc với đoàn công tác của Bộ Kế hoạch và Đầu tư về tình hình thực hiện kế hoạch năm.",
        "Theo báo cáo, tốc độ tăng trưởng kinh tế của tỉnh trong chín tháng đầu năm ước đạt hơn bảy phần trăm, cao hơn mức bình quân chung của cả vùng.",
        "Thu ngân sách trên địa bàn đạt khá, nhiều dự án hạ tầng giao thông quan trọng đã được khởi công và đang được đẩy nhanh tiến độ thi công.",
        "Tuy vậy, việc giải ngân vốn đầu tư công vẫn còn chậm, công tác giải phóng mặt bằng ở một số dự án còn gặp nhiều khó khăn, vướng mắc kéo dài.",
        "Lãnh đạo tỉnh kiến nghị Bộ sớm tham mưu cho Chính phủ tháo gỡ các vướng mắc về thủ tục đầu tư, bố trí thêm vốn cho các công trình trọng điểm.",
        "Đoàn công tác ghi nhận những kết quả tỉnh đã đạt được và cho biết sẽ tổng hợp đầy đủ các kiến nghị để báo cáo cấp có thẩm quyền xem xét.",
        "Dịp này, đoàn cũng đi thăm một số dự án trọng điểm.",
    ].joined(separator: " ")

    /// `CaptionRules.split` of `p` at the end of `joinedPage`, with the page's sentences taken off again.
    static func onAJoinedPage(_ p: String, title: String) -> [Block] {
        #expect(CaptionRules.isJoinedPage(joinedPage))
        var blocks = CaptionRules.split(joinedPage + " " + p, title: title, isLead: false, lexicon: testLexicon)
        guard case .paragraph(let first) = blocks.first, first.hasPrefix(joinedPage) else { return blocks }
        let rest = first.dropFirst(joinedPage.count).drop(while: { $0 == " " })
        if rest.isEmpty { blocks.removeFirst() } else { blocks[0] = .paragraph(String(rest)) }
        return blocks
    }

    @Test func aLineRunOnIntoTheNextSentenceIsCutThere() {
        func split(_ p: String) -> [Block] { Self.onAJoinedPage(p, title: "Thủ tướng tiếp Chủ tịch Thượng viện nước bạn") }
        // A paragraph of a page that kept its lines is not looked at: its captions are lines of their own.
        let short = "Hai bên trao đổi về hợp tác. Thủ tướng Trần Văn Khải tiếp Chủ tịch Thượng viện Maria Lopez Tại buổi tiếp, Thủ tướng chúc mừng nước bạn."
        #expect(CaptionRules.split(short, title: "Thủ tướng tiếp khách", isLead: false, lexicon: testLexicon) == [.paragraph(short)])
        // A caption whose stop was dropped: a person after the title it opens with, or a position in the picture.
        #expect(split("Hai bên trao đổi về hợp tác. Thủ tướng Trần Văn Khải (bên phải) đón Chủ tịch Thượng viện nước bạn Với quan hệ gắn bó, hai nước hợp tác nhiều mặt.")
            == [.paragraph("Hai bên trao đổi về hợp tác."), .caption("Thủ tướng Trần Văn Khải (bên phải) đón Chủ tịch Thượng viện nước bạn"),
                .paragraph("Với quan hệ gắn bó, hai nước hợp tác nhiều mặt.")])
        #expect(split("Thủ tướng Trần Văn Khải tiếp Chủ tịch Thượng viện Maria Lopez Tại buổi tiếp, Thủ tướng chúc mừng nước bạn.")
            == [.caption("Thủ tướng Trần Văn Khải tiếp Chủ tịch Thượng viện Maria Lopez"), .paragraph("Tại buổi tiếp, Thủ tướng chúc mừng nước bạn.")])
        #expect(split("Múa lân chào mừng tại lễ khánh thành Ngoài ra, tỉnh tổ chức hội thi ẩm thực.")
            == [.caption("Múa lân chào mừng tại lễ khánh thành"), .paragraph("Ngoài ra, tỉnh tổ chức hội thi ẩm thực.")])
        // A heading run on: a paragraph of its own, not a caption.
        #expect(split("Hai bên ký ba văn kiện. Mở rộng hợp tác giáo dục và y tế Tại cuộc hội đàm, hai bên nhất trí tăng trao đổi đoàn.")
            == [.paragraph("Hai bên ký ba văn kiện."), .paragraph("Mở rộng hợp tác giáo dục và y tế"),
                .paragraph("Tại cuộc hội đàm, hai bên nhất trí tăng trao đổi đoàn.")])
        // A caption run into a sentence that reports what was said, opening with a bare title and its verb.
        #expect(split("Chủ tịch nước Trần Văn Khải hội kiến Thủ tướng nước bạn Maria Lopez Chủ tịch đề nghị Chính phủ hai nước hợp tác chặt chẽ.")
            == [.caption("Chủ tịch nước Trần Văn Khải hội kiến Thủ tướng nước bạn Maria Lopez"),
                .paragraph("Chủ tịch đề nghị Chính phủ hai nước hợp tác chặt chẽ.")])
        // Not cut before a reported sentence: no one doing something before it (an opening phrase with no comma,
        // a clause's subject, a name in apposition, a second title), or someone doing something but the line
        // ending with a word of a longer title ("… và Phó" before "Bí thư đề nghị") or of a clause ("được").
        for p in ["Đoàn tới dự Phó Thủ tướng đề nghị hai bên mở rộng hợp tác.",
                  "Chủ tịch nước Trần Văn Khải tiếp đoàn công tác của tỉnh và Phó Bí thư đề nghị hai bên hợp tác.",
                  "Chủ tịch nước Trần Văn Khải tiếp đoàn công tác được Thủ tướng đánh giá cao.",
                  "Phát biểu tại hội nghị Thủ tướng yêu cầu các bộ khẩn trương hoàn thiện hồ sơ.",
                  "Kết quả hợp tác tại hội nghị lần này được Thủ tướng đánh giá cao.",
                  "Ông Nguyễn Văn Nam Chủ tịch cho biết công ty sẽ mở rộng sản xuất.",
                  "Ông Lê Hoàng Anh Trưởng đoàn Việt Nam Đại sứ cho biết hai bên sẽ tăng cường hợp tác.",
                  "Chủ tịch nước Trần Văn Khải tiếp đoàn công tác của Ban Bí thư yêu cầu các cấp quan tâm."] {
            #expect(split(p) == [.paragraph(p)], "\(p)")
        }
        // A title alone before the opener: not a caption, and no crash on a line of the title's words only.
        #expect(split("Hai bên trao đổi nhiều vấn đề. Ủy viên Bộ Chính trị Tại buổi tiếp, hai bên nhất trí hợp tác.")
            == [.paragraph("Hai bên trao đổi nhiều vấn đề."), .paragraph("Ủy viên Bộ Chính trị"), .paragraph("Tại buổi tiếp, hai bên nhất trí hợp tác.")])
        // Not cut: a statement ("là", "đã"); an opener before a name ("Với Bác Hồ"); "Với" opening a song's name;
        // "Đồng", "Sinh" ending a name or a place ("Phạm Văn Đồng thời gian", "Lâm Đồng thời gian"), which cut
        // only with a comma ("Đồng thời,"); an opener after a dash.
        for p in ["Nước bạn là đối tác quan trọng của tỉnh Tại buổi tiếp, hai bên trao đổi nhiều vấn đề.",
                  "Thủ tướng Trần Văn Khải đã tiếp Chủ tịch Thượng viện nước bạn Tại buổi tiếp, hai bên trao đổi.",
                  "Đoàn học sinh hát bài ca ngợi quê hương Với Bác Hồ kính yêu trong buổi lễ.",
                  "Ca sĩ Trần Thu Hà biểu diễn ca khúc Với quê hương tôi trong đêm nhạc.",
                  "Tuyến đường Phạm Văn Đồng thời gian gần đây thường xuyên ùn tắc vào giờ cao điểm.",
                  "Ngành du lịch tỉnh Lâm Đồng thời gian qua phục hồi mạnh.",
                  "Gia đình ông Nguyễn Văn Sinh thời gian qua luôn đi đầu trong phong trào hiến đất.",
                  "Đêm nhạc Khúc ca quê hương – Với sự góp mặt của nhiều nghệ sĩ, đêm nhạc thu hút khán giả.",
                  // A paragraph let in by its opener keeps a cry said twice: runs are collapsed only where printed twice.
                  "Các em đọc bài thơ Với Bác Hồ kính yêu. Cả hội trường hô vang. Muôn năm! Muôn năm! Ban tổ chức trao quà."] {
            #expect(split(p) == [.paragraph(p)], "\(p)")
        }
    }

    @Test func aSceneSaidAsCaptionsSayItIsACaption() {
        func split(_ p: String) -> [Block] { Self.onAJoinedPage(p, title: "Lễ trao giải báo chí") }
        func ownLine(_ line: String) -> Bool { CaptionRules.isSceneLine(line, previous: Self.before, next: Self.after, lexicon: testLexicon) }
        // A line that is the sentence alone, between lines of text; not in a list of such lines or after "như sau.".
        let scene = "Chủ tịch nước Trần Văn Khải phát biểu tại buổi lễ."
        #expect(ownLine(scene))
        #expect(!CaptionRules.isSceneLine(scene, previous: "Chương trình buổi lễ diễn ra như sau.", next: Self.after, lexicon: testLexicon))
        #expect(!CaptionRules.isSceneLine(scene, previous: "Chương trình buổi lễ gồm ba phần chính.", next: Self.after, lexicon: testLexicon))
        #expect(CaptionRules.isSceneLine(scene, previous: "Báo chí đồng hành cùng đất nước", next: Self.after, lexicon: testLexicon))
        #expect(!CaptionRules.isSceneLine(scene, previous: Self.before, next: "Bộ trưởng Lê Thị Hoa trao bằng tốt nghiệp cho các tân kỹ sư.", lexicon: testLexicon))
        // A group photo of an event's participants.
        #expect(ownLine("Các đại biểu chụp ảnh lưu niệm."))
        #expect(!ownLine("Sau buổi lễ, các đại biểu đã chụp ảnh lưu niệm."))
        // A story's people taking pictures: not an event's group photo.
        #expect(!ownLine("Nhiều du khách dừng lại chụp ảnh lưu niệm bên cây cầu cổ."))
        #expect(!ownLine("Các em học sinh rất thích chụp ảnh chung với chú bộ đội."))
        // A vote in the assembly's hall is a group scene too, in a joined page as on a line of its own.
        let vote = "Các đại biểu Quốc hội bấm nút biểu quyết thông qua Luật Thư viện."
        #expect(split("Quốc hội họp phiên bế mạc. \(vote) Luật có hiệu lực từ đầu năm sau.")
            == [.paragraph("Quốc hội họp phiên bế mạc."), .caption(vote), .paragraph("Luật có hiệu lực từ đầu năm sau.")])
        #expect(ownLine("ĐBQH bấm nút thông qua luật."))
        #expect(!ownLine("Sau đó, các đại biểu bấm nút biểu quyết."))
        #expect(!ownLine("Các đại biểu đã bấm nút biểu quyết thông qua luật."))
        #expect(!ownLine("Nhiều người bấm nút thang máy liên tục."))
        // A prize's winners, the sentence ending with its grade, its subject plural participants.
        let winners = "Các tác giả và nhóm tác giả đạt giải B."
        #expect(split("Buổi lễ kết thúc tốt đẹp. \(winners) Năm nay có nhiều tác phẩm hay.")
            == [.paragraph("Buổi lễ kết thúc tốt đẹp."), .caption(winners), .paragraph("Năm nay có nhiều tác phẩm hay.")])
        // Not: a results list, one named winner (a family name "Đoàn" is not a delegation), a verb phrase as the
        // subject of prose, any button pressed.
        for text in ["Các tác giả đạt giải năm nay đến từ nhiều tỉnh thành.", "Nhiều bạn đọc nhận giải A.",
                     "Đoàn Ca múa Quân khu 9 đạt giải A. Đoàn Cải lương Hậu Giang đạt giải B.", "Vận động viên Lê Thị Oanh đoạt giải Nhất.",
                     "Đoàn Thị Hương đạt giải Nhất.", "Trao tặng học bổng góp phần động viên học sinh nghèo vượt khó.",
                     "Ký kết hiệp định thương mại mở ra nhiều cơ hội cho doanh nghiệp.", "Ký kết hợp đồng xong thì dự án mới được khởi công.",
                     "Kế toán công ty bấm nút chuyển khoản cho kẻ lừa đảo.", "Đoàn kiểm tra bấm nút thử chuông báo cháy ở các tầng."] {
            let p = "Buổi lễ kết thúc tốt đẹp. \(text) Năm nay có nhiều tác phẩm hay."
            #expect(split(p) == [.paragraph(p)], "\(text)")
        }
        // A story's sentences: an idiom ("bắt tay vào", "bắt tay với"), "Anh" for anyone, a purpose, a habit, a year.
        for line in ["Ông Nguyễn Văn Hải bắt tay vào nghề mộc từ khi còn nhỏ.",
                     "Bà Trần Thị Mai bắt tay với chính quyền xã mở lớp dạy nghề.",
                     "Anh Nguyễn Văn Tùng tặng hoa cho bố mẹ.",
                     "Ông Trần Văn Minh chụp ảnh những sản phẩm đẹp nhất.",
                     "Bà Lê Thị Hoa tặng hoa cho mỗi học sinh giỏi.",
                     "Chủ tịch nước Tôn Văn Lâm trao tặng Huân chương Lao động cho nhà trường năm 1974."] {
            #expect(!CaptionRules.isSceneLine(line, previous: Self.before, next: Self.after, lexicon: testLexicon), "\(line)")
        }
        #expect(split("Buổi lễ diễn ra trang trọng. Chủ tịch nước Trần Văn Khải phát biểu tại buổi lễ. Ban tổ chức trao 95 giải.")
            == [.paragraph("Buổi lễ diễn ra trang trọng."), .caption("Chủ tịch nước Trần Văn Khải phát biểu tại buổi lễ."), .paragraph("Ban tổ chức trao 95 giải.")])
        #expect(split("Bộ trưởng Bộ Y tế Lê Thị Hoa (phải) tặng hoa chúc mừng các y bác sĩ.")
            == [.caption("Bộ trưởng Bộ Y tế Lê Thị Hoa (phải) tặng hoa chúc mừng các y bác sĩ.")])
        // Prose: a statement word, more after a comma, no name before the verb, the verb later in the sentence.
        for p in ["Chủ tịch nước Trần Văn Khải đã phát biểu tại buổi lễ.",
                  "Chủ tịch nước Trần Văn Khải phát biểu tại buổi lễ, nhấn mạnh vai trò của báo chí.",
                  "Chủ tịch nước phát biểu tại buổi lễ.",
                  "Phó Chủ tịch tỉnh Lê Văn Phong dự và phát biểu tại lễ ký kết."] {
            #expect(split(p) == [.paragraph(p)], "\(p)")
        }
    }

    @Test func aTitleAndANameOnALineOfTheirOwnIsAPortraitsCaption() {
        let text = "Phát biểu tại hội nghị, Phó Thủ tướng Trần Văn Khải đánh giá cao kết quả của ngành trong năm học vừa qua."
        let heading = "Ngành giáo dục cần đổi mới mạnh mẽ hơn"
        #expect(CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải", previous: text, next: heading, lexicon: testLexicon))
        // In a list of names, after a heading, with a colon (a speaker), with more than a name, or naming someone
        // the text before has not named (a profile's heading): not a caption.
        #expect(!CaptionRules.isPortraitCaption("Thượng tá Lê Minh Tuấn", previous: text, next: heading, lexicon: testLexicon))
        // A signature after a letter ending with the name; a profile's heading before "Sinh năm …".
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải", previous: "Chúc các thầy cô giáo mạnh khỏe và thành công. Phó Thủ tướng Trần Văn Khải.", next: heading, lexicon: testLexicon))
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải", previous: text, next: "Sinh năm 1965 tại Nghệ An, ông từng giữ nhiều cương vị.", lexicon: testLexicon))
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng làm việc với tỉnh Hà Tĩnh", previous: text + " Đoàn đến tỉnh Hà Tĩnh và làm việc với tỉnh.", next: heading, lexicon: testLexicon))
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải", previous: text, next: "Bộ trưởng Lê Thị Hoa", lexicon: testLexicon))
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải", previous: heading, next: text, lexicon: testLexicon))
        // The line before names him but has no stop (a heading): not a caption.
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải", previous: String(text.dropLast()), next: heading, lexicon: testLexicon))
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải:", previous: text, next: heading, lexicon: testLexicon))
        #expect(!CaptionRules.isPortraitCaption("Phó Thủ tướng Trần Văn Khải phát biểu", previous: text, next: heading, lexicon: testLexicon))
        let a = article("Hội nghị tổng kết năm học\nSáng 5/8, Bộ tổ chức hội nghị tổng kết năm học tại Hà Nội.\n\(text)\nPhó Thủ tướng Trần Văn Khải\n\(heading)\nNăm tới, ngành sẽ tập trung vào chương trình mới và đào tạo giáo viên.")
        #expect(a.captions == ["Phó Thủ tướng Trần Văn Khải"])
    }

    @Test func anInitialIsNotTheEndOfASentence() {
        #expect(Sentences.split("Tổng thống B. Kowalski phát biểu. Hai bên ký kết.") == ["Tổng thống B. Kowalski phát biểu.", "Hai bên ký kết."])
        // A grade's letter after its noun ends the sentence: "đạt giải A.", "đứng đầu bảng C.".
        #expect(Sentences.split("Ba tác phẩm đạt giải A. Lễ trao giải diễn ra tối qua.") == ["Ba tác phẩm đạt giải A.", "Lễ trao giải diễn ra tối qua."])
        #expect(Sentences.splitByCharacters("Đội nhà đứng đầu bảng C. Trận tới gặp Thái Lan.") == ["Đội nhà đứng đầu bảng C.", "Trận tới gặp Thái Lan."])
        // A grade is a letter from A to E: "giải V. League" is a name's initial.
        #expect(Sentences.split("Hai đội gặp nhau ở giải V. League tối qua.") == ["Hai đội gặp nhau ở giải V. League tối qua."])
    }

    @Test func aSceneCaptionGluedToTheTitleIsSplitOff() {
        let a = article("Khai mạc hội nghị thượng đỉnh khu vực Quang cảnh hội nghị. Ảnh: Văn Bình (NLĐO)-Sáng nay 2-3 tại Hà Nội, hội nghị đã chính thức khai mạc với sự tham dự của nhiều đoàn.")
        #expect(a.title == "Khai mạc hội nghị thượng đỉnh khu vực")
        #expect(a.captions == ["Quang cảnh hội nghị. Ảnh: Văn Bình"])
    }
}
