import Foundation

// The primitives of the build's binary records (`IngestCache`): where a record is read from, and the
// writer and reader of its integers, lengths and strings.

/// What a record is read from: front to back, twice.
protocol RecordSource: AnyObject {
    var size: Int { get }
    /// Fills as much of `buffer` as the source has left; 0 at the end or on an error.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
    /// Back to the first byte.
    func rewind() -> Bool
}

/// A record held in memory (tests).
final class MemorySource: RecordSource {
    private let data: Data
    private var offset = 0
    init(_ data: Data) { self.data = data }
    var size: Int { data.count }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let n = min(buffer.count, data.count - offset)
        data.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + n)])) }
        offset += n
        return n
    }

    func rewind() -> Bool { offset = 0; return true }
}

/// A file read front to back.
final class FileReader: RecordSource {
    private let fd: Int32
    let size: Int

    init?(_ path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0 else { close(fd); return nil }
        size = Int(st.st_size)
    }

    deinit { close(fd) }

    func rewind() -> Bool { lseek(fd, 0, SEEK_SET) == 0 }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var done = 0
        while done < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + done, buffer.count - done)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return done
    }
}

/// Little-endian integers, LEB128 lengths, UTF-8 strings; handed on a megabyte at a time.
struct ByteWriter {
    var bytes: [UInt8] = []
    private let sink: (UnsafeRawBufferPointer) -> Void
    private var sum = Checksum()

    init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(1 << 21)
    }

    /// Where the open segment's length goes (nil: none open). A segment stays in the buffer until it is
    /// closed, so that its length can be written in front of it.
    private var segmentStart: Int?

    private mutating func flushIfFull() {
        if segmentStart == nil, bytes.count >= 1 << 20 { flush() }
    }

    mutating func beginSegment() {
        segmentStart = bytes.count
        u64(0); u64(0)   // the length and count, written when the segment closes
    }

    /// Bytes in the open segment so far.
    var segmentSize: Int { segmentStart.map { bytes.count - $0 } ?? 0 }

    mutating func endSegment(entries: Int) {
        guard let start = segmentStart else { return }
        let length = UInt64(bytes.count - start - 16), count = UInt64(entries)
        for i in 0..<8 {
            bytes[start + i] = UInt8(truncatingIfNeeded: length >> (8 * UInt64(i)))
            bytes[start + 8 + i] = UInt8(truncatingIfNeeded: count >> (8 * UInt64(i)))
        }
        segmentStart = nil
        flushIfFull()
    }

    private mutating func flush() {
        bytes.withUnsafeBytes { sum.add($0); sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Everything written, then the checksum of it.
    mutating func finish() {
        flush()
        var tail = sum.value.littleEndian
        withUnsafeBytes(of: &tail) { sink($0) }
    }

    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    mutating func u64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }

    mutating func int(_ v: Int) {
        var v = UInt64(bitPattern: Int64(v))
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { int($0.count); bytes.append(contentsOf: $0) }
        flushIfFull()
    }

    mutating func optional(_ s: String?) {
        if let s { bytes.append(1); string(s) } else { bytes.append(0) }
    }

    mutating func optional(_ v: Int?) {
        if let v { bytes.append(1); int(v) } else { bytes.append(0) }
    }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked and returns nil past the end.
struct ByteReader {
    /// A window onto the source: `buffer[at..<filled]` is read but not yet consumed.
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private(set) var at = 0, filled = 0
    /// Bytes of the source consumed before `buffer[0]`, and where the entries end (the checksum follows).
    private(set) var base = 0
    let end: Int
    private let fill: (UnsafeMutableRawBufferPointer) -> Int

    init(end: Int, fill: @escaping (UnsafeMutableRawBufferPointer) -> Int) {
        self.end = end
        self.fill = fill
    }

    /// Over bytes already in memory (a segment).
    init(bytes: [UInt8]) {
        buffer = bytes
        filled = bytes.count
        end = bytes.count
        fill = { _ in 0 }
    }

    var atEnd: Bool { base + at == end }

    /// Makes `n` bytes available at `at`, reading more (and growing the window) as needed.
    private mutating func ensure(_ n: Int) -> Bool {
        guard n >= 0, n <= end - base - at else { return false }
        if filled - at >= n { return true }
        let kept = filled - at
        if kept > 0, at > 0 { buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + at, byteCount: kept) } }
        base += at
        at = 0
        filled = kept
        if buffer.count < n { buffer += [UInt8](repeating: 0, count: n - buffer.count) }
        while filled < n {
            let wanted = min(buffer.count, end - base) - filled
            guard wanted > 0 else { return false }
            let got = buffer.withUnsafeMutableBytes { fill(UnsafeMutableRawBufferPointer(rebasing: $0[filled..<(filled + wanted)])) }
            guard got > 0 else { return false }
            filled += got
        }
        return true
    }

    mutating func bytes(_ n: Int) -> [UInt8]? {
        guard ensure(n) else { return nil }
        defer { at += n }
        return Array(buffer[at..<(at + n)])
    }

    mutating func byte() -> UInt8? {
        guard ensure(1) else { return nil }
        defer { at += 1 }
        return buffer[at]
    }

    mutating func u64() -> UInt64? {
        guard ensure(8) else { return nil }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(buffer[at + i]) << (8 * UInt64(i)) }
        at += 8
        return v
    }

    mutating func int() -> Int? {
        var v: UInt64 = 0, shift: UInt64 = 0
        while let b = byte() {
            guard shift < 64 else { return nil }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return Int(Int64(bitPattern: v)) }
            shift += 7
        }
        return nil
    }

    mutating func string() -> String? {
        guard let n = int(), ensure(n) else { return nil }
        defer { at += n }
        return buffer.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[at..<(at + n)]), as: UTF8.self) }
    }

    mutating func flag() -> Bool? {
        guard let b = byte(), b <= 1 else { return nil }
        return b == 1
    }

    mutating func optionalString() -> String?? {
        guard let has = flag() else { return nil }
        guard has else { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }

    mutating func optionalInt() -> Int?? {
        guard let has = flag() else { return nil }
        guard has else { return .some(nil) }
        guard let v = int() else { return nil }
        return .some(v)
    }

    mutating func strings() -> [String]? {
        guard let n = int(), n >= 0, n <= end - base - at else { return nil }
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n {
            guard let s = string() else { return nil }
            list.append(s)
        }
        return list
    }
}

// A file's stamp, as the ingest record and the build state keep it.
extension ByteWriter {
    mutating func stamp(_ s: FileStamp) {
        int(s.size); u64(UInt64(bitPattern: s.modified)); u64(UInt64(bitPattern: s.changed)); u64(s.inode)
    }
}

extension ByteReader {
    mutating func stamp() -> FileStamp? {
        guard let size = int(), let modified = u64(), let changed = u64(), let inode = u64() else { return nil }
        return FileStamp(size: size, modified: Int64(bitPattern: modified), changed: Int64(bitPattern: changed), inode: inode)
    }
}
