import Foundation

/// What a one-off build leaves beside the output for the next one: the settings it was made with and, for
/// every page, the digest of its inputs and the size and modification time the file had. The next
/// build renders only pages whose digest changed or whose file is not exactly as it was left (edited
/// by hand, rewritten by the preview server, deleted); the rest are known to be right without being
/// rendered or read.
struct BuildState {
    private static let header = "annals-state 4"

    /// `.output.annals-state` beside the output folder (like the staging folder): bookkeeping stays out of
    /// the site that gets published, and deleting the output deletes nothing the next build relies on.
    static func location(output: String) -> String { OutputPlace(output: output).record("state") }

    struct Entry: Equatable {
        var digest: UInt64
        var stamp: FileStamp
    }

    /// Templates, configuration and registry, as a digest: any change means every page is rendered.
    var settings: UInt64
    var pages: [String: Entry]
    /// Everything the site is made from (this program, the settings, and each article file's name and
    /// stamp), as a digest: when it is the same, so is every page's model, and so its digest.
    var inputs: UInt64 = 0
    /// What the build that wrote this state reported and kept besides its pages, so that the next build
    /// that finds every input and page as this state records them need not assemble the site again
    /// (`Session.settledInputs`). Nil when the build could not tell.
    var settled: Settled?

    struct Settled: Equatable {
        var articles = 0, people = 0
        /// How many pages the state lists: one missing (a line lost) is a page the build would drop.
        var pages = 0
        /// Assembly's diagnostics, as the build reported them.
        var notes: [Diagnostic] = []
        /// The pages written besides the site's own (redirects), with their stamps.
        var extra: [String: FileStamp] = [:]
        /// The redirects record's stamp when it was left (nil: there was none).
        var record: FileStamp?
    }

    /// Whether the file at `path` is the one this state recorded, with this digest.
    func unchanged(_ relative: String, digest: UInt64, in output: String) -> Bool {
        guard let entry = pages[relative], entry.digest == digest else { return false }
        return FileStamp(output + "/" + relative) == entry.stamp
    }

    /// Reads the state an earlier build left; nil when there is none or it cannot be trusted.
    static func load(output: String) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: location(output: output)) else { return nil }
        return data.withUnsafeBytes { parse(UnsafeBufferPointer(start: $0.baseAddress?.assumingMemoryBound(to: UInt8.self), count: $0.count)) }
    }

    /// The state's lines read on their bytes (a 10k-article site has 15,000 of them; split as Characters
    /// they took a sixth of a build that found nothing to do). Empty lines are skipped; any other line
    /// that is not six well-formed fields makes the whole state untrusted.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> BuildState? {
        let n = b.count
        var i = 0
        /// The next non-empty line's range.
        func nextLine() -> Range<Int>? {
            while i < n, b[i] == 0x0A { i += 1 }
            guard i < n else { return nil }
            let start = i
            while i < n, b[i] != 0x0A { i += 1 }
            return start..<i
        }
        guard let head = nextLine(), head.count == header.utf8.count,
              header.utf8.elementsEqual(UnsafeBufferPointer(rebasing: b[head])),
              let second = nextLine(), let settings = hex(b, second), let third = nextLine(), let inputs = hex(b, third),
              let fourth = nextLine() else { return nil }
        var settled: Settled?
        if !(fourth.count == 1 && b[fourth.lowerBound] == 0x2D) {
            guard let s = Settled.decode(b, fourth) else { return nil }
            settled = s
        }
        var pages: [String: Entry] = [:]
        pages.reserveCapacity(n / 96)
        while let line = nextLine() {
            // Six fields: path, digest (hex), size, modified, changed, inode.
            var fields: [Range<Int>] = []
            fields.reserveCapacity(6)
            var start = line.lowerBound
            for j in line where b[j] == 0x09 {
                fields.append(start..<j)
                start = j + 1
                if fields.count > 5 { return nil }
            }
            fields.append(start..<line.upperBound)
            guard fields.count == 6, let d = hex(b, fields[1]), let s = decimal(b, fields[2]), let m = decimal(b, fields[3]),
                  let c = decimal(b, fields[4]), let inode = unsignedDecimal(b, fields[5]), let size = Int(exactly: s) else { return nil }
            let path = String(decoding: UnsafeBufferPointer(rebasing: b[fields[0]]), as: UTF8.self)
            pages[path] = Entry(digest: d, stamp: FileStamp(size: size, modified: m, changed: c, inode: inode))
        }
        return BuildState(settings: settings, pages: pages, inputs: inputs, settled: settled)
    }

    /// Hex digits (either case), at most 16 of them.
    private static func hex(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64? {
        guard !r.isEmpty, r.count <= 16 else { return nil }
        var v: UInt64 = 0
        for j in r {
            let c = b[j]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x61...0x66: digit = c - 0x61 + 10
            case 0x41...0x46: digit = c - 0x41 + 10
            default: return nil
            }
            v = v << 4 | UInt64(digit)
        }
        return v
    }

    private static func unsignedDecimal(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64? {
        guard !r.isEmpty else { return nil }
        var v: UInt64 = 0
        for j in r {
            let c = b[j]
            guard c >= 0x30, c <= 0x39 else { return nil }
            let (times, o1) = v.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(c - 0x30))
            if o1 || o2 { return nil }
            v = sum
        }
        return v
    }

    /// A decimal Int64, with a minus sign when negative (times before 1970).
    private static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int64? {
        guard let first = r.first else { return nil }
        let negative = b[first] == 0x2D
        guard let magnitude = unsignedDecimal(b, negative ? (first + 1)..<r.upperBound : r) else { return nil }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Writes the state beside the output, whole or not at all. Paths with a tab or a newline
    /// are left out: those pages are simply rendered again next time.
    func save(output: String) throws {
        let out = ByteSink(capacity: 64 + pages.count * 112)
        out.append(Self.header); out.append(0x0A)
        out.append(String(settings, radix: 16)); out.append(0x0A)
        out.append(String(inputs, radix: 16)); out.append(0x0A)
        let listed = pages.filter { !UTF8Bytes.contains($0.key, 0x09) && !UTF8Bytes.contains($0.key, 0x0A) }
        // A page left out would be dropped by a build that keeps what the state lists: then none may.
        if let settled, listed.count == pages.count { settled.encode(to: out) } else { out.append("-") }
        out.append(0x0A)
        for (path, e) in listed.sorted(by: { $0.key < $1.key }) {
            out.append(path); out.append(0x09)
            out.append(String(e.digest, radix: 16)); out.append(0x09)
            out.append(String(e.stamp.size)); out.append(0x09)
            out.append(String(e.stamp.modified)); out.append(0x09)
            out.append(String(e.stamp.changed)); out.append(0x09)
            out.append(String(e.stamp.inode)); out.append(0x0A)
        }
        try OutputWriter.replace(out.takeData(), at: Self.location(output: output))
    }
}

extension BuildState.Settled {
    /// One line of hex digits: the fields in `ByteWriter`'s bytes (diagnostics and paths may hold tabs and
    /// line breaks, which the state's own lines cannot).
    func encode(to out: ByteSink) {
        // The writer hands on what it holds a megabyte at a time: collected here, with what it still holds.
        final class Collected { var bytes: [UInt8] = [] }
        let collected = Collected()
        var w = ByteWriter(sink: { collected.bytes.append(contentsOf: $0) })
        w.int(articles); w.int(people); w.int(pages)
        w.int(notes.count)
        for d in notes { w.diagnostic(d) }
        w.int(extra.count)
        for (path, stamp) in extra.sorted(by: { $0.key < $1.key }) { w.string(path); w.stamp(stamp) }
        if let record { w.raw([1]); w.stamp(record) } else { w.raw([0]) }
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        for byte in collected.bytes + w.bytes { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
    }

    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Self? {
        guard line.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count / 2)
        for j in stride(from: line.lowerBound, to: line.upperBound, by: 2) {
            guard let byte = BuildState.hex(b, j..<(j + 2)) else { return nil }
            bytes.append(UInt8(byte))
        }
        var r = ByteReader(bytes: bytes)
        guard let articles = r.int(), let people = r.int(), let pages = r.int(), let n = r.int(), n >= 0, n <= bytes.count else { return nil }
        var s = Self(articles: articles, people: people, pages: pages)
        for _ in 0..<n {
            guard let d = r.diagnostic() else { return nil }
            s.notes.append(d)
        }
        guard let m = r.int(), m >= 0, m <= bytes.count else { return nil }
        for _ in 0..<m {
            guard let path = r.string(), let stamp = r.stamp() else { return nil }
            s.extra[path] = stamp
        }
        guard let hasRecord = r.flag() else { return nil }
        if hasRecord {
            guard let stamp = r.stamp() else { return nil }
            s.record = stamp
        }
        return r.atEnd ? s : nil
    }
}
