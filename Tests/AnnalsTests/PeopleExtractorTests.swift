import Testing
@testable import Annals

/// The extractor's rules, each on a sentence written for the test.
@Suite struct PeopleExtractorTests {
    func names(_ text: String) -> [String] { people(text).map(\.name) }

    @Test func titleBeforeName() {
        let found = people("Sáng nay, Phó Thủ tướng Trần Lưu Quang và Bộ trưởng Bộ Y tế Đào Hồng Lan thăm bệnh viện.")
        #expect(found.map(\.name) == ["Trần Lưu Quang", "Đào Hồng Lan"])
        #expect(found[0].roles == ["Phó Thủ tướng"])
        #expect(found[1].roles == ["Bộ trưởng Bộ Y tế"])
    }

    @Test func titlesAfterName() {
        let found = people("Dự có đồng chí Hoàng Minh Sơn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; các đại biểu khác.")
        #expect(found.map(\.name) == ["Hoàng Minh Sơn"])
        #expect(found[0].roles == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"])
    }

    @Test func placeBetweenTitleAndName() {
        #expect(names("Chủ tịch UBND tỉnh Khánh Hoà Nguyễn Tấn Tuân phát biểu.") == ["Nguyễn Tấn Tuân"])
        #expect(names("Thủ tướng Australia Anthony Albanese đón đoàn.") == ["Anthony Albanese"])
        #expect(names("Hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc Kinh.") == ["Tập Cận Bình"])
    }

    @Test func foreignAndMinorityNamesNeedATitle() {
        #expect(names("Phó Chủ tịch Quốc hội Giàng Páo Mỷ dự lễ.") == ["Giàng Páo Mỷ"])
        #expect(names("Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đến Hà Nội.") == ["Thongloun Sisoulith"])
        #expect(names("Manchester United thắng Arsenal.") == [])
    }

    @Test func placesAndInstitutionsAreNotPeople() {
        let text = "Trường THPT Chu Văn An trên phố Lê Thái Tổ nhận Giải thưởng Lê Văn Thiêm; Công ty Phạm Gia ở TP Hồ Chí Minh và Bảo tàng Hồ Chí Minh tại Hà Nội."
        #expect(names(text) == [])
    }

    @Test func presidentHoChiMinhIsAPerson() {
        #expect(names("Thực hiện lời dạy của Chủ tịch Hồ Chí Minh, các em học tốt.") == ["Hồ Chí Minh"])
        #expect(names("Làm theo lời Bác Hồ dạy.") == ["Hồ Chí Minh"])
    }

    @Test func laterMentionsJoinTheFullName() {
        let found = PeopleExtractor().extract(paragraphs: [
            "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.",
            "Ông Chính đề nghị hai bên hợp tác. Bà Mai cho biết thêm.",
        ])
        #expect(found.map(\.name) == ["Phạm Minh Chính", "Ito Naoki"])
    }

    @Test func listsOfComrades() {
        let found = people("Các đồng chí: Lê Minh Hưng, Ủy viên Bộ Chính trị; Trương Thị Mai, nguyên Thường trực Ban Bí thư; Đỗ Mười dự.")
        #expect(found.map(\.name) == ["Lê Minh Hưng", "Trương Thị Mai", "Đỗ Mười"])
        #expect(found[1].roles == ["nguyên Thường trực Ban Bí thư"])
    }

    @Test func bylinesAreExcluded() {
        let found = PeopleExtractor().extract(paragraphs: ["Phóng viên Nguyễn Văn Hùng ghi nhận."], excluding: ["Nguyễn Văn Hùng"])
        #expect(found.isEmpty)
    }

    @Test func fourSyllableAndCompoundNames() {
        #expect(names("Nguyên Phó Chủ tịch nước Tôn Nữ Thị Ninh nói chuyện.") == ["Tôn Nữ Thị Ninh"])
        #expect(names("Giáo sư Tôn Thất Tùng là người thầy lớn.") == ["Tôn Thất Tùng"])
    }
}
