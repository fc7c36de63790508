import Foundation
import Testing
@testable import Annals

@Suite struct TextTests {
    @Test func slugs() {
        #expect(Slug.make("Nguyễn Phú Trọng") == "nguyen-phu-trong")
        #expect(Slug.make("Đặng Thị Ngọc Thịnh") == "dang-thi-ngoc-thinh")
        #expect(Slug.make("  Hà Nội -- 2023!! ") == "ha-noi-2023")
        #expect(Slug.make("<script>") == "script")
        #expect(Slug.isValid("nguyen-phu-trong"))
        #expect(!Slug.isValid("../../x"))
        #expect(!Slug.isValid("/etc/passwd"))
    }

    @Test func classicTonePlacement() {
        #expect(Vietnamese.matchKey("Thành uỷ") == Vietnamese.matchKey("Thành ủy"))
        #expect(Vietnamese.matchKey("Khánh Hoà") == Vietnamese.matchKey("Khánh Hòa"))
        #expect(Vietnamese.matchKey("khoẻ") == "khỏe")
        #expect(Vietnamese.matchKey("Quý") == "quý")
        #expect(Vietnamese.matchKey("Hoàn") == "hoàn")
        // NFD input matches NFC.
        #expect(Vietnamese.matchKey("Nguye\u{302}\u{303}n") == Vietnamese.matchKey("Nguyễn"))
    }

    @Test func vietnameseCollation() {
        let names = ["Đặng Văn Bình", "Trần Văn An", "Nguyễn Thị Ánh", "Lê Văn Đức", "Phạm Văn Dũng", "Vũ Ân"]
        let sorted = names.sorted { Collation.less(Collation.personKey($0), Collation.personKey($1)) }
        // Given names first: An, Ánh, Ân, Bình, Dũng, Đức (a < ă < â, d < đ, toneless before acute).
        #expect(sorted == ["Trần Văn An", "Nguyễn Thị Ánh", "Vũ Ân", "Đặng Văn Bình", "Phạm Văn Dũng", "Lê Văn Đức"])
    }

    @Test func decodingRefusesGarbage() {
        #expect(throws: Never.self) { try TextDecoding.decode(Data("Xin chào".utf8)).get() }
        guard case .failure(.empty) = TextDecoding.decode(Data("  \n\t ".utf8)) else { Issue.record("empty"); return }
        guard case .failure(.invalidUTF8(_, let line)) = TextDecoding.decode(Data([0x41, 0x0A, 0x42, 0x0A, 0xC3, 0x28])) else { Issue.record("invalid"); return }
        #expect(line == 3)
        // A four-byte sequence cut short: repaired, it takes as many bytes as it had ("\u{FFFD}" is three).
        guard case .failure(.invalidUTF8) = TextDecoding.decode(Data([0x41, 0xF0, 0x9F, 0x98, 0x42])) else { Issue.record("cut"); return }
        // VNI text read as Latin-1 and saved as UTF-8: "Buøi Thanh Sôn".
        guard case .failure(.legacyEncoding) = TextDecoding.decode(Data("Ñoàng chí Buøi Thanh Sôn, Boä tröôûng Boä Ngoaïi giao".utf8)) else {
            Issue.record("legacy"); return
        }
        let utf16 = Data([0xFF, 0xFE]) + "Hà Nội".data(using: .utf16LittleEndian)!
        let decoded = try? TextDecoding.decode(utf16).get()
        #expect(decoded?.text == "Hà Nội")
        // Control characters (C0, DEL, C1) are removed and counted; tabs and line ends stay; a BOM goes.
        let controlled = try? TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("Hà\u{7}\tNội\u{7F}\r\nĐà\u{85}\u{9F} Nẵng, một đoạn văn dài hơn bốn mươi chữ cái".utf8)).get()
        #expect(controlled?.text == "Hà\tNội\r\nĐà Nẵng, một đoạn văn dài hơn bốn mươi chữ cái")
        #expect(controlled?.notes == ["removed 4 control characters"])
        let clean = try? TextDecoding.decode(Data("Hà Nội\u{A0}«trích»\n".utf8)).get()
        #expect(clean?.notes == [])
        #expect(clean?.text == "Hà Nội\u{A0}«trích»\n")
    }

    /// Lines copied out of the text as they are (nothing to clean) against cleaning each line.
    @Test func plainLinesAgreeWithCleaning() {
        let pieces = ["Hà Nội", " ", "  ", "\t", "\u{A0}", "&amp;", "NN&PTNT", "e\u{301}", "\u{200B}", "\u{FEFF}", "“trích”",
                      "\u{2003}", "–", "ngày 19/12", "\u{3000}", "ả", "\u{2060}", "x"]
        let breaks = ["\n", "\r\n", "\r", "\n\n"]
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(next() % 4 + 1) {
                text += (0..<(next() % 6)).map { _ in pieces[next() % pieces.count] }.joined() + breaks[next() % breaks.count]
            }
            let raw = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
            let expected = raw.map { TextCleaning.clean(String($0)) }
            let lines = TextCleaning.lines(text)
            #expect(lines.map(\.text) == expected, "\(text.debugDescription)")
            #expect(lines.map(\.number) == Array(1...raw.count))
            #expect(lines.map(\.indented) == raw.map { $0.first.map { " \t\u{A0}\u{3000}".contains($0) } ?? false }, "\(text.debugDescription)")
        }
    }

    @Test func boundedCharacterCount() {
        for s in ["", "a", "Hà Nội", String(repeating: "ệ", count: 90), String(repeating: "e\u{301}", count: 91),
                  String(repeating: "👨‍👩‍👧‍👦", count: 15), String(repeating: "x", count: 300)] {
            for n in [0, 1, 6, 15, 89, 90, 91, 300] {
                #expect(Vietnamese.hasAtMost(n, charactersIn: s) == (s.count <= n), "\(n) \(s.prefix(3))")
            }
        }
        var random = TestRandom(seed: 23)
        let pieces = ["a", "ệ", "Đ", "ǅ", " ", "e\u{301}", "\u{301}", "\r", "\n", "\r\n", "😀", "中", "\u{0600}", "İ"]
        for _ in 0..<4000 {
            let s = random.text(from: pieces, count: random.next(14))
            let n = random.next(16)
            #expect(Vietnamese.hasAtMost(n, charactersIn: s) == (s.count <= n), "\(n) \(s.debugDescription)")
            let sub = s.dropFirst(random.next(3))
            #expect(Vietnamese.hasAtMost(n, charactersIn: sub) == (sub.count <= n), "\(n) \(sub.debugDescription)")
        }
    }

    @Test func exactJoinIsJoin() {
        let cases: [[String]] = [[], [""], ["Hà Nội"], ["a", "", "b"], ["Nguyễn Văn An", "“trích”", "e\u{301}", "\n"]]
        for pieces in cases {
            #expect(pieces.joinedExactly(separator: "\n\n") == pieces.joined(separator: "\n\n"))
            #expect(pieces.joinedExactly(separator: "") == pieces.joined())
        }
        let lines = "một\nhai\n\nba".split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.joinedExactly(separator: "\n") == "một\nhai\n\nba")
    }

    @Test func xmlEscaping() {
        #expect(XML.escape("Nguyễn Văn An – “Hà Nội”") == "Nguyễn Văn An – “Hà Nội”")
        #expect(XML.escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        // Characters XML 1.0 forbids are dropped; tab and line ends and other EF-led characters stay.
        #expect(XML.escape("x\u{1}y\u{FFFE}z\u{FFFF}\t\n\u{FF21}") == "xyz\t\n\u{FF21}")
        // Escaping straight into bytes gives the same.
        var random = TestRandom(seed: 9)
        let pieces = ["a", "Hà", " ", "&", "<", ">", "\"", "'", "\u{1}", "\u{1F}", "\t", "\n", "\r", "\u{FFFE}", "\u{FFFF}", "\u{FF21}",
                      "\u{FEFF}", "\u{EFFF}", "😀", "“", "&amp;"]
        for _ in 0..<3000 {
            let s = random.text(from: pieces, count: random.next(12))
            var out: [UInt8] = [0x2A]
            XML.appendEscaped(s, to: &out)
            #expect(out == [0x2A] + Array(XML.escape(s).utf8), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func cleaningLines() {
        let lines = TextCleaning.lines("Ti\u{EA}\u{301}u \u{201C}&amp;&gt;&#7897;\r\n\u{A0}Caption\u{A0} here\rEnd")
        #expect(lines.map(\.text) == ["Tiếu “&>ộ", "Caption here", "End"])
        #expect(lines.map(\.indented) == [false, true, false])
        // Doubled spaces, tabs, zero-width and ideographic spaces, a BOM inside the text: one plain space or nothing.
        #expect(TextCleaning.clean("Hà  Nội\tngày\u{200B}mới \u{3000}\u{FEFF}đẹp  ") == "Hà Nội ngàymới đẹp")
        #expect(TextCleaning.clean("Đã sạch, một dấu cách.") == "Đã sạch, một dấu cách.")
        #expect(Captions.mentionsPhoto("Quang cảnh (Ảnh: TTXVN)") && Captions.mentionsPhoto("PHOTO: AFP") && !Captions.mentionsPhoto("Phó Thủ tướng"))
    }

    /// `Captions.mentionsPhoto` gives what a byte-by-byte look for "ảnh" and "photo" (any case) gives, on
    /// random text made of pieces around the two words.
    @Test func mentionsPhotoAgreesWithAPlainLook() {
        func plain(_ s: String) -> Bool {
            let b = Array(s.utf8)
            for i in b.indices {
                if b[i] == 0xE1, i + 4 < b.count, b[i + 1] == 0xBA, b[i + 2] == 0xA2 || b[i + 2] == 0xA3,
                   b[i + 3] | 0x20 == 0x6E, b[i + 4] | 0x20 == 0x68 { return true }
                if b[i] | 0x20 == 0x70, i + 4 < b.count, b[i + 1] | 0x20 == 0x68, b[i + 2] | 0x20 == 0x6F,
                   b[i + 3] | 0x20 == 0x74, b[i + 4] | 0x20 == 0x6F { return true }
            }
            return false
        }
        let pieces = ["ảnh", "Ảnh", "ẢNH", "ảNh", "ản", "nh", "h", "H", "photo", "PHOTO", "pHoTo", "phot", "hoto", "p", "Phó",
                      "Thủ tướng", "ạnh", "anh", "ả", " ", ":", "(", "otô", "ph", "oto", "Hà Nội", "nhà", "hình"]
        var random = TestRandom(seed: 5)
        for _ in 0..<3000 {
            let s = (0..<(random.next(8))).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(Captions.mentionsPhoto(s) == plain(s), "\(s)")
        }
    }

    /// `Sentences.split` reads scalars when every character is one; it cuts as the character-by-character
    /// reading does, on random text of stops, initials, quotes, digits, Vietnamese letters, and characters
    /// of several scalars (which take the character reading).
    @Test func sentenceSplitAgreesWithTheCharacterReading() {
        let pieces = ["Ông", " ", "A", ".", "!", "?", "…", "”", "\"", "’", ")", "(", "“", "Tổng thống", "Lukashenko", "3",
                      "phát biểu", "Ảnh: TTXVN", "e\u{301}", "\r\n", "\u{2003}", "Đà Nẵng", "ǅ", "Ⅻ", "x", "  ", "\u{200D}", "€5"]
        var random = TestRandom(seed: 17)
        for _ in 0..<3000 {
            let s = (0..<(random.next(14))).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(Sentences.split(s) == Sentences.splitByCharacters(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Sentences.split("Ông A. Lukashenko phát biểu. Sau đó “Hội nghị” kết thúc! 3 người về.")
            == ["Ông A. Lukashenko phát biểu.", "Sau đó “Hội nghị” kết thúc!", "3 người về."])
    }

    @Test func nfcFastPathAgreesWithFoundation() {
        let samples = ["Nguyễn Phú Trọng", "Nguye\u{0302}\u{0303}n", "Hoa\u{0300}", "ASCII only", "",
                       "\u{2126} ohm and \u{212B} angstrom", "en\u{2000}quad", "“trích” — … ‰", "Ả Ạ ỹ Ỹ đ Đ",
                       "ﬁ ligature", "한국어", "Ǆ ǅ ǆ"]
        for s in samples {
            #expect(Vietnamese.nfc(s).unicodeScalars.elementsEqual(s.precomposedStringWithCanonicalMapping.unicodeScalars), "\(s)")
        }
    }
}

/// The fast paths of folding, tone placement and match keys against the plain ways of doing the same.
@Suite struct TextFastPathTests {
    /// Character by character, as match keys were made before the scalar version.
    static func referenceClassicTones(_ text: String) -> String {
        var result = "", syllable = ""
        for ch in text {
            if ch.isLetter { syllable.append(ch) } else {
                result += syllable.isEmpty ? "" : Vietnamese.classicSyllable(syllable)
                syllable = ""
                result.append(ch)
            }
        }
        return result + (syllable.isEmpty ? "" : Vietnamese.classicSyllable(syllable))
    }

    static func referenceMatchKey(_ text: String) -> String {
        referenceClassicTones(Vietnamese.nfc(text)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    static let pieces = ["Nguyễn", "Thị", "Hoà", "hòa", "Khoẻ", "THUỶ", "Quý", "quỳnh", "Thuý", "Đoàn", "ĐOÀN", "Ủy", "uỷ",
                         "Phú", "Trọng", "Ánh", "-", ",", " ", "  ", "\t", "\u{00A0}", "\u{3000}", "Tuỳ", "Hoè", "ß", "Æsir",
                         "e\u{301}", "A", "z", "123", "Xoá", "XOÁ", "Loạn", "\u{2013}", "oÀ", "QUỲ", "İ", "Ⱥ", "ẞ", "ΑΣ", "ĳ", "quỷ"]

    @Test func foldTableAgreesWithDecomposition() {
        for v in Array(0x80..<0x250) + Array(0x1E00..<0x1F00) {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = "a" + String(u) + "Z"
            #expect(Vietnamese.fold(s) == Vietnamese.decomposedFold(s), "U+\(String(v, radix: 16))")
        }
        #expect(Vietnamese.fold("Nguyễn Phú Trọng – ĐÀ NẴNG") == "nguyen phu trong – da nang")
    }

    /// The one-pass match key against the general way, for every scalar it may take, alone and at the end
    /// of the syllables whose tone it moves; and it must take the usual names.
    @Test func quickMatchKeyAgreesWithTheGeneralWay() {
        var taken = 0
        let contexts = ["", "o", "O", "u", "U", "qu", "QU", "Qu", "hO", "Nguyễn Văn o", "a-", "x "]
        for v in Array(0..<0x300) + Array(0x1E00..<0x1F00) + Array(0x2000..<0x2030) {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            for c in contexts {
                for s in [c + String(u), c + String(u) + " Hà", c + String(u) + "n", String(u) + c] {
                    guard let quick = Vietnamese.quickMatchKey(s) else { continue }
                    taken += 1
                    #expect(quick == Self.referenceMatchKey(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
        }
        #expect(taken > 20_000)
        for name in ["Nguyễn Thị Hoà", "THUỶ", "Quý", "Ủy ban", "Phó Thủ tướng Thường trực", "K'Brèo", "Tổng Bí thư – Chủ tịch nước"] {
            #expect(Vietnamese.quickMatchKey(name) != nil, "\(name)")
        }
    }

    /// The collation table against the character-by-character key, every scalar alone and in random text.
    @Test func collationTableAgreesWithTheCharacterByCharacterWay() {
        var taken = 0
        for v in Array(0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let u = Unicode.Scalar(v) else { continue }
            for s in [String(u), "a" + String(u) + "b", String(u) + " Văn"] {
                guard let quick = Collation.quickKey(s) else { continue }
                taken += 1
                #expect(quick == Collation.characterKey(s), "U+\(String(v, radix: 16))")
            }
        }
        #expect(taken > 1_000)
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        for _ in 0..<2000 {
            let text = (0..<(next() % 5 + 1)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined(separator: " ")
            #expect(Collation.key(text) == Collation.characterKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Collation.quickKey("Nguyễn Thị Ánh") != nil)
        #expect(Collation.quickKey("e\u{301}") == nil)
    }

    @Test func matchKeysAgreeWithTheCharacterByCharacterWay() {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        for _ in 0..<3000 {
            let text = (0..<(next() % 6 + 1)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " ")
            #expect(Vietnamese.classicTones(text) == Self.referenceClassicTones(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Vietnamese.matchKey(text) == Self.referenceMatchKey(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Vietnamese.fold(text) == Vietnamese.decomposedFold(text))
        }
        #expect(Vietnamese.matchKey("  Thủ tướng\u{00A0}Nguyễn   Xuân Phúc ") == "thủ tướng nguyễn xuân phúc")
        #expect(Vietnamese.quickMatchKey("  Thủ tướng") == nil)
        #expect(Vietnamese.quickMatchKey("Thủ tướng Nguyễn Xuân Phúc") == "thủ tướng nguyễn xuân phúc")
        #expect(Vietnamese.matchKey("Bộ trưởng Bộ Y tế Hoàng Thuỳ") == "bộ trưởng bộ y tế hoàng thùy")
    }
}

@Suite struct LegacyEncodingTests {
    /// Scalar by scalar, as the check was first written.
    static func reference(_ s: String) -> String? {
        var vietnamese = 0, foreign = 0
        let viet: Set<UInt32> = [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0]
        let latin: Set<UInt32> = [0xC4, 0xC5, 0xC6, 0xC7, 0xCB, 0xCF, 0xD1, 0xD6, 0xD8, 0xDB, 0xDC, 0xDE, 0xDF,
                                  0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEF, 0xF1, 0xF6, 0xF8, 0xFB, 0xFC, 0xFE, 0xFF]
        for u in s.unicodeScalars where u.value >= 0xA0 {
            if (0x1EA0...0x1EF9).contains(u.value) || viet.contains(u.value) { vietnamese += 1 }
            else if (0xA1...0xBF).contains(u.value) || latin.contains(u.value) { foreign += 1 }
        }
        guard foreign >= 3, foreign > vietnamese * 2 else { return nil }
        return s.unicodeScalars.contains(where: { (0xB5...0xB9).contains($0.value) }) ? "TCVN3 (ABC)" : "VNI"
    }

    @Test func byteCountingAgreesWithScalars() {
        // Every scalar from U+00A0 to U+01FF and the Vietnamese block, alone and in mixes.
        let scalars = (0xA0...0x1FF).compactMap(Unicode.Scalar.init) + (0x1E9E...0x1EFB).compactMap(Unicode.Scalar.init)
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<4000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<(next() % 12) { s.append(next() % 3 == 0 ? "a" : scalars[next() % scalars.count]) }
            let text = String(s)
            #expect(TextDecoding.legacyFontEncoding(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(TextDecoding.legacyFontEncoding("Buøi Thanh Sôn ñaõ ñeán") == "VNI")
        #expect(TextDecoding.legacyFontEncoding("Nguyễn Phú Trọng đã đến Hà Nội") == nil)
    }
}

@Suite struct TitleCaseTests {
    @Test func shortcutAgreesWithTheWordByWordWay() {
        var random = TestRandom(seed: 5)
        let pieces = ["Lan", "Phương", "THANH", "NHÃ", "P.V", "TTXVN", "ĐỨC", "Đức", "a", "Ủy", "ỦY", "2021", "-", "(", " ", " ", "  ", "\t", "é", "É"]
        var shortcut = 0
        for _ in 0..<5000 {
            let s = random.text(from: pieces, count: random.next(8))
            if Vietnamese.keepsItsCase(s) { shortcut += 1 }
            #expect(Vietnamese.titleCased(s) == Vietnamese.titleCasedWordByWord(s), "\(s)")
        }
        #expect(shortcut > 200)
        #expect(Vietnamese.titleCased("THANH NHÃ") == "Thanh Nhã")
        #expect(Vietnamese.titleCased("Lan Phương") == "Lan Phương")
    }
}

@Suite struct SlugTests {
    /// Scalar by scalar, as slugs were first made.
    static func reference(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in Vietnamese.fold(text).unicodeScalars {
            let v = ch.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(ch)
            } else {
                pendingHyphen = true
            }
        }
        if out.count > Slug.maxLength {
            let cut = out.prefix(Slug.maxLength)
            if let dash = cut.lastIndex(of: "-") { out = String(cut[..<dash]) } else { out = String(cut) }
        }
        return out
    }

    @Test func bytesAgreeWithScalars() {
        var random = TestRandom(seed: 13)
        let pieces = ["Nguyễn", " ", "Phú", "Trọng", "đ", "Đ", "-", "--", "2021", "ß", "中文", "😀", "e\u{301}", "Ǆ", "x", "'", ".",
                      String(repeating: "dài ", count: 12), String(repeating: "a", count: 60)]
        for _ in 0..<4000 {
            let s = random.text(from: pieces, count: random.next(10))
            #expect(Slug.make(s) == Self.reference(s), "\(s)")
        }
        #expect(Slug.make("Nguyễn Phú Trọng") == "nguyen-phu-trong")
    }
}

@Suite struct LinkTests {
    @Test func linksMadeInOnePieceAreTheJoinedOnes() {
        for base in [nil, "https://example.org/", "file:///tmp/site/"] as [String?] {
            let urls = URLs(baseURL: base)
            for from in ["", "page/2/", "articles/x/", "people/a/page/3/", "404.html", "timeline/2021/page/2/"] {
                for to in ["", "articles/x/", "feed.xml", "people/", "assets/style.css", "search/index.js"] {
                    var depth = 0
                    for b in from.utf8 where b == 0x2F { depth += 1 }
                    var expected = String(repeating: "../", count: depth) + to
                    if urls.explicitIndex && (to.isEmpty || to.hasSuffix("/")) { expected += "index.html" }
                    if expected.isEmpty { expected = "./" }
                    #expect(urls.link(from: from, to: to) == expected)
                    #expect(urls.link(depth: depth, "articles/", to, "/") == urls.link(from: from, to: "articles/" + to + "/"))
                }
            }
        }
    }
}

extension LinkTests {
    @Test func articleAndPersonLinks() {
        for base in [nil, "https://example.org/"] as [String?] {
            let urls = URLs(baseURL: base)
            for from in ["", "page/2/", "articles/x/", "people/a/page/3/"] {
                #expect(urls.link(from: from, toArticle: "bai-viet") == urls.link(from: from, to: URLs.article("bai-viet")))
                #expect(urls.link(from: from, toPerson: "nguyen-van-an") == urls.link(from: from, to: URLs.person("nguyen-van-an")))
            }
        }
        #expect(URLs.article("x") == "articles/x/")
        #expect(URLs.person("x") == "people/x/" && URLs.person("x", page: 2) == "people/x/page/2/")
    }
}

@Suite struct BinaryDetectionTests {
    /// More than a tenth of the first 8 KB in C0 controls (tab, line ends, VT and FF aside) is a binary
    /// file; fewer is text to clean (with 8 KB of letters after it, too few controls overall to call it
    /// binary either); controls further on do not count.
    @Test func aTenthOfTheHeadInControls() {
        func file(controls: Int, vtff: Int = 0, tailControls: Int = 0) -> Data {
            var b = [UInt8](repeating: 0x61, count: 8192)
            for k in 0..<controls { b[k * 9] = UInt8(k % 2 == 0 ? 0x01 : 0x1B) }
            for k in 0..<vtff { b[k * 9 + 4] = k % 2 == 0 ? 0x0B : 0x0C }
            var tail = [UInt8](repeating: 0x62, count: 8192)
            for k in 0..<tailControls { tail[k * 9] = 0x00 }
            return Data(b + tail)
        }
        func isBinary(_ d: Data) -> Bool { if case .failure(.binary) = TextDecoding.decode(d) { return true } else { return false } }
        #expect(isBinary(file(controls: 820)))
        #expect(!isBinary(file(controls: 819)))
        #expect(!isBinary(file(controls: 700, vtff: 300)))
        #expect(!isBinary(file(controls: 0, tailControls: 900)))
        #expect(isBinary(Data([0x01, 0x02, 0x61])))
    }
}

@Suite struct WordSplitTests {
    @Test func wordsAreWhatSplitGives() {
        var random = TestRandom(seed: 17)
        let pieces = ["Nguyễn", "Văn", " ", "  ", "An", "ǅ", "\u{301}", "e\u{301}", "\r", "\n", "\r\n", "\t", "中", "😀", "İ", "ß",
                      "\u{A0}", "Ω", "\u{0600}", "x", ".", "-", "–", "“", "…", "\u{200D}", "\u{2028}"]
        var fast = 0
        for _ in 0..<5000 {
            let s = random.text(from: pieces, count: random.next(9))
            let words = Vietnamese.words(s)
            #expect(words == s.split(separator: " "), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(words.map { $0.startIndex } == s.split(separator: " ").map { $0.startIndex })
            if !s.unicodeScalars.contains(where: { $0.value >= 0x300 && !(0x1E00...0x1EFF).contains($0.value) || $0 == "\r" }) { fast += 1 }
        }
        #expect(fast > 1000)
    }
}

extension WordSplitTests {
    @Test func classicTonesByPairsAgreeWithCharacters() {
        var random = TestRandom(seed: 19)
        let pieces = ["h", "q", "Q", "u", "U", "o", "O", "oà", "oá", "OÀ", "uỷ", "UỶ", "uý", "oẻ", "Oẹ", "a", "à", "ý", "e\u{301}",
                      "\u{301}", "ă", "ư", "İ", "😀", "\u{0600}", " ", "x"]
        for _ in 0..<6000 {
            let s = random.text(from: pieces, count: random.next(5) + 1)
            #expect(Vietnamese.classicSyllable(s) == Vietnamese.classicSyllableByCharacters(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Vietnamese.classicSyllable("hoà") == "hòa")
        #expect(Vietnamese.classicSyllable("quý") == "quý")
        #expect(Vietnamese.classicSyllable("THUỶ") == "THỦY")
        // A prepended mark joins the q into one character, which is no longer "q".
        for s in ["\u{0600}quý", "x\u{0600}quý", "\u{0600}qoà", "q\u{301}uý"] {
            #expect(Vietnamese.classicSyllable(s) == Vietnamese.classicSyllableByCharacters(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
