import Foundation
import Testing
@testable import Annals

/// Layout, date, caption and byline rules of ingest, each on text written for the test.
@Suite struct IngestTests {
    func article(_ text: String) -> Article { ingest(text).article }

    // MARK: - Titles

    @Test func runOnTitleWithoutDash() {
        let a = article("Phát động cuộc thi tìm hiểu về Quốc hội (NLĐ) Sáng 24-3, tại Hà Nội, Ban Tuyên giáo đã phát động cuộc thi tìm hiểu về lịch sử Quốc hội năm 2005.")
        #expect(a.title == "Phát động cuộc thi tìm hiểu về Quốc hội")
        #expect(a.source == "NLĐ")
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 24, month: 3))
    }

    /// With the article's address in a header, a short line after the lead is its title only when the
    /// address was made from it: otherwise it is a subheading, and the lead stands in for the title.
    @Test func aSubheadingAfterTheLeadIsNoTitle() {
        let lead = "Thông tin trên được Sở Giao thông nêu trong báo cáo gửi Ủy ban nhân dân tỉnh về việc hỗ trợ kinh phí duy tu đường bộ."
        let sub = article("# url = https://news.example/kinh-doanh/so-giao-thong-de-nghi-ho-tro-kinh-phi-duy-tu-duong-bo-20210423.htm\n\(lead)\nVướng mắc về kinh phí\nSở cho biết nhiều tuyến đường đã xuống cấp.")
        #expect(sub.title.hasPrefix("Thông tin trên được Sở Giao thông"))
        #expect(sub.body.contains("Vướng mắc về kinh phí"))
        let titled = article("# url = https://news.example/kinh-doanh/so-giao-thong-de-nghi-ho-tro-kinh-phi-duy-tu-duong-bo-20210423.htm\n\(lead)\nSở Giao thông đề nghị hỗ trợ kinh phí duy tu đường bộ\nSở cho biết nhiều tuyến đường đã xuống cấp.")
        #expect(titled.title == "Sở Giao thông đề nghị hỗ trợ kinh phí duy tu đường bộ")
    }

    @Test func leadBeforeTitle() {
        let a = article("Sáng 12/5, sau ba ngày làm việc khẩn trương, Hội đồng nhân dân tỉnh đã bế mạc kỳ họp thứ 9 tại hội trường lớn của tỉnh.\n\nHội đồng nhân dân tỉnh bế mạc kỳ họp\n\nKỳ họp đã thông qua 12 nghị quyết trong năm 2019.")
        #expect(a.title == "Hội đồng nhân dân tỉnh bế mạc kỳ họp")
        #expect(a.partialDate == DayMonth(day: 12, month: 5))
    }

    @Test func missingTitleLineKeepsTheLeadInTheBody() {
        let text = "# doc_id = x\n# date = 20210301\nChiều 1/3, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bảy đã kiểm tra công tác phòng chống dịch tại các cửa khẩu của tỉnh.\nĐoàn đã làm việc với lực lượng biên phòng."
        let result = ingest(text)
        #expect(result.article.title == "Chiều 1/3, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bảy đã kiểm tra công tác phòng chống dịch tại các cửa khẩu của tỉnh")
        #expect(result.article.people == ["Nguyễn Văn Bảy"])
        #expect(result.article.body.contains("Chiều 1/3"))
        #expect(result.notes.contains { $0.kind == .noTitle })
    }

    @Test func titleGluedToTheBody() {
        let a = article("Tạm dừng nuôi gia cầm ở các quận nội thành Trong tuần qua, lực lượng thú y của thành phố đã kiểm tra hơn 200 hộ chăn nuôi và tiêu hủy gần 3.000 con gia cầm không rõ nguồn gốc.")
        #expect(a.title == "Tạm dừng nuôi gia cầm ở các quận nội thành")
        #expect(a.body.hasPrefix("Trong tuần qua"))
    }

    @Test func peopleComeFromTheBodyNotTheTitle() {
        let a = article("Công ty Minh Long ra mắt sản phẩm mới\n\nSáng nay, Giám đốc Lê Văn Toàn giới thiệu sản phẩm.")
        #expect(a.people == ["Lê Văn Toàn"])
    }

    @Test func captionBetweenTitleAndAgency() {
        let a = article("Bệnh viện tỉnh đón nhận danh hiệu Anh hùng Lao động Phó Thủ tướng Trần Văn Khiêm trao danh hiệu cho bệnh viện (NLĐ)- Sáng 10-10, tại Hà Nội, lễ đón nhận diễn ra trọng thể trong năm 2004.")
        #expect(a.title == "Bệnh viện tỉnh đón nhận danh hiệu Anh hùng Lao động")
        #expect(a.captions == ["Phó Thủ tướng Trần Văn Khiêm trao danh hiệu cho bệnh viện"])
        #expect(a.people == ["Trần Văn Khiêm"])
    }

    /// A list of names under a heading about streets names streets, not people; the same list under
    /// another heading is people.
    @Test func streetNameListsAreNotPeople() {
        let list = "Lê Văn Quý, Đặng Thị Hoa, Trịnh Minh Khải, Phùng Văn Lợi, Võ Thị Hằng, Mai Xuân Lộc."
        let streets = article("Tiêu đề\n\nÔng Ngô Văn Tường, Chủ tịch UBND huyện, ký quyết định.\n\n15 tên đường mới ở thị trấn\n\n" + list)
        #expect(streets.people == ["Ngô Văn Tường"])
        #expect(streets.body.contains("Trịnh Minh Khải"))
        let inline = article("Tiêu đề\n\nHuyện đặt tên cho các tuyến đường sau: " + list)
        #expect(inline.people.isEmpty)
        let delegates = article("Tiêu đề\n\nDanh sách đoàn đại biểu dự hội nghị\n\n" + list)
        #expect(delegates.people.count == 6)
    }

    /// "Caption. (Ảnh: X) Next sentence": the credit in brackets after the caption's stop belongs to that
    /// sentence, which becomes the caption (not the credit alone); "(Nguồn: …)" counts as a credit too.
    @Test func bracketedCreditAfterTheStopMakesTheSentenceBeforeACaption() {
        let a = article("Tiêu đề\n\nĐoàn đến Hà Nội chiều qua.\nBộ trưởng Lê Văn Phúc đón đoàn tại sân bay. (Ảnh: Minh Tâm/TTXVN) Sau đó, hai bên hội đàm. Hai bên nhất trí tăng cường hợp tác. Lãnh đạo hai nước chụp ảnh chung. (Nguồn: VGP) Cuộc hội đàm kết thúc tốt đẹp.")
        #expect(a.captions == ["Bộ trưởng Lê Văn Phúc đón đoàn tại sân bay. (Ảnh: Minh Tâm/TTXVN)", "Lãnh đạo hai nước chụp ảnh chung. (Nguồn: VGP)"])
        #expect(a.body.contains("Sau đó, hai bên hội đàm. Hai bên nhất trí tăng cường hợp tác."))
        #expect(a.body.contains("Cuộc hội đàm kết thúc tốt đẹp."))
    }

    /// A bracket of the caption ("(trái)") before the agency's is passed over; the caption after an
    /// acronym opens with "Ông" and a name.
    @Test func runOnTitleWithACaptionBracketBeforeTheAgency() {
        let a = article("Hai nước đẩy mạnh hợp tác trong khuôn khổ ASEAN Ông Đỗ Văn Lâm, Thứ trưởng Bộ Công Thương (phải) (NLĐ)- Sáng 5-6, tại Hà Nội, hội nghị về thương mại khu vực đã khai mạc với sự tham dự của nhiều đoàn.")
        #expect(a.title == "Hai nước đẩy mạnh hợp tác trong khuôn khổ ASEAN")
        #expect(a.source == "NLĐ")
        #expect(a.captions == ["Ông Đỗ Văn Lâm, Thứ trưởng Bộ Công Thương (phải)"])
        #expect(a.partialDate == DayMonth(day: 5, month: 6))
    }

    /// The photographer's name ends before a capital that opens the next sentence ("Học viện …"), and a
    /// sentence ending in "(Đồ họa: X)" is a caption.
    @Test func creditNamesEndWhereTheNextSentenceStarts() {
        let a = article("Tiêu đề\n\nSáng 3/3, hai bên đàm phán. Ông Lê Văn Tâm, tân Hiệu trưởng Trường Đại học Vinh. Ảnh:Minh Đức Học viện này được thành lập năm 1959. Các nước vùng Baltic nằm gần Bắc Cực (Đồ họa: Bản Đồ Việt). Hai bên nhất trí hợp tác.")
        #expect(a.captions == ["Ông Lê Văn Tâm, tân Hiệu trưởng Trường Đại học Vinh. Ảnh:Minh Đức", "Các nước vùng Baltic nằm gần Bắc Cực (Đồ họa: Bản Đồ Việt)."])
        #expect(a.body.contains("Học viện này được thành lập năm 1959."))
    }

    // MARK: - Dates

    /// A lead that opens with a historical date: the story's first paragraph gives the article's day.
    @Test func afterAHistoricalLeadTheStoryGivesTheDate() {
        let a = article("Kỷ niệm ngày thành lập chiến khu\nNgày 20/8/1946, đội du kích đầu tiên của huyện ra đời.\nKỷ niệm 70 năm ngày thành lập (20/8/1946 - 20/8/2016), tối 19/8 tại huyện đã diễn ra lễ mít tinh.")
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 19, month: 8))
    }

    /// A story's first sentence that dates a visit by a span of days only ("từ ngày 25-26/5"): the next
    /// sentence's day is the story's. A span alone dates nothing.
    @Test func afterASpanOfDaysTheNextSentenceGivesTheDay() {
        let long = "Nhận lời mời của Bộ trưởng Ngoại giao nước bạn Antonio Sousa Lima, Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Lê Văn Minh đã có chuyến thăm chính thức nước bạn"
        let a = article("Phó Thủ tướng thăm nước bạn\n\nHai nước coi trọng quan hệ hữu nghị truyền thống.\n\n\(long) từ ngày 25-26/5. Trong khuôn khổ chuyến thăm, ngày 25/5 (giờ địa phương), Phó Thủ tướng đã hội kiến Chủ tịch Quốc hội.")
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 25, month: 5))
        let span = article("Phó Thủ tướng thăm nước bạn\n\nHai nước coi trọng quan hệ hữu nghị truyền thống.\n\n\(long) từ ngày 25-26/5. Hai bên đã ký nhiều văn kiện hợp tác quan trọng.")
        #expect(span.partialDate == nil)
    }

    /// With no date in the lead or the story's first paragraph, "Cùng ngày 14-5" (the same day) names the
    /// story's day wherever it stands.
    @Test func theSameDayAnywhereDatesAnArticleWithoutALeadDate() {
        let a = article("Tiêu đề\n\nThủ tướng vừa ký quyết định kỷ luật hai cán bộ.\n\nTrước đó, Bộ Nội vụ đã có báo cáo.\n\nCùng ngày 14-5, Thủ tướng ký thêm hai quyết định khác.")
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 14, month: 5))
    }

    /// With no date in the lead, the first day and month after it dates the story when a sentence opens
    /// with it and a comma. None when it stands inside a sentence (a closing session), after a year outside
    /// a span, a charge or a look back, or in a plan, a habit, a deadline or a walk through days.
    @Test func theFirstSentenceThatOpensWithADayDatesAnArticleWithoutALeadDate() {
        func partial(_ third: String) -> DayMonth? {
            article("Tiêu đề\n\nHội đồng vừa họp bàn kế hoạch xuất bản.\n\nBộ sách gồm nhiều tập.\n\n\(third)").partialDate
        }
        #expect(partial("Các tập đã in xong. Chiều 12-4, hội đồng thông qua danh mục.") == DayMonth(day: 12, month: 4))
        #expect(partial("Hôm qua (13-4), hội đồng thông qua danh mục.") == DayMonth(day: 13, month: 4))
        // "Thường vụ" and "bất thường" are no habit; a span of years is no history.
        #expect(partial("Sáng 12/3, Ủy ban Thường vụ họp phiên bất thường.") == DayMonth(day: 12, month: 3))
        #expect(partial("Kế hoạch áp dụng từ năm 2004 đến 2010. Chiều 12-4, hội đồng thông qua.") == DayMonth(day: 12, month: 4))
        // A comparison with last year, a count, a trial (the accused as object) say nothing of another day.
        #expect(partial("Xuất khẩu tăng 15% so với năm trước. Ngày 15/3, Tổng cục công bố số liệu.") == DayMonth(day: 15, month: 3))
        #expect(partial("Hơn 2000 người tham gia. Sáng 12/3, lễ hội khai mạc.") == DayMonth(day: 12, month: 3))
        #expect(partial("Sáng 12/3, tòa án tỉnh xét xử bị cáo Lò Văn Sáng.") == DayMonth(day: 12, month: 3))
        #expect(partial("Phiên bế mạc diễn ra chiều 30-6. Ngày 28-6, các đại biểu đã thảo luận ở tổ.") == nil)
        #expect(partial("Kết luận ngày 4-8-1990 là cơ sở của bộ sách. Chiều 12-4, hội đồng thông qua danh mục.") == nil)
        #expect(partial("Năm 1954, ông nhập ngũ. Ngày 7-5, ông cùng đồng đội cắm cờ trên nóc hầm.") == nil)
        #expect(partial("Từ năm 1968, ông tham gia quân đội. Ngày 12/5, ông bị thương.") == nil)
        #expect(partial("Theo cáo trạng, nhóm này gây án nhiều lần. Tối 12/8, cả nhóm đột nhập kho hàng.") == nil)
        #expect(partial("Đúng một năm trước, thảm kịch xảy ra. Ngày 12/3, xe khách lao xuống vực.") == nil)
        #expect(partial("Ngày 27/7, năm nào bà cũng ra nghĩa trang.") == nil)
        #expect(partial("Mùa xuân 1975, đơn vị tiến về phía Nam. Sáng 30/4, ông có mặt tại dinh.") == nil)
        #expect(partial("Ngày 3/2, bị cáo đã đột nhập vào nhà hàng xóm.") == nil)
        #expect(partial("Năm ngoái, mưa lũ kéo dài. Ngày 5/8, nước tràn vào làng.") == nil)
        #expect(partial("Ngày mai (13-4), hội đồng họp phiên cuối.") == nil)
        #expect(partial("Tối 15/11, nếu thắng, đội sẽ vào chung kết.") == nil)
        #expect(partial("Ngày 28-6 là hạn chót nộp hồ sơ.") == nil)
        #expect(partial("Ngày 25-4, hội đồng sẽ công bố danh mục.") == nil)
        #expect(partial("Từ ngày 1/7, quy định mới có hiệu lực.") == nil)
        #expect(partial("Ngày 10/3, bệnh nhân sốt cao, đến ngày 12/3, bệnh nhân được chuyển viện.") == nil)
        #expect(partial("Ngày 30/4, 1/5, người lao động được nghỉ.") == nil)
    }

    /// A full date naming the background gives way to the day and month that opens the main clause.
    @Test func theMainClauseDateWinsOverABackgroundDate() {
        let a = article("Tiêu đề\n\nLiên quan đến sự cố sập cầu ngày 4-7-2005 ở huyện, ngày 9-10, Chủ tịch tỉnh đã ký quyết định kỷ luật.")
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 9, month: 10))
        #expect(DateParser.leadDayMonth(in: "Ngày 3/2/2021, hội nghị khai mạc.", within: 220)! == (3, 2, 2021))
    }

    @Test func dateFromTheStoryAfterASummaryLead() {
        let a = article("Tiêu đề\nChuyến thăm diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp.\nNhận lời mời của Chủ tịch nước bạn, trưa 11/5, Chủ tịch nước đến Bắc Kinh, mở đầu chuyến thăm năm 2017.")
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 11, month: 5))
    }


    @Test func leadDateInBracketsAndWithDots() {
        let body = "\n\nnăm 2004 là năm thành công."
        #expect(article("Tiêu đề\n\nSáng qua (21-12), tại Hà Nội, hội nghị khai mạc." + body).partialDate == DayMonth(day: 21, month: 12))
        #expect(article("Tiêu đề\n\nNgày 12.4, trả lời báo chí, Bộ trưởng cho biết." + body).partialDate == DayMonth(day: 12, month: 4))
        #expect(article("Tiêu đề\n\nHội nghị khai mạc ngày 3-11 tại Huế." + body).partialDate == DayMonth(day: 3, month: 11))
    }

    /// "Ngày 5 tháng 3 năm 2020, …", "Sáng ngày 5 tháng 3, …": the month written out as a word, with or
    /// without a year; a count of months ("Sau 2 tháng 3 ngày"), a frequency or a lunar date is no date.
    @Test func leadDateWithTheMonthWrittenOut() {
        let body = "\n\nnăm 2004 là năm thành công."
        #expect(article("Tiêu đề\n\nNgày 5 tháng 3 năm 2020, hội nghị tổng kết diễn ra." + body).date == ArticleDate(year: 2020, month: 3, day: 5))
        #expect(article("Tiêu đề\n\nSáng ngày 5 tháng 3, tại Huế, hội nghị khai mạc." + body).partialDate == DayMonth(day: 5, month: 3))
        let count = article("Tiêu đề\n\nSau 2 tháng 3 ngày thi công, cây cầu hoàn thành." + body)
        #expect(count.date == nil && count.partialDate == nil)
        // Nor how often ("hàng ngày, 3 tháng 1 lần"), nor a lunar date, in either form.
        for lead in ["Người bệnh uống thuốc hàng ngày, 3 tháng 1 lần tái khám.", "Ngày 10 tháng 3 âm lịch, người dân về Đền Hùng.",
                     "Sáng 15/7 (âm lịch), lễ hội diễn ra."] {
            let a = article("Tiêu đề\n\n" + lead + body)
            #expect(a.date == nil && a.partialDate == nil, "\(lead)")
        }
    }

    /// A day and month with no year in the lead: the body's unrelated years (a range, the start of a
    /// span, a birth year, the latest year of a biography) never complete it.
    @Test func bodyYearsDoNotCompleteTheLeadDate() {
        let texts = [
            "Tiêu đề\n\nChiều 26/6, đơn vị được tặng cờ thi đua.\n\nĐơn vị đạt danh hiệu 5 năm liền (2011-2015).",
            "Tiêu đề\n\nSáng 8/3, ông Hà Văn Tâm nhận nhiệm vụ mới.\n\nÔng giữ chức vụ cũ từ ngày 31/5/2001.",
            "Tiêu đề\n\nNgày 9/10, ông Lò Văn Sinh được bổ nhiệm.\n\nÔng sinh năm 1961. Từ tháng 4/2014 đến nay, ông là Phó Chủ tịch tỉnh.",
        ]
        for text in texts {
            let a = article(text)
            #expect(a.date == nil, "\(text)")
            #expect(a.partialDate != nil, "\(text)")
        }
    }

    /// The lead's own day and month written again with a year is the one body year that dates it.
    @Test func leadDateRestatedWithAYearGivesTheYear() {
        let a = article("Tiêu đề\n\nTối 2/9, lễ kỷ niệm diễn ra tại quảng trường.\n\nKỷ niệm ngày Quốc khánh (2/9/1945 - 2/9/2015), tổ chức năm 2016 tới.")
        #expect(a.date == ArticleDate(year: 2015, month: 9, day: 2, inferred: true))
        #expect(a.partialDate == nil)
        #expect(LeadDate.restatedYear(day: 2, month: 9, in: "ngày 2-9-2014 và ngày 12/9/2019, rồi 2/10/2020") == 2014)
        #expect(LeadDate.restatedYear(day: 2, month: 9, in: "năm 2014, tháng 9/2019") == nil)
    }

    @Test func partialDateIsWrittenAndReadBack() throws {
        let a = article("Tiêu đề\n\nChiều 26/6, đơn vị được tặng cờ thi đua.")
        let doc = DocumentWriter.write(a, slug: "x")
        #expect(doc.contains("\ndate: \"--06-26\"\n"))
        #expect(!doc.contains("date_inferred"))
        let back = try DocumentReader.read(doc, fileName: "x.md").get()
        #expect(back.article.partialDate == DayMonth(day: 26, month: 6))
        #expect(back.article.date == nil)
        #expect(DayMonth(iso: "--02-30") == nil)
        #expect(DayMonth(iso: "--13-01") == nil)
    }

    @Test func yearFromFullDatesAndAnniversaryRanges() {
        #expect(DateParser.inferYear("phiên tòa mở từ ngày 3-4-2006") == 2006)
        #expect(DateParser.inferYear("kỷ niệm 30 năm (30-4-1975 – 30-4-2005)") == 2005)
        #expect(DateParser.inferYear("giai đoạn 2021-2030") == 2021)
    }

    @Test func birthYearsAndTargetsAreNotTheArticleYear() {
        #expect(DateParser.inferYear("bị cáo Lê Văn A (SN 1979) và bị cáo B (SN 1965)") == nil)
        #expect(DateParser.inferYear("cụ sinh năm 1920 tại Hà Đông") == nil)
        #expect(DateParser.inferYear("trong năm 2017, hướng tới Chương trình nghị sự 2030 và tầm nhìn 2045") == 2017)
        #expect(DateParser.inferYear("năm 2006, phấn đấu đến năm 2010 và trở thành nước công nghiệp vào năm 2020") == 2006)
    }

    @Test func historicalLeadDateIsNotTheArticleDate() {
        let a = article("Kỷ niệm 70 năm ngày Bác về chiến khu\n\nNgày 20/5/1947, Bác Hồ đến làm việc tại chiến khu.\n\nLễ kỷ niệm (20/5/1947 – 20/5/2017) diễn ra trọng thể.")
        #expect(a.date == nil)
    }

    /// "Cách đây 50 năm, ngày …", "80 năm trước, ngày …": a lead that looks back gives history's date, in
    /// either form; the article's day comes from the next paragraph, if it has one.
    @Test func aLeadThatLooksBackGivesNoDate() {
        let a = article("Nhìn lại ngày thống nhất\n\nCách đây 50 năm, ngày 30 tháng 4 năm 1975, đoàn xe tiến vào thành phố.\n\nĐoạn thứ hai kể tiếp.")
        #expect(a.date == nil)
        #expect(a.partialDate == nil)
        let b = article("Nhìn lại mùa thu lịch sử\n\n80 năm trước, ngày 2/9/1945, Quảng trường Ba Đình rợp cờ hoa.\n\nSáng 1/9, tại Hà Nội, lễ kỷ niệm được tổ chức.")
        #expect(b.date == nil)
        #expect(b.partialDate == DayMonth(day: 1, month: 9))
        #expect(article("Tin thời sự\n\nNgày 30/4/2025, thành phố tổ chức diễu hành.").date == ArticleDate.valid(year: 2025, month: 4, day: 30))
        // The look back must give the date itself: a later date in the lead is the story's.
        #expect(article("Chuyện người trở về\n\nHơn 10 năm trước, anh Tuấn rời quê. Ngày 5/6/2024, anh trở về.").date
                == ArticleDate.valid(year: 2024, month: 6, day: 5))
        #expect(article("Mốc son\n\nChiến thắng Điện Biên Phủ 70 năm trước, ngày 7/5/1954, chấn động địa cầu.").date == nil)
        #expect(article("Mốc son\n\nCách nay 50 năm, sáng 30-4-1975, đoàn xe tiến vào thành phố.").date == nil)
        #expect(article("Mốc son\n\nCách đây tròn 80 năm, tại Quảng trường Ba Đình, ngày 2/9/1945, Bác đọc Tuyên ngôn.").date == nil)
        #expect(article("Chuyện nghề\n\nHai năm trước, ngày 5/6/2022, chị Lan mất việc.").date == nil)
        // On the anniversary day itself the lead's own date is the article's: another year.
        #expect(article("Kỷ niệm\n\nSáng 7/5/2024, tại Điện Biên, lễ kỷ niệm chiến thắng 70 năm trước, ngày 7/5/1954, được tổ chức.").date
                == ArticleDate.valid(year: 2024, month: 5, day: 7))
    }

    // MARK: - Captions

    @Test func inlineCreditWithoutStop() {
        let blocks = Captions.splitInline("Thủ tướng tiếp Đại sứ Pháp. Ảnh: Thống Nhất/TTXVN Chúc mừng ông nhận nhiệm vụ mới, Thủ tướng bày tỏ tin tưởng.", lexicon: testLexicon)
        #expect(blocks == [.caption("Thủ tướng tiếp Đại sứ Pháp. Ảnh: Thống Nhất/TTXVN"),
                           .paragraph("Chúc mừng ông nhận nhiệm vụ mới, Thủ tướng bày tỏ tin tưởng.")])
    }

    @Test func inlineCreditsOfSeveralShapes() {
        #expect(Captions.splitInline("Quang cảnh hội nghị. Ảnh: TTXVN Báo cáo tại hội nghị, ông Lâm cho biết.", lexicon: testLexicon).first == .caption("Quang cảnh hội nghị. Ảnh: TTXVN"))
        #expect(Captions.splitInline("Lễ trao giải. Ảnh: VGP/Nhật Bắc Tham dự lễ có nhiều khách.", lexicon: testLexicon).first == .caption("Lễ trao giải. Ảnh: VGP/Nhật Bắc"))
        #expect(Captions.splitInline("Hai bên hội đàm. Ảnh: Chiến Thắng Tại hội đàm, hai bên nhất trí.", lexicon: testLexicon).first == .caption("Hai bên hội đàm. Ảnh: Chiến Thắng"))
        #expect(Captions.splitInline("Lễ đón tại sân bay (Ảnh: Nhan Sáng/TTXVN) Chủ tịch nước cảm ơn nước bạn.", lexicon: testLexicon)
            == [.caption("Lễ đón tại sân bay (Ảnh: Nhan Sáng/TTXVN)"), .paragraph("Chủ tịch nước cảm ơn nước bạn.")])
    }

    @Test func photographersAreNotPeople() {
        let a = article("Tiêu đề\nNgày 18/9, tòa mở phiên xử.\nQuang cảnh phiên tòa. Ảnh: Văn Điệp/TTXVN Phiên tòa do Thẩm phán Nguyễn Thị Hồng Lê làm chủ tọa.")
        #expect(a.people == ["Nguyễn Thị Hồng Lê"])
        #expect(a.captions == ["Quang cảnh phiên tòa. Ảnh: Văn Điệp/TTXVN"])
    }

    // MARK: - Bylines and sources

    @Test func bylineThatIsAlsoADistrictName() {
        let a = article("Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n\nThanh Hà")
        #expect(a.authors == ["Thanh Hà"])
        let b = article("Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n\nHà Nội")
        #expect(b.authors.isEmpty)
    }

    /// "PV (tổng hợp)": the reporter's credit, put together from other reports, is a byline like "PV".
    @Test func aReportersCreditPutTogetherIsAByline() {
        let a = article("Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n\nPV (tổng hợp)")
        #expect(a.authors == ["PV"] && !a.body.contains("tổng hợp"))
        let b = article("Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n\nLệ Thu (tổng hợp)")
        #expect(b.authors == ["Lệ Thu"])
    }

    @Test func bylineWithTheAgencyAfterASlash() {
        let a = article("Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n\nViệt Cường/VOV Việt Cường/VOV")
        #expect(a.authors == ["Việt Cường"])
        #expect(a.source == "VOV")
    }

    @Test func gluedBylineWithItsSource() {
        let a = article("Tiêu đề\n2026-01-29T02:00:00+00:00\n\nTổng thống phát biểu tại lễ khởi động năm Chủ tịch ASEAN. Thanh Bình (Theo Rappler)")
        #expect(a.authors == ["Thanh Bình"])
        #expect(a.source == "Rappler")
        // The space after "Theo" lost by the scrape, the byline glued to the sentence as well.
        let glued = article("Tiêu đề\n2026-01-29T02:00:00+00:00\n\nHai bên ký thỏa thuận thương mại. Thanh Bình(TheoReuters, AFP)")
        #expect(glued.authors == ["Thanh Bình"])
        #expect(glued.source == "Reuters, AFP")
        // The agency alone in brackets after the last sentence.
        let agency = article("Tiêu đề\n\nSáng 3/3, hai bên ký thỏa thuận. Buổi lễ diễn ra trang trọng. (TTXVN)")
        #expect(agency.source == "TTXVN" && agency.authors.isEmpty)
        #expect(agency.body.hasSuffix("trang trọng."))
        // The agency's name goes on after the slash.
        let centre = article("Tiêu đề\n\nSáng 3/3, hai bên ký thỏa thuận hợp tác./. Minh Khang/VOV-Trung tâm Tin")
        #expect(centre.authors == ["Minh Khang"] && centre.source == "VOV-Trung tâm Tin")
        // After an ellipsis, the reporter in capitals "và" the agency.
        let joined = article("Tiêu đề\n\nSáng 3/3, hai bên bàn về đầu tư vào nông nghiệp, thủy sản, trồng lúa… MINH KHANG và TTXVN")
        #expect(joined.authors == ["Minh Khang"] && joined.source == "TTXVN")
        #expect(joined.body.hasSuffix("trồng lúa…"))
        // The paper's invitation to write in, under the byline, is no part of the article.
        let mail = article("Tiêu đề\n\nSáng 3/3, hai bên ký thỏa thuận hợp tác.\n\nMinh Khang\n* Mọi ý kiến đóng góp độc giả gửi tin, bài về hộp thư:bandoc@baomau.vn. Trân trọng cảm ơn!")
        #expect(mail.authors == ["Minh Khang"] && !mail.body.contains("hộp thư"))
        // A reporter's word is no agency.
        let pv = article("Tiêu đề\n\nSáng 3/3, hai bên ký thỏa thuận hợp tác.\n\nMinh Khang - PV")
        #expect(pv.source == nil && pv.authors == ["Minh Khang", "PV"])
    }

    /// A whole article on one line, with no title line: its first words stand in for the title and the
    /// text stays in the body.
    @Test func anArticleOnOneLineKeepsItsBody() {
        let line = "Được sự ủy quyền của Chính phủ nước bạn, sáng 12.4, tại Hà Nội, Phó Thủ tướng Lê Văn Tâm đã trao tặng "
            + "Bộ trưởng Trần Văn Minh phần thưởng cao quý vì những đóng góp to lớn trong việc tăng cường quan hệ hữu nghị "
            + "và hợp tác toàn diện giữa hai nước."
        let a = article(line + "\n")
        #expect(a.body == line)
        #expect(a.title.hasSuffix("…") && line.hasPrefix(a.title.dropLast(2)))
        #expect(a.partialDate == DayMonth(day: 12, month: 4))
    }

    /// An agency alone on the last line is the source, and the name above it the byline; "Theo" and a
    /// person's name above an agency is the reporter's credit, "Theo" and a newspaper a source.
    @Test func agencyLinesAreSourcesNotAuthors() {
        let lead = "Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n"
        let a = article(lead + "Lê Hoài Nam\nTTXVN")
        #expect(a.authors == ["Lê Hoài Nam"])
        #expect(a.source == "TTXVN")
        let b = article(lead + "Theo Trần Minh Thu\nVOV")
        #expect(b.authors == ["Trần Minh Thu"])
        #expect(b.source == "VOV")
        let c = article(lead + "Theo Tuổi Trẻ")
        #expect(c.authors.isEmpty)
        #expect(c.source == "Tuổi Trẻ")
        #expect(article(lead + "TTXVN").authors.isEmpty)
    }

    /// Bylines glued to the end of the text, with their agencies and the sources they rewrote.
    @Test func gluedBylinesAndCreditsThatAreNotBylines() {
        let lead = "Tiêu đề\n\nSáng 3/3, hai bên đàm phán.\n"
        let a = article(lead + "Minh ThưTheo Reuters, AFP")
        #expect(a.authors == ["Minh Thư"])
        #expect(a.source == "Reuters, AFP")
        #expect(article(lead + "Hai bên nhất trí tăng cường hợp tác./. Quốc Bảo/VOV-Trung tâm Tin").authors == ["Quốc Bảo"])
        #expect(article(lead + "Đoàn thăm khu công nghiệp (Ảnh: Hải Đăng) Thu Hà/VOV.VN").authors == ["Thu Hà"])
        #expect(article(lead + "Hai bên nhất trí tăng cường hợp tác./. Lan Chi-Bảo Ngọc/VOV.VN").authors == ["Lan Chi", "Bảo Ngọc"])
        #expect(article(lead + "Doanh thu đạt gần 500 tỷ đồng. Ảnh:Hoàng Long").authors.isEmpty)
        let credit = article(lead + "Hai bên nhất trí tăng cường hợp tác. TTXVN/Tin Tức")
        #expect(credit.authors.isEmpty)
        #expect(credit.source == "TTXVN/Tin Tức")
        #expect(!credit.body.contains("Tin Tức"))
        #expect(article(lead + "Quốc hội bãi nhiệm ông Lê Văn Tám (nguyên giám đốc Công ty Điện lực TP.HCM).").authors.isEmpty)
    }

    // MARK: - Boilerplate

    /// ">> Title" and "» Title" lines are related links; a related article's title in square brackets
    /// between two sentences goes, other brackets stay.
    @Test func relatedLinkLinesAndBracketedTitlesAreRemoved() {
        let a = article("Tiêu đề\n\n&gt;&gt; Đọc thêm về đề án sắp xếp đơn vị hành chính\n\n» Tỉnh công bố quy hoạch mới\n\nSáng 3/3, hai bên đàm phán.")
        #expect(!a.body.contains("Đọc thêm về đề án") && !a.body.contains("quy hoạch mới"))
        #expect(a.body.contains("Sáng 3/3, hai bên đàm phán."))
        #expect(Boilerplate.withoutBracketedLinks("Hai bên ký 5 thỏa thuận.  [Thủ tướng thăm khu công nghệ cao Hòa Lạc]  Sau đó, đoàn đến Huế.")
                == "Hai bên ký 5 thỏa thuận. Sau đó, đoàn đến Huế.")
        #expect(Boilerplate.withoutBracketedLinks("Ông nói [dự án này] sẽ xong trong năm.") == "Ông nói [dự án này] sẽ xong trong năm.")
        #expect(Boilerplate.withoutBracketedLinks("Ông cho biết: [Chúng tôi đã làm hết sức mình] và sẽ tiếp tục.") == "Ông cho biết: [Chúng tôi đã làm hết sức mình] và sẽ tiếp tục.")
    }

    // MARK: - Speed

    /// `ANNALS_INGEST_BENCH=DIR swift test -c release --filter ingestSpeed` times ingest over the `.txt` files of DIR.
    @Test func ingestSpeed() throws {
        guard let dir = ProcessInfo.processInfo.environment["ANNALS_INGEST_BENCH"] else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }
        var texts: [String] = []
        for n in names {
            if case .success(let d) = TextDecoding.decode(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + n))) { texts.append(d.text) }
        }
        let ing = testIngest
        _ = ing.article(fromText: texts.first ?? "", fileName: "warm-up.txt")
        let rounds = max(1, 10_000 / max(1, texts.count))
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = ProcessInfo.processInfo.systemUptime, startCPU = cpu()
        var people = 0
        for _ in 0..<rounds { for t in texts { people += ing.article(fromText: t, fileName: "x.txt").article.people.count } }
        let seconds = ProcessInfo.processInfo.systemUptime - start, cpuSeconds = cpu() - startCPU
        print("ingest: \(rounds * texts.count) articles in \(String(format: "%.3f", seconds)) s, \(String(format: "%.3f", cpuSeconds)) s of CPU (\(people) people)")
    }
}

@Suite struct SuspiciousLineTests {
    @Test func leftoversAreFlaggedAndProseIsNot() {
        for line in ["Click vào đây để xem", "Xem thêm tại https://example.vn", "javascript:void(0)", "QUẢNG CÁO",
                     "Quảng cáo", "Đăng nhập để bình luận", "đăng nhập", "HTTP://A.VN"] {
            #expect(Boilerplate.isSuspicious(line), "\(line)")
        }
        for line in ["Chủ tịch nước thăm quê hương Bác", "Thành phố Hồ Chí Minh chăm lo cho người nghèo", "Chị Quỳnh nhận quà",
                     "", "h", "q", "ht", "cl", "Nhà hát lớn"] {
            #expect(!Boilerplate.isSuspicious(line), "\(line)")
        }
    }

    /// The date-line gate lets through every line where the patterns could find a year: four ASCII digits, or
    /// four digits of any script (the patterns' \\d), and turns away prose without them.
    @Test func dateLineGateKeepsEveryYear() {
        var scripts = 0
        for v in 0x80..<0x20000 {
            guard let u = Unicode.Scalar(v), u.properties.numericType == .decimal else { continue }
            scripts += 1
            let digits = String(repeating: String(u), count: 4)
            #expect(DateParser.mayHoldYear("Hà Nội, ngày 3/4/" + digits), "U+\(String(v, radix: 16))")
        }
        #expect(scripts > 500)
        #expect(DateParser.mayHoldYear("Thứ Năm, 19/12/2019 09:15"))
        #expect(DateParser.mayHoldYear("2019"))
        #expect(!DateParser.mayHoldYear("Chủ tịch nước “thăm” 12 tỉnh – 345 xã"))
        #expect(!DateParser.mayHoldYear("Sáng 19/12, tại Hà Nội"))
        #expect(DateParser.dateLine("Hà Nội, ngày 19 tháng 12 năm 2019") != nil)
        #expect(DateParser.dateLine("Thứ Năm, 19/12/2019 - 09:15") != nil)
        // Other scripts' digits: no ASCII digit, no date line; mixed with ASCII ones, no date and no crash.
        #expect(!DateParser.mayHoldYear("١٩/١٢/٢٠٢١"))
        #expect(DateParser.dateLine("١٩/١٢/٢٠٢١") == nil)
        #expect(DateParser.dateLine("Hà Nội, ngày 3/4/٢٠٢١") == nil)
        #expect(DateParser.dateLine("ngày 3 tháng 4 năm ２０２１") == nil)
        // A short line of long characters (emoji sequences of 25 bytes) is still a short line.
        #expect(DateParser.dateLine("Ngày 19/12/2019 " + String(repeating: "👨‍👩‍👧‍👦", count: 15)) != nil)
    }

    /// The first-letters test only turns away lines the full test would not call furniture.
    @Test func boilerplateQuickRejectAgreesWithTheFullTest() {
        let openers = ["", ":", ". ", "» ", "› ", ">", " ", "\t", "\u{A0}", "\u{2003}", ": »"]
        let heads = ["Tags:", "tags: ", "TAGS:", "Từ khóa:", "TỪ KHÓA:", "Tư\u{300} khóa:", "Chia sẻ:", "CHIA SẺ:", "Xem tiếp", "XEM THÊM:",
                     "Đọc thêm:", "ĐỌC THÊM:", "Đo\u{323}c thêm:", "Trang 2/3", "Trang 12 / 40", "Theo", "Chủ tịch", "Xã", "Đây", "Uỷ ban",
                     "123", "Hà Nội", "tin liên quan", "Xem", "Trong", "Tư", "Chia", "ta", "Ân", "Ôn", "“Tags:", "K'Brèo",
                     "Có thể bạn quan tâm:", "CÓ THỂ BẠN QUAN TÂM", "Bài viết liên quan.", "v", "|", "Tin, ảnh", "In bài (2)",
                     "Tu\u{31B}\u{300} khóa:", "Tu\u{300}\u{31B} khóa:", "TƯ\u{300} KHÓA:", "TAGS :", "Trang 3 / 9", "trang 3/9", "Trong",
                     "Chia sẻ:", "Chủ tịch", "Chi", "XEM", "Xe", "ĐO\u{323}C THÊM:", "Đạt", "Tại", "Tags", "Ta\u{301}gs:"]
        let tails = ["", " ", "\u{A0}", "\u{3000}", " Nguyễn Văn An phát biểu tại hội nghị tổng kết công tác năm của tỉnh.",
                     String(repeating: " ", count: 70), " bài viết, ảnh, video và tin liên quan khác trong ngày hôm nay ở Hà Nội”"]
        var rejected = 0
        for o in openers {
            for h in heads {
                for t in tails {
                    let line = o + h + t
                    if Boilerplate.cannotOpenFurniture(line) { rejected += 1 }
                    #expect(Boilerplate.isBoilerplate(line) == Boilerplate.isBoilerplate(line, quickReject: false), "\(line.debugDescription)")
                }
            }
        }
        #expect(rejected >= 100)
        #expect(Boilerplate.isBoilerplate("»Có thể bạn quan tâm:") && Boilerplate.isBoilerplate("TIN LIÊN QUAN") && Boilerplate.isBoilerplate("|"))
        #expect(!Boilerplate.isBoilerplate("Tin liên quan, 2 bài") && !Boilerplate.isBoilerplate("Có thể bạn quan tâm đến nó"))
    }
}

@Suite struct BylinePartsTests {
    @Test func partsByBytesAgreeWithCharacters() {
        var random = TestRandom(seed: 31)
        let pieces = ["Lan", "Phương", "Kim", "Chi", " ", " ", "  ", ",", ", ", " - ", " – ", " và ", "-", "–", "và", "Đức", "\u{A0}",
                      "e\u{301}", "中", "\r", "x,", ",y", "Trọng Tín"]
        var fast = 0
        for _ in 0..<5000 {
            let s = random.text(from: pieces, count: random.next(9))
            if Byline.splitPartsByBytes(s) != nil { fast += 1 }
            #expect(Byline.splitParts(s) == Byline.splitPartsByCharacters(s), "\(s.debugDescription)")
        }
        #expect(fast > 2000)
        #expect(Byline.splitParts("Mai Anh – Đức Trung, Lan và Chi") == ["Mai Anh", "Đức Trung", "Lan", "Chi"])
    }
}
