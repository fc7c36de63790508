import Foundation

/// Compiled templates by name, rendered into bytes. Partials are looked up by name when a page uses
/// them, so a partial may include itself (a tree of lists, say).
struct TemplateLibrary: Sendable {
    let templates: [String: CompiledTemplate]
    /// The most texts and tags one page may take (`TemplateBounds.maxRenderSteps` unless set lower).
    var maxSteps = TemplateBounds.maxRenderSteps

    func render(_ name: String, _ value: TemplateValue) throws(TemplateRenderError) -> [UInt8] {
        try renderInto(name, value).array
    }

    /// The page as Data, without copying it out of the buffer it was written in.
    func renderData(_ name: String, _ value: TemplateValue) throws(TemplateRenderError) -> Data {
        try renderInto(name, value).takeData()
    }

    private func renderInto(_ name: String, _ value: TemplateValue) throws(TemplateRenderError) -> ByteSink {
        var out = Output(sink: ByteSink(capacity: 16 * 1024))
        out.stepsLeft = maxSteps
        guard let t = templates[name] else { return out.sink }
        var stack = [value]
        out.file = t.file.isEmpty ? name : t.file
        render(t.nodes, UnsafeBufferPointer(t.text.bytes), &stack, nil, &out)
        if let failure = out.failure { throw failure }
        return out.sink
    }

    /// Where the current list item stands, for `first()`, `last()`, `index()`, `even()`, `odd()`.
    private struct Position { let index: Int; let count: Int }

    /// The bytes so far, and the indentation of the standalone partials being rendered: it goes before
    /// each line of their templates (not before lines that a value's own line breaks start).
    private struct Output {
        let sink: ByteSink
        var indent: [UInt8] = []
        var lineStart = false
        /// The template being rendered, how many sections and partials deep; the first tag too deep.
        var file = ""
        var depth = 0
        var stepsLeft = 0
        var failure: TemplateRenderError?

        init(sink: ByteSink) { self.sink = sink }

        mutating func text(_ b: UnsafeBufferPointer<UInt8>) {
            if indent.isEmpty { sink.append(b); return }
            for x in b {
                if lineStart { sink.append(indent); lineStart = false }
                sink.append(x)
                if x == 0x0A { lineStart = true }
            }
        }

        /// Before rendering a section's or a partial's nodes (the tag on `line`): false, and the failure set,
        /// when that would nest them deeper than the limit.
        mutating func enter(_ line: Int) -> Bool {
            guard depth < TemplateBounds.maxRenderDepth else {
                if failure == nil { failure = TemplateRenderError(file: file, line: line, reason: .depth) }
                return false
            }
            depth += 1
            return true
        }

        /// Before a value that writes something.
        mutating func value() {
            if lineStart, !indent.isEmpty { sink.append(indent) }
            lineStart = false
        }
    }

    /// `text`: the store of the template `nodes` belong to.
    private func render(_ nodes: [TemplateNode], _ text: UnsafeBufferPointer<UInt8>, _ stack: inout [TemplateValue],
                        _ position: Position?, _ out: inout Output) {
        for i in nodes.indices {
            if out.failure != nil { return }
            out.stepsLeft -= 1
            if out.stepsLeft < 0 {
                out.failure = TemplateRenderError(file: out.file, line: nil, reason: .steps(limit: maxSteps))
                return
            }
            switch nodes[i] {
            case let .text(start, count):
                out.text(UnsafeBufferPointer(rebasing: text[start..<(start + count)]))
            case let .variable(name, escaped):
                guard let v = resolve(name, stack, position) else { continue }
                switch v {
                case .string(let s):
                    if s.isEmpty { continue }
                    out.value()
                    if escaped {
                        var s = s
                        s.withUTF8 { Self.appendEscaped($0, to: out.sink) }
                    } else {
                        out.sink.append(s)
                    }
                case .utf8(let b):
                    if b.isEmpty { continue }
                    out.value()
                    b.withUnsafeBufferPointer { escaped ? Self.appendEscaped($0, to: out.sink) : out.sink.append($0) }
                case .int(let n): out.value(); out.sink.append(String(n))
                case .bool(let b): out.value(); out.sink.append(b ? "true" : "false")
                case .list, .object, .lazy: break
                }
            case let .section(name, children, inverted, line):
                let v = resolve(name, stack, position)
                // An inverted section renders when the value is falsey, a section when it is not.
                guard inverted == (v?.isFalsey ?? true), out.enter(line) else { continue }
                defer { out.depth -= 1 }
                guard !inverted, let v else {
                    render(children, text, &stack, position, &out)
                    continue
                }
                switch v {
                case .list(let items):
                    for (i, item) in items.enumerated() {
                        stack.append(item)
                        render(children, text, &stack, Position(index: i, count: items.count), &out)
                        stack.removeLast()
                    }
                case .bool:
                    render(children, text, &stack, position, &out)
                default:
                    stack.append(v)
                    render(children, text, &stack, position, &out)
                    stack.removeLast()
                }
            case let .partial(name, indentation, line):
                guard let t = templates[name], out.enter(line) else { continue }
                let (outerFile, outerIndent) = (out.file, out.indent)
                out.file = t.file.isEmpty ? name : t.file
                if !indentation.isEmpty {
                    // A standalone partial: its line's blanks were taken out, so it starts a line.
                    out.indent = outerIndent + indentation
                    out.lineStart = true
                }
                render(t.nodes, UnsafeBufferPointer(t.text.bytes), &stack, position, &out)
                (out.file, out.depth, out.indent) = (outerFile, out.depth - 1, outerIndent)
            }
        }
    }

    private func resolve(_ name: TemplateName, _ stack: [TemplateValue], _ position: Position?) -> TemplateValue? {
        var value: TemplateValue?
        switch name.root {
        case .dot:
            value = stack.last
        case .sequence(let asked):
            guard let p = position else { return nil }
            switch asked {
            case .first: value = .bool(p.index == 0)
            case .last: value = .bool(p.index == p.count - 1)
            case .index: value = .int(p.index)
            case .even: value = .bool(p.index & 1 == 0)
            case .odd: value = .bool(p.index & 1 == 1)
            }
        case .current:
            value = stack.last
            for (part, tag) in zip(name.parts, name.tags) { value = value?.child(part, tag: tag) }
        case .stack:
            let head = name.parts[0], headTag = name.tags[0]
            // By index: iterating `stack.reversed()` copied (retained and released) every frame it passed.
            var k = stack.count - 1
            while k >= 0 {
                if let found = stack[k].child(head, tag: headTag) { value = found; break }
                k -= 1
            }
            for k in name.parts.indices.dropFirst() { value = value?.child(name.parts[k], tag: name.tags[k]) }
        }
        for t in name.transforms {
            guard let v = value else { return nil }
            value = v.transformed(t)
        }
        return value
    }

    /// HTML escaping of the five characters that matter in text and attribute values: `< > & " '`.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        let sink = ByteSink(capacity: s.utf8.count + 16)
        var s = s
        s.withUTF8 { appendEscaped($0, to: sink) }
        out.append(contentsOf: sink.bytes(0..<sink.count))
    }

    /// `< > & " '` by byte value; filled once.
    nonisolated(unsafe) private static let htmlSpecial = ByteTable.of("<>&\"'")

    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: ByteSink) {
        guard let p = bytes.baseAddress else { return }
        let special = Self.htmlSpecial
        var run = 0
        for i in 0..<bytes.count where special[Int(p[i])] {
            let entity: StaticString
            switch p[i] {
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x26: entity = "&amp;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            if run < i { out.append(p + run, count: i - run) }
            out.append(entity)
            run = i + 1
        }
        if run < bytes.count { out.append(p + run, count: bytes.count - run) }
    }
}
