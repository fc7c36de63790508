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
        // VNI text read as Latin-1 and saved as UTF-8: "Buøi Thanh Sôn".
        guard case .failure(.legacyEncoding) = TextDecoding.decode(Data("Ñoàng chí Buøi Thanh Sôn, Boä tröôûng Boä Ngoaïi giao".utf8)) else {
            Issue.record("legacy"); return
        }
        let utf16 = Data([0xFF, 0xFE]) + "Hà Nội".data(using: .utf16LittleEndian)!
        let decoded = try? TextDecoding.decode(utf16).get()
        #expect(decoded?.text == "Hà Nội")
    }

    @Test func cleaningLines() {
        let lines = TextCleaning.lines("Ti\u{EA}\u{301}u \u{201C}&amp;&gt;&#7897;\r\n\u{A0}Caption\u{A0} here\rEnd")
        #expect(lines.map(\.text) == ["Tiếu “&>ộ", "Caption here", "End"])
        #expect(lines.map(\.indented) == [false, true, false])
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
                result += syllable.isEmpty ? "" : Vietnamese.matchKeyOfSyllable(syllable)
                syllable = ""
                result.append(ch)
            }
        }
        return result + (syllable.isEmpty ? "" : Vietnamese.matchKeyOfSyllable(syllable))
    }

    static func referenceMatchKey(_ text: String) -> String {
        referenceClassicTones(Vietnamese.nfc(text)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    static let pieces = ["Nguyễn", "Thị", "Hoà", "hòa", "Khoẻ", "THUỶ", "Quý", "quỳnh", "Thuý", "Đoàn", "ĐOÀN", "Ủy", "uỷ",
                         "Phú", "Trọng", "Ánh", "-", ",", " ", "  ", "\t", "\u{00A0}", "\u{3000}", "Tuỳ", "Hoè", "ß", "Æsir",
                         "e\u{301}", "A", "z", "123", "Xoá", "XOÁ", "Loạn", "\u{2013}"]

    @Test func foldTableAgreesWithDecomposition() {
        for v in Array(0x80..<0x250) + Array(0x1E00..<0x1F00) {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = "a" + String(u) + "Z"
            #expect(Vietnamese.fold(s) == Vietnamese.decomposedFold(s), "U+\(String(v, radix: 16))")
        }
        #expect(Vietnamese.fold("Nguyễn Phú Trọng – ĐÀ NẴNG") == "nguyen phu trong – da nang")
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
        #expect(Vietnamese.matchKey("Bộ trưởng Bộ Y tế Hoàng Thuỳ") == "bộ trưởng bộ y tế hoàng thùy")
    }
}
