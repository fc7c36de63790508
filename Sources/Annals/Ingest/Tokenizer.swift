/// A word or punctuation mark in a paragraph, with what the people extractor asks of it. The text stays in
/// the paragraph's bytes; `TokenizedText` turns a range of tokens back into a String when one is needed.
struct Token: Sendable, Equatable {
    struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt32
        static let word = Flags(rawValue: 1 << 0)
        /// Starts with an upper-case letter and is not an acronym.
        static let capitalised = Flags(rawValue: 1 << 1)
        /// Two or more capitals and nothing that looks like a syllable of a name ("UBND", "HĐND", "GS.TS").
        static let acronym = Flags(rawValue: 1 << 2)
        /// Starts with a lower-case letter.
        static let lowercase = Flags(rawValue: 1 << 3)
        /// Can be a word of a personal name: at most 14 letters, no digit, slash or ampersand, not two words
        /// glued by a lost space ("LionelMessivà"), not countries joined by a hyphen ("Nam-Cuba").
        static let nameLike = Flags(rawValue: 1 << 4)
        static let hasSlash = Flags(rawValue: 1 << 5)
        static let allDigits = Flags(rawValue: 1 << 6)
        static let firstDigit = Flags(rawValue: 1 << 7)
        /// "K'Brèo", "H'Hen": a capital after the apostrophe.
        static let apostropheName = Flags(rawValue: 1 << 8)
        /// "V.Pu-tin": an initial and a name in one word.
        static let initialName = Flags(rawValue: 1 << 9)
        /// Could be a Vietnamese syllable ("Nguyễn"; not "Vladimir").
        static let vietnamese = Flags(rawValue: 1 << 10)
        static let hasDot = Flags(rawValue: 1 << 11)
    }

    /// Byte range in the paragraph.
    let start: Int32
    let end: Int32
    /// Vocabulary id of the match key (0 when the lexicon does not know the word; 0 for punctuation).
    let id: WordID
    /// The character of a punctuation token; 0 for words.
    let mark: UInt32
    let flags: Flags
    /// Number of characters (Unicode scalars).
    let length: Int32
    /// Byte range of the match key in `TokenizedText.keyBytes`.
    let keyStart: Int32
    let keyEnd: Int32

    @inline(__always) var isWord: Bool { mark == 0 }
    @inline(__always) var isCapitalised: Bool { flags.contains(.capitalised) }
    @inline(__always) var isAcronym: Bool { flags.contains(.acronym) }
    /// A lower-case word (not capitalised, not an acronym, not a number).
    @inline(__always) var isLowercaseWord: Bool { flags.contains(.lowercase) }
    /// Ends a sentence or a clause that a name list or a title chain cannot cross.
    var endsSentence: Bool { mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x2026 }
    var endsClause: Bool {
        endsSentence || mark == 0x3B || mark == 0x3A || mark == 0x28 || mark == 0x29 || mark == 0x22 || mark == 0x201C || mark == 0x201D
    }
    var isComma: Bool { mark == 0x2C }
    var isDash: Bool { mark == 0x2D || mark == 0x2013 || mark == 0x2014 }
    var isAmpersand: Bool { mark == 0x26 }
}

/// The tokens of one paragraph and the bytes they point into.
struct TokenizedText {
    let bytes: [UInt8]
    let tokens: [Token]
    /// The vocabulary ids of the tokens, for phrase look-ups.
    let ids: [WordID]
    /// The match keys of the tokens, one after the other.
    let keyBytes: [UInt8]

    /// Tokens a..<b as text, words joined by single spaces (punctuation other than "&" and dashes is glued
    /// to the word before it, a footnote number glued to a word is dropped: "ương6" → "ương"), and their
    /// match key.
    func phrase(_ a: Int, _ b: Int) -> (text: String, key: String) {
        guard a < b else { return ("", "") }
        // Written straight into the two Strings' storage (no byte arrays made and freed on the way): the
        // extractor asks for a phrase per candidate name.
        let textRoom = Int(tokens[b - 1].end - tokens[a].start) + (b - a)
        let keyRoom = Int(tokens[b - 1].keyEnd - tokens[a].keyStart) + (b - a)
        var ends: [(text: Int, key: Int)] = []   // per token: where its text and key end (footnote digits dropped)
        ends.reserveCapacity(b - a)
        for k in a..<b {
            let t = tokens[k]
            var end = Int(t.end), keyEnd = Int(t.keyEnd)
            // "G20" and "Covid-19" keep their digits.
            if t.isWord, t.flags.contains(.lowercase) || t.isCapitalised {
                var d = end
                while d > Int(t.start), bytes[d - 1] >= 0x30, bytes[d - 1] <= 0x39 { d -= 1 }
                if d < end, end - d <= 2, d - Int(t.start) >= 2, bytes[d - 1] >= 0x80 || (bytes[d - 1] >= 0x61 && bytes[d - 1] <= 0x7A),
                   !bytes[Int(t.start)..<d].contains(0x2D) {
                    keyEnd -= end - d
                    end = d
                }
            } else if t.isWord, k + 1 < tokens.count, tokens[k + 1].mark == 0x2E, let d = romanBeforeNumber(t) {
                // "… khóa IX13. Hồ Đức Việt": the next item's number, its line break lost, glued to a numeral.
                keyEnd -= end - d
                end = d
            }
            ends.append((end, keyEnd))
        }
        let text = String(unsafeUninitializedCapacity: textRoom) { out in
            bytes.withUnsafeBufferPointer { src in
                var n = 0
                for k in a..<b {
                    let t = tokens[k]
                    // "Việt Nam (EVN)": a space before an opening bracket, none after it.
                    if n > 0, t.isWord || t.isAmpersand || t.isDash || t.mark == 0x28, tokens[k - 1].mark != 0x28 { out[n] = 0x20; n += 1 }
                    let from = Int(t.start), count = ends[k - a].text - from
                    if count > 0 { UnsafeMutableRawPointer(out.baseAddress! + n).copyMemory(from: src.baseAddress! + from, byteCount: count) }
                    n += count
                }
                return n
            }
        }
        let key = String(unsafeUninitializedCapacity: keyRoom) { out in
            keyBytes.withUnsafeBufferPointer { src in
                var n = 0
                for k in a..<b {
                    if k > a { out[n] = 0x20; n += 1 }
                    let from = Int(tokens[k].keyStart), count = ends[k - a].key - from
                    if count > 0 { UnsafeMutableRawPointer(out.baseAddress! + n).copyMemory(from: src.baseAddress! + from, byteCount: count) }
                    n += count
                }
                return n
            }
        }
        return (text, key)
    }

    /// Where the digits start in a Roman numeral with one or two digits glued on ("IX13", "XII5"), or nil.
    func romanBeforeNumber(_ t: Token) -> Int? {
        let start = Int(t.start), end = Int(t.end)
        var d = end
        while d > start, bytes[d - 1] >= 0x30, bytes[d - 1] <= 0x39 { d -= 1 }
        guard d < end, end - d <= 2, d - start >= 2 else { return nil }
        return bytes[start..<d].allSatisfy { "IVXLC".utf8.contains($0) } ? d : nil
    }

    func text(_ i: Int) -> String {
        let t = tokens[i]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(t.start)..<Int(t.end)]), as: UTF8.self) }
    }
}

enum Tokenizer {
    /// Splits text into words and single punctuation marks. Dots, hyphens, apostrophes, slashes and
    /// ampersands stay inside a word when a letter or digit follows them ("GS.TS", "Ki-moon", "H'Hen",
    /// "đ/c", "NN&PTNT"); "Jr." and an initial inside a name ("William P. Rogers") keep their stop.
    /// One pass over the bytes; each word's match key is built in a scratch buffer and looked up once.
    static func tokenize(_ text: String, lexicon: Lexicon) -> TokenizedText {
        tokenize(text, lexicon: lexicon, scratch: Scratch())
    }

    /// Working memory for `tokenize`, kept from one paragraph to the next (an article's paragraphs would
    /// otherwise each allocate and zero four buffers). One per thread: it is not shared.
    final class Scratch {
        private(set) var capacity = 0
        private(set) var scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        private(set) var offsets = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        private(set) var keyScalars = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        private(set) var key = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
        /// The paragraph's tokens and their ids as they are made (a paragraph has at most one token a scalar).
        private(set) var tokens = UnsafeMutablePointer<Token>.allocate(capacity: 1)
        private(set) var ids = UnsafeMutablePointer<WordID>.allocate(capacity: 1)
        /// The paragraph's match keys, one after the other, as they are made.
        let keys = ByteSink(capacity: 4096)

        /// Room for a text of `bytes` UTF-8 bytes: as many scalars, plus one.
        func reserve(_ bytes: Int) {
            guard bytes + 1 > capacity else { return }
            let n = max(bytes + 1, 2 * capacity, 1024)
            scalars.deallocate(); offsets.deallocate(); keyScalars.deallocate(); key.deallocate(); tokens.deallocate(); ids.deallocate()
            scalars = .allocate(capacity: n); offsets = .allocate(capacity: n)
            keyScalars = .allocate(capacity: n); key = .allocate(capacity: 4 * n)
            tokens = .allocate(capacity: n); ids = .allocate(capacity: n)
            capacity = n
        }

        deinit { scalars.deallocate(); offsets.deallocate(); keyScalars.deallocate(); key.deallocate(); tokens.deallocate(); ids.deallocate() }
    }

    static func tokenize(_ text: String, lexicon: Lexicon, scratch: Scratch) -> TokenizedText {
        let bytes = Array(text.utf8)
        scratch.reserve(bytes.count)
        let info = Self.info, lowerMap = Self.lowerMap
        @inline(__always) func isWordScalar(_ v: UInt32) -> Bool { v < 0x2000 ? info[Int(v)] & 4 != 0 : slowIsWordScalar(v) }
        @inline(__always) func isUpper(_ v: UInt32) -> Bool { v < 0x2000 ? info[Int(v)] & 1 != 0 : Tokenizer.isUpper(v) }
        @inline(__always) func isLower(_ v: UInt32) -> Bool { v < 0x2000 ? info[Int(v)] & 2 != 0 : Tokenizer.isLower(v) }
        // Tokens and ids go into the scratch buffers (Array's append cost more than making most tokens).
        let tokens = scratch.tokens, ids = scratch.ids
        var made = 0
        @inline(__always) func put(_ t: Token) { tokens[made] = t; ids[made] = t.id; made += 1 }
        let n = decode(bytes, into: scratch)

        // Scratch space for one word's key, as long as the paragraph at most.
        let keyScalars = scratch.keyScalars, key = scratch.key
        let keyBytes = scratch.keys
        keyBytes.removeAll()
        var wordStart = -1   // scalar index of the current word's start

        let memo = WordMemo.current(lexicon: lexicon.vocabulary.serial)
        bytes.withUnsafeBufferPointer { text in
            do {
                let sc = UnsafeBufferPointer(start: scratch.scalars, count: n + 1)
                let of = UnsafeBufferPointer(start: scratch.offsets, count: n + 1)
                // A word, or two when a scraper glued a name to the next word ("Nguyễn Thanh Longđề nghị"), or
                // a word to the next name ("Bộ trưởngTài chínhScott Bessent").
                func putWord(_ a0: Int, _ b: Int) {
                    if let t = seen(a0, b, of, text, memo, keyBytes) {
                        put(t)
                        return
                    }
                    var a = a0
                    // (A loop, not a recursive call: a recursive local function kept its captures in boxes
                    // checked for exclusive access on every word.)
                    while let p = camelJoint(sc, a, b, info) {
                        put(remembered(sc, a, p, of, text, lexicon, memo, key, keyScalars, keyBytes, info, lowerMap))
                        a = p
                    }
                    if let p = gluedTail(sc, a, b) {
                        put(remembered(sc, a, p, of, text, lexicon, memo, key, keyScalars, keyBytes, info, lowerMap))
                        put(remembered(sc, p, b, of, text, lexicon, memo, key, keyScalars, keyBytes, info, lowerMap))
                    } else {
                        put(remembered(sc, a, b, of, text, lexicon, memo, key, keyScalars, keyBytes, info, lowerMap))
                    }
                }
                do {
                    var k = 0
                    // Where the current word ends when something other than a letter comes (-1: no word open).
                    var flushAt = -1
                    while k < n {
                        flushAt = -1
                        let c = sc[k]
                        if isWordScalar(c) {
                            if wordStart < 0 { wordStart = k }
                        } else if wordStart >= 0, c == 0x2E || c == 0x2D || c == 0x27 || c == 0x2019 || c == 0x2F || c == 0x26,
                                  k + 1 < n, isWordScalar(sc[k + 1]),
                                  // "Quốc.Trong": a stop whose space was lost ends the sentence.
                                  !(c == 0x2E && isLower(sc[k - 1]) && isUpper(sc[k + 1]) && k - wordStart > 1) {
                            // stays inside the word
                        } else if c == 0x2E, wordStart >= 0, k - wordStart == 1, isUpper(sc[wordStart]),
                                  made > 0, tokens[made - 1].isCapitalised, k + 2 < n, sc[k + 1] == 0x20, isUpper(sc[k + 2]) {
                            // "William P. Rogers": an initial inside a name.
                            flushAt = k + 1
                        } else if c == 0x2E, wordStart >= 0, k - wordStart == 2, sc[wordStart + 1] == 0x72,
                                  sc[wordStart] == 0x4A || sc[wordStart] == 0x53 {
                            // "Ferdinand Marcos Jr.": the stop belongs to the name.
                            flushAt = k + 1
                        } else {
                            if wordStart >= 0 {
                                putWord(wordStart, k)
                                wordStart = -1
                            }
                            if !isSpace(c) {
                                let ks = Int32(keyBytes.count)
                                keyBytes.append(text.baseAddress! + Int(of[k]), count: Int(of[k + 1] - of[k]))
                                put(Token(start: of[k], end: of[k + 1], id: 0, mark: c, flags: Token.Flags(rawValue: 0), length: 1,
                                          keyStart: ks, keyEnd: Int32(keyBytes.count)))
                            }
                        }
                        if flushAt >= 0 {
                            putWord(wordStart, flushAt)
                            wordStart = -1
                        }
                        k += 1
                    }
                    if wordStart >= 0 {
                        putWord(wordStart, n)
                        wordStart = -1
                    }
                }
            }
        }
        return TokenizedText(bytes: bytes, tokens: Array(UnsafeBufferPointer(start: tokens, count: made)),
                             ids: Array(UnsafeBufferPointer(start: ids, count: made)), keyBytes: keyBytes.array)
    }

    /// The scalars of `bytes` with their byte offsets, into the scratch buffers; their count. UTF-8 is
    /// decoded by hand (a String's bytes are valid; a cut tail would become U+FFFD).
    private static func decode(_ bytes: [UInt8], into scratch: Scratch) -> Int {
        let sc = scratch.scalars, of = scratch.offsets
        var n = 0
        bytes.withUnsafeBufferPointer { by in
            var i = 0
            let count = by.count
            while i < count {
                let b0 = UInt32(by[i])
                of[n] = Int32(i)
                if b0 < 0x80 {
                    sc[n] = b0; i += 1
                } else if b0 < 0xE0, i + 1 < count {
                    sc[n] = (b0 & 0x1F) << 6 | UInt32(by[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0, i + 2 < count {
                    sc[n] = (b0 & 0x0F) << 12 | UInt32(by[i + 1] & 0x3F) << 6 | UInt32(by[i + 2] & 0x3F); i += 3
                } else if i + 3 < count {
                    sc[n] = (b0 & 0x07) << 18 | UInt32(by[i + 1] & 0x3F) << 12 | UInt32(by[i + 2] & 0x3F) << 6 | UInt32(by[i + 3] & 0x3F); i += 4
                } else {
                    sc[n] = 0xFFFD; i = count
                }
                n += 1
            }
            of[n] = Int32(count)
        }
        return n
    }

    /// Words a scraper glues to the end of a capitalised word when it loses a space ("Longđề nghị",
    /// "Messivà"): each carries a tone mark or "đ", which no foreign name ends in ("Armstrong" would
    /// end in "trong").
    private static let gluedWords: [[UInt32]] = ["và", "đã", "đề", "là", "có", "được", "để", "của", "với", "tại", "đang", "sẽ",
                                                  "nói", "cũng", "vừa", "phát", "khẳng"]
        .map { $0.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) }

    /// Where a capitalised word glued to a Vietnamese word before it starts, in the word of scalars a..<b:
    /// "trưởngTài", "đạoMan", "ĐàNẵng", "MinhỦy". The part before has a letter outside ASCII, or the capital
    /// is one ("Ủ", "Đ"), and no capital after its first letter, so names of brands and people written in
    /// camel case ("iPhone", "VinFast", "McCain", "LeBron") are left whole. Nil when there is none.
    /// (`info`: the letter table, passed in so that no static is read on every word.)
    @inline(__always)
    static func camelJoint(_ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ info: UnsafeMutablePointer<UInt8>) -> Int? {
        guard b - a >= 3 else { return nil }
        @inline(__always) func bits(_ v: UInt32) -> UInt8 {
            v < 0x2000 ? info[Int(v)] & 3 : (isUpper(v) ? 1 : isLower(v) ? 2 : 0)
        }
        var marked = sc[a] >= 0x80
        var k = a + 1
        while k < b - 1 {
            let v = sc[k], c = bits(v)
            // (A marked capital after unmarked letters splits only after a consonant: "MinhỦy", not "NguyỄn".)
            if c == 1 { return (marked || (v >= 0x80 && !isASCIIVowel(sc[k - 1]))) && bits(sc[k - 1]) == 2 && bits(sc[k + 1]) == 2 && k - a >= 2 ? k : nil }
            if c != 2 { return nil }
            if v >= 0x80 { marked = true }
            k += 1
        }
        return nil
    }

    @inline(__always) static func isASCIIVowel(_ v: UInt32) -> Bool {
        switch v | 0x20 { case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true; default: return false }
    }

    /// Where a glued word starts in the word of scalars a..<b: a capitalised word of three letters or more,
    /// then in lower case one of `gluedWords`, right after a lower-case letter. Nil when there is none.
    @inline(__always)
    static func gluedTail(_ sc: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int? {
        guard b - a >= 5, isUpper(sc[a]) else { return nil }
        for w in gluedWords where b - w.count - a >= 3 {
            let p = b - w.count
            guard isLower(sc[p - 1]), sc[p] == w[0] else { continue }
            var same = true
            for (i, v) in w.enumerated() where sc[p + i] != v { same = false; break }
            if same { return p }
        }
        return nil
    }

    /// The token of the word of scalars a..<b if the memo has it (then it was read whole before: a word
    /// with glued parts is kept as its parts, never whole).
    @inline(__always)
    private static func seen(_ a: Int, _ b: Int, _ offsets: UnsafeBufferPointer<Int32>, _ text: UnsafeBufferPointer<UInt8>,
                             _ memo: WordMemo, _ keyBytes: ByteSink) -> Token? {
        guard let p = MemoProbe(a, b, offsets, text), let e = memo.find(p.raw, p.count, head: p.head, hash: p.hash) else { return nil }
        return token(of: e, a, b, offsets, memo, keyBytes)
    }

    /// Where the word of scalars a..<b lies in the paragraph's bytes, and what the memo files it under; nil
    /// for a word longer than the memo keeps.
    private struct MemoProbe {
        let raw: UnsafePointer<UInt8>
        let count: Int
        let head, hash: UInt64

        @inline(__always)
        init?(_ a: Int, _ b: Int, _ offsets: UnsafeBufferPointer<Int32>, _ text: UnsafeBufferPointer<UInt8>) {
            let start = Int(offsets[a])
            count = Int(offsets[b]) - start
            guard count <= WordMemo.longestWord else { return nil }
            raw = text.baseAddress! + start
            let readable = text.count - start
            head = WordMemo.head(raw, count, readable: readable)
            hash = WordMemo.hash(raw, count, head: head, readable: readable)
        }
    }

    @inline(__always)
    private static func token(of e: UnsafeMutablePointer<WordMemo.Entry>, _ a: Int, _ b: Int, _ offsets: UnsafeBufferPointer<Int32>,
                              _ memo: WordMemo, _ keyBytes: ByteSink) -> Token {
        let keyStart = Int32(keyBytes.count)
        memo.appendKey(of: e, to: keyBytes)
        return Token(start: offsets[a], end: offsets[b], id: e.pointee.id, mark: 0, flags: Token.Flags(rawValue: e.pointee.flags),
                     length: Int32(e.pointee.length), keyStart: keyStart, keyEnd: Int32(keyBytes.count))
    }

    /// The token of the word of scalars a..<b: as the memo has it, or made and then kept there.
    @inline(__always)
    private static func remembered(_ scalars: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ offsets: UnsafeBufferPointer<Int32>,
                                   _ text: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon, _ memo: WordMemo,
                                   _ key: UnsafeMutablePointer<UInt8>, _ keyScalars: UnsafeMutablePointer<UInt32>,
                                   _ keyBytes: ByteSink, _ info: UnsafeMutablePointer<UInt8>,
                                   _ lowerMap: UnsafeMutablePointer<UInt32>) -> Token {
        guard let p = MemoProbe(a, b, offsets, text) else {
            return makeWord(scalars, a, b, offsets, text, lexicon, key, keyScalars, keyBytes, info, lowerMap)
        }
        if let e = memo.find(p.raw, p.count, head: p.head, hash: p.hash) { return token(of: e, a, b, offsets, memo, keyBytes) }
        let token = makeWord(scalars, a, b, offsets, text, lexicon, key, keyScalars, keyBytes, info, lowerMap)
        memo.add(p.raw, p.count, head: p.head, hash: p.hash, key: keyBytes.bytes(Int(token.keyStart)..<Int(token.keyEnd)),
                 id: token.id, flags: token.flags.rawValue, length: token.length)
        return token
    }

    /// `text`: the paragraph's bytes, which `offsets` index.
    private static func makeWord(_ scalars: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ offsets: UnsafeBufferPointer<Int32>,
                                 _ text: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon,
                                 _ key: UnsafeMutablePointer<UInt8>, _ keyScalars: UnsafeMutablePointer<UInt32>,
                                 _ keyBytes: ByteSink, _ info: UnsafeMutablePointer<UInt8>,
                                 _ lowerMap: UnsafeMutablePointer<UInt32>) -> Token {
        @inline(__always) func isUpper(_ v: UInt32) -> Bool { v < 0x2000 ? info[Int(v)] & 1 != 0 : Tokenizer.isUpper(v) }
        @inline(__always) func isLower(_ v: UInt32) -> Bool { v < 0x2000 ? info[Int(v)] & 2 != 0 : Tokenizer.isLower(v) }
        @inline(__always) func toLower(_ v: UInt32) -> UInt32 { v < 0x2000 ? lowerMap[Int(v)] : Tokenizer.toLower(v) }
        var upper = 0, lower = 0
        var hasApostrophe = false, hasDot = false, hasSlash = false, hasAmp = false, hasDigit = false, allDigits = true
        var hasHyphen = false, camel = false
        var lowerRun = 0
        for k in a..<b {
            let c = scalars[k]
            let up = isUpper(c), low = isLower(c)
            if up { upper += 1; if lowerRun >= 3 { camel = true } }
            if low { lower += 1 }
            lowerRun = low ? lowerRun + 1 : 0
            let digit = c >= 0x30 && c <= 0x39
            if digit { hasDigit = true } else { allDigits = false }
            switch c {
            case 0x27, 0x2019: hasApostrophe = true
            case 0x2E: hasDot = true
            case 0x2F: hasSlash = true
            case 0x26: hasAmp = true
            case 0x2D: hasHyphen = true
            default: break
            }
            keyScalars[k - a] = up ? toLower(c) : c
        }
        let count = b - a
        var rewritten = upper > 0
        // Classic tone placement: "hoà" → "hòa", "thuỷ" → "thủy" (not after q: "quý").
        if count >= 2, let last = Optional(keyScalars[count - 1]), last < 0x2000, info[Int(last)] & 8 != 0,
           let fix = Vietnamese.classicPairs[UInt64(keyScalars[count - 2]) << 32 | UInt64(last)],
           !(keyScalars[count - 2] == 0x75 && count >= 3 && keyScalars[count - 3] == 0x71) {
            keyScalars[count - 2] = fix.0
            keyScalars[count - 1] = fix.1
            rewritten = true
        }
        // A word already in lower case with classic tones (most of them) is its own key.
        let keyBuffer: UnsafeBufferPointer<UInt8>
        if rewritten {
            var keyLength = 0
            for k in 0..<count { keyLength = UTF8Bytes.write(keyScalars[k], to: key, at: keyLength) }
            keyBuffer = UnsafeBufferPointer(start: key, count: keyLength)
        } else {
            keyBuffer = UnsafeBufferPointer(rebasing: text[Int(offsets[a])..<Int(offsets[b])])
        }
        let id = lexicon.vocabulary.id(keyBuffer)
        let keyStart = Int32(keyBytes.count)
        keyBytes.append(keyBuffer)

        let first = scalars[a]
        let firstUpper = isUpper(first)
        // "V.Pu-tin" is an initial and a name, not an acronym.
        let initialAndName = count >= 4 && scalars[a + 1] == 0x2E && isUpper(scalars[a + 2]) && isLower(scalars[a + 3])
        let acronym = upper >= 2 && !hasApostrophe && !initialAndName && (lower == 0 || hasDot || lower <= 2 && count <= 4)
        var flags = Token.Flags.word   // (not `[.word]`: an array literal is built and freed per word)
        if firstUpper && !acronym { flags.insert(.capitalised) }
        if acronym { flags.insert(.acronym) }
        if !firstUpper && !acronym && isLower(first) { flags.insert(.lowercase) }
        if hasSlash { flags.insert(.hasSlash) }
        if hasDot { flags.insert(.hasDot) }
        if allDigits { flags.insert(.allDigits) }
        if first >= 0x30 && first <= 0x39 { flags.insert(.firstDigit) }
        if initialAndName && !(count == 2) { flags.insert(.initialName) }
        if hasApostrophe {
            var k = a
            while k < b, scalars[k] != 0x27 && scalars[k] != 0x2019 { k += 1 }
            if k + 2 < b, isUpper(scalars[k + 1]) { flags.insert(.apostropheName) }
        }
        // A hyphenated name may be longer than one word ("Kosiniak-Kamysz", "Rahbek-Clemmensen").
        var nameLike = count <= (hasHyphen ? 30 : 14) && !hasDigit && !hasSlash && !hasAmp && !camel
        if nameLike && hasHyphen && firstUpper {
            // "Nam-Cuba", "Việt-Lào": countries joined by a hyphen.
            var partStart = 0
            var partKey: [UInt8] = []
            for k in 0..<count where keyScalars[k] == 0x2D || k == count - 1 {
                let partEnd = keyScalars[k] == 0x2D ? k : k + 1
                partKey.removeAll(keepingCapacity: true)
                for c2 in partStart..<partEnd { UTF8Bytes.append(keyScalars[c2], to: &partKey) }
                let pid = partKey.withUnsafeBufferPointer { lexicon.vocabulary.id($0) }
                if pid == lexicon.w.viet || lexicon.singleWordCountries.contains(pid) { nameLike = false }
                partStart = k + 1
            }
        }
        if nameLike { flags.insert(.nameLike) }
        if firstUpper, isVietnameseSyllable(UnsafeBufferPointer(start: keyScalars, count: count)) { flags.insert(.vietnamese) }
        return Token(start: offsets[a], end: offsets[b], id: id, mark: 0, flags: flags, length: Int32(count),
                     keyStart: keyStart, keyEnd: Int32(keyBytes.count))
    }

    // MARK: - Letters

    /// Filled once, read-only afterwards (so shared across threads). Letters below U+2000 by code: bit 0 upper case, bit 1 lower case, bit 2 letter, digit or combining
    /// mark; their lower-case forms; their base letters without marks (0 when not a-z).
    nonisolated(unsafe) private static let info: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x2000)
        for v in 0..<0x2000 {
            guard let u = Unicode.Scalar(UInt32(v)) else { p[v] = 0; continue }
            var bits: UInt8 = 0
            if u.properties.isUppercase { bits |= 1 }
            if u.properties.isLowercase { bits |= 2 }
            if slowIsWordScalar(UInt32(v)) { bits |= 4 }
            if tonedEndings.contains(UInt32(v)) { bits |= 8 }
            p[v] = bits
        }
        return p
    }()
    nonisolated(unsafe) private static let lowerMap: UnsafeMutablePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x2000)
        for v in 0..<0x2000 {
            guard let u = Unicode.Scalar(UInt32(v)) else { p[v] = UInt32(v); continue }
            let l = u.properties.lowercaseMapping.unicodeScalars
            p[v] = l.count == 1 ? l.first!.value : UInt32(v)
        }
        return p
    }()
    /// The letter a–z each scalar below U+2000 folds to, or 0: `isVietnameseSyllable` asks nothing else.
    /// Only Latin letters fold to one, and they lie in U+0000–U+024F and U+1E00–U+1EFF, where
    /// `Vietnamese.fold` reads a table (folding every other scalar through decomposition took longer than
    /// a thousand articles' tokens; a test checks that none of them folds to a letter).
    nonisolated(unsafe) static let foldMap: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x2000)
        p.initialize(repeating: 0, count: 0x2000)
        for v in Array(0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let f = Vietnamese.fold(String(u)).utf8
            if f.count == 1, let b = f.first, b >= 0x61, b <= 0x7A { p[v] = b }
        }
        return p
    }()

    /// A letter, a digit or a combining mark (NFD leftovers stay with their letter).
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        v < 0x2000 ? info[Int(v)] & 4 != 0 : slowIsWordScalar(v)
    }

    private static func slowIsWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x300 && v <= 0x36F { return true }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        if v == 0x2019 || v == 0x201C || v == 0x201D || v == 0x2013 || v == 0x2014 || v == 0x2026 || v == 0xA0 { return false }
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        v < 0x2000 ? info[Int(v)] & 1 != 0 : (Unicode.Scalar(v)?.properties.isUppercase ?? false)
    }

    @inline(__always)
    static func isLower(_ v: UInt32) -> Bool {
        v < 0x2000 ? info[Int(v)] & 2 != 0 : (Unicode.Scalar(v)?.properties.isLowercase ?? false)
    }

    @inline(__always)
    static func toLower(_ v: UInt32) -> UInt32 {
        if v < 0x2000 { return lowerMap[Int(v)] }
        guard let u = Unicode.Scalar(v) else { return v }
        let l = u.properties.lowercaseMapping.unicodeScalars
        return l.count == 1 ? l.first!.value : v
    }

    @inline(__always)
    private static func isSpace(_ v: UInt32) -> Bool {
        if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return true }
        if v < 0x80 { return false }
        return Unicode.Scalar(v)?.properties.isWhitespace ?? false
    }

    /// The last letters of the new-style pairs (bit 3 of `info`).
    private static let tonedEndings: Set<UInt32> = Set(Vietnamese.classicPairs.keys.map { UInt32(truncatingIfNeeded: $0) })

    // MARK: - Syllables

    /// Could `word` (any case) be a Vietnamese syllable?
    static func isVietnameseSyllable(_ word: some StringProtocol) -> Bool {
        let key = word.unicodeScalars.map { toLower($0.value) }
        return key.withUnsafeBufferPointer { isVietnameseSyllable($0) }
    }

    /// Could the lower-case letters be a Vietnamese syllable? "vladimir", "makei", "semashko" cannot.
    private static func isVietnameseSyllable(_ key: UnsafeBufferPointer<UInt32>) -> Bool {
        let n = key.count
        guard n > 0, n <= 7 else { return false }
        @inline(__always) func f(_ i: Int) -> UInt8 {
            let c = key[i]
            return c < 0x2000 ? foldMap[Int(c)] : 0
        }
        for i in 0..<n { let x = f(i); if x < 0x61 || x > 0x7A { return false } }
        // Initial consonant: ngh, ng, nh, ch, gh, gi, kh, ph, qu, th, tr, or one of b c d g h k l m n p r s t v x.
        var i = 0
        let c0 = f(0), c1: UInt8 = n > 1 ? f(1) : 0, c2: UInt8 = n > 2 ? f(2) : 0
        if c0 == 0x6E, c1 == 0x67, c2 == 0x68 { i = 3 }
        else if (c0 == 0x6E && (c1 == 0x67 || c1 == 0x68)) || (c0 == 0x63 && c1 == 0x68) || (c0 == 0x67 && (c1 == 0x68 || c1 == 0x69))
                    || (c0 == 0x6B && c1 == 0x68) || (c0 == 0x70 && c1 == 0x68) || (c0 == 0x71 && c1 == 0x75)
                    || (c0 == 0x74 && (c1 == 0x68 || c1 == 0x72)) { i = 2 }
        else if "bcdghklmnprstvx".utf8.contains(c0) { i = 1 }
        var v = i
        while v < n, isVowel(f(v)) { v += 1 }
        if v == i { return i == 2 && n == 2 && c0 == 0x67 && c1 == 0x69 }   // "gì"
        guard v - i <= 3 else { return false }
        // Final: nothing, c, ch, m, n, ng, nh, p, t.
        switch n - v {
        case 0: return true
        case 1: let x = f(v); return x == 0x63 || x == 0x6D || x == 0x6E || x == 0x70 || x == 0x74
        case 2: let x = f(v), y = f(v + 1); return (x == 0x63 && y == 0x68) || (x == 0x6E && (y == 0x67 || y == 0x68))
        default: return false
        }
    }

    @inline(__always)
    private static func isVowel(_ x: UInt8) -> Bool { x == 0x61 || x == 0x65 || x == 0x69 || x == 0x6F || x == 0x75 || x == 0x79 }
}
