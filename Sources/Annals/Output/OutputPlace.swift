import Foundation

/// Where a build of one output folder keeps what is not the site: its lock, the build state and the
/// ingest record. Beside the output (`.site.annals-state` next to `site/`), so that what gets
/// published holds none of it; in a cache folder of the user's when the output's parent cannot be
/// written to (an output that is a mount point under a read-only folder, say).
public struct OutputPlace: Sendable, Equatable {
    /// The output folder as an absolute path with its parents' links resolved (and the folder's own
    /// link, when it is one: a build writes into where the link leads and leaves the link alone).
    public let output: String
    /// The folder that holds the records.
    public let records: String
    /// The output folder's name, which the records' names carry.
    let name: String

    public init(output: String) {
        let absolute = Self.resolved(output)
        self.output = absolute
        let url = URL(fileURLWithPath: absolute)
        name = url.lastPathComponent
        let parent = url.deletingLastPathComponent().path
        if Self.canWrite(parent) {
            records = parent
        } else {
            records = Self.cacheFolder(for: absolute)
        }
    }

    /// The path of one record: `.<output name>.annals-<kind>` in the records folder.
    public func record(_ kind: String) -> String { records + "/." + name + ".annals-" + kind }

    /// An absolute path for `path` with every link that exists along it resolved; the part that does not
    /// exist yet is appended as written.
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while url.path != "/" {
            if let real = realpath(url.path, nil) {
                defer { free(real) }
                var base = String(cString: real)
                for part in missing.reversed() { base += (base.hasSuffix("/") ? "" : "/") + part }
                return base
            }
            missing.append(url.lastPathComponent)
            url = url.deletingLastPathComponent()
        }
        return "/" + missing.reversed().joined(separator: "/")
    }

    /// Whether files can be made in `folder`: it is writable, or it does not exist yet and its nearest
    /// existing parent is (the build will make it). `access` also answers no on a read-only file system,
    /// for root as well.
    static func canWrite(_ folder: String) -> Bool {
        var url = URL(fileURLWithPath: folder)
        while true {
            var st = stat()
            if stat(url.path, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR && access(url.path, W_OK) == 0 }
            if url.path == "/" { return false }
            url = url.deletingLastPathComponent()
        }
    }

    /// `$XDG_CACHE_HOME/annals/<digest of the output's path>` (or `~/.cache/annals/…`).
    static func cacheFolder(for output: String) -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (env["HOME"] ?? NSHomeDirectory()) + "/.cache"
        var h = FNV1a()
        h.add(output)
        return base + "/annals/" + String(h.value, radix: 16)
    }

    /// Makes the records folder (mode 0700 when it is Annals' own cache folder).
    func makeRecordsFolder() throws {
        var st = stat()
        if stat(records, &st) == 0 { return }
        do {
            try FileManager.default.createDirectory(atPath: records, withIntermediateDirectories: true,
                                                    attributes: records == URL(fileURLWithPath: output).deletingLastPathComponent().path ? nil : [.posixPermissions: 0o700])
        } catch {
            throw OutputError.cannotWrite(records, ErrorText.describe(error))
        }
    }
}
