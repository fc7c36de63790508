import Foundation

/// A page model as a template sees it: its `Encodable` conformance written into `TemplateValue`s. Fields
/// become keys, arrays lists, absent optionals absent keys; `InlineFields` are merged into the object
/// holding them, `TemplateScalar`s become text for the page at hand, `Later` fields are made on first read.
final class TemplateEncoder: Encoder {
    let context: TemplateContext
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// What was written: an object's fields (and its deferred ones), a list, or one value.
    fileprivate var fields: TemplateFields?
    fileprivate var deferred: [(key: String, make: () -> TemplateValue)] = []
    fileprivate var items: [TemplateValue]?
    fileprivate var single: TemplateValue?

    private init(_ context: TemplateContext) { self.context = context }

    /// `value` as template values, on the page `context` describes.
    static func value<T: Encodable>(of value: T, _ context: TemplateContext) -> TemplateValue {
        // Strings, numbers and flags come through the containers' own methods; what reaches here is a
        // model type, whose kind is asked of its metatype, once (no value is boxed to find out).
        guard let special = T.self as? any TemplateSpecial.Type else { return object(of: value, context) }
        return written(special.write(value, context), value, context)
    }

    /// What `value` is once its type's way of writing (`TemplateSpecial`) has been asked.
    @inline(__always) private static func written<T: Encodable>(_ write: TemplateWrite, _ value: T, _ context: TemplateContext) -> TemplateValue {
        switch write {
        case .value(let v): return v
        case .merge(let fields): return .object(fields)
        case .fields: return object(of: value, context)
        case .deferred(let make): return make(context)
        }
    }

    /// A list's items: the kind of its element type asked once for them all, and no unkeyed container.
    static func items<E: Encodable>(_ list: [E], _ context: TemplateContext) -> [TemplateValue] {
        if E.self == String.self { return unsafeBitCast(list, to: [String].self).map { .string($0) } }
        var out: [TemplateValue] = []
        out.reserveCapacity(list.count)
        // Read in place: `for item in list` copied (retained and released) each item.
        list.withUnsafeBufferPointer { items in
            if let special = E.self as? any TemplateSpecial.Type {
                for i in items.indices { out.append(written(special.write(items[i], context), items[i], context)) }
            } else {
                for i in items.indices { out.append(object(of: items[i], context)) }
            }
        }
        return out
    }

    /// `value` written field by field (or item by item) by its `Encodable` conformance.
    fileprivate static func object<T: Encodable>(of value: T, _ context: TemplateContext) -> TemplateValue {
        let encoder = TemplateEncoder(context)
        // The model types' conformances are synthesized or written here, and write nothing that can fail.
        try! value.encode(to: encoder)
        return encoder.result
    }

    fileprivate var result: TemplateValue {
        if let fields {
            return deferred.isEmpty ? .object(fields) : .lazy(LazyObject(eager: fields, lazy: deferred))
        }
        if let items { return .list(items) }
        return single ?? .object(TemplateFields())
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if fields == nil { fields = TemplateFields() }
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if items == nil { items = [] }
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { Single(encoder: self) }

    fileprivate func set(_ key: String, _ v: TemplateValue) { fields![key] = v }

    fileprivate func set<T: Encodable>(_ key: String, encoding value: T) {
        guard let special = T.self as? any TemplateSpecial.Type else {
            set(key, TemplateEncoder.object(of: value, context))
            return
        }
        switch special.write(value, context) {
        case .value(let v): set(key, v)
        // A shared part kept as template values is merged as it was made, not written again.
        case .merge(let made): fields!.merge(made)
        case .fields: try! value.encode(to: self)
        case .deferred(let make):
            let context = self.context
            deferred.append((key, { make(context) }))
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TemplateEncoder
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: String, forKey key: Key) { encoder.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Bool, forKey key: Key) { encoder.set(key.stringValue, .bool(value)) }
        mutating func encode(_ value: Int, forKey key: Key) { encoder.set(key.stringValue, .int(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) { encoder.set(key.stringValue, encoding: value) }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            fatalError("page models do not use nested containers")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            fatalError("page models do not use nested containers")
        }
        mutating func superEncoder() -> Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> Encoder { encoder }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: TemplateEncoder
        var codingPath: [CodingKey] { [] }
        var count: Int { encoder.items?.count ?? 0 }
        mutating func encodeNil() {}
        mutating func encode(_ value: String) { encoder.items!.append(.string(value)) }
        mutating func encode(_ value: Bool) { encoder.items!.append(.bool(value)) }
        mutating func encode(_ value: Int) { encoder.items!.append(.int(value)) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.items!.append(TemplateEncoder.value(of: value, encoder.context)) }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type) -> KeyedEncodingContainer<N> {
            fatalError("page models do not use nested containers")
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { fatalError("page models do not use nested containers") }
        mutating func superEncoder() -> Encoder { encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: TemplateEncoder
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil() {}
        mutating func encode(_ value: String) { encoder.single = .string(value) }
        mutating func encode(_ value: Bool) { encoder.single = .bool(value) }
        mutating func encode(_ value: Int) { encoder.single = .int(value) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.single = TemplateEncoder.value(of: value, encoder.context) }
    }
}

/// The digest of a model: a hash (`DigestHash`) over its `Encodable` conformance. Fields come in the order
/// the type declares them, each written so that where it ends is known (texts after their length, numbers
/// in one word, nested values bracketed), and an optional field writes whether it is there, so every field
/// counts and no two values of a type give the same stream. Deterministic across processes (the build
/// state keeps digests between runs; Swift's `Hasher` is seeded per process). `Shared` parts and article
/// bodies give their digest, taken once, instead of their contents.
final class DigestEncoder: Encoder {
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    fileprivate var hash = DigestHash()
    /// The shared parts met, when asked for.
    fileprivate var met: [ObjectIdentifier]?

    private init() {}

    static func digest<T: Encodable>(of value: T) -> UInt64 {
        let d = DigestEncoder()
        d.nested(value)
        return d.hash.value
    }

    /// The digest, and the shared parts (`Shared`) the value holds, by identity.
    static func digestAndParts<T: Encodable>(of value: T) -> (UInt64, [ObjectIdentifier]) {
        let d = DigestEncoder()
        d.met = []
        d.nested(value)
        return (d.hash.value, d.met!)
    }

    func noteShared(_ part: ObjectIdentifier) { met?.append(part) }

    func add(_ v: UInt64) { hash.add(v) }
    func add(_ s: String) { hash.add(s) }

    /// A nested value between markers, so that where it ends is part of the digest.
    fileprivate func nested<T: Encodable>(_ value: T) {
        hash.add(byte: 0x7B)
        try! value.encode(to: self)
        hash.add(byte: 0x7D)
    }

    /// Whether an optional field is there (synthesized conformances skip absent ones).
    fileprivate func present(_ there: Bool) { hash.add(byte: there ? 0x2B : 0x2D) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> { KeyedEncodingContainer(Keyed<Key>(d: self)) }
    func unkeyedContainer() -> UnkeyedEncodingContainer { Unkeyed(d: self) }
    func singleValueContainer() -> SingleValueEncodingContainer { Single(d: self) }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let d: DigestEncoder
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) { d.present(false) }
        mutating func encode(_ value: String, forKey key: Key) { d.hash.add(value) }
        mutating func encode(_ value: Bool, forKey key: Key) { d.hash.add(byte: value ? 1 : 0) }
        mutating func encode(_ value: Int, forKey key: Key) { d.hash.add(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) { d.nested(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
            d.present(value != nil)
            if let value { d.hash.add(value) }
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) {
            d.present(value != nil)
            if let value { d.hash.add(byte: value ? 1 : 0) }
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
            d.present(value != nil)
            if let value { d.hash.add(value) }
        }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
            d.present(value != nil)
            if let value { d.nested(value) }
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type, forKey key: Key) -> KeyedEncodingContainer<N> {
            d.container(keyedBy: N.self)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { d.unkeyedContainer() }
        mutating func superEncoder() -> Encoder { d }
        mutating func superEncoder(forKey key: Key) -> Encoder { d }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let d: DigestEncoder
        var codingPath: [CodingKey] { [] }
        var count = 0
        mutating func encodeNil() { count += 1; d.hash.add(byte: 0x2C) }
        mutating func encode(_ value: String) { count += 1; d.hash.add(byte: 0x2C); d.hash.add(value) }
        mutating func encode(_ value: Bool) { count += 1; d.hash.add(byte: 0x2C); d.hash.add(byte: value ? 1 : 0) }
        mutating func encode(_ value: Int) { count += 1; d.hash.add(byte: 0x2C); d.hash.add(value) }
        mutating func encode<T: Encodable>(_ value: T) { count += 1; d.hash.add(byte: 0x2C); d.nested(value) }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type) -> KeyedEncodingContainer<N> { d.container(keyedBy: N.self) }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { d.unkeyedContainer() }
        mutating func superEncoder() -> Encoder { d }
    }

    private struct Single: SingleValueEncodingContainer {
        let d: DigestEncoder
        var codingPath: [CodingKey] { [] }
        mutating func encodeNil() { d.hash.add(byte: 0) }
        mutating func encode(_ value: String) { d.hash.add(value) }
        mutating func encode(_ value: Bool) { d.hash.add(byte: value ? 1 : 0) }
        mutating func encode(_ value: Int) { d.hash.add(value) }
        mutating func encode<T: Encodable>(_ value: T) { d.nested(value) }
    }
}

/// The hash of `DigestEncoder`: one 64-bit word at a time (a marker, a number, eight bytes of a text)
/// mixed into the state by steps that each lose nothing (xor, multiplication by an odd number, a shift
/// folded back), so two streams differing in one word differ in the state after it. FNV-1a, a byte at a
/// time, took a quarter of the time of digesting a page.
struct DigestHash {
    private var h: UInt64 = 0xcbf29ce484222325

    @inline(__always) private mutating func mix(_ w: UInt64) {
        h = (h ^ w) &* 0x9E3779B97F4A7C15
        h ^= h >> 29
    }

    mutating func add(byte b: UInt8) { mix(UInt64(b)) }
    mutating func add(_ v: UInt64) { mix(v) }
    mutating func add(_ v: Int) { mix(UInt64(bitPattern: Int64(v))) }

    /// Its length, then its UTF-8 eight bytes at a time, the last word filled with zeros.
    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { b in
            mix(UInt64(b.count))
            guard let p = b.baseAddress else { return }
            let raw = UnsafeRawPointer(p)
            var i = 0
            while i + 8 <= b.count {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                i += 8
            }
            if i < b.count {
                var last: UInt64 = 0
                for k in i..<b.count { last |= UInt64(p[k]) << (8 * UInt64(k - i)) }
                mix(last)
            }
        }
    }

    var value: UInt64 { h }
}
