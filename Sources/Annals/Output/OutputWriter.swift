import Foundation

/// Writes a build into the output folder so that a failed build changes nothing, unchanged files keep
/// their modification time, and only files Annals wrote are ever removed.
///
/// Pages are streamed into a staging folder inside the output (`.annals-staging-XXXXXX`, a fresh name each
/// build, on the output's own file system so that moving a page into place is a rename) as they render,
/// only those whose bytes differ from what is there. `commit` then moves them into place, deletes what the
/// previous build wrote and this one did not, and records the new manifest. The output folder itself is
/// never replaced: its mode, owner, the link that leads to it and whatever the user keeps in it stay. A
/// build killed before `commit` leaves the output's pages untouched; one killed during `commit` leaves a
/// manifest that names every page it may have moved in, so the next build, comparing bytes, puts it right.
public final class OutputWriter: @unchecked Sendable {
    public let output: URL
    let staging: URL
    private let lock = NSLock()
    private var written: Set<String> = []
    private var changed: [String] = []
    public static let manifestName = ".annals-manifest"
    /// The prefix of staging folders inside the output (`.annals-staging-` and six random characters).
    static let stagingPrefix = ".annals-staging-"

    public struct Summary: Sendable {
        public var written: Int
        public var unchanged: Int
        public var removed: Int
    }

    /// The output holds nothing yet but hidden files: each staged top-level entry is moved in as a whole,
    /// and there is nothing to compare pages with.
    let firstBuild: Bool
    /// This build made the output folder: a failed build removes it again.
    private let madeOutput: Bool
    /// The manifest the previous build wrote, when the caller remembers it (saves reading it again).
    public var knownManifest: Set<String>?
    /// Every file this build produced (valid after `commit`).
    public var producedFiles: Set<String> { written }
    /// Folders known to exist in the staging tree ("" is the staging folder itself).
    private var stagedFolders: Set<String> = [""]
    private let stagingPath: String
    /// On a first build, the stamp of each file as written: the staging folder's entries are moved as
    /// wholes, so the files keep them, and the build state needs no second look at each path.
    private var stamps: [String: FileStamp] = [:]
    /// The stamp `path` was written with, when this is a first build and it was written (valid after `commit`).
    func writtenStamp(_ path: String) -> FileStamp? { stamps[path] }
    /// Folders of the output checked to be real folders, not links (commit only, one thread).
    private var realFolders: Set<String> = [""]

    /// The writer for one build of `place.output`. The caller holds the output's `OutputLock`: what earlier
    /// builds left inside the output (staging folders, temporary files) is removed here.
    public init(place: OutputPlace) throws {
        output = URL(fileURLWithPath: place.output)
        let fm = FileManager.default
        var st = stat()
        if stat(place.output, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw OutputError.notAFolder(place.output) }
            madeOutput = false
        } else {
            do { try fm.createDirectory(atPath: place.output, withIntermediateDirectories: true) } catch {
                throw OutputError.cannotWrite(place.output, ErrorText.describe(error))
            }
            madeOutput = true
        }
        let entries = (try? fm.contentsOfDirectory(atPath: place.output)) ?? []
        for leftover in entries where leftover.hasPrefix(Self.stagingPrefix) || leftover.hasPrefix(Self.tempPrefix(Self.manifestName)) {
            try? fm.removeItem(atPath: place.output + "/" + leftover)
        }
        firstBuild = !entries.contains { !$0.hasPrefix(".") }
        var template = Array((place.output + "/" + Self.stagingPrefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw OutputError.cannotWrite(place.output, String(cString: strerror(errno)))
        }
        chmod(made, 0o755)
        stagingPath = String(cString: made)
        staging = URL(fileURLWithPath: stagingPath)
    }

    /// The same, for a path as the user gave it.
    public convenience init(output: String) throws { try self.init(place: OutputPlace(output: output)) }

    /// Removes what killed builds left beside the output: partial ingest records and temporary files. Called
    /// with the output's lock held, before this build starts writing records of its own.
    static func removeLeftovers(_ place: OutputPlace) {
        let prefix = "." + place.name + ".annals-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: place.records) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            // Older versions' fixed staging folder, partial records, temporary files of the state.
            if rest == "staging" || rest.hasPrefix("ingest.partial-") || rest.contains(".annals-tmp-") || rest.hasPrefix("state.annals-tmp") {
                try? FileManager.default.removeItem(atPath: place.records + "/" + name)
            }
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

    /// The name prefix of `replace`'s temporary files for a file called `name`.
    static func tempPrefix(_ name: String) -> String { (name.hasPrefix(".") ? name : "." + name) + ".annals-tmp-" }

    /// Replaces the file at `path` in one step, so a reader sees the old bytes or the new ones: a temporary
    /// file beside it (hidden, same folder, so the rename cannot cross file systems), then rename(2). The
    /// temporary file has a name no one can guess and is created exclusively without following links, so
    /// nothing planted under that name is ever written through.
    static func replace(_ data: some ContiguousBytes, at path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/" + tempPrefix((path as NSString).lastPathComponent)
            + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError.cannotWrite(path, String(cString: strerror(errno))) }
        do {
            try data.withUnsafeBytes { try write($0, to: fd, path: path) }
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard rename(temp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temp)
            throw OutputError.cannotWrite(path, why)
        }
    }

    /// Whether the file at `path` holds exactly `data` (size first, so most changed pages cost one stat).
    static func contents(_ path: String, equal data: Data) -> Bool {
        // lstat: a link in a page's place is not the page, whatever it leads to (the page replaces it).
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == data.count else { return false }
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
        written.reserveCapacity(written.count + paths.count)
        for path in paths where !written.insert(path).inserted { throw OutputError.duplicatePath(path) }
    }

    /// Moves staged pages into place and removes files the previous build wrote that this one did not.
    /// `clean`: also remove files in the output that Annals did not write but would (see `removableStray`).
    public func commit(clean: Bool = false) throws -> Summary {
        let manifestPath = output.path + "/" + Self.manifestName
        let manifestPresent = lstatMode(manifestPath) == S_IFREG
        let previous = firstBuild || !manifestPresent ? [] : (knownManifest ?? readManifest())
        if firstBuild {
            // The manifest first here too: a first build killed half-way through its moves leaves pages
            // the next build must be able to remove.
            try Self.replace(manifestText(written), at: manifestPath)
            try moveTopLevel()
            rmdir(stagingPath)
            return Summary(written: changed.count, unchanged: written.count - changed.count, removed: 0)
        }
        let stale = previous.subtracting(written)
        if changed.contains(where: { !previous.contains($0) }) {
            // Before a new page moves in, the manifest names every page that may be in the output once this
            // commit is done or killed half-way: the next build then knows what to remove.
            try Self.replace(manifestText(previous.union(written)), at: manifestPath)
        }
        for path in changed.sorted() {
            let folder = Self.folder(of: path)
            try makeRealFolder(folder)
            // rename(2) replaces the file in one step: a reader sees the old page or the new one.
            if rename(stagingPath + "/" + path, output.path + "/" + path) != 0 {
                throw OutputError.cannotMove(path, String(cString: strerror(errno)))
            }
        }
        var removed = 0
        for path in stale.sorted() where (try? Self.checkSafe(path)) != nil && remove(path) { removed += 1 }
        if clean {
            for path in strays() where remove(path) { removed += 1 }
        }
        if !manifestPresent || written != previous {
            try Self.replace(manifestText(written), at: manifestPath)
        }
        try? FileManager.default.removeItem(atPath: stagingPath)
        return Summary(written: changed.count, unchanged: written.count - changed.count, removed: removed)
    }

    /// First build: each staged top-level entry moves into the output in one rename (a folder of 10,000
    /// article pages is one step). Top-level files are stamped again: a rename changes their change time.
    private func moveTopLevel() throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: stagingPath)
        for entry in entries.sorted() {
            let target = output.path + "/" + entry
            let mode = lstatMode(target)
            if mode == S_IFLNK { throw OutputError.link(entry, Self.linkTarget(target)) }
            if rename(stagingPath + "/" + entry, target) != 0 {
                throw OutputError.cannotMove(entry, String(cString: strerror(errno)))
            }
            if stamps[entry] != nil { stamps[entry] = FileStamp(target) }
        }
    }

    /// The kind of what is at `path` (S_IFREG, S_IFDIR, S_IFLNK, …) without following a link; 0 for nothing.
    private func lstatMode(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & S_IFMT : 0
    }

    /// Makes `folder` (relative) in the output, each part a real folder: a link there, wherever it leads,
    /// is refused, so no page is ever written through one to outside the output.
    private func makeRealFolder(_ folder: String) throws {
        if realFolders.contains(folder) { return }
        try makeRealFolder(Self.folder(of: folder))
        let full = output.path + "/" + folder
        switch lstatMode(full) {
        case S_IFDIR: break
        case 0:
            if mkdir(full, 0o755) != 0 && errno != EEXIST { throw OutputError.cannotWrite(folder, String(cString: strerror(errno))) }
        case S_IFLNK: throw OutputError.link(folder, Self.linkTarget(full))
        default: throw OutputError.cannotWrite(folder, "a file is in the way of this folder")
        }
        realFolders.insert(folder)
    }

    /// Whether every folder above `path` is a real folder of the output (no link on the way).
    private func reachable(_ path: String) -> Bool {
        var folder = Self.folder(of: path)
        while !folder.isEmpty, !realFolders.contains(folder) {
            guard lstatMode(output.path + "/" + folder) == S_IFDIR else { return false }
            realFolders.insert(folder)
            folder = Self.folder(of: folder)
        }
        return true
    }

    /// Removes one file of the output, never through a link, and the folders it leaves empty.
    private func remove(_ path: String) -> Bool {
        guard reachable(path) else { return false }
        let full = output.path + "/" + path
        let mode = lstatMode(full)
        guard mode == S_IFREG || mode == S_IFLNK, unlink(full) == 0 else { return false }
        var folder = Self.folder(of: path)
        while !folder.isEmpty, rmdir(output.path + "/" + folder) == 0 { realFolders.remove(folder); folder = Self.folder(of: folder) }
        return true
    }

    /// Files in the output that this build did not produce and that `--clean` may remove: see `removableStray`.
    /// Hidden folders and links to folders are not entered.
    private func strays() -> [String] {
        var found: [String] = []
        func walk(_ rel: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: output.path + (rel.isEmpty ? "" : "/" + rel)) else { return }
            for name in names where !name.hasPrefix(".") {
                let path = rel.isEmpty ? name : rel + "/" + name
                switch lstatMode(output.path + "/" + path) {
                case S_IFDIR: walk(path)
                case S_IFREG: if !written.contains(path), Self.removableStray(path) { found.append(path) }
                default: break
                }
            }
        }
        walk("")
        return found.sorted()
    }

    /// The kinds of file Annals writes. `--clean` removes a file it did not write only when it is one of
    /// these, not hidden and not under a hidden folder: `CNAME`, `.git`, `.well-known`, `.nojekyll`,
    /// pictures and whatever else a publishing setup keeps in the output stay.
    static let ownExtensions: Set<String> = ["html", "htm", "xml", "js", "css", "json", "txt"]

    static func removableStray(_ path: String) -> Bool {
        if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return ownExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Gives up: the output stays exactly as it was (and goes again when this build made it).
    public func abandon() {
        try? FileManager.default.removeItem(atPath: stagingPath)
        if madeOutput {
            unlink(output.path + "/" + Self.manifestName)
            rmdir(output.path)
        }
    }

    func readManifest() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(Self.manifestName).path),
              let text = String(validating: data, as: UTF8.self) else { return [] }
        // Split on the bytes (as Characters, a 10k-article manifest took a tenth of a rebuild).
        var paths = Set<String>(minimumCapacity: data.count / 48)
        for line in text.utf8.split(separator: 0x0A) { paths.insert(String(Substring(line))) }
        return paths
    }

    /// What the manifest holds: the files, one per line, sorted.
    private func manifestText(_ files: Set<String>) -> Data { Data((files.sorted().joined(separator: "\n") + "\n").utf8) }

    /// A page path never leaves the output folder.
    static func checkSafe(_ path: String) throws {
        // Byte by byte: no NUL, no empty, "." or ".." segment (which also rules out a leading "/").
        var segment = 0, dots = 0, ok = !path.isEmpty
        var bytes = path
        bytes.withUTF8 { utf8 in
            for b in utf8 {
                if b == 0 { ok = false; break }
                if b == 0x2F {
                    if segment == 0 || segment == dots && dots <= 2 { ok = false; break }
                    segment = 0; dots = 0
                } else {
                    segment += 1
                    if b == 0x2E { dots += 1 }
                }
            }
        }
        if segment == 0 || segment == dots && dots <= 2 { ok = false }
        if !ok { throw OutputError.unsafePath(path) }
    }
}

public enum OutputError: Error, CustomStringConvertible {
    case unsafePath(String), duplicatePath(String), cannotMove(String, String), cannotWrite(String, String)
    case link(String, String), notAFolder(String)
    public var description: String {
        switch self {
        case let .cannotWrite(p, why): return "cannot write \(p): \(why)"
        case let .link(p, to):
            return "\(p) in the output is a symbolic link (to \(to)); Annals writes nothing through links. Remove the link and build again"
        case .notAFolder(let p): return "\(p) is a file, not a folder: choose another --output"

        case .unsafePath(let p): return "refusing to write outside the output folder: \(p)"
        case .duplicatePath(let p): return "two pages want the same file: \(p)"
        case let .cannotMove(p, why): return "cannot move \(p) into the output: \(why)"
        }
    }
}
