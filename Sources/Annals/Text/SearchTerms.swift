/// The terms the search index is made of: syllables folded as `Vietnamese.fold` folds them (marks
/// stripped, đ → d, lower case), each named by its 64-bit FNV-1a hash, and the pairs of syllables that
/// stand next to each other ("thu tuong"), named by the hash of the two with one space between.
/// `search.js` folds and hashes a query the same way, so the index never holds the terms' text.
enum SearchTerms {
    static let offset: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    /// The hash of `text`'s UTF-8 bytes as they are (the filter terms, "#y2021", "#p12").
    static func hash(_ text: String) -> UInt64 {
        var h = offset
        for b in text.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Folded ASCII byte of each scalar in U+0000–U+024F and U+1E00–U+1EFF: a letter or digit, `skip` for a
    /// combining mark (NFD text: the letter before it stands), 0 for anything that separates words.
    static let skip: UInt8 = 0xFF
    nonisolated(unsafe) static let table: UnsafeMutablePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x350)
        t.initialize(repeating: 0, count: 0x350)
        for v in 0x30...0x39 { t[v] = UInt8(v) }
        for v in 0x61...0x7A { t[v] = UInt8(v); t[v - 32] = UInt8(v) }
        for v in Array(0x80..<0x250) + Array(0x1E00..<0x1F00) {
            guard let u = Unicode.Scalar(v) else { continue }
            let f = Array(Vietnamese.fold(String(u)).utf8)
            if f.count == 1, f[0] >= 0x61, f[0] <= 0x7A { t[v < 0x250 ? v : v - 0x1E00 + 0x250] = f[0] }
        }
        return t
    }()

    /// The folded byte of scalar `v` (`t`: `table`, read once by the caller: each read of a static checks
    /// that it was made, which cost more than the folding in `scan`'s loop).
    @inline(__always) static func folded(_ v: UInt32, _ t: UnsafeMutablePointer<UInt8> = table) -> UInt8 {
        if v < 0x250 { return t[Int(v)] }
        if v >= 0x1E00, v < 0x1F00 { return t[Int(v) - 0x1E00 + 0x250] }
        if v >= 0x300, v < 0x370 { return skip }
        return 0
    }

    /// Calls `term(hash, pair)` for each syllable of `text` in order: `pair` is the hash of the syllable
    /// before and this one (nil at the start, or after punctuation other than spaces and hyphens).
    @inline(__always)
    static func scan(_ text: String, _ term: (UInt64, UInt64?) -> Void) {
        var text = text
        let t = table
        text.withUTF8 { b in
            let n = b.count
            var i = 0
            var h = offset, pair = offset
            var inWord = false, prev: UInt64? = nil, joined = true
            while i < n {
                let c = b[i]
                // A Markdown comment (the caption marker, `<!-- caption -->`) is not text.
                if c == 0x3C, i + 3 < n, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                    var j = i + 4
                    while j + 2 < n, !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                    i = min(n, j + 3)
                    if inWord { inWord = false; term(h, pair == 0 ? nil : pair); prev = h }
                    joined = false
                    continue
                }
                var f: UInt8
                if c < 0x80 { f = t[Int(c)]; i += 1 } else if c < 0xE0, i + 1 < n {
                    f = folded(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), t); i += 2
                } else if c < 0xF0, i + 2 < n {
                    f = folded(UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), t); i += 3
                } else { f = 0; i += c < 0xF0 ? n : 4 }
                if f == skip { continue }
                if f != 0 {
                    if !inWord {
                        inWord = true
                        h = offset
                        if let p = prev, joined { pair = (p ^ 0x20) &* prime } else { pair = 0 }
                    }
                    h = (h ^ UInt64(f)) &* prime
                    if pair != 0 { pair = (pair ^ UInt64(f)) &* prime }
                    continue
                }
                if inWord {
                    inWord = false
                    term(h, pair == 0 ? nil : pair)
                    prev = h
                    joined = true
                }
                // Spaces and hyphens keep two syllables side by side; other punctuation parts them.
                if c != 0x20, c != 0x2D, c != 0x09, c != 0x0A, !(c == 0xC2 && b[i - 1] == 0xA0) { joined = false }
            }
            if inWord { term(h, pair == 0 ? nil : pair) }
        }
    }
}
