import Foundation

/// Strict templates: every name a page template (and each partial it includes) looks up must be a key of
/// the page's model, or of the list items and objects its sections enter, checked when the templates
/// load, so that a misspelt or missing key stops the build before anything is written instead of
/// rendering as nothing.
struct TemplateKeyCheck {
    let templates: [String: CompiledTemplate]
    let folder: String
    private(set) var problems: [Diagnostic] = []
    /// A partial's mistake is met from every page that includes it: said once (with the keys where it was
    /// first met).
    private var said = Set<String>()

    init(templates: [String: CompiledTemplate], folder: String) {
        self.templates = templates
        self.folder = folder
    }

    /// Checks template `name` against the keys of the model it renders.
    mutating func check(_ name: String, keys: ModelKeys) {
        guard let t = templates[name] else { return }
        walk(t.nodes, file: name, stack: [keys], partials: [name])
    }

    private mutating func walk(_ nodes: [TemplateNode], file: String, stack: [ModelKeys], partials: [String]) {
        for node in nodes {
            switch node {
            case .text:
                break
            case let .variable(name, _):
                _ = resolve(name, stack, file: file)
            case let .section(name, children, inverted, _):
                let found = resolve(name, stack, file: file)
                // An inverted section renders where the value is missing or empty: nothing new to look in.
                let inner = inverted ? stack : stack + [found.map(Self.entered) ?? .scalar]
                walk(children, file: file, stack: inner, partials: partials)
            case let .partial(partial, _, _):
                // A partial that includes itself (a tree of lists) is checked once along the chain.
                guard !partials.contains(partial), let t = templates[partial] else { continue }
                walk(t.nodes, file: partial, stack: stack, partials: partials + [partial])
            }
        }
    }

    /// What a section over a value of this shape pushes: a list's item, an object itself.
    private static func entered(_ shape: ModelKeys) -> ModelKeys {
        if case .list(let item) = shape { return item }
        return shape
    }

    /// The shape `name` finds, or nil after noting the problem.
    private mutating func resolve(_ name: TemplateName, _ stack: [ModelKeys], file: String) -> ModelKeys? {
        var shape: ModelKeys
        switch name.root {
        case .dot:
            shape = stack.last ?? .scalar
        case .sequence:
            return .scalar
        case .current:
            shape = stack.last ?? .scalar
            for part in name.parts {
                guard let next = shape.objectKeys?[part] else { return missing(part, in: shape.objectKeys ?? [:], name, file) }
                shape = next
            }
        case .stack:
            let head = name.parts[0]
            guard let frame = stack.last(where: { $0.objectKeys?[head] != nil }), let first = frame.objectKeys?[head] else {
                var visible: [String: ModelKeys] = [:]
                for frame in stack { visible.merge(frame.objectKeys ?? [:]) { $1 } }
                return missing(head, in: visible, name, file)
            }
            shape = first
            for part in name.parts.dropFirst() {
                guard let next = shape.objectKeys?[part] else { return missing(part, in: shape.objectKeys ?? [:], name, file) }
                shape = next
            }
        }
        for t in name.transforms {
            switch (t, shape) {
            case ("first", .list(let item)), ("last", .list(let item)): shape = item
            case ("reversed", _): break
            default: shape = .scalar
            }
        }
        return shape
    }

    private mutating func missing(_ key: String, in keys: [String: ModelKeys], _ name: TemplateName, _ file: String) -> ModelKeys? {
        guard said.insert("\(file):\(name.line):\(key)").inserted else { return nil }
        let known = keys.keys.sorted().joined(separator: ", ")
        problems.append(Diagnostic(.error, .template, file: "\(folder)/\(file).mustache", line: name.line,
                                   "'\(key)' is not a key of this page here (keys: \(known.isEmpty ? "none" : known))"))
        return nil
    }
}
