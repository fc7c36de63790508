import Foundation

/// Vietnamese text helpers: ASCII folding, one tone placement for matching, title case.
public enum Vietnamese {
    /// "Nguyễn Phú Trọng" → "nguyen phu trong": marks stripped, đ → d, lower-cased.
    public static func fold(_ text: String) -> String {
        // Letter by letter through a table when every letter folds to one ASCII letter (Vietnamese
        // text does); anything else (combining marks, ß, other scripts) goes through decomposition.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
                continue
            }
            let b: UInt8 = v < 0x250 ? foldTable[Int(v)] : (v >= 0x1E00 && v < 0x1F00) ? foldTable[Int(v - 0x1E00 + 0x250)] : 0
            if b == 0 { return decomposedFold(text) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII letter each scalar in U+0080–U+024F and U+1E00–U+1EFF folds to (0: not one letter),
    /// worked out once from the same decomposition `decomposedFold` uses.
    private static let foldTable: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x250 + 0x100)
        for v in Array(0x80..<0x250) + Array(0x1E00..<0x1F00) {
            guard let u = Unicode.Scalar(v) else { continue }
            let f = Array(decomposedFold(String(u)).utf8)
            if f.count == 1, f[0] >= 0x61, f[0] <= 0x7A { t[v < 0x250 ? v : v - 0x1E00 + 0x250] = f[0] }
        }
        return t
    }()

    static func decomposedFold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x300...0x36F).contains(v) { continue }
            switch v {
            case 0x110, 0x111: out.append("d")
            case 0x41...0x5A: out.append(Unicode.Scalar(v + 32)!)
            default:
                if v < 0x80 { out.append(scalar) } else {
                    for l in String(scalar).lowercased().unicodeScalars { out.append(l) }
                }
            }
        }
        return String(out)
    }

    // Old-style ("classic") placement puts the tone on the first vowel of open oa/oe/uy: hòa, khỏe, thủy.
    // New-style sources write hoà, khoẻ, thuỷ. Matching uses the classic form.
    private static let tonePairs: [(String, String)] = {
        let marks: [Character] = ["\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        var pairs: [(String, String)] = []
        for (a, b) in [("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y"), ("O", "a"), ("O", "e"), ("U", "y")] {
            for m in marks {
                let newStyle = (a + String(b) + String(m)).precomposedStringWithCanonicalMapping
                let classic = (a + String(m) + b).precomposedStringWithCanonicalMapping
                pairs.append((newStyle, classic))
            }
        }
        return pairs
    }()

    /// Rewrites new-style tone placement to the classic one, syllable by syllable (NFC in, NFC out).
    public static func classicTones(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return text }
        // Only a syllable ending in a toned a, e or y can need rewriting; the text between such syllables
        // is copied as it is.
        let u = text.unicodeScalars
        var result = ""
        var copied = u.startIndex
        var runStart: String.Index? = nil
        func endRun(_ end: String.Index) {
            defer { runStart = nil }
            guard let start = runStart, tonedEndings.contains(u[u.index(before: end)].value) else { return }
            let syllable = String(text[start..<end])
            let fixed = classicSyllable(syllable)
            guard fixed != syllable else { return }
            result += text[copied..<start]
            result += fixed
            copied = end
        }
        var i = u.startIndex
        while i < u.endIndex {
            let v = u[i].value
            let letter = v < 0x80 ? (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) : u[i].properties.isAlphabetic
            if letter { if runStart == nil { runStart = i } } else if runStart != nil { endRun(i) }
            i = u.index(after: i)
        }
        if runStart != nil { endRun(u.endIndex) }
        if copied == u.startIndex { return text }
        result += text[copied...]
        return result
    }

    /// The toned a, e, y that end a new-style "oa", "oe", "uy" syllable (à á ả ã ạ è é ẻ ẽ ẹ ỳ ý ỷ ỹ ỵ, both cases).
    private static let tonedEndings: Set<UInt32> = {
        var set = Set<UInt32>()
        for (newStyle, _) in tonePairs { if let last = newStyle.unicodeScalars.last { set.insert(last.value) } }
        return set
    }()

    static func classicSyllable(_ s: String) -> String {
        // Most syllables cannot need rewriting: check the last letter before trying the pairs.
        guard let last = s.unicodeScalars.last, tonedEndings.contains(last.value) else { return s }
        // The last four scalars Latin letters (each its own character, as in every Vietnamese word, so the last
        // three characters are the last three scalars): the pair table answers for the loop below.
        let tail = Array(s.unicodeScalars.suffix(4))
        if tail.count >= 2, tail.allSatisfy({ ($0.value >= 0x20 && $0.value < 0x300) || (0x1E00...0x1EFF).contains($0.value) }) {
            let pair = tail.suffix(2)
            guard let fix = classicPairs[UInt64(pair.first!.value) << 32 | UInt64(pair.last!.value)] else { return s }
            let before = tail.count >= 3 ? tail[tail.count - 3] : nil
            if pair.first!.value | 0x20 == 0x75, let q = before, q.value | 0x20 == 0x71 { return s }
            var out = String(s.unicodeScalars.dropLast(2))
            out.unicodeScalars.append(Unicode.Scalar(fix.0)!)
            out.unicodeScalars.append(Unicode.Scalar(fix.1)!)
            return out
        }
        return classicSyllableByCharacters(s)
    }

    /// `classicSyllable` character by character, for any text.
    static func classicSyllableByCharacters(_ s: String) -> String {
        guard let last = s.unicodeScalars.last, tonedEndings.contains(last.value) else { return s }
        for (newStyle, classic) in tonePairs where s.hasSuffix(newStyle) {
            let stem = s.dropLast(newStyle.count)
            // "quý" keeps its tone on y: after q the u is part of the consonant.
            if newStyle.lowercased().hasPrefix("u"), stem.lowercased().hasSuffix("q") { return s }
            return stem + classic
        }
        return s
    }

    /// NFC, skipping Foundation's normaliser (a round trip through UTF-16) for text that is NFC already
    /// for certain: every scalar below U+0300 (Latin, Latin-1, Latin Extended A/B), Vietnamese and other
    /// precomposed letters (U+1E00–U+1EFF), dashes, quotes and ellipsis (U+2010–U+2027), and the
    /// per-mille-to-⁞ punctuation block (U+2030–U+205E) are all left as they are by NFC.
    public static func nfc(_ text: String) -> String {
        let certain = text.unicodeScalars.allSatisfy { u in
            let v = u.value
            return v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
        }
        return certain ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The key names and titles are matched on: NFC, classic tones, single spaces, lower-cased.
    public static func matchKey(_ text: String) -> String {
        if let key = quickMatchKey(text) { return key }
        let toned = classicTones(nfc(text))
        // Usually spaced already (single ASCII spaces, none at the ends): then only the case changes.
        let u = toned.utf8
        var spaced = u.first != 0x20 && u.last != 0x20
        if spaced {
            var previous: UInt8 = 0
            for b in u {
                // Other white space: C0 controls, U+0085 and U+00A0 (C2 …), U+1680 (E1 9A 80), U+2000–U+205F
                // (E2 …), U+3000 (E3 …). Text with those leads takes the general path.
                if (b == 0x20 && previous == 0x20) || (b >= 0x09 && b <= 0x0D) || b == 0xC2 || b == 0xE2 || b == 0xE3
                    || (previous == 0xE1 && b == 0x9A) { spaced = false; break }
                // A combining mark (U+0300–U+036F: CC 80 … CD AF) after a space belongs to the space.
                if previous == 0x20, b == 0xCC || b == 0xCD { spaced = false; break }
                previous = b
            }
        }
        if spaced { return toned.lowercased() }
        return toned.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// `matchKey` in one pass over the bytes, for the usual name or title: Latin and Vietnamese letters,
    /// dashes and quotes, single ASCII spaces between words. Returns nil for anything else (other scripts,
    /// combining marks, odd or doubled spaces, controls), which takes the general way.
    static func quickMatchKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            let n = b.count
            guard n > 0 else { return "" }
            if b[0] == 0x20 || b[n - 1] == 0x20 { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + 8) { out -> String? in
                let table = quickKeyTable
                var o = 0
                // The current letter run (syllable): its length in scalars, where its last two scalars
                // start in `out`, and the original scalars before its last one.
                var run = 0, lastAt = 0, prevAt = 0
                var last: UInt32 = 0, prev: UInt32 = 0, beforePrev: UInt32 = 0
                var previousByte: UInt8 = 0
                var i = 0
                func endRun() {
                    // New-style "oà", "oẻ", "uỳ" at the end of a syllable → classic "òa", "ỏe", "ùy"; not after q.
                    defer { run = 0 }
                    guard run >= 2, last < 0x2000, table[quickSlot(last)] & quickToned != 0,
                          let fix = classicPairs[UInt64(prev) << 32 | UInt64(last)] else { return }
                    if prev | 0x20 == 0x75, run >= 3, beforePrev | 0x20 == 0x71 { return }
                    o = prevAt
                    o = appendLowered(fix.0, out, o)
                    o = appendLowered(fix.1, out, o)
                }
                // (Lower case can be longer: "Ⱥ", two bytes, becomes "ⱥ", three.)
                @inline(__always) func appendLowered(_ v: UInt32, _ out: UnsafeMutableBufferPointer<UInt8>, _ at: Int) -> Int {
                    let lower = v < 0x80 ? (v >= 0x41 && v <= 0x5A ? v + 32 : v)
                        : v >= 0x2000 ? v : table[quickSlot(v)] & 0xFFFFF
                    return UTF8Bytes.write(lower, to: out.baseAddress!, at: at)
                }
                while i < n {
                    let b0 = b[i]
                    var v: UInt32
                    if b0 < 0x80 {
                        if b0 < 0x20 || b0 == 0x7F || (b0 == 0x20 && previousByte == 0x20) { return nil }
                        v = UInt32(b0); i += 1
                    } else if b0 >= 0xC2, b0 < 0xE0, i + 1 < n {
                        v = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if b0 == 0xE1 || b0 == 0xE2, i + 2 < n {
                        v = UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        return nil
                    }
                    previousByte = b0
                    let letter: Bool
                    if v < 0x80 {
                        letter = v | 0x20 >= 0x61 && v | 0x20 <= 0x7A
                    } else if v >= 0x2010 && v <= 0x2027 {
                        letter = false
                    } else {
                        guard v > 0xA0, v < 0x300 || (v >= 0x1E00 && v < 0x1F00) else { return nil }
                        let entry = table[quickSlot(v)]
                        if entry & 0xFFFFF == 0 { return nil }   // lower-cases to more than one scalar
                        letter = entry & quickLetter != 0
                    }
                    if letter {
                        beforePrev = prev; prev = last; last = v
                        prevAt = lastAt; lastAt = o
                        run += 1
                    } else if run > 0 {
                        endRun()
                    }
                    o = appendLowered(v, out, o)
                }
                if run > 0 { endRun() }
                return String(decoding: UnsafeBufferPointer(rebasing: out[0..<o]), as: UTF8.self)
            }
        }
    }

    /// Where a scalar of U+0000–U+02FF or U+1E00–U+1EFF sits in `quickKeyTable`.
    @inline(__always)
    private static func quickSlot(_ v: UInt32) -> Int { v < 0x300 ? Int(v) : Int(v) - 0x1E00 + 0x300 }

    private static let quickLetter: UInt32 = 1 << 30
    private static let quickToned: UInt32 = 1 << 29

    /// For U+0000–U+02FF then U+1E00–U+1EFF: the lower-case form in the low 20 bits (0 when it is not one
    /// scalar), whether the scalar is a letter, whether it can end a new-style "oa", "oe", "uy".
    /// Filled once, read-only afterwards.
    nonisolated(unsafe) private static let quickKeyTable: UnsafeMutablePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x400)
        for k in 0..<0x400 {
            let v = k < 0x300 ? k : k - 0x300 + 0x1E00
            guard let u = Unicode.Scalar(UInt32(v)) else { p[k] = 0; continue }
            let lower = Array(String(u).lowercased().unicodeScalars)
            var entry: UInt32 = lower.count == 1 ? lower[0].value : 0
            if u.properties.isAlphabetic { entry |= quickLetter }
            if tonedEndings.contains(UInt32(v)) { entry |= quickToned }
            p[k] = entry
        }
        return p
    }()

    /// `tonePairs` by their two scalars (new-style pair → classic pair, both cases): for byte-level passes
    /// (this file's quick match key, the tokenizer's word keys).
    static let classicPairs: [UInt64: (UInt32, UInt32)] = {
        var map: [UInt64: (UInt32, UInt32)] = [:]
        for (newStyle, classic) in tonePairs {
            let a = Array(newStyle.unicodeScalars), c = Array(classic.unicodeScalars)
            guard a.count == 2, c.count == 2 else { continue }
            map[UInt64(a[0].value) << 32 | UInt64(a[1].value)] = (c[0].value, c[1].value)
        }
        return map
    }()

    /// Match key of one NFC word: lower case, classic tones. The tokenizer's hot path.
    static func wordKey(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return classicSyllable(word.lowercased())
    }

    /// "THANH NHÃ" → "Thanh Nhã"; leaves mixed-case words alone.
    public static func titleCased(_ text: String) -> String {
        keepsItsCase(text) ? text : titleCasedWordByWord(text)
    }

    /// `titleCased` without the shortcut.
    static func titleCasedWordByWord(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let w = String(word)
            // A lower-case ASCII letter: not in capitals (upper-casing would change it), kept as written.
            if w.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return w }
            guard w.contains(where: { $0.isLetter }), w == w.uppercased() else { return w }
            if w.count <= 1 { return w }
            // Abbreviations such as "P.V" or "TTXVN" stay as written.
            if w.contains(".") { return w }
            return w.prefix(1) + w.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// True when `titleCased` would give `text` back as it is: single spaces between words and none at the
    /// ends, and a lower-case ASCII letter in every word (so no word is in capitals). Most bylines are.
    static func keepsItsCase(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard !b.isEmpty else { return true }
            guard b[0] != 0x20, b[b.count - 1] != 0x20 else { return false }
            var lower = false
            for c in b {
                if c == 0x20 {
                    // A second space in a row comes here with `lower` false.
                    if !lower { return false }
                    lower = false
                } else if c >= 0x61 && c <= 0x7A {
                    lower = true
                }
            }
            return lower
        }
    }

    /// Words separated by spaces (runs of other bytes between them), counted without making the words.
    static func wordCount(_ s: String) -> Int {
        var count = 0, inWord = false
        for b in s.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// `s` without the spaces and tabs at either end (what `trimmingCharacters(in: .whitespaces)` does,
    /// without Foundation's round trip through NSString), or without whatever scalars `drop` names.
    static func trimmed<S: StringProtocol>(_ s: S, dropping drop: (Unicode.Scalar) -> Bool = isSpaceScalar) -> String {
        let u = s.unicodeScalars
        var a = u.startIndex, b = u.endIndex
        while a < b, drop(u[a]) { a = u.index(after: a) }
        while b > a, drop(u[u.index(before: b)]) { b = u.index(before: b) }
        if a == u.startIndex, b == u.endIndex, let whole = s as? String { return whole }
        // Scalar indices are string indices: copy the bytes between them in one go.
        return String(decoding: s[a..<b].utf8, as: UTF8.self)
    }

    @inline(__always)
    static func isSpaceScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// True when `s` contains `needle`, compared byte for byte (no Foundation, no case folding). The needle
    /// is read in place: it was copied into an array on each call.
    static func containsBytes(_ s: String, _ needle: String) -> Bool {
        var s = s, needle = needle
        return needle.withUTF8 { n in
            guard let first = n.first else { return true }
            return s.withUTF8 { h in
                guard h.count >= n.count else { return false }
                var i = 0
                let end = h.count - n.count
                while i <= end {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// True when the word starts with an upper-case letter.
    @inline(__always)
    static func isCapitalised<S: StringProtocol>(_ word: S) -> Bool {
        guard let f = word.first else { return false }
        return f.isUppercase
    }
}

extension Vietnamese {
    /// A syllable ending in p, t, c or ch with a tone other than sắc or nặng ("Đưc", "Mình" is fine,
    /// "Tiềp" is not). Read on the syllable's letters without their marks.
    static func hasImpossibleSyllable(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in
            var letters = "", tone: UInt32 = 0
            for s in String(word).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                if isToneMark(s.value) { tone = s.value } else if !(0x300...0x36F).contains(s.value) {
                    letters.unicodeScalars.append(s)
                }
            }
            guard letters.count >= 2, letters.allSatisfy(\.isLetter) else { return false }
            let stopped = letters.hasSuffix("ch") || ["p", "t", "c"].contains(letters.last!)
            return stopped && tone != 0x301 && tone != 0x323
        }
    }
}

extension Vietnamese {
    /// The tone marks (huyền, sắc, ngã, hỏi, nặng) as combining scalars.
    static func isToneMark(_ v: UInt32) -> Bool { v == 0x300 || v == 0x301 || v == 0x303 || v == 0x309 || v == 0x323 }

    /// "Phạm Binh Minh" is "Phạm Bình Minh" with one word's tone mark lost: the same words but one, which
    /// `plain` writes without a tone mark and `marked` with one, the letters otherwise alike ("Bình", "Binh";
    /// not "Bính", "Bình", nor "Hưng", "Hùng").
    static func lostTone(_ plain: String, of marked: String) -> Bool {
        let a = plain.split(separator: " "), b = marked.split(separator: " ")
        guard a.count == b.count, a.count >= 2 else { return false }
        let differ = a.indices.filter { a[$0] != b[$0] }
        guard differ.count == 1 else { return false }
        let p = a[differ[0]].decomposedStringWithCanonicalMapping.unicodeScalars
        let m = b[differ[0]].decomposedStringWithCanonicalMapping.unicodeScalars
        guard !p.contains(where: { isToneMark($0.value) }), m.contains(where: { isToneMark($0.value) }) else { return false }
        return p.elementsEqual(m.filter { !isToneMark($0.value) })
    }
}

extension String {
    /// This text in NFC (see `Vietnamese.nfc`).
    var nfc: String { Vietnamese.nfc(self) }
}
