/// The bounds on templates. Rendering recurses once per section and once per partial, so a partial that
/// includes itself, or 100,000 nested sections, ran the stack out (SIGSEGV). Each is refused with a message
/// naming the template and line: sections too deep and partials that always include each other when the
/// templates load, before anything is written; sections and partials nested too deep through the data
/// when a page renders (a partial may include itself inside a section, for a tree of lists).
enum TemplateBounds {
    /// Sections open at once in one template. The built-in templates nest four.
    static let maxSectionDepth = 100
    /// Sections and partials open at once while a page renders, partials included in partials counted
    /// together. The built-in templates nest six. Each level is a frame of the renderer on the stack of a
    /// worker thread: a few thousand ran it out.
    static let maxRenderDepth = 200
    /// Bytes of one template file: the built-in ones take a few kilobytes each.
    static let maxTemplateBytes = 1 << 20
    /// Texts and tags rendered for one page. Sections over lists nested in each other multiply (two
    /// items, thirty levels: a billion); a real page takes hundreds, and the built-in people page about 19
    /// a person, 1.9 million for 100,000 people.
    static let maxRenderSteps = 50_000_000

    /// A chain of partials that include each other outside any section, so that rendering any of them
    /// would never end: where it closes (the template, the line, the partial named there) and the chain.
    static func cycle(in templates: [String: CompiledTemplate]) -> (template: String, line: Int, path: [String])? {
        // Unconditional edges only; a partial inside a section depends on the data and is bounded when rendered.
        var edges: [String: [(name: String, line: Int)]] = [:]
        for (name, t) in templates {
            edges[name] = t.partials.filter { !$0.inSection && templates[$0.name] != nil }.map { ($0.name, $0.line) }
        }
        // Depth-first without recursion: 0 not seen, 1 on the current path, 2 done.
        var state: [String: Int] = [:]
        for root in templates.keys.sorted() where state[root] == nil {
            var path: [(name: String, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = path.last {
                let out = edges[top.name] ?? []
                guard top.next < out.count else { state[top.name] = 2; path.removeLast(); continue }
                path[path.count - 1].next += 1
                let edge = out[top.next]
                switch state[edge.name] ?? 0 {
                case 1:
                    let names = path.map(\.name)
                    let from = names.firstIndex(of: edge.name) ?? 0
                    return (top.name, edge.line, Array(names[from...]) + [edge.name])
                case 0:
                    state[edge.name] = 1
                    path.append((edge.name, 0))
                default:
                    break
                }
            }
        }
        return nil
    }
}

/// A page whose sections and partials nest deeper than `TemplateBounds.maxRenderDepth`, or that takes
/// more than `TemplateBounds.maxRenderSteps` to render.
public struct TemplateRenderError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A section or partial one level deeper than `TemplateBounds.maxRenderDepth`.
        case depth
        case steps(limit: Int)
    }
    /// The template being rendered; for `depth`, the line of the tag that went one level too deep.
    public let file: String
    public let line: Int?
    public let reason: Reason

    public var message: String {
        switch reason {
        case .depth:
            return "sections and partials are nested more than \(TemplateBounds.maxRenderDepth) sections and partials deep here (the limit): "
                + "a partial that includes itself must do it inside a section whose data runs out, such as a list of children"
        case .steps(let limit):
            return "the page took more than \(limit) texts and tags to render (the limit): "
                + "sections over lists nested in each other multiply each other's work; nest fewer of them"
        }
    }

    public var description: String { "\(line.map { "\(file):\($0)" } ?? file): \(message)" }

    /// The error as a build reports it, with the page that was being rendered.
    func diagnostic(page: String) -> Diagnostic {
        Diagnostic(.error, .template, file: file, line: line, message + " (while rendering \(page))")
    }
}
