import Foundation

/// A small stable hash (FNV-1a, 64 bit) for fingerprints and ETags; not for security.
public struct FNV1a: Sendable {
    private var h: UInt64 = 0xcbf29ce484222325
    public init() {}
    public mutating func add<S: Sequence>(bytes: S) where S.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ add(buffer: $0) }) != nil { return }
        for b in bytes { add(byte: b) }
    }
    @inline(__always) mutating func add(byte b: UInt8) { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
        var x = h
        for b in buffer { x = (x ^ UInt64(b)) &* 0x100000001b3 }
        h = x
    }
    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(buffer: $0) }
        add(byte: 0)
    }
    public mutating func add(_ d: Data) { add(bytes: d); add(byte: 0) }
    public var hex: String { String(h, radix: 16).leftPadded(16) }
    public var value: UInt64 { h }
}

/// A 64-bit hash taken eight bytes at a time, several times faster than FNV-1a on long text: for
/// article bodies and the ingest record's checksum (not for security). Fed in pieces whose sizes need
/// not be multiples of eight.
struct Checksum {
    private var h: UInt64 = 0x9E3779B97F4A7C15
    private var carry: [UInt8] = []
    private var count: UInt64 = 0

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        count &+= UInt64(bytes.count)
        var i = 0
        if !carry.isEmpty {
            while carry.count < 8, i < bytes.count { carry.append(bytes[i]); i += 1 }
            guard carry.count == 8 else { return }
            mix(carry.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
            carry.removeAll(keepingCapacity: true)
        }
        while i + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < bytes.count { carry.append(bytes[i]); i += 1 }
    }

    @inline(__always) private mutating func mix(_ word: UInt64) {
        h = (h ^ word) &* 0xFF51AFD7ED558CCD
        h ^= h >> 29
    }

    var value: UInt64 {
        var x = h
        for b in carry { x = (x ^ UInt64(b)) &* 0x100000001B3 }
        x ^= count &* 0xC4CEB9FE1A85EC53
        return x ^ (x >> 32)
    }
}

extension Checksum {
    /// The hash of a string's UTF-8 bytes.
    static func of(_ s: String) -> UInt64 {
        var s = s, sum = Checksum()
        s.withUTF8 { sum.add(UnsafeRawBufferPointer($0)) }
        return sum.value
    }
}

extension FNV1a {
    mutating func add(_ v: UInt64) { withUnsafeBytes(of: v) { add(buffer: $0.bindMemory(to: UInt8.self)) } }
    mutating func add(_ v: Int) { add(UInt64(bitPattern: Int64(v))) }

    mutating func add(_ d: ArticleDate?) {
        guard let d else { return add(UInt64.max) }
        add(d.year); add(d.month); add(d.day); add(d.hour ?? -1); add(d.minute ?? -1); add(d.inferred ? 1 : 0)
    }
}
