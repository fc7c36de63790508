import Foundation
import Testing
@testable import Annals

/// The record of what a one-off build read (`IngestCache`): it must give back exactly what ingest made,
/// be ignored when damaged or not its own, and leave the output equal to a build without it.
@Suite struct IngestCacheTests {
    static func sample() -> [String: IngestCache.Entry] {
        let full = Article(title: "Thủ tướng Phạm Minh Chính thăm Hà Nội", date: ArticleDate(year: 2021, month: 12, day: 19, hour: 8, minute: 30, inferred: true),
                           slug: "tham-ha-noi", authors: ["Thanh Hà", "Minh Anh"], source: "TTXVN", sourceURL: "https://example.org/a",
                           people: ["Phạm Minh Chính", "Nguyễn Văn A"], roles: ["Phạm Minh Chính": ["Thủ tướng"], "Nguyễn Văn A": []],
                           captions: ["Ảnh: Quang cảnh."], original: "a.txt", body: "Đoạn một.\n\nĐoạn hai 😀 \\* <b>.")
        let bare = Article(title: "", body: "")
        let warn = Diagnostic(.warning, .noDate, file: "seeds/b.txt", line: 3, "không có ngày")
        let fail = Diagnostic(.error, .encoding, file: "seeds/c.txt", "không phải UTF-8")
        return [
            "a.txt": (FileStamp(size: 1234, modified: 1_700_000_000_123_456_789), SeedLoader.Loaded(input: Assemble.Input(article: full, sourcePath: "a.txt"), diagnostics: [])),
            "sub/b.txt": (FileStamp(size: 0, modified: -5), SeedLoader.Loaded(input: Assemble.Input(article: bare, sourcePath: "sub/b.txt"), diagnostics: [warn])),
            "c.txt": (FileStamp(size: 9, modified: 0), SeedLoader.Loaded(input: nil, diagnostics: [fail, warn])),
        ]
    }

    static func same(_ a: [String: IngestCache.Entry], _ b: [String: IngestCache.Entry]) -> Bool {
        guard a.count == b.count else { return false }
        for (k, x) in a {
            guard let y = b[k], x.stamp == y.stamp, x.loaded.diagnostics == y.loaded.diagnostics,
                  x.loaded.input?.article == y.loaded.input?.article, x.loaded.input?.sourcePath == y.loaded.input?.sourcePath,
                  x.loaded.input?.derived == y.loaded.input?.derived else { return false }
        }
        return true
    }

    /// Random records, every field of every type drawn at random (absent and present optionals, empty and
    /// long lists, text in any script, extreme numbers), read back exactly, and written again to the same
    /// bytes. The derived fields are random too, not worked out from the article: the record keeps what it
    /// is given.
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func randomRecordsReadBackExactly(seed: UInt64) throws {
        var rng = SplitMix(seed)
        var entries: [String: IngestCache.Entry] = [:]
        for k in 0..<(40 + rng.below(300)) {
            let path = rng.text(maxLength: 3) + "/\(k).txt"
            let stamp = FileStamp(size: rng.below(2) == 0 ? rng.below(1 << 20) : Int.max, modified: rng.int64(),
                                  changed: rng.int64(), inode: rng.next())
            var diagnostics: [Diagnostic] = []
            for _ in 0..<rng.below(3) {
                let kind = Diagnostic.Kind.allCases[rng.below(Diagnostic.Kind.allCases.count)]
                diagnostics.append(Diagnostic(rng.below(2) == 0 ? .error : .warning, kind, file: rng.text(maxLength: 30),
                                              line: rng.below(2) == 0 ? nil : rng.below(100_000), rng.text(maxLength: 80)))
            }
            let input = rng.below(5) == 0 ? nil : Self.randomInput(&rng, path: path)
            entries[path] = (stamp, SeedLoader.Loaded(input: input, diagnostics: diagnostics))
        }
        let bytes = IngestCache.encode(entries, key: seed)
        let back = try #require(IngestCache.decode(Data(bytes), key: seed))
        #expect(Self.same(entries, back))
        #expect(IngestCache.encode(back, key: seed) == bytes)
    }

    static func randomInput(_ rng: inout SplitMix, path: String) -> Assemble.Input {
        func optional(_ n: Int) -> String? { rng.below(3) == 0 ? nil : rng.text(maxLength: n) }
        func list(_ n: Int) -> [String] { (0..<rng.below(n)).map { _ in rng.text(maxLength: 40) } }
        var a = Article(title: rng.text(maxLength: 120), slug: optional(60), authors: list(4), source: optional(30),
                        sourceURL: optional(60), people: list(8), captions: list(3), original: optional(20),
                        body: rng.text(maxLength: rng.below(10) == 0 ? 20_000 : 600))
        for name in a.people where rng.below(2) == 0 { a.roles[name] = list(3) }
        a.aliases = list(3)
        switch rng.below(3) {
        case 0: a.date = ArticleDate(year: 1 + rng.below(9999), month: 1 + rng.below(12), day: 1 + rng.below(31),
                                     hour: rng.below(2) == 0 ? nil : rng.below(24), minute: rng.below(2) == 0 ? nil : rng.below(60),
                                     inferred: rng.below(2) == 0)
        case 1: a.partialDate = DayMonth(day: 1 + rng.below(28), month: 1 + rng.below(12), weekday: rng.below(2) == 0 ? nil : rng.below(7))
        default: break
        }
        let derived = Assemble.Derived(slug: rng.text(maxLength: 60), unsafeSlug: optional(20), excerpt: rng.text(maxLength: 200),
                                       contentDigest: rng.next(), displayTitle: rng.text(maxLength: 120), peopleKeys: list(6),
                                       titleKeys: (0..<rng.below(5)).map { _ in list(3) }, skeleton: rng.next())
        return Assemble.Input(article: a, sourcePath: rng.below(4) == 0 ? rng.text(maxLength: 30) : path, derived: derived)
    }

    /// A day and month without a year reads back as it was written, still without a year.
    @Test func partialDatesReadBack() throws {
        var entries = Self.sample()
        var article = Article(title: "Bài không rõ năm", body: "Chiều 26/6, hội nghị khai mạc.")
        article.partialDate = DayMonth(day: 26, month: 6)
        entries["d.txt"] = (FileStamp(size: 10, modified: 1), SeedLoader.Loaded(input: Assemble.Input(article: article, sourcePath: "d.txt"), diagnostics: []))
        let back = try #require(IngestCache.decode(Data(IngestCache.encode(entries, key: 42)), key: 42))
        #expect(Self.same(entries, back))
        #expect(back["d.txt"]?.loaded.input?.article.partialDate == DayMonth(day: 26, month: 6))
        #expect(back["d.txt"]?.loaded.input?.article.date == nil)
    }

    @Test func recordsReadBackExactly() throws {
        let entries = Self.sample()
        let bytes = IngestCache.encode(entries, key: 42)
        let back = try #require(IngestCache.decode(Data(bytes), key: 42))
        #expect(Self.same(entries, back))
        #expect(IngestCache.encode(back, key: 42) == bytes)  // and deterministically
    }

    /// Written and read a megabyte at a time: entries and strings that cross the reader's window, and
    /// one string larger than the window.
    @Test func largeRecordsStreamThroughTheFile() throws {
        let root = temporaryDirectory("ingest-large")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        var entries = Self.sample()
        let paragraph = String(repeating: "Đoàn công tác đã làm việc với tỉnh Cà Mau về phát triển kinh tế biển. ", count: 40)
        for k in 0..<600 {
            let a = Article(title: "Bài \(k)", people: ["Nguyễn Văn \(k)"], body: String(repeating: paragraph, count: 1 + k % 5))
            entries["n\(k).txt"] = (FileStamp(size: k, modified: Int64(k)), SeedLoader.Loaded(input: Assemble.Input(article: a, sourcePath: "n\(k).txt"), diagnostics: []))
        }
        let huge = Article(title: "Dài", body: String(repeating: "ệ", count: 1_500_000))  // 4.5 MB
        entries["huge.txt"] = (FileStamp(size: 1, modified: 1), SeedLoader.Loaded(input: Assemble.Input(article: huge, sourcePath: "huge.txt"), diagnostics: []))
        try IngestCache.write(entries, key: 7, to: IngestCache.location(output: out))
        let size = try #require(FileStamp(IngestCache.location(output: out))).size
        #expect(size > 8_000_000)
        #expect(Self.same(entries, IngestCache.load(output: out, key: 7)))
        #expect(IngestCache.load(output: out, key: 8).isEmpty)
        // Cut short on disk: nothing is trusted.
        #expect(truncate(IngestCache.location(output: out), off_t(size - 3)) == 0)
        #expect(IngestCache.load(output: out, key: 7).isEmpty)
    }

    /// Lengths, counts and dates that no writer produces, with a correct checksum: nil, not a crash.
    @Test func craftedRecordsAreRefused() {
        func sealed(_ body: [UInt8]) -> Data {
            let bytes = IngestCache.magic + body
            var sum = Checksum()
            bytes.withUnsafeBytes { sum.add($0) }
            return Data(bytes + withUnsafeBytes(of: sum.value.littleEndian) { Array($0) })
        }
        func u64(_ v: UInt64) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
        /// A segment of `count` entries made of `entries`' bytes.
        func segment(_ count: UInt64, _ entries: [UInt8]) -> [UInt8] { u64(UInt64(entries.count)) + u64(count) + entries }
        let key = u64(42)
        let hugeString: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F] + Array(repeating: 0, count: 32)
        #expect(IngestCache.decode(sealed(key + [0x01] + segment(1, hugeString)), key: 42) == nil)
        #expect(IngestCache.decode(sealed(key + [0x01, 0x00]), key: 42) == nil)
        #expect(IngestCache.decode(sealed(key + [0x01] + u64(UInt64.max) + u64(1) + [0x00]), key: 42) == nil)
        #expect(IngestCache.decode(sealed(key + [0x01] + u64(1 << 40) + u64(1) + [0x00]), key: 42) == nil)
        // More entries in a segment than the record holds, none at all, or a count far past it.
        let one = Array(IngestCache.encode(["a.txt": Self.sample()["c.txt"]!], key: 42).dropFirst(16 + 8 + 1).dropLast(8))
        #expect(IngestCache.decode(sealed(key + [0x01] + one), key: 42) != nil)
        #expect(IngestCache.decode(sealed(key + [0x01] + Array(one.prefix(8)) + u64(2) + Array(one.dropFirst(16))), key: 42) == nil)
        #expect(IngestCache.decode(sealed(key + [0x01] + Array(one.prefix(8)) + u64(0) + Array(one.dropFirst(16))), key: 42) == nil)
        #expect(IngestCache.decode(sealed(key + [0x01] + Array(one.prefix(8)) + u64(UInt64.max) + Array(one.dropFirst(16))), key: 42) == nil)
        // A segment's length that leaves bytes over, or falls short of its entry.
        var longer = one
        longer[0] += 1
        #expect(IngestCache.decode(sealed(key + [0x01] + longer + [0x00]), key: 42) == nil)
        var shorter = one
        shorter[0] -= 1
        #expect(IngestCache.decode(sealed(key + [0x01] + shorter), key: 42) == nil)
        // A month that does not exist.
        var entries = Self.sample()
        var article = entries["a.txt"]!.loaded.input!.article
        article.date = ArticleDate(year: 2021, month: 13, day: 1)
        entries["a.txt"]!.loaded.input = Assemble.Input(article: article, sourcePath: "a.txt")
        #expect(IngestCache.decode(Data(IngestCache.encode(entries, key: 42)), key: 42) == nil)
    }

    /// Records of more than one segment (by entry count, and by size) read back whole, in any order of
    /// decoding.
    @Test func recordsOfManySegmentsReadBack() {
        var entries: [String: IngestCache.Entry] = [:]
        let long = String(repeating: "Người dân Hà Giang đón Tết. ", count: 600)
        for k in 0..<(IngestCache.segmentEntries * 9 + 17) {
            let a = Article(title: "Bài \(k)", people: ["Trần Văn \(k)"], body: k % 97 == 0 ? long + "\(k)" : "Đoạn \(k).")
            entries["d\(k % 7)/n\(k).txt"] = (FileStamp(size: k, modified: Int64(k) * 1_000_003),
                                              SeedLoader.Loaded(input: Assemble.Input(article: a, sourcePath: "d\(k % 7)/n\(k).txt"), diagnostics: []))
        }
        let bytes = IngestCache.encode(entries, key: 5)
        #expect(Self.same(entries, IngestCache.decode(Data(bytes), key: 5) ?? [:]))
        #expect(IngestCache.decode(Data(bytes), key: 6) == nil)
    }

    @Test func damagedOrForeignRecordsAreIgnored() {
        let bytes = IngestCache.encode(Self.sample(), key: 42)
        #expect(IngestCache.decode(Data(bytes), key: 43) == nil)
        for cut in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(IngestCache.decode(Data(bytes.prefix(cut)), key: 42) == nil, "cut at \(cut)")
        }
        for at in stride(from: 17, to: bytes.count, by: max(1, bytes.count / 40)) {
            var flipped = bytes
            flipped[at] ^= 0x20
            #expect(IngestCache.decode(Data(flipped), key: 42) == nil, "byte \(at)")
        }
    }

    /// A build from the record gives the same site and the same warnings as reading every file, and
    /// notices a changed file, a new one, a deleted one, and a record that is damaged.
    @Test func rebuildsFromTheRecordEqualReadingEverything() throws {
        let root = temporaryDirectory("ingest-record")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("out"), clean = root.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        let pool = try IncrementalTests.pool()
        for (k, text) in pool.prefix(10).enumerated() {
            try text.write(to: seeds.appendingPathComponent("a\(k).txt"), atomically: true, encoding: .utf8)
        }
        try "Không có gì".write(to: seeds.appendingPathComponent("short.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00, 0xD8]).write(to: seeds.appendingPathComponent("broken.txt"))
        let record = IngestCache.location(output: out.path)
        func build() -> BuildReport { Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path)) }
        func cleanBuild() -> BuildReport {
            try? FileManager.default.removeItem(at: clean)
            try? FileManager.default.removeItem(atPath: IngestCache.location(output: clean.path))
            return Builder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: clean.path))
        }
        func messages(_ r: BuildReport) -> [String] { r.diagnostics.map(\.description).sorted() }

        let first = build()
        #expect(FileManager.default.fileExists(atPath: record))
        let fromRecord = build()
        #expect(first.articlesRead == 12 && fromRecord.articlesRead == 0)
        #expect(messages(fromRecord) == messages(first) && !first.diagnostics.isEmpty)
        #expect(messages(fromRecord) == messages(cleanBuild()))
        #expect(IncrementalTests.tree(out) == IncrementalTests.tree(clean))

        // A changed file (same size, new time), a new one and a deleted one.
        let a2 = seeds.appendingPathComponent("a2.txt")
        let text = try String(contentsOf: a2, encoding: .utf8)
        try text.replacingOccurrences(of: "a", with: "o").write(to: a2, atomically: true, encoding: .utf8)
        try pool[11].write(to: seeds.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: seeds.appendingPathComponent("a5.txt"))
        let edited = build()
        #expect(edited.articlesRead == 2)
        #expect(messages(edited) == messages(cleanBuild()))
        #expect(IncrementalTests.tree(out) == IncrementalTests.tree(clean))
        let entries = IngestCache.load(output: out.path, key: try #require(IngestCache.key(seeds: seeds.path)))
        #expect(entries["a5.txt"] == nil && entries["new.txt"] != nil && entries.count == 12)

        // Rewritten at the same size with its old modification time put back (cp -p, rsync -a, touch -r):
        // the change time still tells.
        let a3 = seeds.appendingPathComponent("a3.txt")
        var before = stat()
        #expect(stat(a3.path, &before) == 0)
        let original = try String(contentsOf: a3, encoding: .utf8)
        var letters = Array(original.utf8)
        letters[letters.lastIndex(of: UInt8(ascii: "n"))!] = UInt8(ascii: "m")
        let swapped = String(decoding: letters, as: UTF8.self)
        #expect(swapped.utf8.count == original.utf8.count && swapped != original)
        try swapped.write(to: a3, atomically: false, encoding: .utf8)
        var times = [before.st_atim, before.st_mtim]  // to the nanosecond, as `touch -r` does
        #expect(utimensat(AT_FDCWD, a3.path, &times, 0) == 0)
        var after = stat()
        #expect(stat(a3.path, &after) == 0 && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_size == before.st_size)
        #expect(build().articlesRead == 1)
        _ = cleanBuild()
        #expect(IncrementalTests.tree(out) == IncrementalTests.tree(clean))

        // A damaged record costs time only, and is replaced.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: record))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: record))
        #expect(messages(build()) == messages(cleanBuild()))
        #expect(IncrementalTests.tree(out) == IncrementalTests.tree(clean))
        #expect(IngestCache.load(output: out.path, key: try #require(IngestCache.key(seeds: seeds.path))).count == 12)

        // Another seeds folder does not use this one's record.
        #expect(IngestCache.key(seeds: seeds.path) != IngestCache.key(seeds: root.path))
    }
}
