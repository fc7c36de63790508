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

    /// Whether `s` must be quoted. Text made only of ASCII and the Latin letters Vietnamese is written in
    /// (U+0080–U+01FF, U+1E80–U+1EFF: no combining marks there, so each ASCII byte is a character of its
    /// own) is judged on its bytes; anything else by characters, as YAML readers see it. `convert` asks this
    /// of every title, name, role and caption: by characters it was half of what converting cost.
    static func needsQuotes(_ s: String, inFlow: Bool) -> Bool {
        var s = s
        return s.withUTF8 { b in
            byteDecision(b, inFlow: inFlow) ?? needsQuotesByCharacters(String(decoding: b, as: UTF8.self), inFlow: inFlow)
        }
    }

    /// Punctuation that may not open a plain scalar, and (in a flow list) may not appear in one.
    private static let openers = "-?:,[]{}#&*!|>'\"%@`", inFlowSpecials = ",[]{}:?#&*!|>'\"%@`"
    nonisolated(unsafe) private static let opener = ByteTable.of(openers)
    nonisolated(unsafe) private static let inFlowSpecial = ByteTable.of(inFlowSpecials)

    /// The answer from the bytes, or nil when `b` holds a scalar outside the ranges described above.
    private static func byteDecision(_ b: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> Bool? {
        let n = b.count
        guard n > 0 else { return true }
        var ascii = true
        var i = 0
        // Scalars first: any outside the plain ranges settles it, unless the text is not ours to judge.
        var unprintable = false
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 || c == 0x7F { unprintable = true }
                i += 1
            } else if c >= 0xC2, c <= 0xC7, i + 1 < n {
                // U+0080–U+01FF; U+0080–U+009F are C1 controls, not printable.
                if c == 0xC2, b[i + 1] < 0xA0 { unprintable = true }
                ascii = false
                i += 2
            } else if c == 0xE1, i + 2 < n, b[i + 1] == 0xBA || b[i + 1] == 0xBB {
                ascii = false
                i += 3
            } else {
                return nil
            }
        }
        let first = b[0], last = b[n - 1]
        if first == 0x20 || last == 0x20 || last == 0x3A { return true }
        if opener[Int(first)] { return true }
        if n <= 5, ascii {
            var lower: [UInt8] = []
            for c in b { lower.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
            if reserved.contains(String(decoding: lower, as: UTF8.self)) { return true }
        }
        for j in 0..<n {
            let c = b[j]
            if c == 0x0A || c == 0x09 || c == 0x5C { return true }
            if c == 0x3A, j + 1 < n, b[j + 1] == 0x20 { return true }
            if c == 0x20, j + 1 < n, b[j + 1] == 0x23 { return true }
            if inFlow, inFlowSpecial[Int(c)] { return true }
        }
        if unprintable { return true }
        if first >= 0x30 && first <= 0x39 || first == 0x2B || first == 0x2E { return true }
        // Latin-1's superscript digits and fractions are numbers too.
        if first >= 0x80, String(decoding: b, as: UTF8.self).first?.isNumber == true { return true }
        return false
    }

    /// The rules for text the bytes cannot settle, applied to scalars and bytes as YAML reads them: not to
    /// Characters, where a combining mark fuses with the space or punctuation before it (": \u{306}m" holds
    /// no Character ": ", and was written unquoted; the ingest fuzzer found it).
    static func needsQuotesByCharacters(_ s: String, inFlow: Bool) -> Bool {
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        if first == " " || last == " " || last == ":" { return true }
        if openers.unicodeScalars.contains(first) { return true }
        if reserved.contains(s.lowercased()) { return true }
        let u = Array(s.utf8)
        for j in u.indices {
            let c = u[j]
            if c == 0x0A || c == 0x09 || c == 0x5C { return true }
            if j + 1 < u.count, c == 0x3A && u[j + 1] == 0x20 || c == 0x20 && u[j + 1] == 0x23 { return true }
            // Inside [...] a reader also stops at ":" and "?" before other punctuation ("a:?b").
            if inFlow, inFlowSpecial[Int(c)] { return true }
        }
        if scalars.contains(where: { !isPlainPrintable($0) }) { return true }
        // Numbers, dates and other values a YAML reader would turn into something other than text.
        if s.first?.isNumber == true || first.properties.numericType != nil || first == "+" || first == "." {
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
