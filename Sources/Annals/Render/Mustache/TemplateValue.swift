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
    case object(TemplateFields)
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

    /// The same, with the name's tag worked out beforehand (`TemplateFields.tag`).
    @inline(__always) func child(_ name: String, tag: UInt64) -> TemplateValue? {
        switch self {
        case .object(let o): return o.value(name, tag: tag)
        case .lazy(let l): return l.child(name, tag: tag)
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
        self = .object(TemplateFields(elements))
    }
}

/// An object's fields, in the order they were set. Pages are made of small objects (a page's fields,
/// each listed article's, each link's) built once and read a few times: an array searched by a tag of
/// each name costs less to build and to read than a dictionary, which hashes every key both times.
public struct TemplateFields: Sendable, ExpressibleByDictionaryLiteral {
    private struct Entry: Sendable {
        let tag: UInt64
        let key: String
        var value: TemplateValue
    }
    private var entries: [Entry] = []

    public init() {}

    init(_ elements: [(String, TemplateValue)]) {
        entries.reserveCapacity(elements.count + 4)
        for (k, v) in elements { self[k] = v }   // a repeated key: the last value wins
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self.init(elements) }

    /// FNV-1a of the name: names are short, and the template's are worked out once, when it loads.
    static func tag(_ name: String) -> UInt64 {
        var h = FNV1a()
        h.add(name)
        return h.value
    }

    @inline(__always) private func index(_ name: String, tag: UInt64) -> Int? {
        entries.withUnsafeBufferPointer { e in
            for i in e.indices where e[i].tag == tag && e[i].key == name { return i }
            return nil
        }
    }

    func value(_ name: String, tag: UInt64) -> TemplateValue? {
        index(name, tag: tag).map { entries[$0].value }
    }

    public subscript(name: String) -> TemplateValue? {
        get { value(name, tag: Self.tag(name)) }
        set {
            let t = Self.tag(name)
            if let i = index(name, tag: t) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append(Entry(tag: t, key: name, value: newValue))
            }
        }
    }

    public var count: Int { entries.count }

    /// Adds `other`'s fields; a key set in both takes `other`'s value.
    mutating func merge(_ other: TemplateFields) {
        if entries.isEmpty { entries = other.entries; return }
        for e in other.entries {
            if let i = index(e.key, tag: e.tag) { entries[i].value = e.value } else { entries.append(e) }
        }
    }

    /// The fields as a dictionary (tests compare whole models).
    public var dictionary: [String: TemplateValue] {
        Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
    }
}

/// An object whose costly keys are computed when a template first reads them, at most once. Objects
/// have one or two such keys: they are kept in small arrays, searched in order. Parts that many pages
/// show are shared between the threads that render them, so what was computed is kept under a lock.
public final class LazyObject: @unchecked Sendable {
    private let eager: TemplateFields
    private let lazy: [(key: String, make: () -> TemplateValue)]
    private let lock = NSLock()
    private var computed: [(key: String, value: TemplateValue)] = []

    init(eager: TemplateFields, lazy: [(key: String, make: () -> TemplateValue)]) {
        self.eager = eager
        self.lazy = lazy
    }

    func child(_ name: String) -> TemplateValue? { child(name, tag: TemplateFields.tag(name)) }

    func child(_ name: String, tag: UInt64) -> TemplateValue? {
        if let v = eager.value(name, tag: tag) { return v }
        // Most misses are names looked up through the context stack: those never take the lock.
        guard let make = lazy.first(where: { $0.key == name })?.make else { return nil }
        lock.lock()
        for c in computed where c.key == name {
            lock.unlock()
            return c.value
        }
        lock.unlock()
        let v = make()
        lock.lock()
        computed.append((name, v))
        lock.unlock()
        return v
    }
}

extension LazyObject {
    /// Every key, computed ones included (for tests that compare whole models).
    var everything: [String: TemplateValue] {
        var all = eager.dictionary
        for (key, _) in lazy { all[key] = child(key) }
        return all
    }
}
