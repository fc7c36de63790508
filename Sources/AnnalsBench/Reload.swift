import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Save → reload (issue: "with 10,000 articles, the time from saving one article to the reload event;
// target ≤ 100 ms median; Hugo's server took about 1.1 s for a one-file edit on a site of that size").
// `annals serve` runs on a copy of the set; the benchmark listens on /__annals/events as a page would,
// saves one article at a time in place, and times from the write's close to `event: reload`.

/// One edit prepared before the server starts, so the timed part is only the write.
struct PlannedEdit {
    enum Kind: String { case text, name }
    let kind: Kind
    let file: String
    let path: String
    let contents: String
    /// For a name edit: "old name → new name".
    let detail: String
}

/// One timed edit.
struct ReloadEdit {
    let edit: PlannedEdit
    /// Seconds from the write's close to the reload event's arrival.
    let latency: Double
    /// The server's line for this rebuild: "rebuilt in 52 ms: 14 pages rendered, 14 files written".
    let serverLine: String?
    /// Seconds from the write's close to that line's arrival (it is printed just before the event is sent).
    let serverLineAfter: Double?

    /// The build alone, as the server timed it.
    var rebuiltSeconds: Double? { serverLine.flatMap(ReloadEdit.rebuiltMS).map { $0 / 1000 } }

    /// "rebuilt in 52 ms: …" → 52.
    static func rebuiltMS(_ line: String) -> Double? {
        guard line.hasPrefix("rebuilt in ") else { return nil }
        return Double(line.dropFirst("rebuilt in ".count).prefix { $0 != " " })
    }
}

struct ReloadFigures {
    var size: Int
    /// Seconds from starting `annals serve` to its "serving … at http://…" line (the first, full build).
    var ready: Double
    var firstBuild: String?
    var edits: [ReloadEdit] = []
    /// Events that arrived while no edit was waiting (there should be none).
    var strayEvents = 0

    var latencies: [Double] { edits.map(\.latency) }
    var median: Double { ReloadFigures.medianOrZero(latencies) }
    func latencies(_ kind: PlannedEdit.Kind) -> [Double] { edits.filter { $0.edit.kind == kind }.map(\.latency) }
    var rebuilt: [Double] { edits.compactMap(\.rebuiltSeconds) }
    /// Save → reload minus the server's build time: inotify, the watcher's quiet period, scheduling, the event's trip.
    var outsideBuild: [Double] { edits.compactMap { e in e.rebuiltSeconds.map { e.latency - $0 } } }

    static func medianOrZero(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : AnnalsBench.median(xs) }
}

extension Bench {
    static let readyTimeout = 300.0   // the first build of 100k takes minutes
    static let reloadTimeout = 30.0
    static let pauseBetweenEdits: useconds_t = 300_000

    func measureReload(size: Int) throws -> ReloadFigures {
        print("")
        print("== save → reload, \(grouped(size)) articles: annals serve, \(o.reloadRuns) edits")
        let set = try dataset(size)

        let tmp = try temporaryFolder("annals-bench-reload-")
        defer { try? Tree.discard(tmp, into: trash) }  // removed when the benchmark ends (see Tree.discard)
        let seeds = (tmp as NSString).appendingPathComponent("seeds")
        let out = (tmp as NSString).appendingPathComponent("out")
        let copyStart = Subprocess.now()
        try set.copy(to: seeds)
        print("copied to \(seeds) in \(f(Subprocess.now() - copyStart, 1)) s (real files: saving in place leaves \(set.directory) alone)")
        let plan = try planEdits(set, in: seeds)

        let start = Subprocess.now()
        let server = try ServeProcess.start(annals, ["serve", "--seeds", seeds, "--templates", templates, "--output", out,
                                                     "--host", "127.0.0.1", "--port", "0"], in: tmp)
        defer { print("server stopped: \(server.stop())") }
        do {
            let port = try waitUntilServing(server)
            var fig = ReloadFigures(size: size, ready: Subprocess.now() - start)
            fig.firstBuild = server.wait(seconds: 0) { lines, _ in lines.first { $0.text.hasPrefix("rebuilt in") }?.text }
            guard let first = fig.firstBuild else {
                throw BenchError("the server's first build failed (no \"rebuilt in\" line before \"serving\"): nothing to time")
            }
            print("serving on port \(port) after \(f(fig.ready, 1)) s; first build: \(first)")

            let stream = try EventStream.connect(port: port, path: "/__annals/events")
            defer { stream.close() }
            try stream.waitUntilSubscribed(seconds: 10)
            print("listening on /__annals/events; saving one article every \(Self.pauseBetweenEdits / 1000) ms after the last reload")

            for (k, edit) in plan.enumerated() {
                usleep(Self.pauseBetweenEdits)   // far past the watcher's 30 ms quiet period: edits do not merge
                let stray = stream.drain()
                if !stray.isEmpty {
                    fig.strayEvents += stray.count
                    print("    (\(stray.count) event(s) arrived between edits: \(stray.map(\.name).joined(separator: ", ")))")
                }
                let logStart = server.lineCount
                let saved = try save(edit.contents, to: edit.path)
                let event = try awaitReload(stream, after: "saving \(edit.file)")
                let line = server.wait(from: logStart, seconds: 2) { lines, _ in lines.first { $0.text.hasPrefix("rebuilt in") } }
                let done = ReloadEdit(edit: edit, latency: event.at - saved, serverLine: line?.text, serverLineAfter: line.map { $0.at - saved })
                fig.edits.append(done)
                print(describe(done, k + 1, of: plan.count))
            }
            printReloadTotals(fig)
            return fig
        } catch {
            failed = true
            print("FAILURE: save → reload at \(grouped(size)): \(error)")
            print("    annals serve, last lines:")
            for line in server.tail(15) { print("    \(line)") }
            throw error
        }
    }

    /// "edit  3/15  text  004000_….txt: 87.1 ms   server: rebuilt in 52 ms: 14 pages rendered, … (line at 84.0 ms)"
    func describe(_ e: ReloadEdit, _ k: Int, of n: Int) -> String {
        var s = "edit \(pad(String(k), String(n).count))/\(n)  \(e.edit.kind.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(e.edit.file): "
        s += "\(pad(f(e.latency * 1000, 1), 6)) ms"
        if let line = e.serverLine, let after = e.serverLineAfter {
            s += "   server: \(line) (line at \(f(after * 1000, 1)) ms)"
        } else {
            s += "   server: no \"rebuilt in\" line"
        }
        if !e.edit.detail.isEmpty { s += "   [\(e.edit.detail)]" }
        return s
    }

    func printReloadTotals(_ fig: ReloadFigures) {
        let ms = { (xs: [Double]) -> String in
            xs.isEmpty ? "–" : "median \(f(median(xs) * 1000, 1)) ms, min \(f(xs.min()! * 1000, 1)), max \(f(xs.max()! * 1000, 1))"
        }
        print("save → reload, all \(fig.edits.count) edits: \(ms(fig.latencies))")
        for kind in [PlannedEdit.Kind.text, .name] where !fig.latencies(kind).isEmpty {
            print("    \(kind.rawValue) edits (\(fig.latencies(kind).count)): \(ms(fig.latencies(kind)))")
        }
        print("server \"rebuilt in\" (the build alone): \(ms(fig.rebuilt))")
        print("outside the build (save → reload minus rebuilt in): \(ms(fig.outsideBuild))")
    }

    /// The port from the server's "serving … at http://127.0.0.1:PORT/ (Ctrl-C to stop)" line.
    func waitUntilServing(_ server: ServeProcess) throws -> Int {
        let port: Int? = server.wait(seconds: Self.readyTimeout) { lines, _ in lines.lazy.compactMap { Self.servingPort($0.text) }.first }
        if let port { return port }
        if let status = server.exited() { throw BenchError("annals serve \(status) before it was serving") }
        throw BenchError("annals serve was not serving after \(f(Self.readyTimeout, 0)) s")
    }

    static func servingPort(_ line: String) -> Int? {
        guard line.hasPrefix("serving "), let r = line.range(of: " at http://") else { return nil }
        let authority = line[r.upperBound...].prefix { $0 != "/" && $0 != " " }
        guard let colon = authority.lastIndex(of: ":") else { return nil }
        return Int(authority[authority.index(after: colon)...])
    }

    /// The next `event: reload`; a problem event, silence or the stream ending is a failure.
    func awaitReload(_ stream: EventStream, after what: String) throws -> EventStream.Event {
        let deadline = Subprocess.now() + Self.reloadTimeout
        while true {
            let left = deadline - Subprocess.now()
            guard left > 0, let event = try stream.next(seconds: left) else {
                throw BenchError("no reload event within \(f(Self.reloadTimeout, 0)) s of \(what)")
            }
            switch event.name {
            case "reload": return event
            case "problem": throw BenchError("the server sent `event: problem` after \(what): \(Self.message(event.data))")
            default: continue
            }
        }
    }

    /// The "message" of an event's JSON data, or the data itself.
    static func message(_ data: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any],
              let message = object["message"] as? String else { return data }
        return message
    }

    /// Saves as an editor writing in place does: open with O_TRUNC, write it all, close (one IN_CLOSE_WRITE).
    /// Returns the monotonic time right after close.
    func save(_ contents: String, to path: String) throws -> Double {
        var st = stat()
        guard stat(path, &st) == 0, st.st_nlink == 1 else { throw BenchError("\(path) is not a private copy: not writing to it") }
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw BenchError("cannot open \(path): \(String(cString: strerror(errno)))") }
        let bytes = Array(contents.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                close(fd)
                throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        guard close(fd) == 0 else { throw BenchError("cannot close \(path): \(String(cString: strerror(errno)))") }
        return Subprocess.now()
    }

    // MARK: The edits

    /// `--reload-runs` edits, each to a different article spread evenly over the set; every fifth renames a
    /// person (so person pages change too), the others append a sentence to a paragraph.
    func planEdits(_ set: Dataset, in seeds: String) throws -> [PlannedEdit] {
        let runs = o.reloadRuns
        guard runs <= set.files.count else { throw BenchError("--reload-runs \(runs) is more than the \(set.files.count) articles") }
        let cast = Cast(seed: o.seed)
        var used = Set<Int>()
        var plan: [PlannedEdit] = []
        for k in 0..<runs {
            let kind: PlannedEdit.Kind = k % 5 == 4 ? .name : .text
            var i = set.files.count * (2 * k + 1) / (2 * runs)
            var edit: PlannedEdit?
            for _ in 0..<set.files.count where edit == nil {
                if !used.contains(i) {
                    edit = plannedEdit(kind, set.files[i], in: seeds, cast: cast)
                    if edit != nil { used.insert(i) }
                }
                i = (i + 1) % set.files.count
            }
            guard let edit else { throw BenchError("no article suitable for a \(kind.rawValue) edit") }
            plan.append(edit)
        }
        return plan
    }

    func plannedEdit(_ kind: PlannedEdit.Kind, _ file: String, in seeds: String, cast: Cast) -> PlannedEdit? {
        let path = (seeds as NSString).appendingPathComponent(file)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), !text.contains("\r"),
              !text.hasPrefix("\u{FEFF}") else { return nil }
        switch kind {
        case .text:
            var paragraphs = text.components(separatedBy: "\n\n")
            guard paragraphs.count > 3 else { return nil }
            paragraphs[2] += " Phóng viên sẽ tiếp tục theo dõi và phản ánh kết quả triển khai trong thời gian tới."
            return PlannedEdit(kind: kind, file: file, path: path, contents: paragraphs.joined(separator: "\n\n"), detail: "")
        case .name:
            guard let (contents, old, new) = Self.renamingFirstPerson(text, cast: cast) else { return nil }
            return PlannedEdit(kind: kind, file: file, path: path, contents: contents, detail: "\(old) → \(new)")
        }
    }

    /// Renames the cast member named in full earliest in the article, everywhere it is named in full:
    /// same family and middle names, the next given name of the table that the middle name does not end
    /// with (the cast never has "Nguyễn Mạnh Mạnh").
    static func renamingFirstPerson(_ text: String, cast: Cast) -> (String, String, String)? {
        var first: (at: String.Index, person: Person)?
        for p in cast.people {
            guard let r = wholeName(p.fullName, in: text, from: text.startIndex) else { continue }
            if first == nil || r.lowerBound < first!.at || (r.lowerBound == first!.at && p.fullName.count > first!.person.fullName.count) {
                first = (r.lowerBound, p)
            }
        }
        guard let p = first?.person else { return nil }
        let givens = p.female ? Vocab.femaleGiven : Vocab.maleGiven
        let at = givens.firstIndex(of: p.given) ?? 0
        guard let next = (1..<givens.count).lazy.map({ givens[(at + $0) % givens.count] })
            .first(where: { $0 != p.given && !p.middle.hasSuffix($0) }) else { return nil }
        let renamed = "\(p.family) \(p.middle) \(next)"
        var out = ""
        var from = text.startIndex
        while let r = wholeName(p.fullName, in: text, from: from) {
            out += text[from..<r.lowerBound] + renamed
            from = r.upperBound
        }
        out += text[from...]
        return (out, p.fullName, renamed)
    }

    /// `name` at `from` or later, not followed by a letter ("Nguyễn Văn An" is not in "Nguyễn Văn Anh").
    static func wholeName(_ name: String, in text: String, from: String.Index) -> Range<String.Index>? {
        var start = from
        while let r = text.range(of: name, range: start..<text.endIndex) {
            if r.upperBound == text.endIndex || !text[r.upperBound].isLetter { return r }
            start = r.upperBound
        }
        return nil
    }
}

/// A new folder under the temporary directory, made with mkdtemp.
func temporaryFolder(_ prefix: String) throws -> String {
    var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent(prefix + "XXXXXX").utf8CString)
    let made: String? = template.withUnsafeMutableBufferPointer { buf in
        mkdtemp(buf.baseAddress!).map { String(cString: $0) }
    }
    guard let made else { throw BenchError("cannot make a temporary folder: \(String(cString: strerror(errno)))") }
    return made
}
