import Foundation

/// The keys a model type offers templates, found from its `Decodable` conformance (a decoder that answers
/// every question and notes what was asked), so that they cannot differ from the fields it has. Optional
/// fields count: a template may test for them. A list's keys are those of its items.
indirect enum ModelKeys: Sendable, Equatable {
    /// Text, a number or a flag.
    case scalar
    case object([String: ModelKeys])
    case list(ModelKeys)

    static func of<T: Decodable>(_ type: T.Type) -> ModelKeys {
        let d = KeyRecorder()
        _ = try! T(from: d)
        return d.shape
    }

    /// A value of the type with every optional present and every list of one item (tests change each of
    /// its fields in turn).
    static func example<T: Decodable>(_ type: T.Type) -> T {
        try! T(from: KeyRecorder())
    }

    /// The keys of an object (a list has none of its own; a section over it sees its items').
    var objectKeys: [String: ModelKeys]? {
        if case .object(let k) = self { return k }
        return nil
    }
}

/// A decoder that makes any value: empty texts, zeros, lists of one item, every optional present.
private final class KeyRecorder: Decoder {
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var fields: [String: ModelKeys]?
    var item: ModelKeys?

    var shape: ModelKeys {
        if let fields { return .object(fields) }
        if let item { return .list(item) }
        return .scalar
    }

    func value<T: Decodable>(_ type: T.Type) -> (T, ModelKeys) {
        if let scalar = T.self as? any TemplateScalar.Type { return (scalar.placeholder as! T, .scalar) }
        let d = KeyRecorder()
        return (try! T(from: d), d.shape)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        if fields == nil { fields = [:] }
        return KeyedDecodingContainer(Keyed<Key>(r: self))
    }

    func unkeyedContainer() -> UnkeyedDecodingContainer { Unkeyed(r: self) }
    func singleValueContainer() -> SingleValueDecodingContainer { Single(r: self) }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let r: KeyRecorder
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) -> Bool { false }
        func decode(_ type: String.Type, forKey key: Key) -> String { r.fields![key.stringValue] = .scalar; return "" }
        func decode(_ type: Bool.Type, forKey key: Key) -> Bool { r.fields![key.stringValue] = .scalar; return false }
        func decode(_ type: Int.Type, forKey key: Key) -> Int { r.fields![key.stringValue] = .scalar; return 0 }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if T.self is any InlineFields.Type { return try T(from: r) }
            let (v, shape) = r.value(T.self)
            r.fields![key.stringValue] = shape
            return v
        }
        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) -> KeyedDecodingContainer<N> {
            fatalError("page models do not use nested containers")
        }
        func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedDecodingContainer { fatalError("page models do not use nested containers") }
        func superDecoder() -> Decoder { r }
        func superDecoder(forKey key: Key) -> Decoder { r }
    }

    /// One item, whose keys stand for every item's.
    private struct Unkeyed: UnkeyedDecodingContainer {
        let r: KeyRecorder
        var codingPath: [CodingKey] { [] }
        var count: Int? { 1 }
        var currentIndex = 0
        var isAtEnd: Bool { currentIndex >= 1 }
        mutating func decodeNil() -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            currentIndex += 1
            let (v, shape) = r.value(T.self)
            r.item = shape
            return v
        }
        mutating func decode(_ type: String.Type) -> String { currentIndex += 1; r.item = .scalar; return "" }
        mutating func decode(_ type: Bool.Type) -> Bool { currentIndex += 1; r.item = .scalar; return false }
        mutating func decode(_ type: Int.Type) -> Int { currentIndex += 1; r.item = .scalar; return 0 }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) -> KeyedDecodingContainer<N> { fatalError("page models do not use nested containers") }
        mutating func nestedUnkeyedContainer() -> UnkeyedDecodingContainer { fatalError("page models do not use nested containers") }
        mutating func superDecoder() -> Decoder { r }
    }

    private struct Single: SingleValueDecodingContainer {
        let r: KeyRecorder
        var codingPath: [CodingKey] { [] }
        func decodeNil() -> Bool { false }
        func decode(_ type: String.Type) -> String { "" }
        func decode(_ type: Bool.Type) -> Bool { false }
        func decode(_ type: Int.Type) -> Int { 0 }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            // A value written as another (`Shared`, `Later`): its keys are the ones it holds.
            let (v, shape) = r.value(T.self)
            switch shape {
            case .object(let f): r.fields = (r.fields ?? [:]).merging(f) { $1 }
            case .list(let i): r.item = i
            case .scalar: break
            }
            return v
        }
    }
}
