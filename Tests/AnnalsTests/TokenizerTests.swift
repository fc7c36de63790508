import Testing
@testable import Annals

@Suite struct TokenizerTests {
    /// Words of every shape the tokenizer tells apart: tones old and new, capitals, acronyms, initials,
    /// apostrophes, hyphens, digits, decomposed marks, and words longer than the memo keeps.
    static let pieces = [
        "Nguyễn", "nguyễn", "NGUYỄN", "Thủy", "thuỷ", "Hoà", "hòa", "quý", "Quỳnh", "UBND", "GS.TS", "V.Pu-tin", "K'Brèo",
        "H'Hen", "Ki-moon", "Nam-Cuba", "Việt-Lào", "đ/c", "NN&PTNT", "Jr.", "P.", "2.354", "G20", "Covid-19", "ương6",
        "LionelMessivà", "Vladimir", "e\u{301}", "Tổng Bí thư", "ông", "và", "của", ",", ".", ":", "(", ")", "“", "”", "–", "…",
        String(repeating: "dài", count: 20), "Ủy", "ủy", "Thành uỷ", "Đà Nẵng", "William", "the", "Phó Thủ tướng", "2021",
        "IX13", "XII5", "XL", "trưởngTài", "ĐàNẵng", "MinhỦy",
    ]

    static func same(_ a: TokenizedText, _ b: TokenizedText) -> Bool {
        a.bytes == b.bytes && a.tokens == b.tokens && a.ids == b.ids && a.keyBytes == b.keyBytes
    }

    /// A phrase as it was first made: bytes gathered in arrays, then made Strings.
    static func referencePhrase(_ t: TokenizedText, _ a: Int, _ b: Int) -> (text: String, key: String) {
        guard a < b else { return ("", "") }
        var out: [UInt8] = [], key: [UInt8] = []
        for (k, tok) in zip(a..<b, t.tokens[a..<b]) {
            if !out.isEmpty, tok.isWord || tok.isAmpersand || tok.isDash || tok.mark == 0x28, t.tokens[k - 1].mark != 0x28 { out.append(0x20) }
            if !key.isEmpty { key.append(0x20) }
            var end = Int(tok.end), keyEnd = Int(tok.keyEnd)
            if tok.isWord, tok.flags.contains(.lowercase) || tok.isCapitalised {
                var d = end
                while d > Int(tok.start), t.bytes[d - 1] >= 0x30, t.bytes[d - 1] <= 0x39 { d -= 1 }
                if d < end, end - d <= 2, d - Int(tok.start) >= 2, t.bytes[d - 1] >= 0x80 || (t.bytes[d - 1] >= 0x61 && t.bytes[d - 1] <= 0x7A),
                   !t.bytes[Int(tok.start)..<d].contains(0x2D) {
                    keyEnd -= end - d
                    end = d
                }
            } else if tok.isWord, k + 1 < t.tokens.count, t.tokens[k + 1].mark == 0x2E {
                // A Roman numeral with a list number glued on, before a stop: "IX13." is "IX".
                var d = end
                while d > Int(tok.start), t.bytes[d - 1] >= 0x30, t.bytes[d - 1] <= 0x39 { d -= 1 }
                if d < end, end - d <= 2, d - Int(tok.start) >= 2, t.bytes[Int(tok.start)..<d].allSatisfy({ "IVXLC".utf8.contains($0) }) {
                    keyEnd -= end - d
                    end = d
                }
            }
            out.append(contentsOf: t.bytes[Int(tok.start)..<end])
            key.append(contentsOf: t.keyBytes[Int(tok.keyStart)..<keyEnd])
        }
        return (String(decoding: out, as: UTF8.self), String(decoding: key, as: UTF8.self))
    }

    /// Every span of tokens gives the phrase (text and key) the array-building version gave: spaces
    /// before words, "&", dashes and an opening bracket only, none right after the bracket, footnote digits
    /// dropped ("ương6"), "G20" and "Covid-19" kept.
    @Test func phrasesMatchTheirReference() {
        let lexicon = testLexicon
        var random = TestRandom(seed: 23)
        var spans = 0
        for _ in 0..<300 {
            let text = (0..<(random.next(12) + 1)).map { _ in Self.pieces[random.next(Self.pieces.count)] }
                .joined(separator: random.next(4) == 0 ? "" : " ")
            let t = Tokenizer.tokenize(text, lexicon: lexicon)
            for a in 0...t.tokens.count {
                for b in a...t.tokens.count {
                    let got = t.phrase(a, b), want = Self.referencePhrase(t, a, b)
                    #expect(got.text == want.text && got.key == want.key, "\(text) [\(a)..<\(b)]")
                    spans += 1
                }
            }
        }
        #expect(spans > 3000)
        let t = Tokenizer.tokenize("Ông Nguyễn Văn A6 dự họp G20, NN&PTNT – Covid-19", lexicon: lexicon)
        #expect(t.phrase(0, t.tokens.count).text == "Ông Nguyễn Văn A6 dự họp G20, NN&PTNT – Covid-19")
        #expect(t.phrase(1, 3).text == "Nguyễn Văn" && t.phrase(1, 3).key == "nguyễn văn")
        let bracket = Tokenizer.tokenize("Tập đoàn Điện lực Việt Nam (EVN) dự", lexicon: lexicon)
        #expect(bracket.phrase(0, bracket.tokens.count - 1).text == "Tập đoàn Điện lực Việt Nam (EVN)")
        // A list number glued to a Roman numeral before a stop is dropped; not elsewhere, nor from "G20".
        let list = Tokenizer.tokenize("Ủy ban khóa IX13. Hồ Văn A, khóa XII5 và G20.", lexicon: lexicon)
        #expect(list.phrase(0, list.tokens.count).text == "Ủy ban khóa IX. Hồ Văn A, khóa XII5 và G20.")
    }

    /// A word met again comes from the memo: its token must be the one made the first time, letter by
    /// letter, whether the memo was just emptied, full, or filled for another lexicon.
    /// A capitalised word glued to a Vietnamese word before it is a word of its own ("trưởngTài",
    /// "đạoMan"); names of brands and people in camel case, and foreign words glued together, stay whole.
    @Test func aCapitalGluedToAVietnameseWordStartsAWord() {
        func words(_ text: String) -> [String] {
            let doc = Tokenizer.tokenize(text, lexicon: testLexicon)
            return doc.tokens.map { String(decoding: doc.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        }
        #expect(words("Bộ trưởngTài chínhScott Bessent") == ["Bộ", "trưởng", "Tài", "chính", "Scott", "Bessent"])
        #expect(words("tiền đạoMan City") == ["tiền", "đạo", "Man", "City"])
        #expect(words("ĐàNẵng") == ["Đà", "Nẵng"])
        // A marked capital after an unmarked word: "… Hồ Chí MinhỦy ban …".
        #expect(words("Hồ Chí MinhỦy ban") == ["Hồ", "Chí", "Minh", "Ủy", "ban"])
        // Not after a vowel: a syllable written in mixed case stays one word.
        #expect(words("NguyỄn") == ["NguyỄn"])
        #expect(words("iPhone VinFast McCain LeBron CitySergio") == ["iPhone", "VinFast", "McCain", "LeBron", "CitySergio"])
        let glued = people("Phái đoàn có Bộ trưởngTài chínhScott Bessent.")
        #expect(glued.map(\.name) == ["Scott Bessent"] && glued.first?.roles == ["Bộ trưởng Tài chính"])
    }

    @Test func rememberedWordsGiveTheTokensFirstMade() {
        let lexicon = testLexicon
        var random = TestRandom(seed: 11)
        for round in 0..<300 {
            let text = (0..<(random.next(40) + 1)).map { _ in Self.pieces[random.next(Self.pieces.count)] }
                .joined(separator: random.next(4) == 0 ? "" : " ")
            let memo = WordMemo.current(lexicon: lexicon.vocabulary.serial)
            if round % 3 == 0 { memo.forget() }
            let first = Tokenizer.tokenize(text, lexicon: lexicon)
            let again = Tokenizer.tokenize(text, lexicon: lexicon)
            #expect(Self.same(first, again), "\(text)")
            memo.forget()
            let fresh = Tokenizer.tokenize(text, lexicon: lexicon)
            #expect(Self.same(first, fresh), "\(text)")
        }
        // Numbers are words too: enough distinct ones fill the memo, which then starts again.
        for n in 0..<20_000 {
            let text = "ngày \(n) Nguyễn Văn \(n * 7)"
            let doc = Tokenizer.tokenize(text, lexicon: lexicon)
            #expect(doc.tokens.count == 5)
            #expect(doc.tokens[1].flags.contains(.allDigits) && doc.tokens[2].isCapitalised)
        }
        let check = "Phó Thủ tướng Nguyễn Văn A dự lễ"
        let before = Tokenizer.tokenize(check, lexicon: lexicon)
        WordMemo.current(lexicon: lexicon.vocabulary.serial).forget()
        #expect(Self.same(before, Tokenizer.tokenize(check, lexicon: lexicon)))
    }
}

extension TokenizerTests {
    /// The fold table covers every scalar below U+2000 that folds to one letter a–z, worked out the slow way.
    @Test func foldTableHasEveryLetterFold() {
        for v in 0..<0x2000 {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let f = Array(Vietnamese.decomposedFold(String(u)).utf8)
            let letter: UInt8 = f.count == 1 && f[0] >= 0x61 && f[0] <= 0x7A ? f[0] : 0
            #expect(Tokenizer.foldMap[v] == letter, "U+\(String(v, radix: 16))")
        }
    }
}

extension TokenizerTests {
    /// Keys looked up by their bytes give the dictionary's answer, for words of the lexicon and others,
    /// in NFC and decomposed.
    @Test func vocabularyByBytesAgreesWithTheDictionary() {
        let lexicon = testLexicon
        var random = TestRandom(seed: 29)
        let words = ["thủ", "tướng", "nguyễn", "bộ", "trưởng", "hà", "nội", "ủy", "viên", "và", "của", "ông", "bà", "đ/c", "x", "hòa", "hoà",
                     "thu\u{309}", "nguye\u{302}\u{303}n", "ǅ", "Å", "Å", "ab", "quý", ";", ";"]
        for w in words {
            #expect(lexicon.vocabulary.id(w) == lexicon.vocabulary.dictionaryID(w), "\(w.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for _ in 0..<2000 {
            let w = random.text(from: ["th", "ủ", "ướ", "ng", "ng", "uy", "ễ", "n", "ô", "\u{301}", "a", "đ", "o"], count: random.next(4) + 1)
            #expect(lexicon.vocabulary.id(w) == lexicon.vocabulary.dictionaryID(w), "\(w)")
        }
        #expect(lexicon.vocabulary.id("thủ") != 0)
    }
}
