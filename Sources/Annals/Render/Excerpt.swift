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

    /// Paragraphs (split at blank lines), lazily: the lead is usually the first one.
    static func paragraphs(_ text: String) -> some Sequence<Substring> {
        let utf8 = text.utf8
        var start = utf8.startIndex
        return AnySequence {
            AnyIterator { () -> Substring? in
                guard start < utf8.endIndex else { return nil }
                var i = start
                while i < utf8.endIndex {
                    let next = utf8.index(after: i)
                    if utf8[i] == 0x0A, next < utf8.endIndex, utf8[next] == 0x0A {
                        let p = text[start..<i]
                        start = utf8.index(after: next)
                        return p
                    }
                    i = next
                }
                let p = text[start...]
                start = utf8.endIndex
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
        guard let end = u.index(u.startIndex, offsetBy: limit, limitedBy: u.endIndex), end < u.endIndex else { return s }
        var space = end
        while space > u.startIndex, u[u.index(before: space)] != " " { space = u.index(before: space) }
        var stop = space > u.startIndex ? u.index(before: space) : end
        // Without a space to cut at, do not cut inside a character (an emoji with its skin tone, a flag).
        while stop > u.startIndex, stop.samePosition(in: s) == nil { stop = u.index(before: stop) }
        return Vietnamese.trimmed(s[..<stop], dropping: { $0.properties.isWhitespace || CharacterSet.punctuationCharacters.contains($0) }) + "…"
    }
}
