/// A word or punctuation mark in a paragraph, with what the people extractor asks of it.
struct Token: Sendable {
    enum Kind: Sendable { case word, punctuation }
    let text: String
    /// Match key: classic tones, lower case.
    let key: String
    let kind: Kind
    /// Starts with an upper-case letter and is not an acronym.
    let isCapitalised: Bool
    /// Two or more capitals and nothing that looks like a syllable of a name ("UBND", "HĐND", "GS.TS").
    let isAcronym: Bool

    var isWord: Bool { kind == .word }
    /// Ends a sentence or a clause that a name list or a title chain cannot cross.
    var endsSentence: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…") }
    var endsClause: Bool { kind == .punctuation && (endsSentence || text == ";" || text == ":" || text == "(" || text == ")" || text == "\"" || text == "“" || text == "”") }
    var isComma: Bool { kind == .punctuation && text == "," }
    var isDash: Bool { kind == .punctuation && (text == "-" || text == "–" || text == "—") }
}

enum Tokenizer {
    /// Splits text into words and single punctuation marks. Dots, hyphens, apostrophes and slashes
    /// stay inside a word when a letter or digit follows them ("GS.TS", "Ki-moon", "H'Hen", "đ/c").
    static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 5)
        let chars = Array(text)
        var i = 0
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            result.append(makeWord(word))
            word = ""
        }
        while i < chars.count {
            let c = chars[i]
            if c.isLetter || c.isNumber {
                word.append(c)
            } else if (c == "." || c == "-" || c == "'" || c == "’" || c == "/") && !word.isEmpty,
                      i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1].isNumber {
                word.append(c)
            } else {
                flushWord()
                if !c.isWhitespace {
                    result.append(Token(text: String(c), key: String(c), kind: .punctuation, isCapitalised: false, isAcronym: false))
                }
            }
            i += 1
        }
        flushWord()
        return result
    }

    private static func makeWord(_ w: String) -> Token {
        var upper = 0, lower = 0
        for ch in w {
            if ch.isUppercase { upper += 1 } else if ch.isLowercase { lower += 1 }
        }
        let first = w.first!
        let hasApostrophe = w.contains("'") || w.contains("’")
        let acronym = upper >= 2 && !hasApostrophe && (lower == 0 || w.contains(".") || lower <= 2 && upper >= 2 && w.count <= 4)
        return Token(text: w, key: Vietnamese.wordKey(w), kind: .word,
                     isCapitalised: first.isUppercase && !acronym, isAcronym: acronym)
    }
}
