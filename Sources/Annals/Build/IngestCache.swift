import Foundation

/// What a one-off build read from each article file, kept beside the output for the next build: the
/// file's size and modification time and what ingest made of it (the article and its warnings). A file
/// whose stamp is unchanged is not read or ingested again, which is most of a rebuild's time.
///
/// The record is binary and tied to the program that wrote it (the executable's size and time) and to
/// the seeds folder: a new build of annals, or another seeds folder, starts afresh. Anything that does
/// not read back exactly (a truncated or damaged file, another version) is ignored, and the build
/// reads every article as if there were no record.
enum IngestCache {
    typealias Entry = (stamp: FileStamp, loaded: SeedLoader.Loaded)

    private static let magic = Array("annals-ingest 3\n".utf8)
    /// A segment closes after this many entries or bytes: segments are read one after another and
    /// decoded on all cores, a few at a time.
    static let segmentEntries = 256, segmentBytes = 4 << 20

    /// `.output.annals-ingest` beside the output folder, next to the build record (`OutputPlace`).
    static func location(output: String) -> String { OutputPlace(output: output).record("ingest") }

    /// The program and the seeds folder the record belongs to; nil when the program cannot be identified
    /// (then nothing is cached).
    static func key(seeds: String) -> UInt64? {
        guard let exe = FileStamp("/proc/self/exe") ?? Bundle.main.executablePath.flatMap(FileStamp.init) else { return nil }
        var h = FNV1a()
        h.add("annals-ingest")
        h.add(String(exe.size)); h.add(String(exe.modified))
        h.add(URL(fileURLWithPath: seeds).standardizedFileURL.path)
        h.add(seeds)  // as written: messages name files the way the user named the folder
        return h.value
    }

    static func load(output: String, key: UInt64) -> [String: Entry] {
        guard let file = FileReader(location(output: output)) else { return [:] }
        return read(file, key: key) ?? [:]
    }

    /// Two passes over the source, each a megabyte at a time: the checksum first, then the entries, so
    /// that a record of 100,000 articles (half a gigabyte) never sits in memory whole. Nil unless the
    /// record is whole, undamaged and has this key.
    private static func read(_ source: some RecordSource, key: UInt64) -> [String: Entry]? {
        guard source.size >= magic.count + 16, verify(source), source.rewind() else { return nil }
        var r = ByteReader(end: source.size - 8) { source.read(into: $0) }
        return decode(&r, key: key)
    }

    /// Encodes and writes the record on another thread while the pages render (it is ready once the
    /// articles are read); `finish` puts it in place.
    final class Pending: @unchecked Sendable {
        private let group = DispatchGroup()
        private let temp: String
        private let target: String
        private var written = false

        init(_ files: [String: Entry], output: String, key: UInt64) {
            target = location(output: output)
            // Its own name, unguessable, created exclusively without following links (`write`); what a killed
            // build leaves under such a name the next build removes (`OutputWriter.removeLeftovers`).
            temp = target + ".partial-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
            group.enter()
            DispatchQueue.global(qos: .utility).async { [self] in
                defer { group.leave() }
                // A first build into "a/b/site" starts writing before the build has made "a/b".
                try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                         withIntermediateDirectories: true)
                written = (try? IngestCache.write(files, key: key, to: temp)) != nil
            }
        }

        /// Waits for the writing and puts the record in place (or removes what a failed write left).
        func finish() {
            group.wait()
            if written, rename(temp, target) == 0 { return }
            unlink(temp)
        }
    }

    static func write(_ files: [String: Entry], key: UInt64, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var failure: Error?
        encode(files, key: key) { chunk in
            guard failure == nil else { return }
            do { try OutputWriter.write(chunk, to: fd, path: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    // MARK: format: magic, key, count, segments, then a checksum of everything before it.
    // A segment: the byte length of its entries and their count (u64 each), then the entries.

    /// The whole record in memory (for tests).
    static func encode(_ files: [String: Entry], key: UInt64) -> [UInt8] {
        var all: [UInt8] = []
        encode(files, key: key) { all.append(contentsOf: $0) }
        return all
    }

    /// The record, handed to `sink` a megabyte or so at a time.
    static func encode(_ files: [String: Entry], key: UInt64, sink: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(sink) { encode(files, key: key, into: ByteWriter(sink: $0)) }
    }

    private static func encode(_ files: [String: Entry], key: UInt64, into writer: ByteWriter) {
        var w = writer
        w.raw(magic)
        w.u64(key)
        w.int(files.count)
        var inSegment = 0
        for rel in files.keys.sorted() {
            if inSegment == 0 { w.beginSegment() }
            w.entry(rel, files[rel]!)
            inSegment += 1
            if inSegment == segmentEntries || w.segmentSize >= segmentBytes {
                w.endSegment(entries: inSegment)
                inSegment = 0
            }
        }
        if inSegment > 0 { w.endSegment(entries: inSegment) }
        w.finish()
    }

    /// Reads a record held in memory (for tests), the way `load` reads the file.
    static func decode(_ data: Data, key: UInt64) -> [String: Entry]? { read(MemorySource(data), key: key) }

    private static func verify(_ file: some RecordSource) -> Bool {
        var sum = Checksum()
        var left = file.size - 8
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while left > 0 {
            let n = buffer.withUnsafeMutableBytes { file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[..<min($0.count, left)])) }
            guard n > 0 else { return false }
            buffer.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            left -= n
        }
        var stored: UInt64 = 0
        guard withUnsafeMutableBytes(of: &stored, { file.read(into: $0) }) == 8 else { return false }
        return sum.value == UInt64(littleEndian: stored)
    }

    private static func decode(_ r: inout ByteReader, key: UInt64) -> [String: Entry]? {
        guard r.bytes(magic.count) == magic, r.u64() == key, let count = r.int(), count >= 0, count < 1 << 32 else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(min(count, 1 << 20))
        var done = 0
        while done < count {
            // A few segments are read (bytes only), then decoded on all cores: making the strings, and
            // checking them as UTF-8, is most of reading a record back.
            var batch: [(bytes: [UInt8], entries: Int)] = []
            var pending = 0
            while batch.count < 8, done + pending < count {
                guard let length = r.u64().flatMap({ Int(exactly: $0) }), let n = r.u64().flatMap({ Int(exactly: $0) }),
                      n > 0, n <= count - done - pending,
                      let bytes = r.bytes(length) else { return nil }
                batch.append((bytes, n))
                pending += n
            }
            for segment in parallelMap(batch, { decodeSegment($0.bytes, entries: $0.entries) }) {
                guard let segment else { return nil }
                for (rel, entry) in segment { entries[rel] = entry }
            }
            done += pending
        }
        guard r.atEnd else { return nil }
        return entries
    }

    private static func decodeSegment(_ bytes: [UInt8], entries n: Int) -> [(String, Entry)]? {
        var r = ByteReader(bytes: bytes)
        var out: [(String, Entry)] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            guard let e = entry(&r) else { return nil }
            out.append(e)
        }
        return r.atEnd ? out : nil
    }

    private static func entry(_ r: inout ByteReader) -> (String, Entry)? {
        guard let rel = r.string(), let size = r.int(), let modified = r.u64(), let changed = r.u64(), let inode = r.u64(),
              let has = r.flag() else { return nil }
        var input: Assemble.Input?
        if has {
            guard let source = r.string(), let article = r.article(), let derived = r.derived() else { return nil }
            input = Assemble.Input(article: article, sourcePath: source, derived: derived)
        }
        guard let n = r.int(), n >= 0, n < 1 << 20 else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<n {
            guard let d = r.diagnostic() else { return nil }
            diagnostics.append(d)
        }
        return (rel, (FileStamp(size: size, modified: Int64(bitPattern: modified), changed: Int64(bitPattern: changed), inode: inode),
                      SeedLoader.Loaded(input: input, diagnostics: diagnostics)))
    }
}

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
private struct ByteWriter {
    private var bytes: [UInt8] = []
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

    mutating func entry(_ rel: String, _ e: IngestCache.Entry) {
        string(rel)
        int(e.stamp.size)
        u64(UInt64(bitPattern: e.stamp.modified))
        u64(UInt64(bitPattern: e.stamp.changed))
        u64(e.stamp.inode)
        if let input = e.loaded.input {
            raw([1])
            string(input.sourcePath)
            article(input.article)
            derived(input.derived)
        } else {
            raw([0])
        }
        int(e.loaded.diagnostics.count)
        for d in e.loaded.diagnostics { diagnostic(d) }
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

    mutating func article(_ a: Article) {
        string(a.title)
        if let d = a.date {
            bytes.append(1)
            int(d.year); int(d.month); int(d.day); optional(d.hour); optional(d.minute)
            bytes.append(d.inferred ? 1 : 0)
        } else if let p = a.partialDate {
            bytes.append(2)
            int(p.day); int(p.month)
        } else {
            bytes.append(0)
        }
        optional(a.slug)
        strings(a.authors)
        optional(a.source)
        optional(a.sourceURL)
        strings(a.people)
        int(a.roles.count)
        for (name, titles) in a.roles.sorted(by: { $0.key < $1.key }) { string(name); strings(titles) }
        strings(a.captions)
        optional(a.original)
        strings(a.aliases)
        string(a.body)
    }

    mutating func derived(_ d: Assemble.Derived) {
        string(d.slug)
        optional(d.unsafeSlug)
        string(d.excerpt)
        u64(d.contentDigest)
        string(d.displayTitle)
        strings(d.peopleKeys)
        int(d.titleKeys.count)
        for keys in d.titleKeys { strings(keys) }
        u64(d.skeleton)
    }

    mutating func diagnostic(_ d: Diagnostic) {
        bytes.append(d.severity == .error ? 1 : 0)
        string(d.kind.rawValue)
        string(d.file)
        optional(d.line)
        string(d.message)
    }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked and returns nil past the end.
private struct ByteReader {
    /// A window onto the source: `buffer[at..<filled]` is read but not yet consumed.
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var at = 0, filled = 0
    /// Bytes of the source consumed before `buffer[0]`, and where the entries end (the checksum follows).
    private var base = 0
    private let end: Int
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

    mutating func article() -> Article? {
        guard let title = string(), let dateKind = byte(), dateKind <= 2 else { return nil }
        var date: ArticleDate?
        var partial: DayMonth?
        if dateKind == 2 {
            guard let d = int(), let m = int(), let p = DayMonth(day: d, month: m) else { return nil }
            partial = p
        }
        if dateKind == 1 {
            guard let y = int(), let m = int(), let d = int(), let hour = optionalInt(), let minute = optionalInt(),
                  let inferred = flag(), (1...9999).contains(y), (1...12).contains(m), (1...31).contains(d),
                  hour.map({ (0...23).contains($0) }) ?? true, minute.map({ (0...59).contains($0) }) ?? true else { return nil }
            date = ArticleDate(year: y, month: m, day: d, hour: hour, minute: minute, inferred: inferred)
        }
        guard let slug = optionalString(), let authors = strings(), let source = optionalString(),
              let sourceURL = optionalString(), let people = strings(), let roleCount = int(), roleCount >= 0, roleCount <= end - base - at
        else { return nil }
        var roles: [String: [String]] = [:]
        for _ in 0..<roleCount {
            guard let name = string(), let titles = strings() else { return nil }
            roles[name] = titles
        }
        guard let captions = strings(), let original = optionalString(), let aliases = strings(), let body = string() else { return nil }
        var article = Article(title: title, date: date, slug: slug, authors: authors, source: source, sourceURL: sourceURL,
                              people: people, roles: roles, captions: captions, original: original, body: body)
        article.partialDate = partial
        article.aliases = aliases
        return article
    }

    mutating func derived() -> Assemble.Derived? {
        guard let slug = string(), let unsafeSlug = optionalString(), let excerpt = string(), let digest = u64(),
              let displayTitle = string(), let peopleKeys = strings(), let n = int(), n >= 0, n <= end - base - at else { return nil }
        var titleKeys: [[String]] = []
        titleKeys.reserveCapacity(n)
        for _ in 0..<n {
            guard let keys = strings() else { return nil }
            titleKeys.append(keys)
        }
        guard let skeleton = u64() else { return nil }
        return Assemble.Derived(slug: slug, unsafeSlug: unsafeSlug, excerpt: excerpt, contentDigest: digest, displayTitle: displayTitle,
                                peopleKeys: peopleKeys, titleKeys: titleKeys, skeleton: skeleton)
    }

    mutating func diagnostic() -> Diagnostic? {
        guard let severity = flag(), let kindName = string(), let kind = Diagnostic.Kind(rawValue: kindName),
              let file = string(), let line = optionalInt(), let message = string() else { return nil }
        return Diagnostic(severity ? .error : .warning, kind, file: file, line: line, message)
    }
}
