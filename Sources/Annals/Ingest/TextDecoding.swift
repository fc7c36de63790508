import Foundation

/// Turns a file's bytes into text, or says plainly why it cannot.
public enum TextDecoding {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case binary
        case invalidUTF8(offset: Int, line: Int)
        case legacyEncoding(String)

        public var description: String {
            switch self {
            case .empty: return "the file is empty"
            case .binary: return "the file looks binary (NUL bytes or control characters), not text"
            case let .invalidUTF8(offset, line):
                return "not valid UTF-8 (first bad byte at offset \(offset), line \(line)); save the file as UTF-8"
            case let .legacyEncoding(name):
                return "the text looks like the legacy Vietnamese encoding \(name), not Unicode; convert it to UTF-8 (for example with iconv)"
            }
        }
    }

    public struct Decoded: Sendable {
        public var text: String
        /// Things fixed on the way that the user may want to know: "UTF-16 converted", "control characters removed".
        public var notes: [String]
    }

    public static func decode(_ data: Data) -> Result<Decoded, Failure> {
        data.withUnsafeBytes { decode($0.bindMemory(to: UInt8.self)) }
    }

    private static func decode(_ all: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure> {
        var bytes = all
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let s = String(data: Data(bytes.dropFirst(2)), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                return .failure(.binary)
            }
            return finish(s, notes: ["converted from UTF-16 to UTF-8"], hasControl: hasControl(s))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        // One pass for what the rest asks of the bytes; it only counts once they are known to be UTF-8.
        let scan = Scan(bytes)
        // Binary: many NULs and control bytes near the start (a stray NUL in text is only cleaned).
        if scan.headControls * 10 > min(bytes.count, Scan.head) { return .failure(.binary) }
        guard let s = String(validating: bytes, as: UTF8.self) else {
            let array = Array(bytes)
            let (offset, line) = firstInvalidUTF8(array)
            if looksLikeWindows1258(array) { return .failure(.legacyEncoding("Windows-1258 (or another 8-bit code page)")) }
            return .failure(.invalidUTF8(offset: offset, line: line))
        }
        if let legacy = scan.legacyEncoding { return .failure(.legacyEncoding(legacy)) }
        return finish(s, notes: [], hasControl: scan.hasControl)
    }

    /// Control characters: C0 other than tab and line ends, DEL, or C1 (UTF-8 writes those as C2 80…C2 9F).
    private static func hasControl(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { Scan($0).hasControl }
    }

    private static func finish(_ s: String, notes: [String], hasControl: Bool) -> Result<Decoded, Failure> {
        var notes = notes
        var controls = 0
        // Control characters are rare: only rebuild the text when there is one.
        let cleaned = !hasControl ? s : String(String.UnicodeScalarView(s.unicodeScalars.filter { u in
            let v = u.value
            if v == 0x0A || v == 0x0D || v == 0x09 { return true }
            if v < 0x20 || (0x7F...0x9F).contains(v) { controls += 1; return false }
            return true
        }))
        if controls > 0 {
            if controls * 10 > max(1, cleaned.unicodeScalars.count) { return .failure(.binary) }
            notes.append("removed \(controls) control character\(controls == 1 ? "" : "s")")
        }
        if cleaned.allSatisfy({ $0.isWhitespace }) { return .failure(.empty) }
        return .success(Decoded(text: cleaned, notes: notes))
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var i = 0, line = 1
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            switch b {
            case 0x00...0x7F: len = 1
            case 0xC2...0xDF: len = 2
            case 0xE0...0xEF: len = 3
            case 0xF0...0xF4: len = 4
            default: return (i, line)
            }
            if i + len > bytes.count { return (i, line) }
            for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return (i, line) }
            if b == 0x0A { line += 1 }
            i += len
        }
        return (i, line)
    }

    /// Windows-1258 Vietnamese uses bytes 0xC0–0xFF for vowels with marks and 0xCC/0xEC/0xDE/0xD2/0xF2 as
    /// combining tones; lots of isolated high bytes between ASCII letters is its signature.
    private static func looksLikeWindows1258(_ bytes: [UInt8]) -> Bool {
        var high = 0, isolated = 0
        for (i, b) in bytes.enumerated() where b >= 0x80 {
            high += 1
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            // In UTF-8 a lead byte is followed by continuation bytes (0x80–0xBF); in an 8-bit code page it is not.
            if b >= 0xC0 && !(0x80...0xBF).contains(next) { isolated += 1 }
        }
        return isolated >= 3 && isolated * 10 >= high * 6
    }

    /// VNI and TCVN3 text that went through a Latin-1 → UTF-8 conversion is valid UTF-8 but shows
    /// letters no Vietnamese word uses ("Buøi" for Bùi, "Nguyeãn" for Nguyễn, "¸" and "µ" for tones).
    static func legacyFontEncoding(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { Scan($0).legacyEncoding }
    }

    /// What decoding asks of valid UTF-8 bytes: control characters, and the letters that tell
    /// legacy-encoded text from Vietnamese. One pass looks at controls and at the leads C2 and C3 only
    /// (Vietnamese letters under U+1EA0 are frequent, and counting them is needed only when letters of
    /// legacy text turn up, which is rare: then a second pass counts them).
    private struct Scan {
        var hasControl = false
        /// C0 controls other than tab, line ends, VT and FF among the first `head` bytes.
        var headControls = 0
        static let head = 8192
        var vietnamese = 0, foreign = 0, tcvnMarks = false

        init(_ b: UnsafeBufferPointer<UInt8>) {
            // The letters TCVN3 and VNI text shows instead of Vietnamese ones are C2 A1…BF and some of
            // C3 80…BF (U+00A1–U+00FF).
            let n = b.count
            let table = Self.interesting
            var i = 0
            while i < n {
                let c = b[i]
                // Printable ASCII, tab, line ends, continuation bytes and leads other than C2 and C3.
                if !table[Int(c)] { i += 1; continue }
                if c < 0xC2 {
                    hasControl = true
                    if i < Self.head, c < 0x09 || (c > 0x0D && c < 0x20) { headControls += 1 }
                    i += 1; continue
                }
                let d: UInt8 = i + 1 < n ? b[i + 1] : 0
                if c == 0xC2 {
                    if d >= 0xA1, d <= 0xBF { foreign += 1 }
                    if d == 0xB5 || d == 0xB6 || d == 0xB7 || d == 0xB8 || d == 0xB9 { tcvnMarks = true }
                    if d >= 0x80, d <= 0x9F { hasControl = true }
                } else {
                    switch d | 0x20 {  // the same letters in both cases: U+00C4… and U+00E4…
                    case 0xA4, 0xA5, 0xA6, 0xA7, 0xAB, 0xAF, 0xB1, 0xB6, 0xB8, 0xBB, 0xBC, 0xBE: foreign += 1
                    default: if d == 0x9F || d == 0xBF { foreign += 1 }
                    }
                }
                i += 1
            }
            if foreign >= 3 { vietnamese = Self.vietnameseLetters(b) }
        }

        /// Vietnamese letters: C4 82/83/90/91/A8/A9, C5 A8/A9, C6 A0/A1/AF/B0 (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư) and
        /// E1 BA A0 … E1 BB B9 (U+1EA0–U+1EF9).
        static func vietnameseLetters(_ b: UnsafeBufferPointer<UInt8>) -> Int {
            let n = b.count
            var count = 0
            var i = 0
            while i < n {
                let c = b[i]
                if c >= 0xC4, c <= 0xE1 {
                    let d: UInt8 = i + 1 < n ? b[i + 1] : 0
                    switch c {
                    case 0xC4: if d == 0x82 || d == 0x83 || d == 0x90 || d == 0x91 || d == 0xA8 || d == 0xA9 { count += 1 }
                    case 0xC5: if d == 0xA8 || d == 0xA9 { count += 1 }
                    case 0xC6: if d == 0xA0 || d == 0xA1 || d == 0xAF || d == 0xB0 { count += 1 }
                    case 0xE1: if i + 2 < n, (d == 0xBA && b[i + 2] >= 0xA0) || (d == 0xBB && b[i + 2] <= 0xB9) { count += 1 }
                    default: break
                    }
                }
                i += 1
            }
            return count
        }

        /// The bytes `init` looks at: controls (C0 but tab and line ends, DEL) and the leads C2 and C3.
        nonisolated(unsafe) private static let interesting = ByteTable.make { c in
            (c < 0x20 && c != 0x0A && c != 0x0D && c != 0x09) || c == 0x7F || c == 0xC2 || c == 0xC3
        }

        var legacyEncoding: String? {
            guard foreign >= 3, foreign > vietnamese * 2 else { return nil }
            return tcvnMarks ? "TCVN3 (ABC)" : "VNI"
        }
    }
}
