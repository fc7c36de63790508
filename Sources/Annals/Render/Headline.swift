/// Titles written in capitals ("HỘI NGHỊ ĐỐI NGOẠI TOÀN QUỐC") shown in sentence case, with the
/// names and places the article mentions capitalised again.
enum Headline {
    static func readable(_ title: String, names: [String]) -> String {
        // Most titles have a small letter within a few characters: stop at the first one.
        var letters = 0
        for u in title.unicodeScalars {
            if u.isASCII {
                if u.value >= 0x61, u.value <= 0x7A { return title }
                if u.value >= 0x41, u.value <= 0x5A { letters += 1 }
            } else if u.properties.isLowercase {
                return title
            } else if u.properties.isAlphabetic, u.properties.generalCategory != .nonspacingMark {
                letters += 1
            }
        }
        guard letters >= 8 else { return title }
        // A word without a vowel is an abbreviation ("TP", "UBND", "HĐND"): it keeps its capitals.
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map { w in
            w.decomposedStringWithCanonicalMapping.unicodeScalars.contains(where: { "aeiouyAEIOUY".unicodeScalars.contains($0) })
                ? w.lowercased() : String(w)
        }
        if let i = words.firstIndex(where: { $0.contains(where: \.isLetter) }) { words[i] = capitalised(words[i]) }
        // Re-capitalise every run of words that spells a mentioned name or a place.
        let phrases = names.map { $0.lowercased().split(separator: " ").map(String.init) }.filter { !$0.isEmpty } + placePhrases
        // Each word as names are compared with it, kept in step with `words`.
        func bare(_ w: String) -> String { w.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let bareWords = words.map(bare)
        // Where each word stands: a phrase is tried only where its first word is (capitalising a word
        // leaves its bare form as it was).
        var at: [String: [Int]] = [:]
        for (i, w) in bareWords.enumerated() { at[w, default: []].append(i) }
        for phrase in phrases {
            guard let starts = at[phrase[0]] else { continue }
            var next = 0
            for i in starts where i >= next && i + phrase.count <= words.count
                && bareWords[i..<(i + phrase.count)].elementsEqual(phrase) {
                for k in i..<(i + phrase.count) { words[k] = capitalised(words[k]) }
                next = i + phrase.count
            }
        }
        return words.joined(separator: " ")
    }

    /// Places written in capitals in a title are names all the same ("HÀ NỘI" is "Hà Nội"): provinces,
    /// countries, cities and regions of two syllables or more, as lowercased words, and the one-syllable
    /// country names that are no common word. Left out: places that are also common phrases ("hòa bình"
    /// is peace, "thái bình" calm, "bình định" to pacify) and one-syllable names such as "Pháp", "Mỹ",
    /// "Đức", "Anh" ("hiến pháp", "thẩm mỹ", "đạo đức", "anh ấy").
    private static let placePhrases: [[String]] = {
        let common: Set<String> = ["hòa bình", "thái bình", "bình định", "long an", "an giang", "phú yên", "ninh bình", "bình dương"]
        let places = Lexicon.provinces + Lexicon.countries + Lexicon.cities + Lexicon.regions
        var seen = Set<String>()
        var out: [[String]] = []
        for p in places + ["Úc", "Lào", "Nga", "Huế"] {
            let lower = p.lowercased()
            let words = lower.split(separator: " ").map(String.init)
            guard words.count >= 2 || ["úc", "lào", "nga", "huế"].contains(lower), !common.contains(lower), seen.insert(lower).inserted else { continue }
            out.append(words)
        }
        return out
    }()

    private static func capitalised(_ w: String) -> String {
        guard let i = w.firstIndex(where: \.isLetter) else { return w }
        return w[..<i] + w[i].uppercased() + w[w.index(after: i)...]
    }
}

import Foundation
