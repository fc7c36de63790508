import Foundation

enum JSON {
    /// `string(s)`, appended to `out`.
    static func append(_ s: String, to out: ByteSink) {
        if isPlain(s) {
            out.append(0x22); out.append(s); out.append(0x22)
        } else {
            out.append(string(s))
        }
    }

    /// Most titles and names need no escape: one pass over the bytes tells (no control character, quote,
    /// backslash or `<`, and no E2 byte, which starts U+2028 and U+2029).
    private static func isPlain(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in b.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0xE2 } }
    }

    /// `s` as a JSON string that can also stand inside a `<script>`.
    static func string(_ s: String) -> String {
        if isPlain(s) { return "\"" + s + "\"" }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += "\\u" + String(u.value, radix: 16).leftPadded(4)
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
