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
        if inFlow && s.contains(where: { ",[]{}".contains($0) }) { return true }
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x85 || $0.value == 0xFEFF || (0x2028...0x2029).contains($0.value) }) { return true }
        // Numbers, dates and other values a YAML reader would turn into something other than text.
        if first.isNumber || first == "+" || first == "." {
            return true
        }
        return false
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x85 || u.value == 0xFEFF || (0x2028...0x2029).contains(u.value) {
                    out += "\\u" + String(u.value, radix: 16).leftPadded(4)
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
