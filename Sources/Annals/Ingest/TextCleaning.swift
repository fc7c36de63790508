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
        var result: [Line] = []
        // Lines with nothing to clean (most) are copied out of the text afterwards: a slice of valid text
        // needs no second UTF-8 validation, which making a String from bytes does.
        var plain: [(line: Int, start: Int, end: Int)] = []
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            let kinds = Self.byteKinds
            var start = 0, number = 1, i = 0
            while true {
                // One pass finds the line's end and whether `clean` has anything to do in it: only the bytes
                // that end a line or can start what `clean` changes are looked at closely.
                var isPlain = true
                while i < n {
                    let kind = kinds[Int(bytes[i])]
                    if kind == 0 { i += 1; continue }
                    if kind == 1 { break }
                    if isPlain && !Self.plainAt(bytes, i) { isPlain = false }
                    i += 1
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<i])
                // A space at either end is cleaned away (a trailing one was looked at with a line end after it).
                if isPlain, line.first == 0x20 || line.last == 0x20 { isPlain = false }
                if isPlain {
                    plain.append((result.count, start, i))
                    result.append(Line(text: "", indented: isIndented(line), number: number))
                } else {
                    result.append(Line(text: clean(line), indented: isIndented(line), number: number))
                }
                if i == n { break }
                number += 1
                if bytes[i] == 13, i + 1 < n, bytes[i + 1] == 10 { i += 1 }
                i += 1
                start = i
            }
        }
        let u = text.utf8
        for p in plain where p.end > p.start {
            result[p.line].text = String(Substring(u[u.index(u.startIndex, offsetBy: p.start)..<u.index(u.startIndex, offsetBy: p.end)]))
        }
        return result
    }

    /// Whether the byte at `i` (one `byteKinds` marks 2) leaves its line plain: a single space, a no-break
    /// space, an odd or zero-width space, an entity, a combining mark (NFC to do) or a control are not.
    /// The bytes after a lead byte are its continuation bytes, in the same line.
    @inline(__always)
    private static func plainAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let n = bytes.count
        let b1: UInt8 = i + 1 < n ? bytes[i + 1] : 0, b2: UInt8 = i + 2 < n ? bytes[i + 2] : 0
        switch bytes[i] {
        case 0x20: return b1 != 0x20
        case 0xC2: return b1 != 0xA0
        case 0xE2: return !((b1 == 0x80 && (b2 <= 0x8D || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F))
        case 0xE3: return !(b1 == 0x80 && b2 == 0x80)
        case 0xEF: return !(b1 == 0xBB && b2 == 0xBF)
        default: return false   // & (an entity), CC/CD (a combining mark), tab, VT, FF
        }
    }

    /// Per byte: 1 ends a line (LF, CR), 2 may make the line need cleaning, 0 neither; filled once.
    nonisolated(unsafe) private static let byteKinds: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for v in 0..<256 {
            p[v] = v == 0x0A || v == 0x0D ? 1 : [0x09, 0x0B, 0x0C, 0x20, 0x26, 0xC2, 0xCC, 0xCD, 0xE2, 0xE3, 0xEF].contains(v) ? 2 : 0
        }
        return p
    }()

    /// Begins with a space, a tab, a no-break space or an ideographic space.
    private static func isIndented(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f = b.first else { return false }
        if f == 0x20 || f == 0x09 { return true }
        if f == 0xC2, b.count > 1, b[1] == 0xA0 { return true }
        if f == 0xE3, b.count > 2, b[1] == 0x80, b[2] == 0x80 { return true }
        return false
    }

    /// NFC, entities decoded, every kind of space made a plain space, runs of spaces collapsed.
    static func clean(_ s: String) -> String {
        var s = s
        return s.withUTF8 { clean($0) }
    }

    /// The work of `clean` on the bytes of one line: spaces are handled byte by byte; entities and
    /// decomposed text (rare) go through the slower Unicode path first.
    private static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var needsUnicode = false
        for b in bytes where b == UInt8(ascii: "&") || b == 0xCC || b == 0xCD { needsUnicode = true; break }
        if needsUnicode {
            var t = String(decoding: bytes, as: UTF8.self)
            if t.utf8.contains(UInt8(ascii: "&")) { t = decodeEntities(t) }
            t = Vietnamese.nfc(t)   // Foundation's normaliser only for text that may change
            return collapse(Array(t.utf8))
        }
        return collapse(bytes)
    }

    /// Drops zero-width characters, turns every space into one plain space, trims both ends.
    private static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Most lines are already clean: single ASCII spaces, none at the ends, no odd space or zero-width mark.
        var clean = bytes.first != 0x20 && bytes.last != 0x20
        if clean {
            let n = bytes.count
            let table = Self.spaceLeads
            for i in 0..<n where table[Int(bytes[i])] {
                let b = bytes[i]
                var odd = b == 0x09 || b == 0x0B || b == 0x0C || (b == 0x20 && i + 1 < n && bytes[i + 1] == 0x20)
                if b >= 0xC2, !odd {
                    let b1: UInt8 = i + 1 < n ? bytes[i + 1] : 0, b2: UInt8 = i + 2 < n ? bytes[i + 2] : 0
                    switch b {
                    case 0xC2: odd = b1 == 0xA0
                    case 0xE2: odd = (b1 == 0x80 && (b2 <= 0x8D || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F)
                    case 0xE3: odd = b1 == 0x80 && b2 == 0x80
                    case 0xEF: odd = b1 == 0xBB && b2 == 0xBF
                    default: break
                    }
                }
                if odd { clean = false; break }
            }
        }
        if clean { return String(decoding: bytes, as: UTF8.self) }
        return collapse(Array(bytes))
    }

    /// The bytes that can start an odd space or a zero-width mark (or a doubled space); filled once.
    nonisolated(unsafe) private static let spaceLeads = ByteTable.make { [0x09, 0x0B, 0x0C, 0x20, 0xC2, 0xE2, 0xE3, 0xEF].contains($0) }

    private static func collapse<C: RandomAccessCollection>(_ bytes: C) -> String where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            var width = 1
            var isSpace = false, skip = false
            if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C {
                isSpace = true
            } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
                isSpace = true; width = 2
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c <= 0x8A || c == 0xAF { isSpace = true; width = 3 } else if c >= 0x8B && c <= 0x8D { skip = true; width = 3 }
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x81, bytes[i + 2] == 0x9F {
                isSpace = true; width = 3
            } else if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                isSpace = true; width = 3
            } else if b == 0xEF, i + 2 < end, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                skip = true; width = 3
            }
            if isSpace {
                space = true
            } else if !skip {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                for k in 0..<width { out.append(bytes[i + k]) }
            }
            i += width
        }
        return String(decoding: out, as: UTF8.self)
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
