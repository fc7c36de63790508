/// A 256-entry table of which byte values belong to a set, for scans that test every byte. Tables are
/// made once, into statics, and read-only afterwards; they live as long as the process.
enum ByteTable {
    static func make(_ member: (UInt8) -> Bool) -> UnsafeMutablePointer<Bool> {
        let p = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        for v in 0...255 { (p + v).initialize(to: member(UInt8(v))) }
        return p
    }

    /// The bytes of `chars` (ASCII punctuation, say).
    static func of(_ chars: String) -> UnsafeMutablePointer<Bool> {
        make { chars.utf8.contains($0) }
    }
}
