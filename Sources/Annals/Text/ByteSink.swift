import Foundation

/// Bytes appended into one growing buffer with memcpy. Pages and token keys are made of many short
/// pieces, and each `Array.append(contentsOf:)` of a piece cost some hundred instructions.
final class ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    @inline(__always)
    func append(_ bytes: UnsafePointer<UInt8>, count n: Int) {
        if count + n > capacity { grow(count + n) }
        memcpy(base + count, bytes, n)
        count += n
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let p = bytes.baseAddress else { return }
        append(p, count: bytes.count)
    }

    /// The first `n` (at most 8) bytes of `word`, little-endian, with one unaligned store.
    @inline(__always)
    func append8(_ word: UInt64, count n: Int) {
        if count + 8 > capacity { grow(count + 8) }
        UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
        count += n
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = byte
        count += 1
    }

    /// `n` in decimal, with a minus sign when negative.
    func appendInt(_ n: Int) {
        if n >= 0, n < 10 { append(UInt8(0x30 + n)); return }
        if n < 0 { append(0x2D) }
        var m = n.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buf in
            var k = 0
            repeat { buf[23 - k] = UInt8(0x30 + m % 10); m /= 10; k += 1 } while m > 0
            append(buf.baseAddress!.assumingMemoryBound(to: UInt8.self) + 24 - k, count: k)
        }
    }

    func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    func append(_ s: StaticString) {
        append(s.utf8Start, count: s.utf8CodeUnitCount)
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    private func grow(_ needed: Int) {
        var c = capacity
        while c < needed { c *= 2 }
        base = realloc(base, c)!.assumingMemoryBound(to: UInt8.self)
        capacity = c
    }

    /// Empties the sink, keeping its buffer.
    func removeAll() { count = 0 }

    /// The bytes `range` of what was appended.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// A copy of everything appended.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Everything appended, as Data that takes the buffer over without copying; the sink starts empty.
    func takeData() -> Data {
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        capacity = 16
        base = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
        count = 0
        return data
    }
}
