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

    static let magic = Array("annals-ingest 4\n".utf8)
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
        // Size and time, and the file itself: a program installed by copying with its time kept (`cp -p`,
        // package managers that fix times) is a new file, with a new inode and change time.
        h.add(String(exe.size)); h.add(String(exe.modified)); h.add(String(exe.changed)); h.add(String(exe.inode))
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
        guard let rel = r.string(), let stamp = r.stamp(), let has = r.flag() else { return nil }
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
        return (rel, (stamp, SeedLoader.Loaded(input: input, diagnostics: diagnostics)))
    }
}

// MARK: the record's entries, written and read field by field (the primitives are in RecordBytes.swift)

extension ByteWriter {
    mutating func entry(_ rel: String, _ e: IngestCache.Entry) {
        string(rel)
        stamp(e.stamp)
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

    mutating func article(_ a: Article) {
        string(a.title)
        if let d = a.date {
            bytes.append(1)
            int(d.year); int(d.month); int(d.day); optional(d.hour); optional(d.minute)
            bytes.append(d.inferred ? 1 : 0)
        } else if let p = a.partialDate {
            bytes.append(2)
            int(p.day); int(p.month); optional(p.weekday)
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

extension ByteReader {
    mutating func article() -> Article? {
        guard let title = string(), let dateKind = byte(), dateKind <= 2 else { return nil }
        var date: ArticleDate?
        var partial: DayMonth?
        if dateKind == 2 {
            guard let d = int(), let m = int(), let w = optionalInt(), let p = DayMonth(day: d, month: m, weekday: w) else { return nil }
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
