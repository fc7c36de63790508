import Foundation

/// UTF-8 encoding of one scalar value into bytes, for the byte-level text passes (tokenizer, match keys).
enum UTF8Bytes {
    /// Writes the UTF-8 of `v` at `out[at...]`; returns the new length.
    @inline(__always)
    static func write(_ v: UInt32, to out: UnsafeMutablePointer<UInt8>, at i: Int) -> Int {
        if v < 0x80 {
            out[i] = UInt8(v); return i + 1
        } else if v < 0x800 {
            out[i] = UInt8(0xC0 | (v >> 6)); out[i + 1] = UInt8(0x80 | (v & 0x3F)); return i + 2
        } else if v < 0x10000 {
            out[i] = UInt8(0xE0 | (v >> 12)); out[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[i + 2] = UInt8(0x80 | (v & 0x3F)); return i + 3
        } else {
            out[i] = UInt8(0xF0 | (v >> 18)); out[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[i + 3] = UInt8(0x80 | (v & 0x3F)); return i + 4
        }
    }

    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

extension UTF8Bytes {
    /// Whether `s` holds the byte `b`, by `memchr` over its UTF-8. `s.utf8.contains(b)` went through the
    /// view's iterator a byte at a time: at 10,000 articles, about 0.13 s of CPU of reading the seeds.
    static func contains(_ s: String, _ b: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { p in
            guard let base = p.baseAddress else { return false }
            return memchr(base, Int32(b), p.count) != nil
        } ?? s.utf8.contains(b)
    }
}
