import Foundation

/// Writes a build into the output folder so that a failed build changes nothing, unchanged files keep
/// their modification time, and only files Annals wrote are ever removed.
///
/// Pages are streamed into a staging folder beside the output as they render (only those whose bytes
/// differ from what is there). `commit` then moves them into place, deletes what the previous build wrote
/// and this one did not, and records the new manifest. A build killed before `commit` leaves the output
/// untouched; one killed during `commit` leaves files that the next build, comparing bytes, puts right.
public final class OutputWriter: @unchecked Sendable {
    public let output: URL
    let staging: URL
    private let lock = NSLock()
    private var written: Set<String> = []
    private var changed: [String] = []
    public static let manifestName = ".annals-manifest"

    public struct Summary: Sendable {
        public var written: Int
        public var unchanged: Int
        public var removed: Int
    }

    /// There is no output yet (or only an empty folder): the staging folder becomes the output in one
    /// rename, and there is nothing to compare pages with.
    let firstBuild: Bool
    /// The manifest the previous build wrote, when the caller remembers it (saves reading it again).
    public var knownManifest: Set<String>?
    /// Every file this build produced (valid after `commit`).
    public var producedFiles: Set<String> { written }
    /// Folders known to exist in the staging tree ("" is the staging folder itself).
    private var stagedFolders: Set<String> = [""]
    private let stagingPath: String
    /// On a first build, the stamp of each file as written: the staging folder is renamed as a whole, so
    /// the files keep them, and the build state needs no second look at each path.
    private var stamps: [String: FileStamp] = [:]
    /// The stamp `path` was written with, when this is a first build and it was written (valid after `commit`).
    func writtenStamp(_ path: String) -> FileStamp? { stamps[path] }

    /// `.output.annals-<kind>` beside the output folder: the staging folder and the build's records live
    /// there, out of the site that gets published, and deleting the output deletes nothing they hold.
    static func beside(output: String, _ kind: String) -> URL {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).annals-\(kind)")
    }

    public init(output: String) throws {
        self.output = URL(fileURLWithPath: output).standardizedFileURL
        staging = Self.beside(output: output, "staging")
        stagingPath = staging.path
        let fm = FileManager.default
        if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: self.output.path, isDirectory: &isDir) {
            firstBuild = isDir.boolValue && ((try? fm.contentsOfDirectory(atPath: self.output.path))?.isEmpty ?? false)
        } else {
            firstBuild = true
        }
    }

    /// Stages one page when its bytes differ from the file already in the output. Thread-safe.
    public func add(_ page: Page) throws {
        try Self.checkSafe(page.path)
        let same = !firstBuild && Self.contents(output.path + "/" + page.path, equal: page.bytes)
        lock.lock()
        let fresh = written.insert(page.path).inserted
        if !same && fresh { changed.append(page.path) }
        lock.unlock()
        guard fresh else { throw OutputError.duplicatePath(page.path) }
        if same { return }
        let folder = Self.folder(of: page.path)
        try makeStagedFolder(folder)
        let stamp = try Self.write(page.bytes, to: stagingPath + "/" + page.path, stamped: firstBuild)
        if let stamp {
            lock.lock()
            stamps[page.path] = stamp
            lock.unlock()
        }
    }

    /// mkdir -p inside the staging tree, remembering what exists (10,000 article folders share parents).
    private func makeStagedFolder(_ folder: String) throws {
        lock.lock()
        let known = stagedFolders.contains(folder)
        lock.unlock()
        if known { return }
        try makeStagedFolder(Self.folder(of: folder))
        if mkdir(stagingPath + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw OutputError.cannotWrite(folder, String(cString: strerror(errno)))
        }
        lock.lock()
        stagedFolders.insert(folder)
        lock.unlock()
    }

    /// The folder part of a relative path ("" for none): up to its last slash byte, which is where the file
    /// system cuts it.
    static func folder(of path: String) -> String {
        let u = path.utf8
        guard let slash = u.lastIndex(of: 0x2F) else { return "" }
        return String(Substring(u[u.startIndex..<slash]))
    }

    /// Writes a file with plain open/write/close. (Foundation's `Data.write` also fsyncs every file,
    /// which made writing a site's pages cost more than rendering them.)
    /// `stamped`: also returns the file's stamp once written (nil when not asked for or fstat failed).
    @discardableResult
    static func write(_ data: some ContiguousBytes, to path: String, stamped: Bool = false) throws -> FileStamp? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        try data.withUnsafeBytes { try write($0, to: fd, path: path) }
        guard stamped else { return nil }
        var st = stat()
        return fstat(fd, &st) == 0 ? FileStamp(st) : nil
    }

    /// All of `raw` to an open file (`path` names it in errors).
    static func write(_ raw: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError.cannotWrite(path, String(cString: strerror(errno)))
            }
            offset += n
        }
    }

    /// Replaces the file at `path` in one step, so a reader sees the old bytes or the new ones: a temporary
    /// file beside it (hidden, same folder, so the rename cannot cross file systems), then rename(2).
    static func replace(_ data: some ContiguousBytes, at path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/." + (path as NSString).lastPathComponent + ".annals-tmp"
        try write(data, to: temp)
        guard rename(temp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temp)
            throw OutputError.cannotWrite(path, why)
        }
    }

    /// What the manifest holds: every file this build produced, one per line, sorted.
    private var manifestText: Data { Data((written.sorted().joined(separator: "\n") + "\n").utf8) }

    /// Whether the file at `path` holds exactly `data` (size first, so most changed pages cost one stat).
    static func contents(_ path: String, equal data: Data) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == data.count else { return false }
        return FileManager.default.contents(atPath: path) == data
    }

    /// Records that a page this build produces is already in the output, unchanged, without reading it
    /// (the incremental builder knows its inputs did not change).
    public func keep(_ path: String) throws { try keep([path]) }

    /// The same for many pages at once.
    public func keep(_ paths: [String]) throws {
        for path in paths { try Self.checkSafe(path) }
        lock.lock()
        defer { lock.unlock() }
        for path in paths where !written.insert(path).inserted { throw OutputError.duplicatePath(path) }
    }

    /// Moves staged pages into place and removes files the previous build wrote that this one did not.
    /// `clean`: also remove files in the output that Annals did not write (what a user put there).
    public func commit(clean: Bool = false) throws -> Summary {
        let fm = FileManager.default
        if firstBuild {
            // Nothing to keep: the staged tree becomes the output in one step.
            try Self.write(manifestText, to: staging.appendingPathComponent(Self.manifestName).path)
            if fm.fileExists(atPath: output.path) { try? fm.removeItem(at: output) }
            try fm.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(staging.path, output.path) != 0 {
                throw OutputError.cannotMove(".", String(cString: strerror(errno)))
            }
            return Summary(written: changed.count, unchanged: written.count - changed.count, removed: 0)
        }
        try fm.createDirectory(at: output, withIntermediateDirectories: true)
        let manifestURL = output.appendingPathComponent(Self.manifestName)
        let manifestPresent = fm.fileExists(atPath: manifestURL.path)
        let previous = manifestPresent ? (knownManifest ?? readManifest()) : []
        var made: Set<String> = []
        for path in changed.sorted() {
            let target = output.appendingPathComponent(path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, made.insert(folder).inserted {
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            // rename(2) replaces the file in one step: a reader sees the old page or the new one.
            if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                throw OutputError.cannotMove(path, String(cString: strerror(errno)))
            }
        }
        var removed = 0
        for path in previous.subtracting(written).sorted() {
            guard (try? Self.checkSafe(path)) != nil else { continue }
            let target = output.appendingPathComponent(path)
            if (try? fm.removeItem(at: target)) != nil { removed += 1 }
            removeEmptyParents(of: target)
        }
        if clean, let e = fm.enumerator(atPath: output.path) {
            var strays: [String] = []
            while let rel = e.nextObject() as? String {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: output.appendingPathComponent(rel).path, isDirectory: &isDir), !isDir.boolValue,
                   rel != Self.manifestName, !written.contains(rel) { strays.append(rel) }
            }
            for rel in strays.sorted() {
                let target = output.appendingPathComponent(rel)
                if (try? fm.removeItem(at: target)) != nil { removed += 1 }
                removeEmptyParents(of: target)
            }
        }
        if !manifestPresent || written != previous {
            try Self.replace(manifestText, at: manifestURL.path)
        }
        if changed.isEmpty { rmdir(staging.path) } else { try? fm.removeItem(at: staging) }
        return Summary(written: changed.count, unchanged: written.count - changed.count, removed: removed)
    }

    /// Gives up: the output stays exactly as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    func readManifest() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(Self.manifestName).path),
              let text = String(validating: data, as: UTF8.self) else { return [] }
        // Split on the bytes (as Characters, a 10k-article manifest took a tenth of a rebuild).
        var paths = Set<String>(minimumCapacity: data.count / 48)
        for line in text.utf8.split(separator: 0x0A) { paths.insert(String(Substring(line))) }
        return paths
    }

    private func removeEmptyParents(of url: URL) {
        var dir = url.deletingLastPathComponent().standardizedFileURL
        while dir.path.count > output.path.count, dir.path.hasPrefix(output.path) {
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: dir.path), items.isEmpty else { return }
            try? FileManager.default.removeItem(at: dir)
            dir = dir.deletingLastPathComponent()
        }
    }

    /// A page path never leaves the output folder.
    static func checkSafe(_ path: String) throws {
        // Byte by byte: no NUL, no empty, "." or ".." segment (which also rules out a leading "/").
        var segment = 0, dots = 0, ok = !path.isEmpty
        for b in path.utf8 {
            if b == 0 { ok = false; break }
            if b == 0x2F {
                if segment == 0 || segment == dots && dots <= 2 { ok = false; break }
                segment = 0; dots = 0
            } else {
                segment += 1
                if b == 0x2E { dots += 1 }
            }
        }
        if segment == 0 || segment == dots && dots <= 2 { ok = false }
        if !ok { throw OutputError.unsafePath(path) }
    }
}

public enum OutputError: Error, CustomStringConvertible {
    case unsafePath(String), duplicatePath(String), cannotMove(String, String), cannotWrite(String, String)
    public var description: String {
        switch self {
        case let .cannotWrite(p, why): return "cannot write \(p): \(why)"

        case .unsafePath(let p): return "refusing to write outside the output folder: \(p)"
        case .duplicatePath(let p): return "two pages want the same file: \(p)"
        case let .cannotMove(p, why): return "cannot move \(p) into the output: \(why)"
        }
    }
}
