import Foundation

/// What a template sees: text, flags, numbers, lists and objects, typed, so that looking up
/// `{{name}}` is a dictionary read and a switch (no dynamic casts).
public enum TemplateValue: Sendable {
    case string(String)
    /// Text already in UTF-8 bytes (an article's HTML as cmark writes it): it goes into the page as it is,
    /// without becoming a String on the way.
    case utf8([UInt8])
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An object some of whose keys are computed only when a template reads them.
    case lazy(LazyObject)

    /// The value of `name` inside this one (not up the context stack).
    @inline(__always) func child(_ name: String) -> TemplateValue? {
        switch self {
        case .object(let o): return o[name]
        case .lazy(let l): return l.child(name)
        default: return nil
        }
    }

    /// Mustache's truthiness: false, an empty list, an empty string and a missing value are false.
    var isFalsey: Bool {
        switch self {
        case .bool(let b): return !b
        case .list(let l): return l.isEmpty
        case .string(let s): return s.isEmpty
        case .utf8(let b): return b.isEmpty
        default: return false
        }
    }

    /// The named transform (`{{uppercased(name)}}`, `{{#empty(people)}}`), or nil when it does not
    /// apply to this kind of value.
    func transformed(_ name: String) -> TemplateValue? {
        switch self {
        case .utf8(let b):
            return TemplateValue.string(String(decoding: b, as: UTF8.self)).transformed(name)
        case .string(let s):
            switch name {
            case "empty": return .bool(s.isEmpty)
            case "uppercased": return .string(s.uppercased())
            case "lowercased": return .string(s.lowercased())
            case "capitalized": return .string(s.capitalized)
            case "reversed": return .string(String(s.reversed()))
            default: return nil
            }
        case .list(let l):
            switch name {
            case "first": return l.first
            case "last": return l.last
            case "reversed": return .list(l.reversed())
            case "count": return .int(l.count)
            case "empty": return .bool(l.isEmpty)
            default: return nil
            }
        case .int(let n):
            switch name {
            case "equalzero": return .bool(n == 0)
            case "plusone": return .int(n &+ 1)
            case "minusone": return .int(n &- 1)
            case "even": return .bool(n & 1 == 0)
            case "odd": return .bool(n & 1 == 1)
            default: return nil
            }
        default: return nil
        }
    }

    /// Every transform name a template may use; anything else is refused when the template loads.
    static let transformNames: Set<String> = [
        "empty", "uppercased", "lowercased", "capitalized", "reversed", "first", "last", "count",
        "equalzero", "plusone", "minusone", "even", "odd", "index",
    ]
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}

/// An object whose costly keys are computed when a template first reads them, at most once. A page
/// is rendered on one thread, so the cache needs no lock. Objects have one or two such keys: they
/// are kept in small arrays, searched in order.
public final class LazyObject: @unchecked Sendable {
    private let eager: [String: TemplateValue]
    private let lazy: [(key: String, make: () -> TemplateValue)]
    private var computed: [(key: String, value: TemplateValue)] = []

    init(eager: [String: TemplateValue], lazy: [(key: String, make: () -> TemplateValue)]) {
        self.eager = eager
        self.lazy = lazy
    }

    func child(_ name: String) -> TemplateValue? {
        if let v = eager[name] { return v }
        for c in computed where c.key == name { return c.value }
        guard let make = lazy.first(where: { $0.key == name })?.make else { return nil }
        let v = make()
        computed.append((name, v))
        return v
    }
}

extension LazyObject {
    /// Every key, computed ones included (for tests that compare whole models).
    var everything: [String: TemplateValue] {
        var all = eager
        for (key, _) in lazy { all[key] = child(key) }
        return all
    }
}
