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
        var notes: [String] = []
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let s = String(data: Data(bytes.dropFirst(2)), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                return .failure(.binary)
            }
            notes.append("converted from UTF-16 to UTF-8")
            return finish(s, notes: notes)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        // Binary: many NULs and control bytes near the start (a stray NUL in text is only cleaned).
        let head = bytes.prefix(8192)
        let controls = head.reduce(0) { $0 + ($1 < 0x09 || ($1 > 0x0D && $1 < 0x20) ? 1 : 0) }
        if controls * 10 > head.count { return .failure(.binary) }
        guard let s = String(validatingUTF8Bytes: bytes) else {
            let (offset, line) = firstInvalidUTF8(bytes)
            if looksLikeWindows1258(bytes) { return .failure(.legacyEncoding("Windows-1258 (or another 8-bit code page)")) }
            return .failure(.invalidUTF8(offset: offset, line: line))
        }
        if let legacy = legacyFontEncoding(s) { return .failure(.legacyEncoding(legacy)) }
        return finish(s, notes: notes)
    }

    private static func finish(_ s: String, notes: [String]) -> Result<Decoded, Failure> {
        var notes = notes
        var controls = 0
        // Control characters are rare: only rebuild the text when there is one (C0 other than tab and line
        // ends, DEL, or C1, which UTF-8 writes as C2 80…C2 9F).
        var hasControl = false
        var previous: UInt8 = 0
        for b in s.utf8 {
            if (b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09) || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b <= 0x9F) {
                hasControl = true
                break
            }
            previous = b
        }
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
        var vietnamese = 0, foreign = 0
        for u in s.unicodeScalars {
            switch u.value {
            case 0..<0xA0: continue
            case 0x1EA0...0x1EF9, 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0:
                vietnamese += 1
            case 0xA1...0xBF, 0xC4, 0xC5, 0xC6, 0xC7, 0xCB, 0xCF, 0xD1, 0xD6, 0xD8, 0xDB, 0xDC, 0xDE, 0xDF,
                 0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEF, 0xF1, 0xF6, 0xF8, 0xFB, 0xFC, 0xFE, 0xFF:
                foreign += 1
            default: continue
            }
        }
        guard foreign >= 3, foreign > vietnamese * 2 else { return nil }
        return s.unicodeScalars.contains(where: { [0xB8, 0xB5, 0xB6, 0xB7, 0xB9].contains($0.value) }) ? "TCVN3 (ABC)" : "VNI"
    }
}

extension String {
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
