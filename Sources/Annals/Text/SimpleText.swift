/// Text whose scalars are each a character and have no other canonically equivalent spelling can be cut,
/// counted and compared by its bytes with the results String gives by characters. Vietnamese prose is such
/// text, and these helpers take the byte road for it (and String's road for anything else).
extension Vietnamese {
    /// Every scalar of the UTF-8 text is its own character, and no two spellings of it are canonically
    /// equivalent: ASCII but CR (which joins a following LF), Latin below U+0300, the Vietnamese block
    /// U+1E00–U+1EFF, and the dashes and quotes U+2010–U+2027. Such text can be cut, counted and compared
    /// by bytes with the results String gives by characters.
    static func isSimple(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 { if c == 0x0D { return false }; i += 1 }
            else if c >= 0xC2 && c <= 0xCB { i += 2 }
            else if c == 0xE1, i + 1 < n, b[i + 1] >= 0xB8, b[i + 1] <= 0xBB { i += 3 }
            else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] >= 0x90, b[i + 2] <= 0xA7 { i += 3 }
            else { return false }
        }
        return true
    }

    /// `text.split(separator: " ")`, cut at the space bytes when `text` is simple; other text goes through
    /// `split`.
    static func words(_ text: String) -> [Substring] {
        var copy = text
        let cuts: [Range<Int>]? = copy.withUTF8 { b in
            guard isSimple(b) else { return nil }
            let n = b.count
            var ranges: [Range<Int>] = []
            var start = 0
            for k in 0...n where k == n || b[k] == 0x20 {
                if k > start { ranges.append(start..<k) }
                start = k + 1
            }
            return ranges
        }
        guard let cuts else { return text.split(separator: " ") }
        let u = text.utf8
        return cuts.map { r in text[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)] }
    }

    /// `s.count <= n`, without counting past `n` characters (a long paragraph is not walked to its end).
    static func hasAtMost<S: StringProtocol>(_ n: Int, charactersIn s: S) -> Bool {
        if s.utf8.count <= n { return true }   // a character is at least one byte
        // Where every character is one scalar (ASCII bar CR, Latin below U+0300, the Vietnamese block), count
        // the scalars' first bytes; anything else is counted character by character.
        let scalars: Int? = s.utf8.withContiguousStorageIfAvailable { b in
            var count = 0
            var i = 0
            let end = b.count
            while i < end {
                let c = b[i]
                if c < 0x80 { if c == 0x0D { return nil }; i += 1 }
                else if c >= 0xC2 && c <= 0xCB { i += 2 }
                else if c == 0xE1, i + 1 < end, b[i + 1] >= 0xB8, b[i + 1] <= 0xBB { i += 3 }
                else { return nil }
                count += 1
                if count > n { return count }
            }
            return count
        } ?? nil
        if let scalars { return scalars <= n }
        guard let i = s.index(s.startIndex, offsetBy: n, limitedBy: s.endIndex) else { return true }
        return i == s.endIndex
    }
}
