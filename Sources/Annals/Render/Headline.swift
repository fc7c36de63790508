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
        var words = title.lowercased().split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let i = words.firstIndex(where: { $0.contains(where: \.isLetter) }) { words[i] = capitalised(words[i]) }
        // Re-capitalise every run of words that spells a mentioned name.
        let phrases = names.map { $0.lowercased().split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        // Each word as names are compared with it, kept in step with `words`.
        func bare(_ w: String) -> String { w.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        var bareWords = words.map(bare)
        for phrase in phrases {
            var i = 0
            while i + phrase.count <= words.count {
                if bareWords[i..<(i + phrase.count)].elementsEqual(phrase) {
                    for k in i..<(i + phrase.count) { words[k] = capitalised(words[k]); bareWords[k] = bare(words[k]) }
                    i += phrase.count
                } else { i += 1 }
            }
        }
        return words.joined(separator: " ")
    }

    private static func capitalised(_ w: String) -> String {
        guard let i = w.firstIndex(where: \.isLetter) else { return w }
        return w[..<i] + w[i].uppercased() + w[w.index(after: i)...]
    }
}

import Foundation
