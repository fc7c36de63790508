import Testing
@testable import Annals

/// Names and titles in the contexts issue 16 lists (ages, brackets, states, short forms of "Ủy viên",
/// names vouched for by the sentence), each on sentences written for the test.
@Suite struct PeopleContextTests {
    /// "…, nguyên Chủ tịch nước: A, B; …": the title before a colon heads the list after it. It is each
    /// listed name's, not the name's before the comma; the list ends at a semicolon or the sentence's end.
    @Test func aTitleBeforeAColonHeadsTheList() {
        let found = people("Dự lễ có Chủ tịch nước Hoàng Văn Minh, nguyên Chủ tịch nước: Đặng Thị Hạnh, Vũ Quang Tuấn; "
                           + "Bộ trưởng Bộ Y tế Lê Thu Trang, nguyên Bộ trưởng: Trịnh Văn Hải và Mai Văn Đức.")
        #expect(found.map(\.name) == ["Hoàng Văn Minh", "Đặng Thị Hạnh", "Vũ Quang Tuấn", "Lê Thu Trang", "Trịnh Văn Hải", "Mai Văn Đức"])
        #expect(found.map(\.roles) == [["Chủ tịch nước"], ["nguyên Chủ tịch nước"], ["nguyên Chủ tịch nước"],
                                       ["Bộ trưởng Bộ Y tế"], ["nguyên Bộ trưởng"], ["nguyên Bộ trưởng"]])
        // A headline quoting someone ("Title: Ông A …") is no list, and the title is nobody's there.
        let quoted = people("Thủ tướng: Ông Hoàng Văn Minh đã làm việc rất tận tụy.")
        #expect(quoted.first?.roles == [])
        // After the semicolon the title is handed on no more.
        let ended = people("Có mặt Chủ tịch nước Hoàng Văn Minh, nguyên Chủ tịch nước: Đặng Thị Hạnh; ông Vũ Quang Tuấn cũng tới dự.")
        #expect(ended.map(\.name) == ["Hoàng Văn Minh", "Đặng Thị Hạnh", "Vũ Quang Tuấn"])
        #expect(ended.map(\.roles) == [["Chủ tịch nước"], ["nguyên Chủ tịch nước"], []])
    }

    /// "Title, ông/bà Name": the title is the person's when it opens the sentence or is what a verb of
    /// meeting met; after "thay mặt", "theo" or another person's comma it is someone else's.
    @Test func aTitleThenACommaAndAnHonorific() {
        let found = people("Bộ trưởng Bộ Y tế, bà Lê Thu Trang phát biểu khai mạc. Chủ tịch nước tiếp Tổng thống Chile, ông Julio Ferrer Soto. "
                           + "Thay mặt Thủ tướng, ông Hoàng Văn Minh trao quà. Theo Bộ trưởng, ông Vũ Quang Tuấn đã ký. "
                           + "Ông Trịnh Văn Hải, Giám đốc Sở Tài chính, bà Mai Thị Hòa cùng dự.")
        #expect(found.map(\.name) == ["Lê Thu Trang", "Julio Ferrer Soto", "Hoàng Văn Minh", "Vũ Quang Tuấn", "Trịnh Văn Hải", "Mai Thị Hòa"])
        #expect(found.map(\.roles) == [["Bộ trưởng Bộ Y tế"], ["Tổng thống Chile"], [], [], ["Giám đốc Sở Tài chính"], []])
        // A title with a name in it is no title for the next name ("Bộ trưởng Bộ Y tế Lê Thu Trang, ông A":
        // two people), but a title "of" a titled name is: the title up to the "của".
        let two = people("Bộ trưởng Bộ Y tế Lê Thu Trang, ông Trịnh Văn Hải cùng dự.")
        #expect(two.map(\.roles) == [["Bộ trưởng Bộ Y tế"], []])
        let named = people("Trợ lý của Tổng thống Vladimir Putin, ông Kirill Ivanov, cho biết.")
        #expect(named.first { $0.name == "Kirill Ivanov" }?.roles == ["Trợ lý"])
        // So without the honorific: the title, not its comma, and only where the title opens the sentence or
        // follows a verb of meeting.
        let bare = people("Chủ tịch nước tiếp Đại sứ Chile, Julio Ferrer Soto, tại Phủ Chủ tịch. Theo Bộ trưởng, Vũ Quang Tuấn đã ký.")
        #expect(bare.map(\.name) == ["Julio Ferrer Soto", "Vũ Quang Tuấn"])
        #expect(bare.map(\.roles) == [["Đại sứ Chile"], []])
        // After the sentence's opening phrase (a time, a place, a link) the title opens the clause.
        let opened = people("Sáng 12/3, Bộ trưởng Bộ Y tế, bà Lê Thu Trang kiểm tra bệnh viện. Tại Hà Nội, Chủ tịch UBND TP, ông Hoàng Văn Minh "
                            + "cho biết.")
        #expect(opened.map(\.name) == ["Lê Thu Trang", "Hoàng Văn Minh"])
        #expect(opened.map(\.roles) == [["Bộ trưởng Bộ Y tế"], ["Chủ tịch UBND TP"]])
        // A country after "Tại" is no honorific; an embassy is no title.
        #expect(people("Tại Anh, Thủ tướng, ông Peter Holloway cho biết.").first?.roles == ["Thủ tướng"])
        #expect(people("Sáng 12/3, Đại sứ quán Việt Nam tại Mỹ, ông Hoàng Văn Minh cho biết.").first?.roles == [])
    }

    @Test func anAgeBetweenCommasDoesNotEndTheTitles() {
        let found = people("Người trẻ nhất là Lò Văn Sáng, 29 tuổi, huyện ủy viên, Chủ tịch UBND xã Tà Xùa.")
        #expect(found.map(\.name) == ["Lò Văn Sáng"])
        #expect(found.first?.roles == ["huyện ủy viên", "Chủ tịch UBND xã Tà Xùa"])
    }

    @Test func aTitleInBracketsAfterTheName() {
        let found = people("Trong ảnh có ông Trần Văn Lâm (trái, trưởng đoàn đàm phán của tỉnh) và ông Lê Quang Hòa (phải, cố vấn trong đoàn).")
        #expect(found.map(\.name) == ["Trần Văn Lâm", "Lê Quang Hòa"])
        #expect(found.map(\.roles) == [["trưởng đoàn đàm phán"], ["cố vấn"]])
        let former = people("Quốc hội bãi nhiệm ông Phạm Văn Khoa (nguyên giám đốc Công ty Cấp nước Hải Dương).")
        #expect(former.first?.roles == ["nguyên giám đốc Công ty Cấp nước Hải Dương"])
        // An aside that is no title gives none.
        #expect(people("Ông Phạm Văn Khoa (48 tuổi) phát biểu.").first?.roles == [])
    }

    @Test func aStateBetweenTheTitleAndTheName() {
        let found = people("Thủ tướng gặp Thủ hiến Bang Bayern Markus Weber và Chủ tịch Quốc hội Bang Sachsen Klaus Richter.")
        #expect(found.map(\.name) == ["Markus Weber", "Klaus Richter"])
        #expect(found.map(\.roles) == [["Thủ hiến Bang Bayern"], ["Chủ tịch Quốc hội Bang Sachsen"]])
        // Without a title, "Bang …" is a state and nothing else.
        #expect(people("Bang Sachsen Klaus Richter có nhiều nhà máy.").isEmpty)
    }

    @Test func shortFormsOfMemberAreTitles() {
        let found = people("Dự có ông Hoàng Văn Nam, UV BCT, Bí thư Thành ủy Hải Phòng.")
        #expect(found.first?.roles == ["UV BCT", "Bí thư Thành ủy Hải Phòng"])
    }

    @Test func aDistrictNumberIsNotAHouseNumber() {
        let found = people("Có mặt Bí thư quận ủy Quận 7 Trần Minh Khoa và nhiều cán bộ.")
        #expect(found.map(\.name) == ["Trần Minh Khoa"])
        #expect(people("Cửa hàng ở số 12 Trần Minh Khoa bán sách.").isEmpty)
    }

    @Test func foreignNamesVouchedForByTheSentence() {
        // The holder of a title named before "là"; the speaker after a quotation.
        #expect(people("Thủ tướng Canada khi đó là Robert Millan đã tới thăm.").map(\.name) == ["Robert Millan"])
        #expect(people("“Thị trường sẽ chậm lại”, Jonathan Peter Hale thuộc Viện Nghiên cứu Kinh tế nói.").map(\.name) == ["Jonathan Peter Hale"])
        // A newspaper after a quotation is not a person; neither is a foreign name the sentence does not vouch for.
        #expect(people("“Cuộc gặp mang tính xây dựng”, Kyiv Independent đưa tin.").isEmpty)
        #expect(people("Khách mời gồm Robert Millan và nhiều người khác.").isEmpty)
    }

    @Test func aCountryOfTwoWordsBetweenTitleAndName() {
        #expect(people("Chủ tịch nước tiếp Tổng thống Burkina Faso Roch Kaboré tại Hà Nội.").map(\.name) == ["Roch Kaboré"])
    }

    @Test func aPresidentOfAnAssociationIsATitle() {
        #expect(people("Đoàn do Hội trưởng Hội Hữu nghị Nhân dân Lào Somsak Vilay dẫn đầu.").first?.roles == ["Hội trưởng Hội Hữu nghị Nhân dân Lào"])
    }

    @Test func aPeopleAfterNguoiBelongsToTheTitle() {
        #expect(people("Đồng chí Lâm Gia Vĩnh, Trưởng Ban Công tác người Hoa vui mừng báo cáo.").first?.roles == ["Trưởng Ban Công tác người Hoa"])
        #expect(people("Đồng chí Lâm Gia Vĩnh, Trưởng Ban Công tác người Khmer phấn khởi cho biết.").first?.roles == ["Trưởng Ban Công tác người Khmer"])
        // "người" before anything else ends the title.
        #expect(people("Đồng chí Lâm Gia Vĩnh, Trưởng Ban Công tác người dân tộc thiểu số vui mừng.").first?.roles == ["Trưởng Ban Công tác"])
    }

    @Test func aGluedTitleIsNeverSplitInsideBrackets() {
        let a = ingest("Dự có ông Phạm Văn Tùng, Bí thư Tỉnh ủy Nam Định (nguyên Bí thư Tỉnh ủy Thái Bình); ông Lê Văn Hải, Chủ tịch UBND tỉnh và nhiều đại biểu.\nLễ hội diễn ra trong ba ngày.").article
        #expect(a.people.contains("Phạm Văn Tùng"))
        #expect(!a.title.hasSuffix("(nguyên"))
    }

    /// A comma inside an organisation's name before the holder: "Ủy ban Kinh tế, Ngân sách của Quốc hội",
    /// "Bộ Giáo dục, Khoa học và Công nghệ". A title or a name after the comma is another item.
    @Test func aCommaInsideTheOrganisationBeforeTheName() {
        let owned = people("Sáng nay, Chủ nhiệm Ủy ban Kinh tế, Ngân sách của Quốc hội Trịnh Văn Hải trình bày tờ trình.")
        #expect(owned.map(\.name) == ["Trịnh Văn Hải"])
        #expect(owned.first?.roles == ["Chủ nhiệm Ủy ban Kinh tế, Ngân sách của Quốc hội"])
        let joined = people("Bộ trưởng Bộ Giáo dục, Khoa học và Công nghệ Mai Văn Đức phát biểu khai mạc.")
        #expect(joined.first?.roles == ["Bộ trưởng Bộ Giáo dục, Khoa học và Công nghệ"])
        // Several items in lower case, each after its own comma, before the "và".
        let items = people("Bà Trần Thị Lan, Chủ nhiệm Ủy ban văn hóa, giáo dục thanh niên, thiếu niên và nhi đồng, phát biểu.")
        #expect(items.first?.roles == ["Chủ nhiệm Ủy ban văn hóa, giáo dục thanh niên, thiếu niên và nhi đồng"])
        // An address after the title is no item of a name, nor is a title or people after "và".
        let address = people("Ông Nguyễn Văn Tư, Chủ tịch UBND xã Tân Hòa, huyện Phú Tân, tỉnh An Giang và lực lượng chức năng đã có mặt.")
        #expect(address.first?.roles == ["Chủ tịch UBND xã Tân Hòa"])
        let next = people("Ông Nguyễn Văn Tư, Chủ tịch UBND xã Tân Hòa, huyện Phú Tân, tỉnh An Giang và Bí thư Đảng ủy xã Lê Văn Bình có mặt.")
        #expect(next.map(\.roles) == [["Chủ tịch UBND xã Tân Hòa"], ["Bí thư Đảng ủy xã"]])
        // After the comma a title: two titles, the second the name's own.
        let two = people("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng Lê Thu Trang dự lễ.")
        #expect(two.first?.roles == ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hải Phòng"])
    }

    /// "kỷ luật ông A, Bí thư Tỉnh ủy X bằng hình thức cảnh cáo": the penalty is not part of the title.
    @Test func aPenaltyAfterTheTitleEndsIt() {
        let found = people("Hội nghị quyết định kỷ luật ông Trịnh Văn Hải, Bí thư Tỉnh ủy Hà Giang bằng hình thức khiển trách.")
        #expect(found.first?.roles == ["Bí thư Tỉnh ủy Hà Giang"])
        // So does an adverb of manner before the verb.
        let bold = people("Ông Trịnh Văn Hải, Chánh án Tòa án nhân dân tối cao mạnh dạn đề xuất sửa luật.")
        #expect(bold.first?.roles == ["Chánh án Tòa án nhân dân tối cao"])
    }

    /// A long title heading a list ("…, nguyên Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam: A, B;"),
    /// and in it a name of two words, which a list of names vouches for as a list of comrades does.
    @Test func aLongTitleHeadsAListWithATwoWordName() {
        let found = people("Dự lễ có Chủ tịch nước Hoàng Văn Minh, nguyên Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam: "
                           + "Đặng Quang Hạnh, Huỳnh Tám; các vị lãnh đạo khác.")
        #expect(found.map(\.name) == ["Hoàng Văn Minh", "Đặng Quang Hạnh", "Huỳnh Tám"])
        #expect(found.last?.roles == ["nguyên Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam"])
        // Outside such a list a two-word run after a comma is no name ("…, Lê Lợi" may be a street).
        #expect(people("Đoàn đi qua phố Hàng Bài, Lê Lợi rồi về khách sạn.").isEmpty)
    }

    /// "… trao tặng Bộ trưởng A Huân chương Hữu nghị": the medal's name is not the end of the name.
    @Test func aMedalAfterTheNameIsNotPartOfIt() {
        let found = people("Phó Thủ tướng Lê Văn Tâm đã trao tặng Bộ trưởng Trần Văn Minh Huân chương Hữu nghị và Huy chương Vì hòa bình.")
        #expect(found.map(\.name) == ["Lê Văn Tâm", "Trần Văn Minh"])
        // A given name "Huân" stays: "chương" does not follow it.
        #expect(people("Bộ trưởng Trần Văn Huân phát biểu.").map(\.name) == ["Trần Văn Huân"])
    }

    /// A place or prize named after a person is not a mention of them, nor is a visit to such a place
    /// ("vào Lăng viếng …", the labelling rules' example); paying respects to the person is.
    @Test func placesNamedAfterAPersonAreNotMentions() {
        #expect(people("Tổ cảnh vệ bảo vệ Lăng Chủ tịch Tôn Đức Thắng suốt đêm.").isEmpty)
        #expect(people("Đoàn tham quan Bảo tàng Võ Nguyên Giáp và Nhà tưởng niệm Đại tướng Võ Nguyên Giáp.").isEmpty)
        #expect(people("Học sinh học tập tư tưởng, phong cách Tôn Đức Thắng.").isEmpty)
        #expect(people("Đoàn vào Lăng viếng Chủ tịch Tôn Đức Thắng.").isEmpty)
        #expect(people("Đoàn đến đặt vòng hoa tại Đài tưởng niệm, vào Lăng dâng hương Chủ tịch Tôn Đức Thắng.").isEmpty)
        #expect(people("Đoàn đến viếng nguyên Chủ tịch nước Tôn Đức Thắng tại nhà tang lễ.").map(\.name) == ["Tôn Đức Thắng"])
        // So with a built-in alias.
        #expect(people("Nhân dân xứng đáng với thành phố mang tên Bác Hồ kính yêu.").isEmpty)
        #expect(people("Đoàn vào Lăng viếng Bác Hồ.").isEmpty)
        #expect(people("Nhân dân làm theo lời dạy của Bác Hồ.").map(\.name) == ["Hồ Chí Minh"])
    }

    /// "Theo Tổng thống A, Phó Giáo sư B cho rằng …": a rank followed by capitals is the next person's.
    @Test func aRankAfterACommaBelongsToTheNameAfterIt() {
        let found = people("Theo Tổng thống Lê Văn Tâm, Phó Giáo sư Petrova cho rằng hai nước còn nhiều cơ hội hợp tác.")
        #expect(found.first?.name == "Lê Văn Tâm")
        #expect(found.first?.roles == ["Tổng thống"])
        // A rank that is the name's own, before a verb, stays.
        let own = people("Ông Lê Văn Tâm, Thiếu tướng, phát biểu tại buổi lễ.")
        #expect(own.first?.roles == ["Thiếu tướng"])
    }

    /// "TPHCM" is a whole place's name, not a word before one ("TP Huế"): the name after it is a person's.
    @Test func aNameAfterTPHCMIsAPerson() {
        let found = people("Phó Chủ tịch UBND TPHCM Lê Thu Trang cho biết thành phố sẽ mở thêm tuyến xe buýt.")
        #expect(found.map(\.name) == ["Lê Thu Trang"])
        #expect(found.first?.roles == ["Phó Chủ tịch UBND TPHCM"])
    }

    /// "Ban chỉ đạo", "Ban tổ chức": after "Ban" these name the committee, they are no verbs ending a title;
    /// and a year closing an event's name before a person is no house number.
    @Test func committeesNamedWithAVerbKeepTheirTitles() {
        let trailing = people("Ông Lê Văn Tâm, Trưởng Ban chỉ đạo Tuần Văn hóa Quốc gia, phát biểu khai mạc.")
        #expect(trailing.first?.roles == ["Trưởng Ban chỉ đạo Tuần Văn hóa Quốc gia"])
        let before = people("Phó Trưởng ban tổ chức Trần Văn Minh cho biết giải sẽ khởi tranh vào tháng 5.")
        #expect(before.first?.roles == ["Phó Trưởng ban tổ chức"])
        #expect(people("Ông Lê Văn Tâm, Bí thư Tỉnh ủy, chỉ đạo các ngành vào cuộc.").first?.roles == ["Bí thư Tỉnh ủy"])
        #expect(people("Ban tổ chức Festival Huế 2024 Trần Văn Minh cho biết lễ hội kéo dài một tuần.").map(\.name) == ["Trần Văn Minh"])
        #expect(people("Gia đình ông sống tại số nhà 1234 Trần Văn Minh từ lâu.").isEmpty)
    }

    /// "…, Tổng thống Nam Tư năm 1973": the year says when, it is not part of the title.
    @Test func aYearAfterATitleEndsIt() {
        let found = people("Bức ảnh chụp ông Lê Văn Tâm - Bí thư Tỉnh ủy Hà Giang năm 1998 - cùng các đồng chí.")
        #expect(found.first?.roles == ["Bí thư Tỉnh ủy Hà Giang"])
    }

    /// "Ủy ban Nhà nước về người Việt Nam ở nước ngoài": "ở nước ngoài" after a capitalised name goes on with it.
    @Test func anOrganisationOfVietnameseAbroadKeepsItsName() {
        let found = people("Phó Chủ nhiệm Ủy ban Người Việt Nam ở nước ngoài Trần Văn Minh dự buổi gặp mặt.")
        #expect(found.first?.roles == ["Phó Chủ nhiệm Ủy ban Người Việt Nam ở nước ngoài"])
        #expect(people("Ông Lê Văn Tâm, Đại sứ ở nước ngoài nhiều năm, phát biểu.").first?.roles == ["Đại sứ"])
    }

    /// Names of ministries and departments with words that are verbs elsewhere: "và môi trường" in lower case,
    /// "các tổ chức" (after "các" the noun).
    @Test func ministryAndDepartmentNamesAreWhole() {
        #expect(people("Thứ trưởng Bộ Tài nguyên và môi trường Trần Văn Minh cho biết.").first?.roles == ["Thứ trưởng Bộ Tài nguyên và môi trường"])
        #expect(people("Vụ trưởng Vụ Các tổ chức quốc tế Trần Văn Minh cho biết.").first?.roles == ["Vụ trưởng Vụ Các tổ chức quốc tế"])
        // "tổ chức" as a verb still ends a title.
        #expect(people("Ông Trần Văn Minh, Bí thư Tỉnh ủy tổ chức hội nghị.").first?.roles == ["Bí thư Tỉnh ủy"])
    }

    /// An organisation named in lower case after its body's word joins two fields with "và": the title
    /// goes on to the end of the clause, a place included. What follows "và" may also be someone else:
    /// a stop, an honorific, a plural or people beside the title holder end the title there.
    @Test func aLowerCaseOrganisationJoinsTwoFieldsWithVa() {
        #expect(people("Bà Đỗ Thị Lan, Phó Ban nghiên cứu và đào tạo, Hội Luật gia tỉnh, trình bày.").first?.roles
                == ["Phó Ban nghiên cứu và đào tạo"])
        #expect(people("Ông Phạm Văn Khôi, Viện trưởng Viện Nghiên cứu phát triển nông nghiệp và kinh tế biển Việt Nam.").first?.roles
                == ["Viện trưởng Viện Nghiên cứu phát triển nông nghiệp và kinh tế biển Việt Nam"])
        #expect(people("Ông Hồ Văn Tâm, Giám đốc Trung tâm y tế huyện và các bác sĩ đã có mặt.").first?.roles
                == ["Giám đốc Trung tâm y tế huyện"])
        #expect(people("Ông Hồ Văn Tâm, Chủ tịch Hội nông dân xã và cán bộ hội viên.").first?.roles == ["Chủ tịch Hội nông dân xã"])
        #expect(people("Ông Hồ Văn Tâm, Viện trưởng Viện Hóa học và vợ.").first?.roles == ["Viện trưởng Viện Hóa học"])
        #expect(people("Ông Hồ Văn Tâm, Trưởng Ban kinh tế và bà Lê Thị Hoa đến dự.").first?.roles == ["Trưởng Ban kinh tế"])
        #expect(people("Ông Hồ Văn Tâm, Giám đốc Trung tâm y tế huyện và toàn thể cán bộ, nhân viên.").first?.roles
                == ["Giám đốc Trung tâm y tế huyện"])
        // People ("đoàn công tác") or a verb after "và": no organisation's name goes on.
        #expect(people("Ông Hồ Văn Tâm, Giám đốc Sở Y tế và đoàn công tác đến thăm.").first?.roles == ["Giám đốc Sở Y tế"])
        #expect(people("Ông Hồ Văn Tâm, Trưởng Ban quản lý rừng và phát biểu tại buổi lễ.").first?.roles
                == ["Trưởng Ban quản lý rừng"])
    }

    /// "A, người hiện là …", "A, hiện giữ chức …": the post A holds now is A's title, and vouches for a
    /// foreign name; a past post ("người từng là …") is a predicate, no title, as is a job.
    @Test func thePostHeldNowAfterTheName() {
        let found = people("Tại diễn đàn, Frances Adamson, người hiện là Tổng Thư ký Bộ Ngoại giao và Thương mại Australia đã phát biểu.")
        #expect(found.map(\.name) == ["Frances Adamson"])
        #expect(found.first?.roles == ["Tổng Thư ký Bộ Ngoại giao và Thương mại Australia"])
        #expect(people("Ông Lê Văn Minh, hiện giữ chức Phó Chủ tịch UBND tỉnh, cho biết.").first?.roles == ["Phó Chủ tịch UBND tỉnh"])
        #expect(people("Ông Lê Văn Minh, người từng là Giám đốc Sở Y tế, cho biết.").first?.roles == [])
        #expect(people("Ông Lê Văn Minh, người hiện là nông dân, cho biết.").first?.roles == [])
    }

    /// "Ủy ban hợp tác Lào-Việt Nam", "Lào - Việt Nam", "Sài Gòn - Phú Quốc": two countries or cities joined
    /// by a dash name the parties of a bilateral body or a route, inside the title; countries joined by a
    /// hyphen start no foreign name.
    @Test func twoPlacesJoinedByADashStayInTheTitle() {
        #expect(people("Ông Phùng Văn Mai, Tổng Giám đốc Công ty Du lịch Sài Gòn - Phú Quốc, cho biết.").first?.roles
                == ["Tổng Giám đốc Công ty Du lịch Sài Gòn - Phú Quốc"])
        let glued = people("Khampheuy Keokinnaly, Phó Chủ tịch Ủy ban hợp tác Lào-Việt Nam, phát biểu.")
        #expect(glued.map(\.name) == ["Khampheuy Keokinnaly"])
        #expect(glued.first?.roles == ["Phó Chủ tịch Ủy ban hợp tác Lào-Việt Nam"])
        #expect(people("Bà Cao Thị Hà, Chủ tịch nhóm nghị sĩ hữu nghị Việt Nam - Romania, phát biểu.").first?.roles
                == ["Chủ tịch nhóm nghị sĩ hữu nghị Việt Nam - Romania"])
    }

    /// A two-word name right after a person and a comma is one too ("…, Nguyễn Thị Doan, Trần Hòa, …"),
    /// unless capitals go on after it or it opens like a title ("…, Phó Chủ Ủy ban …").
    @Test func aTwoWordNameBesideAPerson() {
        #expect(people("Ủy ban có 14 người: Nguyễn Văn Chi, Nguyễn Thị Doan, Trần Hòa, Lê Hồng Liêm.").map(\.name)
                == ["Nguyễn Văn Chi", "Nguyễn Thị Doan", "Trần Hòa", "Lê Hồng Liêm"])
        #expect(people("Đồng chí Trần Thành Long, Phó Chủ Ủy ban Trung ương MTTQ, phát biểu.").map(\.name) == ["Trần Thành Long"])
        #expect(people("Ông Nguyễn Văn Chi, Hà Giang, phát biểu.").map(\.name) == ["Nguyễn Văn Chi"])
        // Only as an item of a list: "và" and an organisation is no name.
        #expect(people("Bí thư Tỉnh đoàn Nguyễn Văn An và Đoàn Thanh niên tỉnh tổ chức lễ.").map(\.name) == ["Nguyễn Văn An"])
    }

    /// A birth name, a real name, an alias ("tên khai sinh", "tên thật là", "bí danh") is another name of
    /// someone: no person of its own, even where the article names it again.
    @Test func anotherNameOfSomeoneIsNoPerson() {
        #expect(people("Bà có tên khai sinh Lê Thị Châu Hà, là cháu của cụ Phan Văn Khải. Ảnh: bà Lê Thị Châu Hà bên cha mẹ.").map(\.name)
                == ["Phan Văn Khải"])
        #expect(people("Nhà văn Sơn Tùng Lâm, tên thật là Nguyễn Văn Tùng, sinh năm 1928.").map(\.name) == ["Sơn Tùng Lâm"])
        #expect(people("Bà Nguyễn Thị Bích (bí danh Lê Thị Sa) cùng bạn Đỗ Thị Liên.").map(\.name) == ["Nguyễn Thị Bích", "Đỗ Thị Liên"])
        // "hay gọi" without "là" is "often calls": the one called is a person.
        #expect(people("Đồng đội vẫn hay gọi Nguyễn Văn Sáu là Sáu Dũng.").map(\.name) == ["Nguyễn Văn Sáu"])
    }

    /// The comma of "phòng, chống" (prevent and combat) or "khám, chữa" (examine and treat) is inside the
    /// organisation's name.
    @Test func preventAndCombatIsOneName() {
        #expect(people("Cục trưởng Cục Quản lý Khám, chữa bệnh Trần Văn Khôi cho biết.").first?.roles
                == ["Cục trưởng Cục Quản lý Khám, chữa bệnh"])
        #expect(people("Ông Trần Văn Khôi, Cục trưởng Cục Quản lý khám, chữa bệnh (Bộ Y tế), cho biết.").first?.roles
                == ["Cục trưởng Cục Quản lý khám, chữa bệnh"])
        #expect(people("Bà Trần Thị Mai, Trưởng phòng Phòng, chống ma túy, cho biết.").first?.roles == ["Trưởng phòng Phòng, chống ma túy"])
        #expect(people("Phó Trưởng Ban Chỉ đạo phòng, chống thiên tai Lê Văn Tâm phát biểu.").first?.roles
                == ["Phó Trưởng Ban Chỉ đạo phòng, chống thiên tai"])
        // Other pairs: groups ("học sinh, sinh viên") and acts of two words ("phòng cháy, chữa cháy").
        #expect(people("Ông Trần Văn Khôi, Trưởng phòng Công tác học sinh, sinh viên, cho biết.").first?.roles
                == ["Trưởng phòng Công tác học sinh, sinh viên"])
        #expect(people("Trưởng phòng Cảnh sát phòng cháy, chữa cháy Lê Văn Tâm kiểm tra.").first?.roles
                == ["Trưởng phòng Cảnh sát phòng cháy, chữa cháy"])
        // A pair after "về" (what a committee is about) or after "và" (a second pair) stays in the name.
        #expect(people("Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực Lê Văn Tâm phát biểu.").first?.roles
                == ["Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"])
        #expect(people("Ông Trần Văn Khôi, Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, cho biết.").first?.roles
                == ["Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"])
        // A pair of people after "và" is someone else: "… và học sinh, sinh viên Nguyễn Văn A".
        #expect(people("Hiệu trưởng Trường THPT Chu Văn An và học sinh, sinh viên Nguyễn Văn Hùng đã dự lễ.").first?.roles == [])
    }

    /// "Đặc phái viên của Tổng thống Trump, Steve Witkoff": a title "of" another's title, then a comma and a
    /// name, is that name's (up to the "của") where it opens the sentence or follows a verb of meeting or
    /// "giữa" (between), even when the inner title's holder is a person found ("Trump", "Donald Trump").
    @Test func aTitleOfATitleBeforeACommaIsTheNextNames() {
        let found = people("Cuộc gặp diễn ra giữa Đặc phái viên của Tổng thống Trump, Peter Holloway, và Bộ trưởng Ngoại giao Iran. "
                           + "Cố vấn An ninh Quốc gia của Tổng thống Mỹ, ông Richard Stone, cho biết. "
                           + "Thủ tướng tiếp Trợ lý của Tổng thống Nga Vladimir Putin, ông Yuri Antonov.")
        #expect(found.map(\.name) == ["Peter Holloway", "Richard Stone", "Vladimir Putin", "Yuri Antonov"])
        #expect(found.map(\.roles) == [["Đặc phái viên"], ["Cố vấn An ninh Quốc gia"], ["Tổng thống Nga"], ["Trợ lý"]])
        // After "theo" or "thay mặt" the title is someone else's, as without "của".
        let other = people("Theo Người phát ngôn của Thủ tướng, ông Trịnh Văn Hải, cuộc họp đã kết thúc.")
        #expect(other.map(\.roles) == [[]])
        // "giữa" (between) names a party; "Ngoại trưởng hai nước" is a title two people share.
        let between = people("Cuộc gặp giữa Tổng thống Chile, ông Julio Ferrer Soto và Thủ tướng Lê Văn Tâm diễn ra.")
        #expect(between.first { $0.name == "Julio Ferrer Soto" }?.roles == ["Tổng thống Chile"])
        let shared = people("Cuộc hội đàm giữa Ngoại trưởng hai nước, ông Trịnh Văn Hải và ông Carlos Mendes diễn ra. "
                            + "Tại hội đàm, Thủ tướng hai nước, ông Lê Văn Tâm và ông Diego Ferreira nhất trí.")
        #expect(shared.map(\.roles) == [[], [], [], []])
    }

    /// "Đài Tiếng nói Việt Nam": the noun "tiếng nói" (voice) is part of the name, not the verb "nói".
    @Test func theVoiceOfVietnamIsOneName() {
        #expect(people("Dự lễ có Tổng Giám đốc Đài Tiếng nói Việt Nam Trần Minh Khoa.").first?.roles
                == ["Tổng Giám đốc Đài Tiếng nói Việt Nam"])
    }

    /// A visit to a memorial by more than one act ("vào Lăng dâng hoa và viếng Chủ tịch …") is to the place;
    /// "Nhà sàn Bác Hồ" is a place named after him.
    @Test func actsOfRespectAtAMemorialNameThePlace() {
        #expect(people("Các đại biểu vào Lăng dâng hoa và viếng Chủ tịch Hồ Chí Minh.").isEmpty)
        #expect(people("Đoàn đã thăm Nhà sàn Bác Hồ.").isEmpty)
        #expect(people("Các đại biểu dâng hoa và viếng Chủ tịch Hồ Chí Minh.").map(\.name) == ["Hồ Chí Minh"])
        // Visiting someone after the act of respect is a visit to the living; "nhà sàn" in lower case is
        // any stilt house.
        #expect(people("Đoàn đến Khu tưởng niệm dâng hương và thăm Mẹ Việt Nam anh hùng Lê Thị Sen.").map(\.name) == ["Lê Thị Sen"])
        #expect(people("Đoàn công tác đến nhà sàn thăm già làng Đinh Văn Thương.").map(\.name) == ["Đinh Văn Thương"])
        #expect(people("Nhà sàn già làng Đinh Văn Thương là nơi sinh hoạt của cả bản.").map(\.name) == ["Đinh Văn Thương"])
        #expect(people("Đoàn đến Khu di tích thăm Mẹ Việt Nam anh hùng Lê Thị Sen.").map(\.name) == ["Lê Thị Sen"])
        // In a mausoleum "thăm" visits the place, as "viếng" does.
        #expect(people("Đoàn đại biểu đã vào Lăng thăm Bác Hồ.").isEmpty)
    }

    /// "A - Phó ban Nội chính T.Ư": "Phó Ban" is a title of its own, not "Phó" before a title.
    @Test func deputyHeadOfABoardAfterTheName() {
        #expect(people("Đại biểu Trần Văn Minh - Phó ban Tuyên giáo Trung ương, phát biểu.").first?.roles
                == ["Đại biểu", "Phó ban Tuyên giáo Trung ương"])
        #expect(people("Ông Trần Văn Minh, nguyên Phó Thủ tướng, phát biểu.").first?.roles == ["nguyên Phó Thủ tướng"])
    }

    /// A name glued to the next word by a lost space ("Longđề nghị") ends where the name ends; a name
    /// that merely ends in the same letters without a tone mark ("Armstrong") is left whole.
    @Test func aNameGluedToTheNextWordEndsWithTheName() {
        #expect(people("Bộ trưởng Trần Văn Minhđề nghị các địa phương chủ động phòng dịch.").map(\.name) == ["Trần Văn Minh"])
        #expect(people("Tiền đạo Carlos Mendesvà đồng đội đã ra sân.").map(\.name) == ["Carlos Mendes"])
        #expect(people("Ông Neil Armstrong phát biểu tại buổi lễ.").map(\.name) == ["Neil Armstrong"])
    }

    /// A name joined by "và" or a comma to a person just found is vouched for by that person, as a title
    /// would vouch for it; an institution or a single word after "và" is not.
    @Test func aNameBesideAPersonIsAPerson() {
        #expect(people("Tổng thống Carlos Mendes và Diego Ferreira đã hội đàm.").map(\.name) == ["Carlos Mendes", "Diego Ferreira"])
        #expect(people("Tổng thống Carlos Mendes và Bộ Ngoại giao Brazil phản đối.").map(\.name) == ["Carlos Mendes"])
        #expect(people("Tổng thống Carlos Mendes và Brasilia phản đối.").map(\.name) == ["Carlos Mendes"])
        // Without a person before it, a foreign name alone is not vouched for.
        #expect(people("Theo số liệu, Diego Ferreira đã tăng mạnh.").isEmpty)
        // An age right after it vouches for it; not for a single word.
        #expect(people("Căng thẳng tăng khi Diego Ferreira, 37 tuổi, bị thương.").map(\.name) == ["Diego Ferreira"])
        #expect(people("Công ty Vinacapital, 20 tuổi, vừa kỷ niệm.").isEmpty)
        // An age of three digits is a club's or a building's; words shaped like Vietnamese ones ("Lee") are
        // no bar.
        #expect(people("Năm nay Tháp Eiffel, 135 tuổi, được sơn lại.").isEmpty)
        #expect(people("Sau đó, Lee Min-ho, 37 tuổi, xuất hiện.").map(\.name) == ["Lee Min-ho"])
    }
}
