
enum TemplateParser {
    private enum Token {
        case text(Range<Int>)
        case tag(sigil: UInt8, content: String, start: Int, end: Int)
    }

    private static let standaloneSigils: Set<UInt8> = [UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: ">"),
                                                       UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "%")]

    static func compile(_ source: String) throws(TemplateSyntaxError) -> CompiledTemplate {
        let bytes = Array(source.utf8)
        let tokens = try scan(bytes)
        return try build(tokens, bytes)
    }

    // MARK: scanning

    private static func scan(_ b: [UInt8]) throws(TemplateSyntaxError) -> [Token] {
        var open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8)
        var tokens: [Token] = []
        var i = 0
        let n = b.count
        while i < n {
            guard let j = find(open, in: b, from: i) else { tokens.append(.text(i..<n)); break }
            if j > i { tokens.append(.text(i..<j)) }
            var k = j + open.count
            let sigil: UInt8, contentRange: Range<Int>, end: Int
            if open == Array("{{".utf8), close == Array("}}".utf8), k < n, b[k] == UInt8(ascii: "{") {
                guard let e = find(Array("}}}".utf8), in: b, from: k + 1) else { throw error("'{{{' is never closed with '}}}'", at: j, b) }
                sigil = UInt8(ascii: "&"); contentRange = (k + 1)..<e; end = e + 3
            } else {
                guard let e = find(close, in: b, from: k) else {
                    throw error("'\(String(decoding: open, as: UTF8.self))' is never closed with '\(String(decoding: close, as: UTF8.self))'", at: j, b)
                }
                if k < e, "#^/>!=&%<$".utf8.contains(b[k]) { sigil = b[k]; k += 1 } else { sigil = 0 }
                contentRange = k..<e; end = e + close.count
            }
            let content = String(decoding: b[contentRange], as: UTF8.self)
            if sigil == UInt8(ascii: "=") {
                // {{=<% %>=}}: two new delimiters, separated by white space.
                let inner = content.hasSuffix("=") ? content.dropLast() : Substring(content)
                let parts = inner.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                guard content.hasSuffix("="), parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error("a delimiter change is written {{=<% %>=}}", at: j, b)
                }
                open = Array(parts[0].utf8); close = Array(parts[1].utf8)
            }
            tokens.append(.tag(sigil: sigil, content: content, start: j, end: end))
            i = end
        }
        return tokens
    }

    private static func find(_ needle: [UInt8], in b: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= b.count else { return nil }
        var i = start
        let last = b.count - needle.count
        while i <= last {
            if b[i] == first {
                var m = 1
                while m < needle.count, b[i + m] == needle[m] { m += 1 }
                if m == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: standalone lines and the tree

    private static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    /// The part of each text token that is written: standalone tags (alone on their line but for blanks)
    /// take their line with them. Also the indentation of each standalone partial, by token index.
    private static func windows(_ tokens: [Token], _ b: [UInt8]) -> (lo: [Int], hi: [Int], indentation: [Int: [UInt8]]) {
        // Each text keeps a window into the source; standalone tags narrow the windows beside them.
        var lo: [Int] = [], hi: [Int] = []
        for t in tokens {
            if case .text(let r) = t { lo.append(r.lowerBound); hi.append(r.upperBound) } else { lo.append(0); hi.append(0) }
        }
        var indentation: [Int: [UInt8]] = [:]
        for (k, t) in tokens.enumerated() {
            guard case .tag(let sigil, _, let start, _) = t, standaloneSigils.contains(sigil) else { continue }
            // Only blanks between the start of the line and the tag…
            var cutBefore: Int? = nil, lineStart = start
            if k > 0 {
                guard case .text(let r) = tokens[k - 1] else { continue }
                var p = r.upperBound
                while p > r.lowerBound, isBlank(b[p - 1]) { p -= 1 }
                guard p == r.lowerBound ? k - 1 == 0 : b[p - 1] == 0x0A else { continue }
                cutBefore = p; lineStart = p
            }
            // …and between the tag and the end of the line (or of the template).
            var cutAfter: Int? = nil
            if k + 1 < tokens.count {
                guard case .text(let r) = tokens[k + 1] else { continue }
                var p = r.lowerBound
                while p < r.upperBound, isBlank(b[p]) { p += 1 }
                if p < r.upperBound, b[p] == 0x0A { cutAfter = p + 1 }
                else if p + 1 < r.upperBound, b[p] == 0x0D, b[p + 1] == 0x0A { cutAfter = p + 2 }
                else if p == r.upperBound, k + 1 == tokens.count - 1 { cutAfter = p }
                else { continue }
            }
            if let c = cutBefore { hi[k - 1] = min(hi[k - 1], c) }
            if let c = cutAfter { lo[k + 1] = max(lo[k + 1], c) }
            if sigil == UInt8(ascii: ">") { indentation[k] = Array(b[lineStart..<start]) }
        }

        return (lo, hi, indentation)
    }

    private static func build(_ tokens: [Token], _ b: [UInt8]) throws(TemplateSyntaxError) -> CompiledTemplate {
        let (lo, hi, indentation) = windows(tokens, b)
        struct Open { var name: TemplateName; var raw: String; var inverted: Bool; var start: Int; var line: Int; var nodes: [TemplateNode] }
        var stack: [Open] = []
        var nodes: [TemplateNode] = []
        var partials: [(name: String, line: Int, inSection: Bool)] = []
        func emit(_ node: TemplateNode) {
            if stack.isEmpty { nodes.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }
        // Adjacent texts (left apart by removed comments or standalone lines) become one node: a text right
        // after a text of the same list was appended right after it in the store.
        var text: [UInt8] = []
        var lines = LineCounter(b)
        func line(_ offset: Int) -> Int { lines.line(at: offset) }
        func emitText(_ piece: ArraySlice<UInt8>) {
            let at = text.count
            text.append(contentsOf: piece)
            func add(to list: inout [TemplateNode]) {
                if case let .text(start, count)? = list.last, start + count == at {
                    list[list.count - 1] = .text(start: start, count: count + piece.count)
                } else {
                    list.append(.text(start: at, count: piece.count))
                }
            }
            if stack.isEmpty { add(to: &nodes) } else { add(to: &stack[stack.count - 1].nodes) }
        }
        for (k, t) in tokens.enumerated() {
            switch t {
            case .text:
                if lo[k] < hi[k] { emitText(b[lo[k]..<hi[k]]) }
            case let .tag(sigil, content, start, _):
                let trimmed = content.trimmingBlanks
                switch sigil {
                case 0, UInt8(ascii: "&"):
                    emit(.variable(try name(trimmed, at: start, b, line: line(start)), escaped: sigil == 0))
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    // The tree is built without recursion, but rendering it and freeing it recurse once per level.
                    guard stack.count < TemplateBounds.maxSectionDepth else {
                        throw error("sections are nested more than \(TemplateBounds.maxSectionDepth) deep here (the limit); "
                                    + "close some before opening more", at: start, b)
                    }
                    let at = line(start)
                    stack.append(Open(name: try name(trimmed, at: start, b, line: at), raw: trimmed, inverted: sigil == UInt8(ascii: "^"),
                                      start: start, line: at, nodes: []))
                case UInt8(ascii: "/"):
                    guard let open = stack.popLast() else { throw error("'{{/\(trimmed)}}' closes a section that was never opened", at: start, b) }
                    guard open.raw == trimmed else {
                        throw error("'{{/\(trimmed)}}' closes '\(open.raw)', opened on line \(lineNumber(open.start, b))", at: start, b)
                    }
                    emit(.section(open.name, open.nodes, inverted: open.inverted, line: open.line))
                case UInt8(ascii: ">"):
                    guard !trimmed.isEmpty else { throw error("a partial needs a name: {{> name}}", at: start, b) }
                    let at = line(start)
                    emit(.partial(trimmed, indentation: indentation[k] ?? [], line: at))
                    partials.append((trimmed, at, !stack.isEmpty))
                case UInt8(ascii: "<"), UInt8(ascii: "$"):
                    throw error("template inheritance ({{< …}}, {{$ …}}) is not supported: use partials", at: start, b)
                default:
                    break  // comments, pragmas, delimiter changes write nothing
                }
            }
        }
        if let open = stack.last { throw error("section '\(open.raw)' is never closed", at: open.start, b) }
        return CompiledTemplate(nodes: nodes, text: TextStore(text), partials: partials)
    }

    private static func name(_ text: String, at offset: Int, _ b: [UInt8], line: Int) throws(TemplateSyntaxError) -> TemplateName {
        var s = Substring(text)
        var outerFirst: [String] = []
        while s.hasSuffix(")") {
            guard let paren = s.firstIndex(of: "(") else { throw error("unbalanced ')' in '\(text)'", at: offset, b) }
            let fn = String(s[..<paren]).trimmingBlanks
            guard TemplateValue.transformNames.contains(fn) else {
                throw error("unknown transform '\(fn)' in '\(text)' (known: \(TemplateValue.transformNames.sorted().joined(separator: ", ")))", at: offset, b)
            }
            outerFirst.append(fn)
            s = Substring(String(s[s.index(after: paren)..<s.index(before: s.endIndex)]).trimmingBlanks)
        }
        let transforms = Array(outerFirst.reversed())
        if let first = s.first, "#^/!>=&%<${".contains(first) {
            throw error("'\(text)' is not a name: a tag's symbol comes right after the opening braces ({{\(first)name}})", at: offset, b)
        }
        guard !s.contains(where: { " \t\n\r(){}#^!>=&%<$".contains($0) }) else {
            throw error("'\(text)' is not a name", at: offset, b)
        }
        if s.isEmpty {
            guard let first = transforms.first else { throw error("a tag needs a name", at: offset, b) }
            guard let position = TemplateName.Position(rawValue: first) else {
                throw error("'\(first)()' needs a value: write \(first)(name)", at: offset, b)
            }
            return TemplateName(root: .sequence(position), parts: [], transforms: Array(transforms.dropFirst()), line: line)
        }
        if s == "." { return TemplateName(root: .dot, parts: [], transforms: transforms, line: line) }
        let anchored = s.hasPrefix(".")
        let parts = s.split(separator: ".", omittingEmptySubsequences: false).dropFirst(anchored ? 1 : 0).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { throw error("'\(text)' is not a name", at: offset, b) }
        return TemplateName(root: anchored ? .current : .stack, parts: parts, transforms: transforms, line: line)
    }

    private static func lineNumber(_ offset: Int, _ b: [UInt8]) -> Int {
        1 + b[..<min(offset, b.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func error(_ message: String, at offset: Int, _ b: [UInt8]) -> TemplateSyntaxError {
        var s = min(offset, b.count), e = min(offset, b.count)
        while s > 0, b[s - 1] != 0x0A { s -= 1 }
        while e < b.count, b[e] != 0x0A { e += 1 }
        return TemplateSyntaxError(message: message, line: lineNumber(offset, b),
                                   lineText: String(decoding: b[s..<e], as: UTF8.self).trimmingBlanks)
    }
}

private extension StringProtocol {
    var trimmingBlanks: String {
        let u = Array(utf8)
        var s = 0, e = u.count
        while s < e, u[s] == 0x20 || u[s] == 0x09 || u[s] == 0x0A || u[s] == 0x0D { s += 1 }
        while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 || u[e - 1] == 0x0A || u[e - 1] == 0x0D { e -= 1 }
        return String(decoding: u[s..<e], as: UTF8.self)
    }
}

/// The line of each tag, counted on from the last one asked for (tags come in order).
private struct LineCounter {
    let b: [UInt8]
    var offset = 0, line = 1
    init(_ b: [UInt8]) { self.b = b }

    mutating func line(at target: Int) -> Int {
        while offset < min(target, b.count) {
            if b[offset] == 0x0A { line += 1 }
            offset += 1
        }
        return line
    }
}
