import Foundation
import Testing
@testable import Annals

@Suite struct DocumentTests {
    let sample = Article(
        title: "Chủ tịch nước: \"Đoàn kết\" là sức mạnh, #1 & [ưu tiên]",
        date: ArticleDate(year: 2021, month: 8, day: 2, hour: 17, minute: 40),
        slug: "chu-tich-nuoc",
        authors: ["Văn Hùng", "P.V"],
        source: "TTXVN",
        sourceURL: "https://example.vn/a?b=1#c",
        people: ["Nguyễn Phú Trọng", "Bùi Thanh Sơn"],
        roles: ["Nguyễn Phú Trọng": ["Tổng Bí thư"], "Bùi Thanh Sơn": ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Ngoại giao"]],
        captions: ["Quang cảnh, hội nghị: ngày đầu", "yes"],
        original: "2021.txt",
        body: "Đoạn một.\n\n<!-- caption -->\nQuang cảnh, hội nghị: ngày đầu\n\nĐoạn hai."
    )

    @Test func roundTripIsExact() throws {
        let text = DocumentWriter.write(sample)
        let read = try DocumentReader.read(text, fileName: "x.md").get()
        #expect(read.notes.isEmpty)
        #expect(read.article == sample)
        #expect(DocumentWriter.write(read.article) == text)
    }

    @Test func quotesWhatYAMLWouldMisread() {
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar("2021") == "\"2021\"")
        #expect(YAMLText.scalar("a: b") == "\"a: b\"")
        #expect(YAMLText.scalar("Hà Nội") == "Hà Nội")
        #expect(YAMLText.list(["a, b", "c"]) == "[\"a, b\", c]")
    }

    /// The byte road for quoting agrees with the rules on characters, on text mixing Vietnamese letters,
    /// ASCII punctuation, controls, numbers and (for the fallback) combining marks and other scripts.
    @Test func quotingByBytesAgreesWithCharacters() {
        let pieces = ["a", "Hà", "Nội", " ", ": ", ":", " #", "#", "-", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">",
                      "'", "\"", "%", "@", "`", "\\", "\n", "\t", "\r", "\r\n", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}", "²",
                      "½", "1", "+", ".", "yes", "No", "ON", "~", "y", "N", "Null", "Ẩ", "ự", "Ư", "ǿ", "\u{0301}", "e\u{0301}",
                      "\u{2028}", "\u{FEFF}", "中", "😀", "\u{E000}", "İ", "K", "ŉ"]
        var random = TestRandom(seed: 11)
        func next() -> Int { random.next(Int.max) }
        var checked = 0
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<(next() % 5) { s += pieces[next() % pieces.count] }
            for inFlow in [false, true] {
                #expect(YAMLText.needsQuotes(s, inFlow: inFlow) == YAMLText.needsQuotesByCharacters(s, inFlow: inFlow),
                        "\(s.unicodeScalars.map { String($0.value, radix: 16) }) inFlow: \(inFlow)")
                checked += 1
            }
        }
        #expect(checked == 40_000)
        // Each rule, on both roads.
        for (s, quoted) in [("", true), (" a", true), ("a ", true), ("a:", true), ("-a", true), ("yes", true), ("Yes", true),
                            ("a: b", true), ("a #b", true), ("a\tb", true), ("a\\b", true), ("a\u{85}", true), ("2021", true),
                            ("+1", true), (".5", true), ("½ giờ", true), ("Hà Nội", false), ("Hà Nội, 2021", false), ("e\u{0301}", false)] {
            #expect(YAMLText.needsQuotes(s, inFlow: false) == quoted, "\(s)")
        }
        #expect(YAMLText.needsQuotes("Hà Nội, 2021", inFlow: true))
    }

    @Test func undatedArticleHasNoDateKey() throws {
        var a = sample
        a.date = nil
        let text = DocumentWriter.write(a)
        #expect(!text.contains("\ndate:"))
        let read = try DocumentReader.read(text, fileName: "x.md").get()
        #expect(read.article.date == nil)
        #expect(read.notes.contains { $0.kind == .noDate })
    }

    @Test func badFrontMatterIsReportedWithLine() {
        let bad = "---\ntitle: ok\ndate: 2023-13-45\ncolour: red\npeople: {a: 1}\n---\nBody"
        let r = try? DocumentReader.read(bad, fileName: "x.md").get()
        #expect(r != nil)
        #expect(r?.article.date == nil)
        #expect(r?.notes.contains { $0.line == 3 && $0.message.contains("2023-13-45") } == true)
        #expect(r?.notes.contains { $0.line == 4 && $0.message.contains("colour") } == true)
        #expect(r?.notes.contains { $0.line == 5 && $0.message.contains("people") } == true)
    }

    /// The front matter and body as the reader first found them: every line split out (by Character),
    /// joined back, and Foundation's trimming.
    static func referenceParts(_ text: String) -> (yaml: String, body: String)? {
        let normalized = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else { return nil }
        let yaml = lines[1..<close].joined(separator: "\n")
        return (yaml, lines[(close + 1)...].joined(separator: "\n").trimmingCharacters(in: .newlines).nfc)
    }

    @Test func frontMatterAndBodyAreFoundAsLineByLine() {
        let pieces = ["---", "...", " --- ", "---\t", "--- x", "title: A", "", "\u{FEFF}---", "Đoạn một.", "\u{2028}",
                      "\r", "\n", "\u{85}", "Cuối\u{0301}", "a\u{FEFF}", " ", "----", "-- -"]
        var cases = ["", "---", "---\n", "---\n---", "---\n---\n", "---\n...\nB", "\u{FEFF}---\ntitle: A\n---\n\nB\n\n",
                     "  ---  \ntitle: A\n---\n", "---\r\ntitle: A\r\n---\r\nB\r\n", "---\ntitle: A\n--- \n---\nB",
                     "---\n\n---\n\u{2028}B\u{2029}\n", "x\n---\n---\n"]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            var lines: [String] = []
            for _ in 0..<(next() % 7) { lines.append(pieces[next() % pieces.count]) }
            cases.append(lines.joined(separator: next() % 4 == 0 ? "\r\n" : "\n") + (next() % 2 == 0 ? "\n" : ""))
        }
        for text in cases {
            let expected = Self.referenceParts(text)
            switch DocumentReader.parts(text) {
            case .success(let p):
                #expect(expected != nil && p.yaml == expected!.yaml && p.body == expected!.body, "\(Array(text.unicodeScalars))")
            case .failure:
                #expect(expected == nil, "\(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func invalidYAMLIsAFailure() {
        guard case .failure(let f) = DocumentReader.read("---\ntitle: [unclosed\n---\n", fileName: "x.md") else {
            Issue.record("expected a failure"); return
        }
        #expect(f.message.contains("YAML"))
        guard case .failure = DocumentReader.read("no front matter", fileName: "x.md") else {
            Issue.record("expected a failure"); return
        }
    }
}

/// Inputs the fuzzers found (Fuzz/regressions): converting them and reading the document back must
/// give the same document again.
@Suite struct FuzzRegressionTests {
    @Test func everyFoundInputRoundTrips() throws {
        let dir = Repo.path("Fuzz/regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasSuffix(".bin") }.sorted() ?? []
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            guard case .success(let decoded) = TextDecoding.decode(data) else { continue }
            let article = testIngest.article(fromText: decoded.text, fileName: name).article
            let text = DocumentWriter.write(article)
            let read = try DocumentReader.read(text, fileName: name).get()
            #expect(DocumentWriter.write(read.article) == text, "\(name)")
        }
    }

    @Test func unusualCharactersAreQuotedAndReadBack() throws {
        // A combining mark after ": ", " #", a leading space or an indicator makes one Character with it,
        // but YAML reads scalars (found by the ingest fuzzer: "ảnh: \u{306}m" was written unquoted).
        let fused = ["ảnh: \u{306}m", "a #\u{306}b", " \u{306}lead", "#\u{306}x", "&\u{301}a", "*\u{301}a", "!\u{301}a", "'\u{301}a'"]
        for title in ["A\u{FFFF}", "a:?b", "\r\u{323} x", "x\u{2028}y", "tab\there", "# not a comment", "- dash", "?", "@at"] + fused {
            let a = Article(title: title, people: [title], captions: [title], body: "")
            let text = DocumentWriter.write(a)
            let read = try DocumentReader.read(text, fileName: "x.md").get()
            #expect(read.article.title == title.precomposedStringWithCanonicalMapping, "\(title.debugDescription)")
            #expect(read.article.captions == [title.precomposedStringWithCanonicalMapping])
        }
    }
}
