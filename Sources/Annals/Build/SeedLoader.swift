import Foundation

/// Finds the articles in the seeds folder and reads each one: `.txt` through ingest, `.md` through the
/// document reader. `X.md` wins over `X.txt`, so an article converted and corrected by hand is kept.
public enum SeedLoader {
    public struct Loaded: Sendable {
        public var input: Assemble.Input?
        public var diagnostics: [Diagnostic]
    }

    /// Article files under `seeds`, relative paths, sorted; hidden files and folders skipped.
    /// Folders are walked with readdir (a folder of 100,000 articles is listed in tens of milliseconds);
    /// links to files are followed, links to folders are not (no loops).
    public static func list(_ seeds: String) throws -> [String] {
        var st = stat()
        guard stat(seeds, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw Diagnostic(.error, .io, file: seeds, "the seeds folder does not exist")
        }
        var files: [String] = []
        walk(seeds, prefix: "", into: &files)
        let mdStems = Set(files.filter { $0.lowercased().hasSuffix(".md") }.map { String($0.dropLast(3)) })
        return files.filter { f in
            !(f.lowercased().hasSuffix(".txt") && mdStems.contains(String(f.dropLast(4))))
        }.sorted()
    }

    /// Whether a file name is an article's: raw text (`.txt`) or a Markdown document (`.md`), any case.
    public static func isArticleFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".md")
    }

    private static func walk(_ dir: String, prefix: String, into files: inout [String]) {
        guard let handle = opendir(dir) else { return }
        defer { closedir(handle) }
        var subfolders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let full = dir + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                // Ask the file system: lstat for what it is, stat for where a link leads.
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                if (st.st_mode & S_IFMT) == S_IFLNK {
                    guard stat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
                    type = Int32(DT_REG)
                } else {
                    type = (st.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : -1
                }
            }
            if type == Int32(DT_DIR) {
                subfolders.append(name)
            } else if type == Int32(DT_REG) {
                if isArticleFile(name) { files.append(prefix + name) }
            }
        }
        for sub in subfolders { walk(dir + "/" + sub, prefix: prefix + sub + "/", into: &files) }
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
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var before = stat(), after = stat()
            guard fstat(fd, &before) == 0 else { close(fd); return nil }
            let data = readAll(fd, sizeHint: Int(before.st_size))
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

    /// Reads to the end into one buffer sized from `fstat` (grown if the file grew meanwhile).
    private static func readAll(_ fd: Int32, sizeHint: Int) -> Data? {
        var data = Data(count: max(sizeHint, 0) + 1)
        var count = 0
        while true {
            if count == data.count { data.count += max(4096, data.count) }
            let n = data.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            count += n
        }
        data.count = count
        return data
    }
}
