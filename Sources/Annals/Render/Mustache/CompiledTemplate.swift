import Foundation

/// A Mustache template compiled once into a tree: text as ready-made bytes, tags as typed nodes.
///
/// The language is Mustache's (https://mustache.github.io/mustache.5.html): `{{name}}` (HTML-escaped),
/// `{{{name}}}` and `{{& name}}` (as is), sections `{{#name}}…{{/name}}`, inverted sections
/// `{{^name}}…{{/name}}`, partials `{{> name}}`, comments `{{! … }}`, delimiter changes `{{=<% %>=}}`,
/// dotted names and `.`; standalone tags take their line with them. Transforms are written like calls:
/// `{{uppercased(name)}}`, and `{{^last()}}` asks where a list item stands. Pragmas (`{{% … }}`) are
/// accepted and ignored; template inheritance (`{{< … }}`, `{{$ … }}`) is refused with a message.
struct CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
    /// The bytes its text nodes point into.
    let text: TextStore
    /// The partials it names, with the line of each, in order (for "partial does not exist"), and whether
    /// each sits inside a section (one outside any is always rendered: see `TemplateBounds.cycle`).
    var partials: [(name: String, line: Int, inSection: Bool)] = []
    /// The file it came from, for messages ("Templates/article.mustache"); its name when built from text.
    var file = ""
}

/// A template's literal text in one buffer that lives as long as the compiled template: text nodes are
/// positions in it, so rendering one copies bytes without retaining anything.
final class TextStore: @unchecked Sendable {
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init(_ text: [UInt8]) {
        bytes = .allocate(capacity: max(text.count, 1))
        _ = bytes.initialize(from: text)
    }

    deinit { bytes.deallocate() }
}

enum TemplateNode: Sendable {
    /// Bytes `start..<start + count` of the template's `TextStore`.
    case text(start: Int, count: Int)
    case variable(TemplateName, escaped: Bool)
    /// `line`: of the opening tag, for messages.
    case section(TemplateName, [TemplateNode], inverted: Bool, line: Int)
    case partial(String, indentation: [UInt8], line: Int)
}

/// A name as written in a tag, resolved at parse time into where to start looking and what to apply.
/// A class: a node holding it is copied for every page it renders, and one reference costs one retain
/// where three arrays cost three.
final class TemplateName: Sendable {
    enum Root: Sendable {
        case dot          // `.`: the current value
        case current      // `.name`: only the current value's key
        case stack        // `name`: the innermost value that has the key
        case sequence(Position)  // `last()`: where the current list item stands
    }
    /// What `first()`, `last()`, `index()`, `even()`, `odd()` ask of the current list item.
    enum Position: String, Sendable {
        case first, last, index, even, odd
    }
    let root: Root
    let parts: [String]
    /// `TemplateFields.tag` of each of `parts`, worked out when the template loads.
    let tags: [UInt64]
    /// Applied in order: `f(g(x))` is `[g, f]`.
    let transforms: [String]
    /// The template line the tag is on, for messages about the name.
    let line: Int

    init(root: Root, parts: [String], transforms: [String], line: Int = 0) {
        (self.root, self.parts, self.transforms, self.line) = (root, parts, transforms, line)
        tags = parts.map(TemplateFields.tag)
    }
}

struct TemplateSyntaxError: Error, Sendable {
    let message: String
    let line: Int
    let lineText: String
}
