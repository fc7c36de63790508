import Foundation

/// Line-level cleaning of decoded text: line ends, NFC, HTML entities, odd spaces.
enum TextCleaning {
    /// One source line, with what its raw form said about layout.
    struct Line: Sendable {
        var text: String
        /// Began with spaces or non-breaking spaces: the seeds' way of marking a photo caption.
        var indented: Bool
        /// 1-based line number in the file.
        var number: Int
    }

    static func lines(_ text: String) -> [Line] {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var result: [Line] = []
        for (n, raw) in unified.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indented = raw.first.map { $0 == " " || $0 == "\u{A0}" || $0 == "\t" || $0 == "\u{3000}" } ?? false
            result.append(Line(text: clean(String(raw)), indented: indented, number: n + 1))
        }
        return result
    }

    /// NFC, entities decoded, every kind of space made a plain space, runs of spaces collapsed.
    static func clean(_ s: String) -> String {
        var t = s
        if t.contains("&") { t = decodeEntities(t) }
        t = t.precomposedStringWithCanonicalMapping
        var out = ""
        out.reserveCapacity(t.utf8.count)
        var space = false
        for u in t.unicodeScalars {
            let v = u.value
            let isSpace = v == 0x20 || v == 0x09 || v == 0xA0 || (0x2000...0x200A).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000
            if v == 0x200B || v == 0xFEFF || v == 0x200C || v == 0x200D { continue }
            if isSpace { space = true; continue }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.unicodeScalars.append(u)
        }
        return out
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "deg": "°", "middot": "·", "bull": "•", "times": "×", "agrave": "à", "aacute": "á",
        "egrave": "è", "eacute": "é", "ograve": "ò", "oacute": "ó", "ugrave": "ù", "uacute": "ú", "iacute": "í",
    ]

    /// `&amp;`, `&gt;`, `&#7897;`, `&#x1EA1;`; anything unknown stays as written. Decoded twice at most,
    /// because scrapers double-escape ("&amp;quot;").
    static func decodeEntities(_ s: String) -> String {
        var current = s
        for _ in 0..<2 {
            guard current.contains("&") else { break }
            var out = ""
            var i = current.startIndex
            while i < current.endIndex {
                let c = current[i]
                if c == "&", let semi = current[i...].prefix(12).firstIndex(of: ";") {
                    let name = current[current.index(after: i)..<semi]
                    if let rep = entity(String(name)) {
                        out += rep
                        i = current.index(after: semi)
                        continue
                    }
                }
                out.append(c)
                i = current.index(after: i)
            }
            if out == current { break }
            current = out
        }
        return current
    }

    private static func entity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[name]
    }
}
