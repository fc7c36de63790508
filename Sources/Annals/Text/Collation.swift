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
