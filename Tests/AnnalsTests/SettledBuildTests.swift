import Foundation
import Testing
@testable import Annals

/// A one-off build that finds every input and every file of the output as the last build left them keeps
/// everything without assembling the site (`Session.settledInputs`), and says what that build said.
@Suite struct SettledBuildTests {
    /// The redirect tests' archive: a seeds folder and an output in a temporary folder.
    typealias Place = RedirectTests.Place
    static func assembled(_ r: BuildReport) -> Bool { r.phases.contains { $0.name == "assemble" } }

    @Test func nothingChangedKeepsEverythingAndSaysTheSame() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        // Two articles of one title (a warning of assembly's) and one without a date (a warning of reading).
        try p.write("a.md", p.doc("Gặp mặt đầu xuân", day: 1, people: ["Lê Thị Hằng"]))
        try p.write("b.md", p.doc("Gặp mặt đầu xuân", day: 2, people: ["Lê Thị Hằng"]))
        try p.write("c.txt", "Hội nghị tổng kết\n\nBà Lê Thị Hằng phát biểu tại hội nghị tổng kết công tác năm của ngành giáo dục.\n")
        let first = p.build()
        #expect(!first.aborted && Self.assembled(first))
        #expect(first.diagnostics.contains { $0.kind == .duplicateSlug })
        #expect(first.diagnostics.contains { $0.kind == .noDate })
        let before = IncrementalTests.tree(p.out)

        let again = p.build()
        #expect(!again.aborted && !Self.assembled(again))
        #expect(again.pagesWritten == 0 && again.filesRemoved == 0)
        #expect(again.diagnostics == first.diagnostics)
        #expect((again.articles, again.people) == (first.articles, first.people))
        #expect(IncrementalTests.tree(p.out) == before)

        // An article saved again (the same text, a new time): assembled again, nothing else changes.
        try p.write("a.md", p.doc("Gặp mặt đầu xuân", day: 1, people: ["Lê Thị Hằng"]))
        let touched = p.build()
        #expect(Self.assembled(touched) && touched.pagesWritten == 0)
        #expect(IncrementalTests.tree(p.out) == before)
        #expect(!Self.assembled(p.build()))
    }

    @Test func aMissingPageOrRedirectIsPutBack() throws {
        let p = Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try p.write("a.md", p.doc("Khai giảng năm học", day: 1, people: ["Lê Thị Hằng"]))
        try p.write("b.md", p.doc("Tổng kết năm học", day: 2, people: ["Lê Thị Hằng"]))
        #expect(!p.build().aborted)
        // A corrected title leaves a redirect at the old address.
        try p.write("a.md", p.doc("Khai giảng năm học mới", day: 1, people: ["Lê Thị Hằng"]))
        #expect(!p.build().aborted)
        let redirect = p.out.appendingPathComponent("articles/khai-giang-nam-hoc/index.html")
        #expect(FileManager.default.fileExists(atPath: redirect.path))
        #expect(!Self.assembled(p.build()))
        let before = IncrementalTests.tree(p.out)

        // The redirect page deleted: this build assembles and writes it again.
        try FileManager.default.removeItem(at: redirect)
        let r1 = p.build()
        #expect(Self.assembled(r1) && r1.pagesWritten == 1)
        #expect(IncrementalTests.tree(p.out) == before)

        // A page deleted: the same.
        try FileManager.default.removeItem(at: p.out.appendingPathComponent("index.html"))
        let r2 = p.build()
        #expect(Self.assembled(r2) && r2.pagesWritten == 1)
        #expect(IncrementalTests.tree(p.out) == before)

        // A page's line lost from the state: the build assembles, and the page stays.
        let location = BuildState.location(output: p.out.path)
        let lines = try String(contentsOfFile: location, encoding: .utf8).components(separatedBy: "\n")
        try lines.filter { !$0.hasPrefix("index.html\t") }.joined(separator: "\n").write(toFile: location, atomically: true, encoding: .utf8)
        let r3 = p.build()
        #expect(Self.assembled(r3) && r3.filesRemoved == 0)
        #expect(IncrementalTests.tree(p.out) == before)

        // The redirects record deleted: the site is assembled again (the record is one of its inputs).
        try FileManager.default.removeItem(atPath: Redirects.location(output: p.out.path))
        #expect(Self.assembled(p.build()))
        #expect(!Self.assembled(p.build()))
    }

    /// The settled line holds diagnostics and paths with tabs and line breaks, which the state's own lines
    /// cannot: it reads back as written, and damage to it makes the whole state untrusted.
    @Test func settledRoundTrips() throws {
        let root = temporaryDirectory("settled-state")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site").path
        let stamp = FileStamp(size: 12, modified: -3, changed: 1_700_000_000_000_000_001, inode: UInt64.max)
        let settled = BuildState.Settled(
            articles: 3, people: 7, pages: 1,
            notes: [Diagnostic(.warning, .duplicateSlug, file: "seeds/a\tb.md", line: 4, "tiêu đề trùng\nlần hai"),
                    Diagnostic(.error, .config, file: "site.yml", line: nil, "x")],
            extra: ["cu/index.html": stamp, "cũ\tmột/index.html": FileStamp(size: 1, modified: 2)],
            record: stamp)
        let entry = BuildState.Entry(digest: 9, stamp: stamp)
        try BuildState(settings: 1, pages: ["index.html": entry], inputs: 2, settled: settled).save(output: out)
        let loaded = try #require(BuildState.load(output: out))
        #expect(loaded.settled == settled)
        #expect(loaded.pages == ["index.html": entry])
        try BuildState(settings: 1, pages: ["index.html": entry], inputs: 2, settled: BuildState.Settled()).save(output: out)
        #expect(BuildState.load(output: out)?.settled == BuildState.Settled())
        // Longer than the megabyte the record writer hands on at a time (30,000 warnings, 5,000 redirects).
        var big = BuildState.Settled(articles: 100_000, people: 9_000, pages: 1)
        big.notes = (0..<30_000).map { (k: Int) in Diagnostic(.warning, .duplicateSlug, file: "seeds/bai-\(k).txt", line: k, "cùng địa chỉ với một bài khác") }
        for k in 0..<5_000 { big.extra["cu/bai-\(k)/index.html"] = FileStamp(size: k, modified: Int64(k)) }
        try BuildState(settings: 1, pages: ["index.html": entry], inputs: 2, settled: big).save(output: out)
        #expect(BuildState.load(output: out)?.settled == big)
        // A page whose path the state cannot hold: nothing is settled (a build keeping what it lists would drop it).
        try BuildState(settings: 1, pages: ["index.html": entry, "a\tb.html": entry], inputs: 2, settled: settled).save(output: out)
        #expect(try #require(BuildState.load(output: out)).settled == nil)
        try BuildState(settings: 1, pages: ["index.html": entry], inputs: 2, settled: settled).save(output: out)

        let lines = try String(contentsOfFile: BuildState.location(output: out), encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[3].count > 8 && lines[3].allSatisfy(\.isHexDigit))
        // A digit dropped, one that is no digit, the last field cut short: not trusted.
        for bad in [String(lines[3].dropFirst()), "g" + lines[3].dropFirst(), String(lines[3].dropLast(2))] {
            var damaged = lines
            damaged[3] = bad
            try damaged.joined(separator: "\n").write(toFile: BuildState.location(output: out), atomically: true, encoding: .utf8)
            #expect(BuildState.load(output: out) == nil, "\(bad)")
        }
    }
}
