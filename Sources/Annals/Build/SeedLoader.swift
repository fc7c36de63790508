import Foundation

/// Finds the articles in the seeds folder and reads each one: `.txt` through ingest, `.md` through the
/// document reader. `X.md` wins over `X.txt`, so an article converted and corrected by hand is kept.
public enum SeedLoader {
    public struct Loaded: Sendable {
        public var input: Assemble.Input?
        public var diagnostics: [Diagnostic]
    }

    /// What listing the seeds folder found: the article files (relative paths, sorted) and a message for
    /// each file that looks like an article but cannot be read as one.
    public struct Listing: Sendable {
        public var files: [String]
        public var notes: [Diagnostic]
    }

    /// Article files under `seeds`, relative paths, sorted; hidden files and folders skipped.
    public static func list(_ seeds: String) throws -> [String] { try listing(seeds).files }

    /// Article files under `seeds`, and a message for every one left out: a name that is not UTF-8, a
    /// name that another file's name equals once both are normalised (NFC and NFD spellings of "Hòa"),
    /// something that is not a regular file (a FIFO would block the build), a link to a folder (not
    /// followed: no loops), a broken link, and a link leading out of the seeds folder (read only with
    /// `followLinks`). Folders are walked with readdir (a folder of 100,000 articles is listed in tens of
    /// milliseconds).
    public static func listing(_ seeds: String, followLinks: Bool = false) throws -> Listing {
        var st = stat()
        guard stat(seeds, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw Diagnostic(.error, .io, file: seeds, "the seeds folder does not exist")
        }
        var walker = Walker(seeds: seeds, root: OutputPlace.resolved(seeds), followLinks: followLinks)
        walker.walk(seeds, prefix: "")
        let mdStems = Set(walker.files.filter { $0.lowercased().hasSuffix(".md") }.map { String($0.dropLast(3)) })
        let files = walker.files.filter { f in
            !(f.lowercased().hasSuffix(".txt") && mdStems.contains(String(f.dropLast(4))))
        }
        // Swift's strings are equal when they are canonically equivalent, the file system's names only when
        // their bytes are: of names that differ only in normalisation, the first (by bytes) is read and
        // each other one is named in a message, never merged with it in silence. Two different ASCII names
        // are never equivalent, so an archive named in ASCII (the usual case) skips the check.
        var kept = files
        if files.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) {
            var byName: [String: String] = [:]
            kept = []
            for f in files.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                if let first = byName[f] {
                    walker.notes.append(Diagnostic(.error, .unreadable, file: path(f, in: seeds),
                        "this name and \(first) are the same text in two Unicode forms (NFC and NFD): most tools take them for one "
                        + "file. Rename one of them; this one was not read"))
                } else {
                    byName[f] = f
                    kept.append(f)
                }
            }
        }
        return Listing(files: kept.sorted(), notes: walker.notes.sorted { $0.file < $1.file })
    }

    /// Whether a file name is an article's: raw text (`.txt`) or a Markdown document (`.md`), any case.
    public static func isArticleFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".md")
    }

    private struct Walker {
        let seeds: String
        /// The seeds folder with its links resolved: a link to a file must lead inside it.
        let root: String
        let followLinks: Bool
        var files: [String] = []
        var notes: [Diagnostic] = []

        mutating func walk(_ dir: String, prefix: String) {
            guard let handle = opendir(dir) else {
                notes.append(Diagnostic(.error, .unreadable, file: dir, "cannot open this folder: \(String(cString: strerror(errno)))"))
                return
            }
            defer { closedir(handle) }
            var subfolders: [String] = []
            while let entry = readdir(handle) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                if bytes.first == 0x2E { continue }
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    let shown = prefix + Self.escaped(bytes)
                    notes.append(Diagnostic(.error, .unreadable, file: path(shown, in: seeds),
                        "the name is not valid UTF-8 (an old encoding?): rename it in UTF-8; it was not read"))
                    continue
                }
                let full = dir + "/" + name
                switch kind(of: full, name: name, type: entry.pointee.d_type, relative: prefix + name) {
                case .folder: subfolders.append(name)
                case .file: if isArticleFile(name) { files.append(prefix + name) }
                case .skip: break
                }
            }
            for sub in subfolders.sorted() { walk(dir + "/" + sub, prefix: prefix + sub + "/") }
        }

        enum Kind { case folder, file, skip }

        /// What an entry is; links and odd files cost a message (article-like names only, for files).
        mutating func kind(of full: String, name: String, type: UInt8, relative: String) -> Kind {
            if Int32(type) == Int32(DT_DIR) { return .folder }
            if Int32(type) == Int32(DT_REG) { return .file }
            var st = stat()
            guard lstat(full, &st) == 0 else { return .skip }
            let shown = path(relative, in: seeds)
            let article = isArticleFile(name)
            switch st.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            case S_IFLNK: break
            default:
                if article { notes.append(Diagnostic(.error, .unreadable, file: shown, "not a regular file (a pipe, socket or device); it was not read")) }
                return .skip
            }
            guard stat(full, &st) == 0 else {
                if article { notes.append(Diagnostic(.error, .unreadable, file: shown, "a symbolic link that leads nowhere; it was not read")) }
                return .skip
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                notes.append(Diagnostic(.warning, .unreadable, file: shown, "a symbolic link to a folder: not followed (links could loop)"))
                return .skip
            }
            guard article else { return .skip }
            guard (st.st_mode & S_IFMT) == S_IFREG else {
                notes.append(Diagnostic(.error, .unreadable, file: shown, "a link to something that is not a regular file; it was not read"))
                return .skip
            }
            let target = OutputPlace.resolved(full)
            if !followLinks, !target.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                notes.append(Diagnostic(.error, .unreadable, file: shown, "a symbolic link to \(target), outside the seeds folder; "
                    + "it was not read (build with --follow-links to allow links that lead out)"))
                return .skip
            }
            return .file
        }

        /// Bytes shown as text, each byte that is not printable ASCII as \xHH.
        static func escaped(_ bytes: [UInt8]) -> String {
            bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true).leftPadded(2) }.joined()
        }
    }

    /// Reads one article file. Never throws: a file that cannot be used comes back as an error diagnostic.
    /// A file of the seeds folder as the user names it: a plain string join (Foundation's URL and NSString
    /// path methods cost more than reading the file, and this runs for every article of every build).
    static func path(_ relative: String, in seeds: String) -> String {
        seeds.isEmpty ? relative : seeds.hasSuffix("/") ? seeds + relative : seeds + "/" + relative
    }

    public static func load(_ relative: String, seeds: String, ingest: Ingest) -> Loaded {
        stampedLoad(relative, seeds: seeds, ingest: ingest).loaded
    }

    /// `load`, with the stamp of what was read: taken from the open file once its reading held still, so
    /// it costs no second look-up of the path. When the file cannot be read, the stamp of the path (nil
    /// when nothing is there), so that an unreadable file is tried again only once it changes.
    static func stampedLoad(_ relative: String, seeds: String, ingest: Ingest) -> (stamp: FileStamp?, loaded: Loaded) {
        let shown = path(relative, in: seeds)
        guard let (data, stamp) = readStable(shown) else {
            return (FileStamp(shown), Loaded(input: nil, diagnostics: [Diagnostic(.error, .io, file: shown, "cannot read the file")]))
        }
        return (stamp, load(data, relative: relative, shown: shown, ingest: ingest))
    }

    private static func load(_ data: Data, relative: String, shown: String, ingest: Ingest) -> Loaded {
        // The name after the last slash byte (a relative path never ends in one).
        let fileName = relative.utf8.lastIndex(of: 0x2F).map { String(Substring(relative.utf8[relative.utf8.index(after: $0)...])) } ?? relative
        if relative.lowercased().hasSuffix(".md") {
            if let tooBig = Converter.sizeCheck(data, path: shown) { return Loaded(input: nil, diagnostics: [tooBig]) }
            switch TextDecoding.decode(data) {
            case .failure(let f):
                return Loaded(input: nil, diagnostics: [Diagnostic(.error, f == .empty ? .empty : .encoding, file: shown, f.description)])
            case .success(let decoded):
                // A README or notes file among the articles: skipped with one line, not a failed build.
                guard DocumentReader.opensWithFrontMatter(decoded.text) else {
                    return Loaded(input: nil, diagnostics: [Diagnostic(.warning, .frontMatter, file: shown,
                        "skipped: a Markdown file without front matter is not an article (a README or notes?)")])
                }
                switch DocumentReader.read(decoded.text, fileName: fileName) {
                case .failure(let f):
                    return Loaded(input: nil, diagnostics: [Diagnostic(.error, .frontMatter, file: shown, line: f.line, f.message)])
                case .success(let r):
                    let ds = r.notes.map { Diagnostic(.warning, $0.kind, file: shown, line: $0.line, $0.message) }
                    return Loaded(input: Assemble.Input(article: r.article, sourcePath: relative), diagnostics: ds)
                }
            }
        }
        switch Converter.convert(data: data, path: shown, fileName: fileName, ingest: ingest) {
        case .failure(let d): return Loaded(input: nil, diagnostics: [d])
        case .success(let c): return Loaded(input: Assemble.Input(article: c.article, sourcePath: relative), diagnostics: c.diagnostics)
        }
    }

    /// Reads a file, and again if it changed while being read (an editor still saving it): the size and
    /// modification time before and after the read must agree with each other and with what was read.
    /// The stamp is the open file's after the read (nil if it is not a regular file); a file that never
    /// held still is read once more as it is, with the stamp of its path taken before that read.
    static func readStable(_ path: String) -> (Data, FileStamp?)? {
        for attempt in 0..<5 {
            // O_NONBLOCK: a pipe put in a file's place since the listing must not hang the build.
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var before = stat(), after = stat()
            guard fstat(fd, &before) == 0, (before.st_mode & S_IFMT) == S_IFREG else { close(fd); return nil }
            let data = FileBytes.read(fd, sizeHint: Int(before.st_size))
            let ok = fstat(fd, &after) == 0
            close(fd)
            guard let data, ok else { return nil }
            if before.st_size == after.st_size, before.st_mtim.tv_sec == after.st_mtim.tv_sec,
               before.st_mtim.tv_nsec == after.st_mtim.tv_nsec, Int(after.st_size) == data.count {
                return (data, FileStamp(after))
            }
            if attempt < 4 { usleep(20_000) }
        }
        let stamp = FileStamp(path)
        return FileManager.default.contents(atPath: path).map { ($0, stamp) }
    }

}

extension SeedLoader {
    /// What `Session.build(changedSeeds:)` is told when the file watcher saw `changed` (absolute paths): the article
    /// files among them, relative to the seeds folder, or nil (list the seeds again) when anything else
    /// changed or the watcher does not know.
    public static func watcherHint(_ changed: [String]?, seeds: String) -> [String]? {
        guard let changed, !changed.isEmpty else { return nil }
        let folder = URL(fileURLWithPath: seeds).standardizedFileURL.path + "/"
        var relative: [String] = []
        for path in changed {
            guard path.hasPrefix(folder), SeedLoader.isArticleFile(path) else { return nil }
            relative.append(String(path.dropFirst(folder.count)))
        }
        return relative
    }
}
