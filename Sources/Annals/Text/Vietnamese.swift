import Foundation

/// Vietnamese text helpers: ASCII folding, one tone placement for matching, title case.
public enum Vietnamese {
    /// "Nguyễn Phú Trọng" → "nguyen phu trong": marks stripped, đ → d, lower-cased.
    public static func fold(_ text: String) -> String {
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
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var syllable = ""
        func flush() {
            if !syllable.isEmpty { result += classicSyllable(syllable); syllable = "" }
        }
        for ch in text {
            if ch.isLetter { syllable.append(ch) } else { flush(); result.append(ch) }
        }
        flush()
        return result
    }

    private static func classicSyllable(_ s: String) -> String {
        for (newStyle, classic) in tonePairs where s.hasSuffix(newStyle) {
            let stem = s.dropLast(newStyle.count)
            // "quý" keeps its tone on y: after q the u is part of the consonant.
            if newStyle.lowercased().hasPrefix("u"), stem.lowercased().hasSuffix("q") { return s }
            return stem + classic
        }
        return s
    }

    /// The key names and titles are matched on: NFC, classic tones, single spaces, lower-cased.
    public static func matchKey(_ text: String) -> String {
        classicTones(text.precomposedStringWithCanonicalMapping)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// Match key of one NFC word: lower case, classic tones. The tokenizer's hot path.
    static func wordKey(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return classicSyllable(word.lowercased())
    }

    /// "THANH NHÃ" → "Thanh Nhã"; leaves mixed-case words alone.
    public static func titleCased(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).map { word -> String in
            let w = String(word)
            guard w.contains(where: { $0.isLetter }), w == w.uppercased() else { return w }
            if w.count <= 1 { return w }
            // Abbreviations such as "P.V" or "TTXVN" stay as written.
            if w.contains(".") { return w }
            return w.prefix(1) + w.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// True when the word starts with an upper-case letter.
    @inline(__always)
    static func isCapitalised<S: StringProtocol>(_ word: S) -> Bool {
        guard let f = word.first else { return false }
        return f.isUppercase
    }
}
