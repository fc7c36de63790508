/// The compact text a search shard's terms are written in (`SearchIndex`; `search.js` reads it): digits of
/// 6 bits from 64 characters that stand in a JavaScript string as they are, so a shard is one string and
/// a posting costs one or two characters rather than the five or six of JSON numbers.
///
/// A shard is a run of entries, each
/// - the term's key: bits 28–63 of its hash in 6 digits, most significant first (the low bits name the
///   shard; 36 more make two terms of one shard alike about once in 2^36);
/// - a number, `length << 2 | kind`: how many digits follow for this term, and how they are written
///   (`kind & 2`: a syllable, with a value per document; `kind & 1`: documents as a bit set);
/// - for a syllable, its document count and its value in each document (occurrences, at most 15, + 16 in a
///   title or name): three to a digit, 2 bits each, 0–2 for the values 1–3, and 3 for any other, which
///   then follows the packed digits in a digit of its own (three values in four are 1–3);
/// - the documents, in increasing order: either each as its distance from the one before (the first from
///   0), or the first, then digits of 6 bits where bit `b` of digit `j` stands for document `first + 6j + b`,
///   whichever is shorter.
///
/// A number is written in digits of 5 bits, least significant first; a digit of 32 or more says another
/// one follows.
enum SearchCode {
    static let digits: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    static let keyDigits = 6

    /// The key a term has in its shard.
    static func key(_ hash: UInt64) -> UInt64 { hash >> 28 }

    static func appendKey(_ hash: UInt64, to s: ByteSink) {
        let k = key(hash)
        for i in (0..<keyDigits).reversed() { s.append(digits[Int((k >> UInt64(6 * i)) & 63)]) }
    }

    @inline(__always) static func numberLength(_ n: Int) -> Int {
        var n = n >> 5, k = 1
        while n > 0 { n >>= 5; k += 1 }
        return k
    }

    @inline(__always) static func appendNumber(_ n: Int, to s: ByteSink) {
        var n = n
        while n >= 32 { s.append(digits[32 | (n & 31)]); n >>= 5 }
        s.append(digits[n])
    }

    /// One term's entry: `docs` in increasing order, and for a syllable its value in each.
    static func appendEntry(hash: UInt64, docs: [Int], values: [UInt8]?, to s: ByteSink) {
        guard let first = docs.first, let last = docs.last else { return }
        var gaps = 0, previous = 0
        for d in docs { gaps += numberLength(d - previous); previous = d }
        let bits = numberLength(first) + (last - first) / 6 + 1
        let asBits = bits < gaps
        var length = asBits ? bits : gaps
        if let values { length += numberLength(values.count) + (values.count + 2) / 3 + values.count { $0 > 3 } }
        appendKey(hash, to: s)
        appendNumber(length << 2 | (values == nil ? 0 : 2) | (asBits ? 1 : 0), to: s)
        if let values { appendValues(values, to: s) }
        if asBits {
            appendNumber(first, to: s)
            var j = 0, digit = 0
            for d in docs {
                let k = (d - first) / 6
                while j < k { s.append(digits[digit]); digit = 0; j += 1 }
                digit |= 1 << ((d - first) % 6)
            }
            s.append(digits[digit])
        } else {
            previous = 0
            for d in docs { appendNumber(d - previous, to: s); previous = d }
        }
    }

    /// A syllable's values: their count, then three to a digit (value − 1, or 3 for one above 3), then
    /// those above 3 a digit each.
    private static func appendValues(_ values: [UInt8], to s: ByteSink) {
        appendNumber(values.count, to: s)
        var k = 0
        while k < values.count {
            var digit = 0
            for j in 0..<3 where k + j < values.count { digit |= Int(min(values[k + j], 4) - 1) << (2 * j) }
            s.append(digits[digit])
            k += 3
        }
        for v in values where v > 3 { s.append(digits[Int(v)]) }
    }
}
