/// Compiled templates by name, rendered into bytes. Partials are looked up by name when a page uses
/// them, so a partial may include itself (a tree of lists, say).
struct TemplateLibrary: Sendable {
    let templates: [String: CompiledTemplate]

    func render(_ name: String, _ value: TemplateValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        guard let t = templates[name] else { return out }
        var stack = [value]
        render(t.nodes, &stack, nil, &out)
        return out
    }

    /// Where the current list item stands, for `first()`, `last()`, `index()`, `even()`, `odd()`.
    private struct Position { let index: Int; let count: Int }

    private func render(_ nodes: [TemplateNode], _ stack: inout [TemplateValue], _ position: Position?, _ out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case let .variable(name, escaped):
                guard let v = resolve(name, stack, position) else { continue }
                switch v {
                case .string(let s): escaped ? Self.appendEscaped(s, to: &out) : Self.append(s, to: &out)
                case .int(let n): Self.append(String(n), to: &out)
                case .bool(let b): Self.append(b ? "true" : "false", to: &out)
                case .list, .object, .lazy: break
                }
            case let .section(name, children, inverted):
                let v = resolve(name, stack, position)
                if inverted {
                    if v?.isFalsey ?? true { render(children, &stack, position, &out) }
                    continue
                }
                guard let v, !v.isFalsey else { continue }
                switch v {
                case .list(let items):
                    for (i, item) in items.enumerated() {
                        stack.append(item)
                        render(children, &stack, Position(index: i, count: items.count), &out)
                        stack.removeLast()
                    }
                case .bool:
                    render(children, &stack, position, &out)
                default:
                    stack.append(v)
                    render(children, &stack, position, &out)
                    stack.removeLast()
                }
            case let .partial(name, indentation):
                guard let t = templates[name] else { continue }
                if indentation.isEmpty {
                    render(t.nodes, &stack, position, &out)
                } else {
                    var inner: [UInt8] = []
                    render(t.nodes, &stack, position, &inner)
                    Self.append(inner, indentedBy: indentation, to: &out)
                }
            }
        }
    }

    private func resolve(_ name: TemplateName, _ stack: [TemplateValue], _ position: Position?) -> TemplateValue? {
        var value: TemplateValue?
        var transforms = name.transforms[...]
        switch name.root {
        case .dot:
            value = stack.last
        case .sequence:
            guard let p = position, let first = transforms.popFirst() else { return nil }
            switch first {
            case "first": value = .bool(p.index == 0)
            case "last": value = .bool(p.index == p.count - 1)
            case "index": value = .int(p.index)
            case "even": value = .bool(p.index & 1 == 0)
            case "odd": value = .bool(p.index & 1 == 1)
            default: return nil
            }
        case .current:
            value = stack.last
            for part in name.parts { value = value?.child(part) }
        case .stack:
            let head = name.parts[0]
            for frame in stack.reversed() {
                if let found = frame.child(head) { value = found; break }
            }
            for part in name.parts.dropFirst() { value = value?.child(part) }
        }
        for t in transforms {
            guard let v = value else { return nil }
            value = v.transformed(t)
        }
        return value
    }

    @inline(__always) static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// HTML escaping of the five characters that matter in text and attribute values: `< > & " '`.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for i in 0..<bytes.count {
                let entity: StaticString
                switch bytes[i] {
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x26: entity = "&amp;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                run = i + 1
            }
            if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        }
    }

    /// A standalone partial's output with its indentation before every line that has something on it.
    private static func append(_ text: [UInt8], indentedBy indentation: [UInt8], to out: inout [UInt8]) {
        var atLineStart = true
        for b in text {
            if atLineStart { out.append(contentsOf: indentation); atLineStart = false }
            out.append(b)
            if b == 0x0A { atLineStart = true }
        }
    }
}
