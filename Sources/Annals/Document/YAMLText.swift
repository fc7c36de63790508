/// Just enough YAML writing for front matter: scalars quoted only when YAML would misread them.
enum YAMLText {
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    /// A scalar, plain where that is safe, double-quoted otherwise. `inFlow` also guards `,[]{}`.
    static func scalar(_ s: String, inFlow: Bool = false) -> String {
        needsQuotes(s, inFlow: inFlow) ? quoted(s) : s
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    private static func needsQuotes(_ s: String, inFlow: Bool) -> Bool {
        guard let first = s.first, let last = s.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if reserved.contains(s.lowercased()) { return true }
        if s.contains(": ") || s.contains(" #") || s.contains("\n") || s.contains("\t") || s.contains("\\") { return true }
        // Inside [...] a reader also stops at ":" and "?" before other punctuation ("a:?b").
        if inFlow && s.contains(where: { ",[]{}:?#&*!|>'\"%@`".contains($0) }) { return true }
        if s.unicodeScalars.contains(where: { !isPlainPrintable($0) }) { return true }
        // Numbers, dates and other values a YAML reader would turn into something other than text.
        if first.isNumber || first == "+" || first == "." {
            return true
        }
        return false
    }

    /// YAML's printable set, less the characters that read differently unquoted (NEL, BOM, line separators).
    private static func isPlainPrintable(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v) && v != 0x2028 && v != 0x2029
            || (0xE000...0xFFFD).contains(v) && v != 0xFEFF || (0x10000...0x10FFFF).contains(v)
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        var afterEscape = false
        for u in s.unicodeScalars {
            // A combining mark right after an escape is escaped too, so normalising the file cannot fuse them.
            if afterEscape, u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .spacingMark {
                out += "\\u" + String(u.value, radix: 16).leftPadded(4)
                continue
            }
            afterEscape = !isPlainPrintable(u) || u == "\n" || u == "\t" || u == "\\" || u == "\""
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if !isPlainPrintable(u) {
                    out += u.value > 0xFFFF ? "\\U" + String(u.value, radix: 16).leftPadded(8) : "\\u" + String(u.value, radix: 16).leftPadded(4)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func leftPadded(_ n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
