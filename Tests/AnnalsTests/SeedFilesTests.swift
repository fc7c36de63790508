import Foundation
import Testing
@testable import Annals

/// Every file in the seeds folder is accounted for: read as an article, or named in one message.
@Suite struct SeedFilesTests {
    /// Makes a file whose name is given as raw bytes (not necessarily UTF-8).
    static func make(_ folder: URL, nameBytes: [UInt8], contents: String) throws {
        let path = Array(folder.path.utf8) + [0x2F] + nameBytes + [0]
        let fd = path.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(fd >= 0)
        _ = Array(contents.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func aNameThatIsNotUTF8IsNamedNotSkipped() throws {
        let a = try Archive("names", articles: 2)
        defer { a.remove() }
        // "Hòa" in Windows-1258 bytes, then ".txt".
        try Self.make(a.seeds, nameBytes: [0x48, 0xF2, 0x61, 0x2E, 0x74, 0x78, 0x74], contents: Archive.article(7))
        let r = Builder.build(a.options())
        #expect(r.articles == 2)
        let e = try #require(r.errors.first)
        #expect(r.errors.count == 1)
        #expect(e.file.hasSuffix("H\\xF2a.txt") && e.message.contains("not valid UTF-8"), "\(e)")
    }

    /// "Hòa.txt" written in NFC and in NFD are two files to the file system and one string to Swift.
    @Test func namesThatDifferOnlyInNormalisation() throws {
        let a = try Archive("nfc", articles: 1)
        defer { a.remove() }
        let nfc = "Hòa.txt", nfd = "Ho\u{0300}a.txt".decomposedStringWithCanonicalMapping
        #expect(Array(nfc.utf8) != Array(nfd.utf8))
        try Self.make(a.seeds, nameBytes: Array(nfc.utf8), contents: Archive.article(3))
        try Self.make(a.seeds, nameBytes: Array(nfd.utf8), contents: Archive.article(4))
        let listing = try SeedLoader.listing(a.seeds.path)
        #expect(listing.files.count == 2)
        #expect(listing.notes.count == 1)
        let r = Builder.build(a.options())
        // One read, one named: none lost in silence, none shown twice.
        #expect(r.articles == 2)
        #expect(r.errors.count == 1 && r.errors[0].message.contains("NFC and NFD"), "\(r.errors)")
        let titles = try String(contentsOf: a.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(titles.components(separatedBy: "Hội nghị số 3 ").count - 1 + titles.components(separatedBy: "Hội nghị số 4 ").count - 1 == 1)
    }

    @Test func linksAndOddFiles() throws {
        let a = try Archive("odd", articles: 2)
        defer { a.remove() }
        let outside = a.root.appendingPathComponent("outside.txt")
        try Archive.article(5).write(to: outside, atomically: true, encoding: .utf8)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: a.seeds.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: a.seeds.appendingPathComponent("outside.txt").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: a.seeds.appendingPathComponent("inside.txt").path, withDestinationPath: "bai-0.txt")
        try fm.createSymbolicLink(atPath: a.seeds.appendingPathComponent("broken.txt").path, withDestinationPath: "nothing-here.txt")
        try fm.createSymbolicLink(atPath: a.seeds.appendingPathComponent("usr").path, withDestinationPath: "/usr")
        #expect(mkfifo(a.seeds.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let r = Builder.build(a.options())
        #expect(!r.aborted)
        // bai-0, bai-1 and the link to bai-0 inside the folder.
        #expect(r.articles == 3)
        func message(_ name: String) -> String? { r.diagnostics.first { $0.file.hasSuffix("/" + name) }?.message }
        #expect(message("passwd.txt")?.contains("outside the seeds folder") == true)
        #expect(message("outside.txt")?.contains("--follow-links") == true)
        #expect(message("broken.txt")?.contains("leads nowhere") == true)
        #expect(message("pipe.txt")?.contains("not a regular file") == true)
        #expect(message("usr")?.contains("not followed") == true)
        #expect(r.errors.count == 4 && r.warnings.filter { $0.kind == .unreadable }.count == 1)
        let site = Archive.files(a.output)
        #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains("root:x:0:0") })

        // Allowed: the link that leads out is read like any other article.
        try fm.removeItem(atPath: a.seeds.appendingPathComponent("passwd.txt").path)
        var allowed = a.options()
        allowed.followLinks = true
        let r2 = Builder.build(allowed)
        #expect(r2.articles == 4)
        #expect(r2.errors.count == 2)
        #expect(try String(contentsOf: a.output.appendingPathComponent("index.html"), encoding: .utf8).contains("Hội nghị số 5 "))
    }
}

/// An article that gives a day and month but no year is listed under that day and month on the timeline,
/// not with the articles that have no date at all.
@Suite struct YearUnknownTimelineTests {
    @Test func dayAndMonthArticlesAreListedByMonth() throws {
        let a = try Archive("year-unknown", articles: 1)
        defer { a.remove() }
        let docs = [("b.md", "--06-26", "Ngày hai mươi sáu"), ("c.md", "--06-02", "Ngày mùng hai"), ("d.md", "--12-03", "Tháng cuối năm")]
        for (name, date, title) in docs {
            try "---\ntitle: \(title)\ndate: \"\(date)\"\n---\nThân bài.\n".write(to: a.seeds.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try "---\ntitle: Không có ngày nào\n---\nThân bài.\n".write(to: a.seeds.appendingPathComponent("e.md"), atomically: true, encoding: .utf8)
        let r = Builder.build(a.options())
        #expect(!r.aborted, "\(r.errors)")
        let html = try String(contentsOf: a.output.appendingPathComponent("timeline/index.html"), encoding: .utf8)
        let unknown = try #require(html.range(of: "<h2 id=\"nam-chua-ro\">")), undated = try #require(html.range(of: "<h2 id=\"khong-ro-ngay\">"))
        #expect(unknown.upperBound < undated.lowerBound)
        let yearUnknown = String(html[unknown.upperBound..<undated.lowerBound]), rest = String(html[undated.upperBound...])
        // June before December, the 2nd before the 26th, each with its day and month.
        let order = ["02/06, năm chưa rõ", "26/06, năm chưa rõ", "03/12, năm chưa rõ"].map { yearUnknown.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(yearUnknown.contains("Ngày mùng hai") && !rest.contains("Ngày mùng hai"))
        #expect(rest.contains("Không có ngày nào") && !yearUnknown.contains("Không có ngày nào"))
        #expect(SiteChecker.check(directory: a.output.path).isEmpty)
    }
}
