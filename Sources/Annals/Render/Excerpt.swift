import Foundation

/// The first paragraph as plain text, cut at a word boundary.
enum Excerpt {
    static func lead(_ markdown: String, limit: Int = 280) -> String {
        var captionNext = false
        for p in paragraphs(markdown) {
            let t = Vietnamese.trimmed(p, dropping: \.properties.isWhitespace)
            if t == MarkdownBody.captionMarker { captionNext = true; continue }
            if t.hasPrefix(MarkdownBody.captionMarker) || captionNext { captionNext = false; continue }
            if t.isEmpty { continue }
            return cut(unescape(t), limit)
        }
        return ""
    }

    /// Paragraphs (split at blank lines), lazily: the lead is usually the first one. Each blank line is
    /// found on the bytes, and the paragraph is cut out of the String at that place.
    static func paragraphs(_ text: String) -> some Sequence<Substring> {
        let utf8 = text.utf8
        let n = utf8.count
        var start = 0
        return AnySequence {
            AnyIterator { () -> Substring? in
                guard start < n else { return nil }
                var copy = text
                let end = copy.withUTF8 { b in
                    var i = start
                    while i + 1 < n, !(b[i] == 0x0A && b[i + 1] == 0x0A) { i += 1 }
                    return i + 1 < n ? i : n
                }
                let p = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
                start = end == n ? n : end + 2
                return p
            }
        }
    }

    /// Markdown's backslash escapes removed and line breaks made spaces, on UTF-8 bytes (a backslash
    /// and a newline are single bytes that never occur inside another character).
    static func unescape(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x5C || $0 == 0x0A }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var escaped = false
            var previous: UInt8 = 0
            for b in bytes {
                defer { previous = b }
                if escaped { out.append(b); escaped = false; continue }
                if b == 0x5C { escaped = true; continue }
                // A line break becomes a space; "\r\n" is one break (kept as it is, as before).
                out.append(b == 0x0A && previous != 0x0D ? 0x20 : b)
            }
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    /// At most `limit` characters (counted as Unicode scalars: the text is NFC, where a Vietnamese letter
    /// is one), cut at the last space and without trailing punctuation, with "…" when anything was cut.
    static func cut(_ s: String, _ limit: Int) -> String {
        // Short enough for certain (a scalar is at least one byte) without counting.
        if s.utf8.count <= limit { return s }
        let u = s.unicodeScalars
        // The index `limit` scalars in, found by counting the scalars' first bytes (what stepping through the
        // scalar view counts, a byte at a time instead of a scalar).
        var copy = s
        let offset: Int? = copy.withUTF8 { b in
            var scalars = 0
            for i in 0..<b.count where b[i] & 0xC0 != 0x80 {
                if scalars == limit { return i }
                scalars += 1
            }
            return nil
        }
        guard let offset else { return s }
        let end = s.utf8.index(s.utf8.startIndex, offsetBy: offset)
        var space = end
        while space > u.startIndex, u[u.index(before: space)] != " " { space = u.index(before: space) }
        var stop = space > u.startIndex ? u.index(before: space) : end
        // Without a space to cut at, do not cut inside a character (an emoji with its skin tone, a flag).
        while stop > u.startIndex, stop.samePosition(in: s) == nil { stop = u.index(before: stop) }
        let kept = Vietnamese.trimmed(s[..<stop], dropping: { $0.properties.isWhitespace || CharacterSet.punctuationCharacters.contains($0) })
        return kept + "…" + closingQuote(kept)
    }

    /// The quotation mark that a text cut inside a quotation leaves open ("…” after “Tiếp tục thực hiện"),
    /// or nothing. A straight quote opens a quotation when it follows a space, the start or a bracket,
    /// and closes one otherwise (the text may begin inside a quotation whose opening mark was lost).
    static func closingQuote(_ s: String) -> String {
        var curly = 0, straightOpen = false
        var previous: Unicode.Scalar = " "
        for u in s.unicodeScalars {
            switch u {
            case "\u{201C}": curly += 1
            case "\u{201D}": curly = max(0, curly - 1)
            case "\"": straightOpen = previous.properties.isWhitespace || "([“:".unicodeScalars.contains(previous)
            default: break
            }
            previous = u
        }
        return (curly > 0 ? "\u{201D}" : "") + (straightOpen ? "\"" : "")
    }
}
