import Foundation
import Testing
@testable import Annals

/// The two articles of the fixture archive (copies of what `seeds/` held) convert to the front matter the
/// pipeline issue specifies.
@Suite struct SeedIngestTests {
    func seed(_ name: String) throws -> Article {
        let text = try Repo.text("Tests/AnnalsTests/Fixtures/Archive/\(name)")
        return ingest(text, file: name).article
    }

    @Test func conferenceSeed() throws {
        let a = try seed("000_06ebc7dd1d275972.txt")
        #expect(a.title == "Hội nghị đối ngoại toàn quốc triển khai thực hiện Nghị quyết Đại hội XIII của Đảng")
        #expect(a.date == ArticleDate(year: 2021, month: 12, day: 14))
        #expect(a.authors == ["Văn Hùng", "Hoàn Vũ"])
        #expect(a.people == ["Nguyễn Phú Trọng", "Nguyễn Xuân Phúc", "Phạm Minh Chính", "Võ Văn Thưởng",
                             "Nguyễn Văn Quảng", "Lương Nguyễn Minh Triết", "Lê Trung Chinh"])
        #expect(a.roles["Nguyễn Phú Trọng"] == ["Tổng Bí thư"])
        #expect(a.roles["Nguyễn Văn Quảng"] == ["Ủy viên BCH Trung ương Đảng", "Bí thư Thành ủy Đà Nẵng"])
        #expect(a.roles["Lương Nguyễn Minh Triết"] == ["Ủy viên dự khuyết BCH Trung ương Đảng", "Phó Bí thư Thường trực Thành uỷ", "Chủ tịch HĐND thành phố Đà Nẵng"])
        #expect(a.captions.first == "Quang cảnh tại hội nghị.")
        #expect(a.captions.count == 3)
        // Boilerplate and byline gone from the body.
        #expect(!a.body.contains("Tin liên quan"))
        #expect(!a.body.contains("FirstPrevNextLast"))
        #expect(!a.body.contains("Văn Hùng, Hoàn Vũ"))
        #expect(!a.body.contains("Ngày đăng"))
    }

    @Test func inferredYearSeed() throws {
        let a = try seed("004_e003db97517fafa5.txt")
        #expect(a.title == "Tạo sự đoàn kết trong toàn dân tộc và sự ủng hộ rộng rãi của bạn bè quốc tế")
        // "Sáng ngày 19/12" with no year: the body's "trong năm 2023" is not evidence of the article's year.
        #expect(a.date == nil)
        #expect(a.partialDate == DayMonth(day: 19, month: 12))
        #expect(a.authors == ["Thanh Nhã"])
        #expect(a.source == "Trà Vinh")
        #expect(a.sourceURL?.hasPrefix("https://www.baotravinh.vn/") == true)
        #expect(a.people == ["Nguyễn Phú Trọng", "Bùi Thanh Sơn", "Ngô Chí Cường"])
        #expect(a.roles["Bùi Thanh Sơn"] == ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bộ trưởng Bộ Ngoại giao"])
        // The caption printed twice is kept once.
        #expect(a.captions == ["Quang cảnh hội nghị tại điểm cầu tỉnh Trà Vinh."])
        #expect(a.body.components(separatedBy: "Quang cảnh hội nghị tại điểm cầu").count == 2)
        #expect(!a.body.contains("THANH NHÃ"))
        #expect(!a.body.contains("Nguồn Trà Vinh"))
    }

    @Test func seedsConvertToTheDocumentContract() throws {
        let a = try seed("004_e003db97517fafa5.txt")
        let doc = DocumentWriter.write(a, slug: Slug.make(a.title))
        #expect(doc.hasPrefix("---\ntitle: Tạo sự đoàn kết"))
        #expect(doc.contains("\ndate: \"--12-19\"\n"))
        #expect(!doc.contains("date_inferred"))
        #expect(doc.contains("\nslug: tao-su-doan-ket-trong-toan-dan-toc-va-su-ung-ho-rong-rai-cua-ban-be-quoc-te\n"))
        #expect(doc.contains("\nauthors: [Thanh Nhã]\n"))
        #expect(doc.contains("\npeople: [Nguyễn Phú Trọng, Bùi Thanh Sơn, Ngô Chí Cường]\n"))
        #expect(doc.contains("\nroles:\n  Nguyễn Phú Trọng: [Tổng Bí thư]\n"))
        #expect(doc.contains("\noriginal: \"004_e003db97517fafa5.txt\"\n"))
    }

    @Test func convertingManyKeepsTheirOrderAndWritesWhole() throws {
        let dir = temporaryDirectory("convert")
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        let paths = (seeds + ["missing.txt"] + seeds).map { (Repo.seeds as NSString).appendingPathComponent($0) }
        let results = Converter.convert(paths: paths)
        #expect(results.count == paths.count)
        for (path, result) in zip(paths, results) {
            switch result {
            case .success(let c): #expect(c.article.original == (path as NSString).lastPathComponent)
            case .failure(let d): #expect(path.hasSuffix("missing.txt"), "\(d)")
            }
        }
        let target = dir.appendingPathComponent("x.md").path
        try "cũ\n".write(toFile: target, atomically: false, encoding: .utf8)
        try Converter.writeDocument("mới\n", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mới\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.md"])
        #expect(throws: (any Error).self) { try Converter.writeDocument("x", to: dir.appendingPathComponent("no/such/folder.md").path) }
    }
}
