import Foundation

/// What a one-off build leaves beside the output for the next one: the settings it was made with and, for
/// every page, the digest of its inputs and the size and modification time the file had. The next
/// build renders only pages whose digest changed or whose file is not exactly as it was left (edited
/// by hand, rewritten by the preview server, deleted); the rest are known to be right without being
/// rendered or read.
struct BuildState {
    private static let header = "annals-state 2"

    /// `.output.annals-state` beside the output folder (like the staging folder): bookkeeping stays out of
    /// the site that gets published, and deleting the output deletes nothing the next build relies on.
    static func location(output: String) -> String { OutputWriter.beside(output: output, "state").path }

    struct Entry: Equatable {
        var digest: UInt64
        var stamp: FileStamp
    }

    /// Templates, configuration and registry, as a digest: any change means every page is rendered.
    var settings: UInt64
    var pages: [String: Entry]

    /// Whether the file at `path` is the one this state recorded, with this digest.
    func unchanged(_ relative: String, digest: UInt64, in output: String) -> Bool {
        guard let entry = pages[relative], entry.digest == digest else { return false }
        return FileStamp(output + "/" + relative) == entry.stamp
    }

    /// Reads the state an earlier build left; nil when there is none or it cannot be trusted.
    static func load(output: String) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: location(output: output)) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(header), let first = lines.popFirst(), let settings = UInt64(first, radix: 16) else { return nil }
        var pages: [String: Entry] = [:]
        pages.reserveCapacity(lines.count)
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 6, let d = UInt64(f[1], radix: 16), let s = Int(f[2]), let m = Int64(f[3]), let c = Int64(f[4]),
                  let i = UInt64(f[5]) else { return nil }
            pages[String(f[0])] = Entry(digest: d, stamp: FileStamp(size: s, modified: m, changed: c, inode: i))
        }
        return BuildState(settings: settings, pages: pages)
    }

    /// Writes the state beside the output, whole or not at all. Paths with a tab or a newline
    /// are left out: those pages are simply rendered again next time.
    func save(output: String) throws {
        var text = Self.header + "\n" + String(settings, radix: 16) + "\n"
        for (path, e) in pages.sorted(by: { $0.key < $1.key }) where !path.utf8.contains(0x09) && !path.utf8.contains(0x0A) {
            text += "\(path)\t\(String(e.digest, radix: 16))\t\(e.stamp.size)\t\(e.stamp.modified)\t\(e.stamp.changed)\t\(e.stamp.inode)\n"
        }
        try OutputWriter.replace(Data(text.utf8), at: Self.location(output: output))
    }
}
