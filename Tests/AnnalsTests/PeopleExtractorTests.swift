import Foundation
import Testing
@testable import Annals

/// The extractor's rules, each on a sentence written for the test.
@Suite struct PeopleExtractorTests {
    func names(_ text: String) -> [String] { people(text).map(\.name) }

    /// "1. A - title2. B - title": a list whose line breaks were lost; the number glued to a Roman numeral
    /// ("khóa IX13.") is the next item's, not part of the title.
    @Test func aListNumberGluedToARomanNumeralIsNotInTheTitle() {
        let found = people("Danh sách: 1. Lê Văn Dũng - Phó Trưởng ban Tổ chức Trung ương khóa XI2. Trần Quốc Hải - Bộ trưởng Bộ Tư pháp.")
        #expect(found.map(\.name) == ["Lê Văn Dũng", "Trần Quốc Hải"])
        #expect(found.first?.roles == ["Phó Trưởng ban Tổ chức Trung ương khóa XI"])
    }

    /// A name after an administrative unit that follows a country ("… Việt Nam tỉnh Bấc Giang", a province
    /// misspelt) is a place; a personal name there is still a person.
    @Test func aPlaceAfterAUnitAfterACountryIsNoPerson() {
        #expect(names("Năm 1975: Ủy viên Ban Chấp hành Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bấc Giang, Phó Chủ tịch UBND tỉnh.") == [])
        let found = people("Hội nghị có Phó Bí thư Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lò Văn Pằn dự.")
        #expect(found.map(\.name) == ["Lò Văn Pằn"])
    }

    /// "Phó Giáo sư Phương Đông học Anna …": a field of study before the name, not a person.
    @Test func aFieldOfStudyIsNoPerson() {
        #expect(names("Phó Giáo sư Phương Đông học Irina Petrova, Trưởng khoa Lịch sử, cho biết.") == ["Irina Petrova"])
        // A Vietnamese name followed by "học" (studies) is still a name.
        #expect(names("Em Nguyễn Thị Hoa học Trường Tiểu học Kim Liên.") == ["Nguyễn Thị Hoa"])
    }

    /// "Hội nghị Bộ trưởng Ngoại giao ASEAN, Thủ tướng A": the meeting's name holds a title, nobody's.
    @Test func aMeetingNamedAfterATitleGivesNoTitle() {
        let found = people("Phát biểu tại Hội nghị Bộ trưởng Ngoại giao ASEAN, Thủ tướng Trần Văn Khải nêu rõ yêu cầu.")
        #expect(found.map(\.name) == ["Trần Văn Khải"])
        #expect(found.first?.roles == ["Thủ tướng"])
        // Without the meeting, the chain of titles is the person's.
        let chain = people("Phát biểu tại hội nghị, Bộ trưởng Ngoại giao, Phó Thủ tướng Trần Văn Khải nêu rõ yêu cầu.")
        #expect(chain.first?.roles == ["Bộ trưởng Ngoại giao", "Phó Thủ tướng"])
    }

    /// "kỷ luật ông A, Bí thư Thành ủy B bằng hình thức cảnh cáo": the sanction is not part of the title;
    /// "Đồng bằng" inside a body's name is.
    @Test func theMannerOfASanctionEndsATitle() {
        let found = people("Hội nghị thi hành kỷ luật ông Lê Văn Thắng, Bí thư Tỉnh ủy Long An bằng hình thức cảnh cáo.")
        #expect(found.first?.roles == ["Bí thư Tỉnh ủy Long An"])
        let delta = people("Ông Lê Văn Thắng, Trưởng Ban Chỉ đạo Đồng bằng sông Cửu Long, phát biểu.")
        #expect(delta.first?.roles == ["Trưởng Ban Chỉ đạo Đồng bằng sông Cửu Long"])
    }

    /// Two titles joined by a hyphen with no space are two titles; a hyphenated place or body stays one.
    @Test func titlesGluedByAHyphenAreTwo() {
        let found = people("Chủ tịch Hội đồng Dân tộc của Quốc hội-Bí thư Tỉnh ủy Sơn La Trần Văn Bảo đến dự lễ.")
        #expect(found.map(\.name) == ["Trần Văn Bảo"])
        #expect(found.first?.roles == ["Chủ tịch Hội đồng Dân tộc của Quốc hội", "Bí thư Tỉnh ủy Sơn La"])
        #expect(people("Chủ tịch Hội Hữu nghị Việt-Lào Trần Văn Bảo phát biểu.").first?.roles == ["Chủ tịch Hội Hữu nghị Việt-Lào"])
        #expect(people("Giám đốc Công an tỉnh Bà Rịa-Vũng Tàu Trần Văn Bảo phát biểu.").first?.roles == ["Giám đốc Công an tỉnh Bà Rịa-Vũng Tàu"])
    }

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

    /// "cựu" (former) is kept with the title, before the name or after it, as "nguyên" is.
    @Test func formerIsKeptWithTheTitle() {
        let found = people("Cựu Thủ tướng Peter Kovac gặp ông Trần Văn Lực, cựu Bộ trưởng Bộ Tư pháp, tại Hà Nội.")
        #expect(found.map(\.name) == ["Peter Kovac", "Trần Văn Lực"])
        #expect(found[0].roles == ["Cựu Thủ tướng"])
        #expect(found[1].roles == ["cựu Bộ trưởng Bộ Tư pháp"])
    }

    /// "của ông A, Thủ tướng yêu cầu …": the name ends a phrase opened by a preposition, and the bare title
    /// after it is the subject of the main clause. Without the preposition the title is A's.
    @Test func aBareTitleAfterAPrepositionalPhraseIsTheNextSubject() {
        let found = people("Sau khi nghe báo cáo của ông Trần Quốc Hưng, Thủ tướng yêu cầu các bộ khẩn trương triển khai.")
        #expect(found.map(\.name) == ["Trần Quốc Hưng"])
        #expect(found[0].roles.isEmpty)
        let own = people("Ông Trần Quốc Hưng, Chủ tịch UBND tỉnh cho biết tiến độ đạt yêu cầu.")
        #expect(own.first?.roles == ["Chủ tịch UBND tỉnh"])
    }

    /// "… Tỉnh ủy Hà Giang vụ Phan Văn Lợi": "vụ" (the case of) ends the title; "Bộ Nội vụ" keeps its "vụ".
    @Test func vuEndsATitleExceptInNoiVuAndNgoaiVu() {
        let found = people("Ông Đào Minh Sơn, từng Phó Bí thư Tỉnh ủy Hà Giang vụ Phan Văn Lợi, đã bị kỷ luật.")
        #expect(found.first { $0.name == "Phan Văn Lợi" }?.roles.isEmpty == true)
        #expect(people("Bộ trưởng Bộ Nội vụ Lê Văn Tâm phát biểu.").first?.roles == ["Bộ trưởng Bộ Nội vụ"])
    }

    /// "A, title (abbreviation) Place B": a title that runs through a bracket to the next name is B's.
    @Test func aTitleRunningThroughABracketToTheNextNameIsNotTheFirsts() {
        let found = people("Thủ tướng hội kiến Chủ tịch Quốc hội Trần Văn Bình, Chủ tịch Mặt trận Tổ quốc (MTTQ) Hà Giang Lê Thị Hoa.")
        #expect(found.first { $0.name == "Trần Văn Bình" }?.roles == ["Chủ tịch Quốc hội"])
    }

    /// "title A và B", "…; title A, B; …": B, with no title of its own, shares A's; "và ông B" does not.
    @Test func aTitleBeforeANameIsSharedWithTheNameAfterVa() {
        let found = people("Dự lễ có nguyên Chủ tịch nước Lê Văn Bảy và Trần Thị Mai.")
        #expect(found.map(\.name) == ["Lê Văn Bảy", "Trần Thị Mai"])
        #expect(found.map(\.roles) == [["nguyên Chủ tịch nước"], ["nguyên Chủ tịch nước"]])
        let other = people("Thủ tướng Lê Văn Bảy và ông Trần Văn Mai dự lễ.")
        #expect(other.first { $0.name == "Trần Văn Mai" }?.roles.isEmpty == true)
        // So after a comma, when the name closes its group of a list in semicolons; not elsewhere.
        let group = people("Dự có Tổng Bí thư Hà Văn Khải; nguyên Tổng Bí thư Lê Văn Bảy, Nông Văn Minh; Chủ tịch nước Trần Văn Toàn.")
        #expect(group.map(\.roles) == [["Tổng Bí thư"], ["nguyên Tổng Bí thư"], ["nguyên Tổng Bí thư"], ["Chủ tịch nước"]])
        let open = people("Dự có nguyên Tổng Bí thư Lê Văn Bảy, Nông Văn Minh và nhiều đại biểu.")
        #expect(open.first { $0.name == "Nông Văn Minh" }?.roles.isEmpty == true)
    }

    /// In a list ("Các đồng chí: …", "các ông …"), names without a title, each followed by a comma and the
    /// next name, share the title after the last; outside a list they do not.
    @Test func namesOfAListShareTheTitleAfterTheLast() {
        let found = people("Các đồng chí: Hà Văn Khải, Lưu Thị Hạnh, nguyên Phó Thủ tướng; Đinh Văn Toàn, Bộ trưởng Bộ Tư pháp.")
        #expect(found.map(\.roles) == [["nguyên Phó Thủ tướng"], ["nguyên Phó Thủ tướng"], ["Bộ trưởng Bộ Tư pháp"]])
        let plural = people("Kỷ luật các ông Tạ Quang Lộc, Vi Văn Hùng, Phó Giám đốc Sở Y tế.")
        #expect(plural.map(\.roles) == [["Phó Giám đốc Sở Y tế"], ["Phó Giám đốc Sở Y tế"]])
        let noList = people("Có mặt Tạ Quang Lộc, Vi Văn Hùng, Phó Giám đốc Sở Y tế.")
        #expect(noList.first { $0.name == "Tạ Quang Lộc" }?.roles.isEmpty == true)
    }

    /// "Bộ Tài nguyên - môi trường": a dash before a lower-case part of the organisation's name joins it;
    /// not before a verb or preposition, nor before a second title in lower case.
    @Test func aDashBeforeALowerCasePartOfTheOrganisation() {
        #expect(people("Phó Giám đốc Sở Giao thông - vận tải Phạm Quốc Toản phát biểu.").first?.roles == ["Phó Giám đốc Sở Giao thông - vận tải"])
        let two = people("Ông Lý Văn Định, Bí thư Tỉnh ủy - trưởng đoàn đại biểu Quốc hội tỉnh, phát biểu.")
        #expect(two.first?.roles == ["Bí thư Tỉnh ủy", "trưởng đoàn đại biểu Quốc hội tỉnh"])
    }

    /// A common word ending in a place marker ("nông thôn", "gia đình", "yêu cầu") is no marker: the name
    /// after it is a person's. The marker alone still makes a place ("thôn Nguyễn Văn Trỗi").
    @Test func aWordEndingInAMarkerIsNoMarker() {
        let minister = people("Dự họp có Bộ trưởng Nông nghiệp và Phát triển nông thôn Đỗ Văn Khiêm cùng nhiều đại biểu.")
        #expect(minister.map(\.name) == ["Đỗ Văn Khiêm"])
        #expect(minister.first?.roles == ["Bộ trưởng Nông nghiệp và Phát triển nông thôn"])
        #expect(names("Đoàn đến thăm gia đình Hà Văn Tuấn ở xã Yên Lạc.") == ["Hà Văn Tuấn"])
        #expect(names("Tòa yêu cầu Phan Thị Mai bồi thường.") == ["Phan Thị Mai"])
        #expect(names("Ông sống ở thôn Nguyễn Văn Trỗi, huyện Đông Anh.") == [])
    }

    /// "Phó Giám đốc Bệnh viện Bạch Mai Nguyễn Văn A": a title holding an institution, then the holder's name
    /// at the end of the institution's. The name is taken three words long where it can be ("Bạch Mai" holds
    /// family names too), a marker may open the institution's name ("Chợ Rẫy"), and an institution named
    /// after someone, with no one after it, names no one.
    @Test func aTitleHoldingAnInstitutionThenTheHoldersName() {
        let doctor = people("Phó Giám đốc Bệnh viện Bạch Mai Đỗ Văn Khiêm cho biết.")
        #expect(doctor.map(\.name) == ["Đỗ Văn Khiêm"])
        #expect(doctor.first?.roles == ["Phó Giám đốc Bệnh viện Bạch Mai"])
        #expect(people("Chủ tịch HĐQT Tập đoàn Sao Mai Phan Thị Kim Liên phát biểu.").first?.roles == ["Chủ tịch HĐQT Tập đoàn Sao Mai"])
        #expect(names("Giám đốc Bệnh viện Chợ Rẫy Lê Quang Hiếu cho biết.") == ["Lê Quang Hiếu"])
        #expect(names("Hiệu trưởng Trường THPT Chu Văn An Hà Minh Tâm cho biết.") == ["Hà Minh Tâm"])
        #expect(names("Hiệu trưởng Trường THPT Nguyễn Huệ cho biết.") == [])
        #expect(names("Ông là Chủ tịch Tập đoàn Hoàng Anh Gia Lai.") == [])
        // Named after someone, with no one after it: no piece of the name is a person.
        #expect(names("Hiệu trưởng Trường THPT Trần Cao Vân cho biết.") == [])
        #expect(names("Giám đốc Bệnh viện Lê Văn Thịnh cho biết.") == [])
        #expect(names("Hiệu trưởng trường Nguyễn Lương Bằng cho biết.") == [])
        // Where the cut falls: a four-word name, a two-word one after a name-like institution, a province.
        #expect(names("Chủ tịch Tập đoàn Trung Nguyên Đặng Lê Nguyên Vũ cho biết.") == ["Đặng Lê Nguyên Vũ"])
        #expect(names("Hiệu trưởng Trường THPT Phan Đình Phùng Lê Hùng cho biết.") == ["Lê Hùng"])
        let province = people("Hiệu trưởng Trường Đại học Y Hà Nội Lê Hùng cho biết.")
        #expect(province.map(\.name) == ["Lê Hùng"] && province.first?.roles == ["Hiệu trưởng Trường Đại học Y Hà Nội"])
        // No title before the institution: the run is its name ("thăm" ends the title's reach).
        #expect(names("Đoàn thăm Bệnh viện Chợ Rẫy Lê Quang Hiếu.") == [])
    }

    /// "Tập đoàn Điện lực Việt Nam (EVN) Nguyễn Văn A": the organisation's acronym in brackets right before
    /// the name is inside the title, written with the text's spacing. After a name it opens no title.
    @Test func anAcronymInBracketsBeforeTheNameIsInTheTitle() {
        let found = people("Phó Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Đỗ Văn Khiêm cho biết.")
        #expect(found.first?.roles == ["Phó Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN)"])
        #expect(people("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) Đỗ Văn Khiêm dự.").first?.roles
            == ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT)"])
        let two = people("Ông Hà Văn Tuấn (EVN) và ông Phan Văn Lộc cùng dự.")
        #expect(two.map(\.name) == ["Hà Văn Tuấn", "Phan Văn Lộc"])
        #expect(two.allSatisfy { $0.roles.isEmpty })
    }

    /// "Giám đốc điều hành Apple Tim Cook": a well-known company between a title and a foreign name is the
    /// title's, not the first word of the name; a name that is also a brand's stays whole ("Harrison Ford").
    @Test func aCompanyBetweenATitleAndAForeignName() {
        let ceo = people("Giám đốc điều hành Apple Tim Cook giới thiệu sản phẩm mới.")
        #expect(ceo.map(\.name) == ["Tim Cook"] && ceo.first?.roles == ["Giám đốc điều hành Apple"])
        #expect(names("Tổng giám đốc Samsung Lee Jae-yong cũng có mặt.") == ["Lee Jae-yong"])
        #expect(names("Diễn viên Harrison Ford nhận giải.") == ["Harrison Ford"])
        #expect(names("Apple cho biết doanh thu tăng.") == [])
    }

    /// "người đồng cấp Nga Sergei Lavrov" (his counterpart): vouches for a foreign name, and is no title.
    @Test func aCounterpartIsAPerson() {
        let found = people("Ngoại trưởng Mỹ Marco Rubio và người đồng cấp Nga Sergei Lavrov điện đàm.")
        #expect(found.map(\.name) == ["Marco Rubio", "Sergei Lavrov"])
        #expect(found.last?.roles == [])
        // A country alone after it is no one.
        #expect(names("Ông gặp người đồng cấp Ả Rập Xê Út và người đồng cấp Tân Tây Lan.") == [])
    }

    /// A company's name closed by a word such as "Corp", "Group" or "Platforms" ends before the holder's name,
    /// with or without "Tập đoàn" before it; "CEO" and "nhà sáng lập" are titles.
    @Test func aCompanyClosedByASuffixEndsBeforeTheName() {
        let ceo = people("Giám đốc Acme Corp Jonathan Reyes phát biểu.")
        #expect(ceo.map(\.name) == ["Jonathan Reyes"])
        #expect(ceo.first?.roles == ["Giám đốc Acme Corp"])
        #expect(people("Chủ tịch Tập đoàn Blue Harbor Group Lê Văn Phát cho biết.").first?.roles
                == ["Chủ tịch Tập đoàn Blue Harbor Group"])
        #expect(names("Giám đốc điều hành Tập đoàn Nordwind Holdings Karl Brandt cho biết.") == ["Karl Brandt"])
        // A place after the company's last word is the company's too.
        let branch = people("Tổng Giám đốc Hanseong Electronics Việt Nam Park Min Jae cho biết.")
        #expect(branch.map(\.name) == ["Park Min Jae"])
        #expect(branch.first?.roles == ["Tổng Giám đốc Hanseong Electronics Việt Nam"])
        #expect(names("Tổng giám đốc Hanseong Electronics Việt Nam Hải Phòng cho biết.") == [])
        let founder = people("CEO Nvidia Jensen Huang và nhà sáng lập Amazon Jeff Bezos dự hội nghị.")
        #expect(founder.map(\.name) == ["Jensen Huang", "Jeff Bezos"])
        #expect(founder.map(\.roles) == [["CEO Nvidia"], ["nhà sáng lập Amazon"]])
    }

    /// "nữ" is an honorific ("nữ Thủ tướng", "người phụ nữ …"), but not as the end of "Phụ nữ" in an
    /// organisation's name.
    @Test func phuNuIsNoHonorific() {
        #expect(people("Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Hà Thị Lan phát biểu.").first?.roles
                == ["Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"])
        #expect(names("Cảnh sát đã tìm thấy người phụ nữ Anna Petrova ở ga.") == ["Anna Petrova"])
        let pm = people("Đoàn có nữ Thủ tướng Helena Lindqvist.")
        #expect(pm.map(\.name) == ["Helena Lindqvist"])
        #expect(pm.first?.roles == ["Thủ tướng"])
    }

    /// "dự án", "dự phòng": nouns that open with the verb "dự" (attend) go on with the title.
    @Test func aNounOpeningWithAVerbGoesOnWithTheTitle() {
        #expect(people("Giám đốc Ban Quản lý dự án Đường sắt Nguyễn Văn Hải cho biết.").first?.roles
                == ["Giám đốc Ban Quản lý dự án Đường sắt"])
        #expect(people("Ông Trần Văn Phú, nguyên Cục trưởng Cục Y tế dự phòng, cho biết.").first?.roles
                == ["nguyên Cục trưởng Cục Y tế dự phòng"])
        // The verb still ends a title.
        #expect(people("Bộ trưởng Nguyễn Văn Thắng dự lễ khai mạc.").first?.roles == ["Bộ trưởng"])
        #expect(people("Ông Nguyễn Văn Hải, Giám đốc Sở Tài chính dự thảo luận, cho biết.").first?.roles == ["Giám đốc Sở Tài chính"])
    }

    /// "Thanh", "Tiến", "Linh" open titles ("Thanh tra viên", "Tiến sĩ", "Linh mục") and names: a name
    /// that opens with one is a person unless the title is there whole.
    @Test func aNameMayOpenWithTheFirstWordOfATitle() {
        let singer = people("Ca sĩ Thanh Lam biểu diễn tại lễ khai mạc.")
        #expect(singer.map(\.name) == ["Thanh Lam"])
        #expect(singer.first?.roles == ["Ca sĩ"])
        #expect(names("Có các ca sĩ Hồng Nhung, Thanh Lam và Tiến Minh tham gia.") == ["Hồng Nhung", "Thanh Lam", "Tiến Minh"])
        // Newspapers named without "Báo" ("Thanh Niên", "Tiền Phong") are no one.
        #expect(names("Theo phóng viên Thanh Niên, đám cháy đã được khống chế.") == [])
        #expect(names("Trả lời phóng viên Người Lao Động, Tổng Giám đốc Tiền Phong cho biết.") == [])
        // The whole title after a name and a comma still names no one.
        #expect(names("Ông Lê Văn Tám, Thanh Tra Viên của sở, phát biểu.") == ["Lê Văn Tám"])
    }

    /// "… của nhóm tác giả: Thu Hà, Quang Hưng, …": after people named by their title in the plural and a
    /// colon, a name of two or three syllables needs no family name. Other lists still do.
    @Test func aListAfterAPluralTitleAndAColonNamesPeople() {
        #expect(names("Giải A thuộc về bài viết của nhóm tác giả: Thu Hà, Quang Hưng, Đặng Giang - Báo Nhân dân.")
                == ["Thu Hà", "Quang Hưng", "Đặng Giang"])
        #expect(names("Tham gia có các nghệ sĩ: Thanh Phong, Ngọc Long.") == ["Thanh Phong", "Ngọc Long"])
        #expect(names("Đoàn đến các phường: Thạnh Lộc, Thạnh Xuân.") == [])
        #expect(names("Khu trưng bày gồm Thạnh Lộc, Thạnh Xuân và An Phú.") == [])
        // The list is the run after the title and those joined to it, not the rest of the sentence.
        #expect(names("Các phóng viên Báo Nhân Dân đã có mặt ở Hồ Gươm.") == [])
        #expect(names("Các cầu thủ U23 Việt Nam về nước, được đón tại Nội Bài.") == [])
        #expect(names("Các tác giả: Minh Khuê, Lan Chi. Sách Bão Cát ra mắt.") == ["Minh Khuê", "Lan Chi"])
        // A bracket after an item stays in the list; what it holds is no item.
        #expect(names("Các ca sĩ Hồ Ngọc Hà (TP.HCM), Mỹ Anh (Hà Nội) và Đông Nhi biểu diễn.") == ["Hồ Ngọc Hà", "Mỹ Anh", "Đông Nhi"])
        #expect(names("Các phóng viên Báo Nhân Dân (Hà Nội) đã có mặt ở Hồ Gươm.") == [])
        // The list ends with its sentence.
        #expect(names("Có nhóm tác giả: Thu Hà. Quang Hưng cho biết thêm.") == ["Thu Hà"])
    }

    /// "ca sĩ Mỹ Tâm": after a performer's title, or in a list of performers, a country that is also a given
    /// name, with one Vietnamese syllable after it, is a stage name. Elsewhere the country is peeled off.
    @Test func aStageNameMayOpenWithACountry() {
        let singer = people("Ca sĩ Mỹ Tâm biểu diễn tại lễ khai mạc.")
        #expect(singer.map(\.name) == ["Mỹ Tâm"])
        #expect(singer.first?.roles == ["Ca sĩ"])
        #expect(names("Đêm nhạc có các ca sĩ Mỹ Linh, Đức Phúc, Noo Phước Thịnh, Đông Nhi.")
                == ["Mỹ Linh", "Đức Phúc", "Noo Phước Thịnh", "Đông Nhi"])
        let star = people("Nữ ca sĩ Mỹ Taylor Swift tới Singapore.")
        #expect(star.map(\.name) == ["Taylor Swift"])
        #expect(star.first?.roles == ["ca sĩ Mỹ"])
        #expect(names("Thủ tướng Anh May và Thủ tướng Nhật Kan gặp nhau.") == [])
        #expect(names("Diễn viên Úc Tom đến.") == [])
    }

    /// A run that ends in a country of two words is no one ("Đoàn Việt Nam"), except a family name and the
    /// country right after a title or honorific ("Nhà sử học Dương Trung Quốc").
    @Test func aNameMayEndInACountryRightAfterATitle() {
        let historian = people("Nhà sử học Dương Trung Quốc phát biểu tại hội thảo.")
        #expect(historian.map(\.name) == ["Dương Trung Quốc"])
        #expect(historian.first?.roles == ["Nhà sử học"])
        #expect(names("Ông Lê Việt Nam cho biết thêm.") == ["Lê Việt Nam"])
        #expect(names("Đoàn Việt Nam giành 3 huy chương vàng.") == [])
        #expect(names("Bí thư Đoàn Việt Nam tại Pháp phát biểu.") == [])
        // A title with its organisation, or "ĐB" and the delegate's province, vouch for it as well.
        let secretary = people("Tổng thư ký Hội Sử học Lê Việt Nam nhận định như vậy.")
        #expect(secretary.map(\.name) == ["Lê Việt Nam"])
        #expect(secretary.first?.roles == ["Tổng thư ký Hội Sử học"])
        #expect(names("“Cần làm rõ!” - ĐB Hà Trung Quốc (Lạng Sơn) nhắc lại.") == ["Hà Trung Quốc"])
    }

    /// "Tổng cục phó", "Cục phó", "Vụ phó": a deputy head written after the body's word is a title.
    @Test func aDeputyWrittenAfterTheBodyIsATitle() {
        let found = people("Xin rút có Bộ trưởng Lê Văn Tám và Tổng cục phó Tổng cục Thuế Đinh Thị Hoa.")
        #expect(found.map(\.name) == ["Lê Văn Tám", "Đinh Thị Hoa"])
        #expect(found.map(\.roles) == [["Bộ trưởng"], ["Tổng cục phó Tổng cục Thuế"]])
        #expect(people("Ông Lê Văn Tám, Cục phó Cục Hải quan tỉnh, cho biết.").first?.roles == ["Cục phó Cục Hải quan tỉnh"])
    }

    /// "Đại diện cấp cao", "Đại diện thường trực" are titles, before the name or before its comma.
    @Test func aHighRepresentativeIsATitle() {
        let met = people("Bộ trưởng đã gặp Đại diện cấp cao của EU tại Hà Nội, Ingrid Holm, và ông Lê Văn Tâm.")
        #expect(met.map(\.name) == ["Ingrid Holm", "Lê Văn Tâm"])
        #expect(met.first?.roles == ["Đại diện cấp cao của EU tại Hà Nội"])
        #expect(people("Đại diện thường trực Việt Nam tại Liên Hợp Quốc Trần Minh Khoa phát biểu.").first?.roles
                == ["Đại diện thường trực Việt Nam tại Liên Hợp Quốc"])
    }

    /// A caption run into the next sentence: "… với Bộ trưởng Kinh tế Bồ Đào Nha Bộ trưởng Cabral …". The title
    /// closed by its country belongs to no one here; the short mention takes the later title alone.
    @Test func aTitleClosedByItsCountryEndsBeforeTheNextTitle() {
        let found = testIngest.extractor.extract(paragraphs: [
            "Bộ trưởng Kinh tế Bồ Đào Nha Manuel Ribeiro Costa thăm Hà Nội.",
            "Phó Thủ tướng hội đàm với Bộ trưởng Kinh tế Bồ Đào Nha Bộ trưởng Costa bày tỏ ấn tượng.",
        ])
        #expect(found.map(\.name) == ["Manuel Ribeiro Costa"])
        #expect(found[0].roles == ["Bộ trưởng Kinh tế Bồ Đào Nha", "Bộ trưởng"])
        // A rank after the country is the same person's, a title of its own: the office stays.
        #expect(people("Bộ trưởng Quốc phòng Lào Đại tướng Khamla Vongsa tiếp đoàn.").first?.roles == ["Bộ trưởng Quốc phòng Lào", "Đại tướng"])
        #expect(people("Tư lệnh Hải quân Ấn Độ Đô đốc Arun Mehta thăm cảng.").first?.roles == ["Tư lệnh Hải quân Ấn Độ", "Đô đốc"])
        #expect(people("Ủy viên Bộ Chính trị, Bộ trưởng Quốc phòng Việt Nam Đại tướng Lê Văn Hòa dự.").first?.roles
                == ["Ủy viên Bộ Chính trị", "Bộ trưởng Quốc phòng Việt Nam", "Đại tướng"])
    }

    /// "Bộ Nông nghiệp và PTNT": an acronym after "và" goes on with the ministry's name, as a capitalised word does.
    @Test func anAcronymAfterVaGoesOnWithTheMinistry() {
        #expect(people("Bộ trưởng Bộ Nông nghiệp và PTNT Đỗ Văn Khiêm phát biểu.").first?.roles == ["Bộ trưởng Bộ Nông nghiệp và PTNT"])
    }

    /// Foreign names vouched for by a title or a descriptor: a long hyphenated family name, "Ayatollah"
    /// and "tỷ phú" before a name (no title), "tại VN" inside a title.
    @Test func foreignNamesWithLongHyphensDescriptorsAndVN() {
        #expect(names("Thủ tướng Anna Lindqvist-Berglund phát biểu.") == ["Anna Lindqvist-Berglund"])
        let leader = people("Lãnh tụ tối cao Iran Ayatollah Reza Mahdavi cảnh báo.")
        #expect(leader.map(\.name) == ["Reza Mahdavi"])
        #expect(leader.first?.roles == ["Lãnh tụ tối cao Iran"])
        let rich = people("Tỷ phú Jack Harlow đầu tư vào dự án.")
        #expect(rich.map(\.name) == ["Jack Harlow"])
        #expect(rich.first?.roles.isEmpty == true)
        #expect(people("Đại sứ Anh tại VN Peter Clarke có mặt.").first?.roles == ["Đại sứ Anh tại VN"])
        // "cựu điệp viên Nga X", "chính khách đối lập Nga X": a descriptive phrase and a country vouch for X.
        #expect(names("Vụ đầu độc cựu điệp viên Nga Boris Kolyvanov gây chấn động.") == ["Boris Kolyvanov"])
        #expect(names("Tòa án xử chính khách đối lập Nga Pavel Ivanko.") == ["Pavel Ivanko"])
    }

    /// Honorifics some countries write before a leader's name ("Samdech Techo", its Vietnamese spelling
    /// "Xăm-đéc Tê-chô", "Tan Sri", "Datuk Seri"): not part of the name, so one person is one name, and the
    /// title before them is the person's.
    @Test func foreignHonorificsAreNotPartOfTheName() {
        let khmer = people("Thủ tướng Cam-pu-chia Xăm-đéc Tê-chô Hun Va tiếp đoàn.")
        #expect(khmer.map(\.name) == ["Hun Va"])
        #expect(khmer.first?.roles == ["Thủ tướng Cam-pu-chia"])
        #expect(names("Ông Xăm-đéc Hun Va phát biểu.") == ["Hun Va"])
        #expect(names("Thủ tướng Campuchia Samdech Techo Hun Va dự lễ.") == ["Hun Va"])
        let malay = people("Thủ tướng Malaysia Datuk Seri Amir Rahman và ông Tan Sri Yusof Hamid dự.")
        #expect(malay.map(\.name) == ["Amir Rahman", "Yusof Hamid"])
        #expect(malay.first?.roles == ["Thủ tướng Malaysia"])
        // A bare title before the honorific is the person's too (a capitalised "Ông" there opens another sentence).
        let bare = people("Chủ tịch Thượng viện Xăm-đéc Chia Vang tiếp đoàn. Cựu Thủ tướng Dato Seri Amir Rahman bị tuyên án.")
        #expect(bare.map(\.name) == ["Chia Vang", "Amir Rahman"])
        #expect(bare.map(\.roles) == [["Chủ tịch Thượng viện"], ["Cựu Thủ tướng"]])
    }

    /// "Trưởng Tiểu ban" is a title: after a comma it is the person's, not a two-word name.
    @Test func aSubcommitteesHeadIsATitle() {
        let found = people("Dự họp có Tổng Bí thư Nguyễn Văn An, Trưởng Tiểu ban Văn kiện, và ông Lê Văn Bình, Phó Trưởng Tiểu ban Nhân sự.")
        #expect(found.map(\.name) == ["Nguyễn Văn An", "Lê Văn Bình"])
        #expect(found.map(\.roles) == [["Tổng Bí thư", "Trưởng Tiểu ban Văn kiện"], ["Phó Trưởng Tiểu ban Nhân sự"]])
    }

    /// "Phó Phòng …": "Phó" is also a family name, but a title that opens with it names nobody, so the post
    /// after a rank and a comma is the person's.
    @Test func aDeputyHeadOfADepartmentIsATitleNotAName() {
        let found = people("Dược sĩ Trương Thị Mai, Phó Phòng Kế hoạch Bệnh viện tỉnh, cho hay kho thuốc đã đủ.")
        #expect(found.map(\.name) == ["Trương Thị Mai"])
        #expect(found.first?.roles == ["Dược sĩ", "Phó Phòng Kế hoạch Bệnh viện tỉnh"])
        // "Phó khoa" (a hospital department's deputy head) is a title too, not a person "Phó Khoa Hồi".
        let deputy = people("Bác sĩ Trương Thị Mai, Phó Khoa Hồi sức Bệnh viện tỉnh, cho hay ca bệnh đã ổn.")
        #expect(deputy.map(\.name) == ["Trương Thị Mai"])
        #expect(deputy.first?.roles == ["Bác sĩ", "Phó Khoa Hồi sức Bệnh viện tỉnh"])
        // The title's own "Phòng" makes no department of the name after it.
        let next = people("Dự họp có Trưởng phòng Hà Văn Nam, Phó Phòng Lò Văn Sáng cùng cán bộ trong phòng.")
        #expect(next.map(\.name) == ["Hà Văn Nam", "Lò Văn Sáng"])
        #expect(next.map(\.roles) == [["Trưởng phòng"], ["Phó Phòng"]])
        // A ward named after a hero is a place: the title stays the official's.
        let ward = people("Ông Hà Văn Nam, Phó Chủ tịch UBND phường Phạm Ngũ Lão cho biết.")
        #expect(ward.map(\.name) == ["Hà Văn Nam"])
        #expect(ward.first?.roles == ["Phó Chủ tịch UBND phường Phạm Ngũ Lão"])
    }

    /// "Ủy ban các vấn đề xã hội": "các" after a body's name, before the field it deals with, is in the
    /// name; before people or what several hold a title over ("Sở Y tế các tỉnh"), it ends the title as before.
    @Test func aBodysFieldAfterCacIsInItsName() {
        let before = people("Chủ nhiệm Ủy ban các vấn đề dân tộc của Quốc hội Đinh Thị Hoa nói thêm.")
        #expect(before.first?.roles == ["Chủ nhiệm Ủy ban các vấn đề dân tộc của Quốc hội"])
        let after = people("Ông Lò Văn Sáng, Giám đốc Trung tâm Phòng chống các bệnh truyền nhiễm tỉnh, cho hay dịch đã lui.")
        #expect(after.first?.roles == ["Giám đốc Trung tâm Phòng chống các bệnh truyền nhiễm tỉnh"])
        let staff = people("Ông Lò Văn Sáng, Giám đốc Trung tâm Y tế các cán bộ đã tới.")
        #expect(staff.first?.roles == ["Giám đốc Trung tâm Y tế"])
        let units = people("Ông Lò Văn Sáng, Giám đốc Sở Y tế các huyện phía Bắc đã tới.")
        #expect(units.first?.roles == ["Giám đốc Sở Y tế"])
        // Before a verb the field is the next clause's subject; before a comma and two people, a title with
        // "các" is theirs together.
        let subject = people("Ông Lò Văn Sáng, Giám đốc Sở Y tế các bệnh viện đã sẵn sàng.")
        #expect(subject.first?.roles == ["Giám đốc Sở Y tế"])
        let time = people("Ông Lò Văn Sáng, Giám đốc Bệnh viện tỉnh những ngày cao điểm dịch, luôn có mặt.")
        #expect(time.first?.roles == ["Giám đốc Bệnh viện tỉnh"])
        let several = people("Chủ tịch Hội Nông dân các thôn, ông Lò Văn Sáng và ông Hà Văn Nam đã ký.")
        #expect(several.map(\.name) == ["Lò Văn Sáng", "Hà Văn Nam"])
        #expect(several.allSatisfy { $0.roles.isEmpty })
    }

    /// "Ủy ban Văn hóa, Thể thao và Du lịch": a comma inside an organisation's name, closed by "và", does
    /// not cut the title; a comma before a verb, a number or a place does.
    @Test func aCommaInsideAnOrganisationsNameDoesNotCutTheTitle() {
        let found = people("Bà Hà Thị Yến, Chủ nhiệm Ủy ban Văn hóa, Thể thao và Du lịch của Quốc hội, phát biểu.")
        #expect(found.first?.roles == ["Chủ nhiệm Ủy ban Văn hóa, Thể thao và Du lịch của Quốc hội"])
        let institute = people("Ông Lò Minh Tân, Viện trưởng Viện nghiên cứu văn hóa, giáo dục và môi trường, tự ứng cử.")
        #expect(institute.first?.roles == ["Viện trưởng Viện nghiên cứu văn hóa, giáo dục và môi trường"])
        #expect(people("Ông Lò Minh Tân, Chủ tịch Quốc hội, đã trao quyết định và tặng hoa.").first?.roles == ["Chủ tịch Quốc hội"])
        #expect(people("Ông Lò Minh Tân, Giám đốc Sở Nội vụ, Lào và Campuchia cùng tham dự.").first?.roles == ["Giám đốc Sở Nội vụ"])
        // An acronym joins the name ("… và PTNT") unless it is a place, which closes it: two bodies then.
        #expect(people("Ông Lò Minh Tân, Bộ trưởng Bộ Nông nghiệp và PTNT cho biết.").first?.roles == ["Bộ trưởng Bộ Nông nghiệp và PTNT"])
        #expect(people("Ông Lò Minh Tân, Giám đốc Công an TPHCM và Công an tỉnh Bình Dương đã ký.").first?.roles == ["Giám đốc Công an TPHCM"])
    }

    /// Transliterated capitals and the provinces of the old map are places, even after a title.
    @Test func transliteratedCapitalsAndFormerProvincesAreNotPeople() {
        #expect(names("Thị trưởng Bu-ê-nốt Ai-rết đón đoàn tại sân bay.").isEmpty)
        #expect(names("Ông Lê Văn Đông, Phó Bí thư Tỉnh ủy Bắc Thái, phát biểu.") == ["Lê Văn Đông"])
        #expect(names("Đoàn đến Viên Chăn và Phnôm Pênh.").isEmpty)
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
        let found = testIngest.extractor.extract(paragraphs: [
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
        let found = testIngest.extractor.extract(paragraphs: ["Phóng viên Nguyễn Văn Hùng ghi nhận."], excluding: ["Nguyễn Văn Hùng"])
        #expect(found.isEmpty)
    }

    @Test func fourSyllableAndCompoundNames() {
        #expect(names("Nguyên Phó Chủ tịch nước Tôn Nữ Thị Ninh nói chuyện.") == ["Tôn Nữ Thị Ninh"])
        #expect(names("Giáo sư Tôn Thất Tùng là người thầy lớn.") == ["Tôn Thất Tùng"])
    }

    // MARK: - Where a title ends

    @Test func aVerbEndsTheTitleAfterAName() {
        let found = people("Bà Hoàng Thị Lan, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang cho biết tỉnh đã giảm nghèo nhanh.")
        #expect(found.first?.roles == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Hà Giang"])
        let lead = people("Đoàn công tác do ông Trịnh Văn Hòa, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm xã.")
        #expect(lead.first?.roles == ["Phó Chủ tịch UBND tỉnh"])
    }

    @Test func wordsThatJoinTheOrganisationOfATitle() {
        let found = people("Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh gặp Đại sứ Hà Lan tại Việt Nam Kees van Baar và ông Mai Văn Tư, Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao, cùng ông Park Ji-hoon, Giám đốc bán hàng của Samsung cho biết.")
        #expect(found.map(\.name) == ["Đặng Quốc Khánh", "Kees van Baar", "Mai Văn Tư", "Park Ji-hoon"])
        #expect(found[0].roles == ["Bộ trưởng Bộ Tài nguyên và Môi trường"])
        #expect(found[1].roles == ["Đại sứ Hà Lan tại Việt Nam"])
        #expect(found[2].roles == ["Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao"])
        #expect(found[3].roles == ["Giám đốc bán hàng của Samsung"])
    }

    @Test func aVerbBeforeATitleEndsTheEarlierOne() {
        let found = people("Thủ tướng cũng giao Bộ trưởng Bộ Tài chính Hồ Đức Phớc chuẩn bị báo cáo.")
        #expect(found.first?.roles == ["Bộ trưởng Bộ Tài chính"])
    }

    @Test func academicPrefixAndTheTitleAfterTheName() {
        let found = people("Chủ trì hội nghị, GS.TSKH Trần Văn Nhung, Thứ trưởng Bộ GD-ĐT yêu cầu các địa phương chuẩn bị kỹ.")
        #expect(found.first?.roles == ["GS.TSKH", "Thứ trưởng Bộ GD-ĐT"])
    }

    @Test func anAsideBetweenNameAndTitle() {
        let found = people("Bị cáo Lê Văn Sáu (SN 1970), nguyên Giám đốc Sở Xây dựng tỉnh Bình Định, bị tuyên 8 năm tù.")
        #expect(found.first?.roles == ["nguyên Giám đốc Sở Xây dựng tỉnh Bình Định"])
    }

    @Test func aChainAfterAConjunction() {
        let found = people("Chủ tịch nước Lương Cường và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith duyệt đội danh dự.")
        #expect(found.map(\.name) == ["Lương Cường", "Thongloun Sisoulith"])
        #expect(found[1].roles == ["Tổng Bí thư", "Chủ tịch nước Lào"])
    }

    @Test func titleWordsInsideBodyNamesAreNoTitles() {
        let found = people("Theo quyết định, Ban Bí thư chỉ định đồng chí Đỗ Văn Hải, Phó Trưởng Ban Tổ chức Trung ương, tham gia Ban Chấp hành.")
        #expect(found.first?.roles == ["Phó Trưởng Ban Tổ chức Trung ương"])
        #expect(people("Ông Lê Văn Mão, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội kiến nghị rút ngắn kỳ họp.").first?.roles == ["Chủ nhiệm Ủy ban Đối ngoại của Quốc hội"])
    }

    @Test func anAdministrationAfterAFormerTitleIsNoModifier() {
        let found = people("Chính quyền Tổng thống Mỹ Donald Trump tuyên bố lệnh cấm mới.")
        #expect(found.first?.roles == ["Tổng thống Mỹ"])
    }

    // MARK: - What is not a name

    @Test func titlesWrittenInCapitalsAreNotNames() {
        #expect(names("Dự có các đồng chí: Phạm Quang Hào, Phó Trưởng Ban Dân vận Trung ương; Lê Văn Tiến, Phó Chánh Văn phòng Trung ương Đảng.") == ["Phạm Quang Hào", "Lê Văn Tiến"])
        #expect(names("Phó Chủ tịch nước Võ Thị Ánh Xuân dâng hương.") == ["Võ Thị Ánh Xuân"])
    }

    @Test func photoCreditsAreNotPeople() {
        #expect(names("Quang cảnh buổi lễ. Ảnh: Văn Điệp/TTXVN Phiên họp do Thẩm phán Ngô Thị Hạnh chủ trì.") == ["Ngô Thị Hạnh"])
        #expect(names("Bộ trưởng phát biểu (Ảnh: Minh Đức).") == [])
    }

    @Test func countriesAreNotPeople() {
        #expect(names("Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam cùng Đoàn Việt Nam dự lễ.") == ["Choi Young-sam"])
        #expect(names("Bà Tôn Nữ Thị Hà, nguyên Đại sứ Việt Nam tại Thụy Sĩ, cho biết.") == ["Tôn Nữ Thị Hà"])
    }

    @Test func historicalNamesInStreetsSchoolsAndCompanies() {
        let text = "Ông Hoàng Văn Lợi đi dạo ở vườn hoa Lý Thái Tổ rồi tới Trường Phổ thông dân tộc nội trú Lê Quý Đôn và Công ty cổ phần Đầu tư Lê Lai, gần số 12 Trần Hưng Đạo."
        #expect(names(text) == ["Hoàng Văn Lợi"])
    }

    @Test func anAppositiveTitleKeepsTheNameItHolds() {
        let found = people("Bị cáo Trần Thị Yến, Giám đốc Công ty TNHH Đầu tư Hoàng Văn Thụ, nhận 5 năm tù; thầy Lê Quang Vinh, Hiệu trưởng Trường THPT chuyên Lê Hồng Phong đề xuất thêm.")
        #expect(found.map(\.name) == ["Trần Thị Yến", "Lê Quang Vinh"])
        #expect(found[0].roles == ["Giám đốc Công ty TNHH Đầu tư Hoàng Văn Thụ"])
        #expect(found[1].roles == ["Hiệu trưởng Trường THPT chuyên Lê Hồng Phong"])
    }

    @Test func organisationsInListsAreNotForeignNames() {
        #expect(names("Các hoạt động gồm Tết Sum Vầy, Phiên Chợ Xuân và sứ mệnh Arctic Sentry.") == [])
        #expect(names("Trung tướng Curtis Blake, Tư lệnh Nhóm Hỗ trợ an ninh, phát biểu.") == ["Curtis Blake"])
    }

    @Test func aCapitalisedHonorificMidSentenceStartsANewOne() {
        let found = people("Ông Lê Văn Bình làm Phó trưởng Ban Kinh tế Trung ương Ông Trần Quốc Vượng sau đó công bố quyết định.")
        #expect(found.map(\.name) == ["Lê Văn Bình", "Trần Quốc Vượng"])
        #expect(found[1].roles.isEmpty)
    }

    @Test func aLeadGluedToANameIsNoPartOfIt() {
        #expect(names("Bài học từ vụ ông Đinh Văn Thắng Chiều 13/5, cử tri gặp mặt.") == ["Đinh Văn Thắng"])
    }

    // MARK: - Names of many shapes

    @Test func namesWithSuffixesHyphensApostrophesAndInitials() {
        #expect(names("Tổng thống Philippines Ferdinand Marcos Jr. phát biểu.") == ["Ferdinand Marcos Jr."])
        #expect(names("Đại sứ Kim Do-hyun đánh giá cao tỉnh.") == ["Kim Do-hyun"])
        #expect(names("Đoàn đến thăm già làng K'Brèo ở thôn Liêng Trang.") == ["K'Brèo"])
        #expect(names("Gặp gỡ Tổng thống Bê-la-rút A.Lu-ca-sen-cô tại Minsk.") == ["A.Lu-ca-sen-cô"])
        #expect(names("Ngoại trưởng Mỹ William P. Rogers đến Paris.") == ["William P. Rogers"])
    }

    @Test func descriptorsBeforeANameAreTitles() {
        let found = people("Giải thưởng trao cho họa sĩ Lê Thanh Sơn; nhà khoa học Emma Reid và lãnh đạo phe đối lập Peter Dutton dự lễ; già làng Lý A Sử tặng quà.")
        #expect(found.map(\.name) == ["Lê Thanh Sơn", "Emma Reid", "Peter Dutton", "Lý A Sử"])
        #expect(found.map(\.roles) == [["họa sĩ"], ["nhà khoa học"], ["lãnh đạo phe đối lập"], ["già làng"]])
    }

    @Test func aUnitAfterATitleThenItsHolder() {
        let found = people("Chủ tịch UBND tỉnh Lò Văn Tiến và Chủ tịch UBND thành phố Huỳnh Văn Sơn đề xuất cơ chế mới; Chủ tịch UBND huyện Trần Văn Thời cũng dự.")
        #expect(found.map(\.name) == ["Lò Văn Tiến", "Huỳnh Văn Sơn"])
        #expect(found[0].roles == ["Chủ tịch UBND tỉnh"])
    }

    @Test func anOrganisationInCapitalsRunsIntoTheName() {
        let found = people("Phát biểu khai mạc, Thứ trưởng Bộ Công Thương Đặng Hoàng Hải cho biết; Tổng Thư ký ASEAN Kao Kim Hourn đồng ý.")
        #expect(found.map(\.name) == ["Đặng Hoàng Hải", "Kao Kim Hourn"])
        #expect(found[0].roles == ["Thứ trưởng Bộ Công Thương"])
    }

    @Test func aCountryAfterATitleIsNoHonorific() {
        let found = people("Thủ tướng Anh Keir Starmer và Đại sứ Vũ Quang Minh gặp nhau.")
        #expect(found.map(\.name) == ["Keir Starmer", "Vũ Quang Minh"])
        #expect(found[0].roles == ["Thủ tướng Anh"])
    }

    @Test func aTitleAndAFamilyNameAreALaterMention() {
        let found = testIngest.extractor.extract(paragraphs: [
            "Tổng thống Zelensky và Thủ tướng Starmer tại London.",
            "Tổng thống Ukraine Volodymyr Zelensky cảm ơn Thủ tướng Anh Keir Starmer.",
        ])
        #expect(found.map(\.name) == ["Volodymyr Zelensky", "Keir Starmer"])
        #expect(found[0].roles == ["Tổng thống Ukraine", "Tổng thống"])
    }

    @Test func namesGluedToTheNextWordJoinTheirPerson() {
        let found = testIngest.extractor.extract(paragraphs: [
            "Thủ tướng Phạm Minh Chínhnhấn mạnh yêu cầu.", "Thủ tướng Phạm Minh Chính chủ trì.",
            "Chủ tịch Hạ viện Dennis Hastert đến Hà Nội. Chủ tịch D.Hastert cảm ơn.",
        ])
        #expect(found.map(\.name) == ["Phạm Minh Chính", "Dennis Hastert"])
    }

    /// A spelling with a syllable no Vietnamese word has ("Đưc", its tone lost) joins the one spelling of
    /// the same letters that reads, with its titles; two spellings that both read stay apart.
    @Test func aMisspeltNameJoinsTheSpellingThatReads() {
        let found = testIngest.extractor.extract(paragraphs: [
            "Phó Thủ tướng Vũ Đức Nam dự lễ.", "Bộ trưởng Vũ Đưc Nam phát biểu.", "Ông Lê Văn Tùng và ông Lê Văn Tung cùng dự.",
        ])
        #expect(found.map(\.name) == ["Vũ Đức Nam", "Lê Văn Tùng", "Lê Văn Tung"])
        #expect(found[0].roles == ["Phó Thủ tướng", "Bộ trưởng"])
    }

    /// A spelling with one word's tone mark lost ("Binh" for "Bình", "Rodriguez" for "Rodríguez") joins the
    /// marked one when both hold an office few hold at a time; otherwise they stay apart.
    @Test func aNameWithALostToneMarkJoinsTheMarkedOneWithTheSameTitle() {
        let found = testIngest.extractor.extract(paragraphs: [
            "Phó Thủ tướng Trần Bình Khang dự lễ.", "Phó Thủ tướng Trần Binh Khang, Bộ trưởng Ngoại giao, phát biểu.",
            "Ngoại trưởng Cuba Jorge Rodriguez Vela đến. Ngoại trưởng Cuba Jorge Rodríguez Vela cảm ơn.",
            "Lễ thăng quân hàm cho Đại tá Lê Văn Thanh, Phó Tư lệnh Quân khu 1, và Đại tá Lê Văn Thành, Chính ủy Quân khu 2.",
            "Ông Đỗ Văn Tám và ông Đỗ Văn Tam cùng dự.",
        ])
        // A rank in common ("Đại tá") is no office few hold at a time: two people.
        #expect(found.map(\.name) == ["Trần Bình Khang", "Jorge Rodríguez Vela", "Lê Văn Thanh", "Lê Văn Thành", "Đỗ Văn Tám", "Đỗ Văn Tam"])
        #expect(found[0].roles == ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"])
    }

    /// Names not Vietnamese that differ only in their marks, or by one letter in a word after the first, are
    /// one person in one article, named by the spelling used most; a first word apart is another person.
    @Test func foreignSpellingsOfOneNameInOneArticleAreOnePerson() {
        let found = testIngest.extractor.extract(paragraphs: [
            "Chủ tịch Quốc hội Cuba Jorge Lazo Herrandes đến Hà Nội. Ông Jorge Lazo Herrandes cảm ơn.",
            "Ông Jorge Lazo Herrández thăm Học viện. Ông Jorge Lazo Herrandez phát biểu.",
            "Bà Maria Kovaleva và bà Marina Kovaleva cùng dự.",
        ])
        #expect(found.map(\.name) == ["Jorge Lazo Herrandes", "Maria Kovaleva", "Marina Kovaleva"])
        #expect(found[0].roles == ["Chủ tịch Quốc hội Cuba"])
        // The most used spelling wins, wherever it first stands.
        let later = testIngest.extractor.extract(paragraphs: [
            "Ông Pablo Ortega Sandoval đến. Ông Pablo Ortega Sandobal cảm ơn. Ông Pablo Ortega Sandobal phát biểu.",
        ])
        #expect(later.map(\.name) == ["Pablo Ortega Sandobal"])
        // A hyphened given name is one word; a Vietnamese name whose family name the lexicon lacks is
        // Vietnamese still: "Sơn Thị Hương" and "Sơn Thị Hường" are two people.
        let more = testIngest.extractor.extract(paragraphs: [
            "Ông Jean-Pierre Lemaitre đến. Ông Jean-Pierre Lemaître cảm ơn. Ông Jean-Pierre Lemaître phát biểu.",
            "Bằng khen tặng bà Sơn Thị Hương và bà Sơn Thị Hường.",
        ])
        #expect(more.map(\.name) == ["Jean-Pierre Lemaître", "Sơn Thị Hương", "Sơn Thị Hường"])
        // Parts of a hyphened name are compared apart; a Vietnamese syllable's marks tell two names apart;
        // a slip keeps the first two letters.
        let apart = testIngest.extractor.extract(paragraphs: [
            "Ông Park Ji-hoon và ông Park Ji-hyun cùng ra sân.", "Chị H'Hương Niê và chị H'Hường Niê là hai chị em.",
            "Ông Pablo Hernández và ông Pablo Fernández đã đến.",
        ])
        #expect(apart.map(\.name) == ["Park Ji-hoon", "Park Ji-hyun", "H'Hương Niê", "H'Hường Niê", "Pablo Hernández", "Pablo Fernández"])
    }

    @Test func twoWordNameClosesATitleSegment() {
        let found = people("Dự lễ có Đại tướng Ngô Xuân Lâm, Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an Tô Lâm.")
        #expect(found.map(\.name) == ["Ngô Xuân Lâm", "Tô Lâm"])
        #expect(found[0].roles == ["Đại tướng", "Bộ trưởng Bộ Quốc phòng"])
    }

    @Test func bareTitlesBeforeATitledNameAreThatName() {
        let found = people("Theo phân công của Chủ tịch nước Lương Văn Hải, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Văn Sơn dẫn đầu đoàn.")
        #expect(found.map(\.name) == ["Lương Văn Hải", "Bùi Văn Sơn"])
        #expect(found[0].roles == ["Chủ tịch nước"])
        #expect(found[1].roles == ["Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"])
    }

    @Test func aForeignNameClosesATitleSegment() {
        let found = people("Đón đoàn có Phó Thủ tướng Ivan Petrov, Bộ trưởng Ngoại giao Oleg Smirnov, Bộ trưởng Bộ Công nghiệp Pavel Orlov.")
        #expect(found.map(\.name) == ["Ivan Petrov", "Oleg Smirnov", "Pavel Orlov"])
        #expect(found.map(\.roles) == [["Phó Thủ tướng"], ["Bộ trưởng Ngoại giao"], ["Bộ trưởng Bộ Công nghiệp"]])
    }

    @Test func particlesAndPlacesHalfInLowerCase() {
        let found = people("Chủ tịch Ủy ban châu Âu Ursula von der Leyen gặp Đại sứ Hà Lan tại Việt Nam Kees van Baar.")
        #expect(found.map(\.name) == ["Ursula von der Leyen", "Kees van Baar"])
        #expect(found[0].roles == ["Chủ tịch Ủy ban châu Âu"])
    }

    @Test func organisationNamesWithADashOrALowerCaseMarker() {
        let found = people("Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Văn Dung, Bộ trưởng Bộ Quốc phòng Phan Văn Sáu và ông Lê Văn Tám, Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh, dự họp.")
        #expect(found.map(\.name) == ["Đào Văn Dung", "Phan Văn Sáu", "Lê Văn Tám"])
        #expect(found.map(\.roles) == [["Bộ trưởng Bộ Lao động - Thương binh và Xã hội"], ["Bộ trưởng Bộ Quốc phòng"], ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]])
    }

    @Test func creditsAndPlacesGluedToNames() {
        let found = people("Tổng Bí thư Nông Văn Mạnh Ảnh: TTXVN. Các tỉnh Đồng Nai, Bà Rịa-Vũng Tàu tham gia; HLV Park Hang-seo hài lòng.")
        #expect(found.map(\.name) == ["Nông Văn Mạnh", "Park Hang-seo"])
        #expect(found[1].roles == ["HLV"])
        // A video's credit as a photo's.
        #expect(people("Thủ tướng Phạm Văn Tâm dự khai mạc hội chợ (Video: Nguyễn Quỳnh Hoa).").map(\.name) == ["Phạm Văn Tâm"])
    }
}

@Suite struct VocabularyTests {
    /// The byte-keyed table finds every word the String-keyed one does, and nothing it does not.
    @Test func byteLookupAgreesWithStringLookup() throws {
        let vocabulary = testLexicon.vocabulary
        var words = Set<String>()
        let folder = Repo.fixtures + "/Labelled"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".txt") {
            let text = try Repo.text("Tests/AnnalsTests/Fixtures/Labelled/" + file)
            for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(w)) }
        }
        words.formUnion(["thủ", "tướng", "nguyễn", "bộ", "trưởng", "hà", "nội", "zzzz", "", "ủy", "uỷ", "x"])
        var known = 0
        for w in words {
            var key = w
            let byBytes = key.withUTF8 { vocabulary.id($0) }
            #expect(byBytes == vocabulary.id(w), "\(w)")
            if byBytes != 0 { known += 1 }
        }
        #expect(known > 50)
    }
}
