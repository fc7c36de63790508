import Foundation

/// A string compared and hashed by its UTF-8 bytes. For keys that are NFC already (names and match keys
/// made from cleaned text) this is the same equality as String's, without String's normalising hash
/// (which dominated the people index, and was a tenth of adding a mention in ingest).
struct ByteKey: Hashable, Sendable {
    let string: String
    init(_ s: String) { string = s }
    static func == (a: ByteKey, b: ByteKey) -> Bool { sameBytes(a.string, b.string) }

    /// Byte-for-byte equality (no Unicode equivalence), by `memcmp` when both strings are contiguous.
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        if x.isEmpty { return true }
        return x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }.flatMap { $0 } ?? x.elementsEqual(y)
    }
    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
