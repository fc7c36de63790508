/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters first, tones second (ngang, huyền, hỏi, ngã, sắc, nặng). Independent of the C library's locale data,
/// so every machine sorts the same way.
public enum Collation {
    private static let alphabet: [Character: Int] = {
        var map: [Character: Int] = [:]
        let letters = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
                       "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
        for (i, l) in letters.enumerated() { map[Character(l)] = i + 10 }
        for d in 0...9 { map[Character(String(d))] = d }
        return map
    }()

    private static let tones: [UInt32: Int] = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5]

    /// A key whose lexicographic order is Vietnamese order of the text.
    public static func key(_ text: String) -> [Int] {
        quickKey(text) ?? characterKey(text)
    }

    /// `key` from a table, for text whose every scalar is in it (Latin and Vietnamese letters, digits,
    /// punctuation below U+0250 and U+1E00–U+1EFF, none that lower-cases or sorts as more than one
    /// letter); nil otherwise. Each such scalar is a character of its own, so its part of the key is
    /// what `characterKey` gives it alone.
    static func quickKey(_ text: String) -> [Int]? {
        let table = quickTable
        var primary: [Int] = [], secondary: [Int] = []
        primary.reserveCapacity(text.utf8.count)
        secondary.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            let v = Int(u.value)
            let entry: Int32
            if v < 0x250 { entry = table[v] } else if v >= 0x1E00 && v < 0x1F00 { entry = table[v - 0x1E00 + 0x250] } else { return nil }
            if entry < 0 { return nil }
            primary.append(Int(entry >> 4))
            secondary.append(Int(entry & 0xF))
        }
        return primary + [0] + secondary
    }

    /// Primary rank << 4 | tone for U+0000–U+024F, then U+1E00–U+1EFF; -1 where the quick way does not apply.
    nonisolated(unsafe) private static let quickTable: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: 0x350)
        for k in 0..<0x350 {
            let v = k < 0x250 ? k : k - 0x250 + 0x1E00
            p[k] = -1
            // Controls stay out: CR LF is one character, not two.
            guard v >= 0x20, !(0x7F...0x9F).contains(v), let u = Unicode.Scalar(v) else { continue }
            let key = characterKey(String(u))
            // One character, one primary and one secondary: [p, 0, s].
            guard key.count == 3, key[0] >= 0, key[0] < (1 << 26), key[2] >= 0, key[2] < 16 else { continue }
            p[k] = Int32(key[0] << 4 | key[2])
        }
        return p
    }()

    /// `key` character by character, through Foundation's normalisation: any text.
    static func characterKey(_ text: String) -> [Int] {
        var primary: [Int] = []
        var secondary: [Int] = []
        for ch in text.lowercased().precomposedStringWithCanonicalMapping {
            if ch == " " { primary.append(1); secondary.append(0); continue }
            var base = ""
            var tone = 0
            for scalar in String(ch).decomposedStringWithCanonicalMapping.unicodeScalars {
                if let t = tones[scalar.value] { tone = t } else { base.unicodeScalars.append(scalar) }
            }
            let letter = Character(base.precomposedStringWithCanonicalMapping)
            if let rank = alphabet[letter] {
                primary.append(rank)
            } else {
                primary.append(100 + Int(letter.unicodeScalars.first?.value ?? 0))
            }
            secondary.append(tone)
        }
        return primary + [0] + secondary
    }

    /// Sorts people as Vietnamese lists do: given name, then middle names, then family name.
    public static func personKey(_ name: String) -> [Int] {
        let parts = name.split(separator: " ").map(String.init)
        guard let given = parts.last else { return [] }
        let reordered = [given] + parts.dropLast().dropFirst() + (parts.count > 1 ? [parts[0]] : [])
        return key(reordered.joined(separator: " "))
    }

    public static func less(_ a: [Int], _ b: [Int]) -> Bool { a.lexicographicallyPrecedes(b) }
}
