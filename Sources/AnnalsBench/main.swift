import Foundation
#if canImport(Glibc)
import Glibc
#endif

// AnnalsBench: generates realistic archives and measures the release `annals` CLI on them.
//
//   AnnalsBench [--sizes 1000,10000,100000] [--annals .build/release/annals] [--seed 1]
//               [--data bench-data] [--templates Templates] [--runs 3] [--batch 1000] [--no-hugo]
//               [--reload-runs 15]
//   AnnalsBench --reload [--sizes 10000] [--reload-runs 15] [--annals …] [--data …] [--templates …]
//   AnnalsBench generate --count N [--seed 1] --out DIR
//
// The full run measures save → reload (`annals serve`) at 10,000 after the builds when 10,000 is among
// the sizes; `--reload` measures only that, at 10,000 or at each of --sizes.
//
// Everything goes to stdout. Exit status: 0 when every command ran (targets missed or not),
// 1 when the annals CLI (or generating the data) failed, 2 for bad usage.

/// Every line goes straight to file descriptor 1, unbuffered, so progress shows while builds run.
func print(_ line: String = "") {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBufferPointer { write(1, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        offset += n
    }
}

struct Options {
    var sizes = [1_000, 10_000, 100_000]
    var annals = ".build/release/annals"
    var seed: UInt64 = 1
    var data = "bench-data"
    var templates = "Templates"
    var runs = 3
    var batch = 1_000
    var hugo = true
    var sizesGiven = false
    // save → reload
    var reloadOnly = false
    var reloadRuns = 15
    /// --reload alone measures 10,000; with --sizes, each of them.
    var reloadSizes: [Int] { sizesGiven ? sizes.sorted() : [10_000] }
    // generate
    var generateOnly = false
    var count = 0
    var out = ""
}

func usage(_ message: String) -> Never {
    print("AnnalsBench: \(message)")
    print("usage: AnnalsBench [--sizes 1000,10000,100000] [--annals PATH] [--seed N] [--data DIR] [--templates DIR] [--runs N] [--batch N] [--no-hugo] [--reload-runs N]")
    print("       AnnalsBench --reload [--sizes 10000] [--reload-runs N] [--annals PATH] [--seed N] [--data DIR] [--templates DIR]")
    print("       (save → reload: `annals serve` on a copy of the set, N articles saved one at a time, each timed to its")
    print("        `event: reload`; the full run includes it at 10,000 when 10,000 is among --sizes)")
    print("       AnnalsBench generate --count N [--seed N] --out DIR")
    exit(2)
}

func parseOptions() -> Options {
    var o = Options()
    var args = Array(CommandLine.arguments.dropFirst())
    if args.first == "generate" { o.generateOnly = true; args.removeFirst() }
    if args.first == "bench" { args.removeFirst() }
    var i = 0
    func value() -> String {
        i += 1
        guard i < args.count else { usage("\(args[i - 1]) needs a value") }
        return args[i]
    }
    while i < args.count {
        switch args[i] {
        case "--sizes":
            let list = value().split(separator: ",").map { Int($0.replacingOccurrences(of: "_", with: "")) }
            guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else { usage("--sizes takes positive numbers: 1000,10000") }
            o.sizes = list.map { $0! }
            o.sizesGiven = true
        case "--annals": o.annals = value()
        case "--seed": guard let s = UInt64(value()) else { usage("--seed takes a number") }; o.seed = s
        case "--data": o.data = value()
        case "--templates": o.templates = value()
        case "--runs": guard let r = Int(value()), r > 0 else { usage("--runs takes a positive number") }; o.runs = r
        case "--batch": guard let b = Int(value()), b > 0 else { usage("--batch takes a positive number") }; o.batch = b
        case "--no-hugo": o.hugo = false
        case "--reload": o.reloadOnly = true
        case "--reload-runs": guard let r = Int(value()), r > 0 else { usage("--reload-runs takes a positive number") }; o.reloadRuns = r
        case "--count": guard let c = Int(value()), c > 0 else { usage("--count takes a positive number") }; o.count = c
        case "--out": o.out = value()
        case "-h", "--help": usage("help")
        default: usage("unknown argument \(args[i])")
        }
        i += 1
    }
    return o
}

// MARK: Formatting

/// The first three fields of /proc/loadavg: other work on the machine skews wall times.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, c) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}
func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
func mb(_ bytes: Int64) -> Double { Double(bytes) / 1e6 }
func rssMB(_ kib: Int) -> Double { Double(kib) * 1024 / 1e6 }
func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }
func row(_ cells: [String], _ widths: [Int]) -> String { zip(cells, widths).map { pad($0, $1) }.joined(separator: "  ") }
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
}

/// "built: 10000 articles, 1995 people, 12000 files written, 0 unchanged, …" → the figure before `label`.
func figure(_ label: String, in text: String) -> Int? {
    guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("built:") || $0.hasPrefix("FAILED") }),
          let r = line.range(of: label) else { return nil }
    let digits = line[..<r.lowerBound].reversed().prefix { $0.isNumber }
    return Int(String(digits.reversed()))
}

// MARK: The run

struct BuildFigures {
    var size: Int
    var inputBytes: Int64
    var meanWords: Int
    var walls: [Double]
    var rss: [Int]
    var files = 0
    var outputBytes: Int64 = 0
    var people: Int?
    var warnings: Int?
    var noChange: Measured?
    var oneChange: Measured?
    var convert: (seconds: Double, rssKiB: Int, files: Int)?
    /// The same build into a memory file system (tmpfs): the program's own time, without the disk's.
    var memoryWalls: [Double] = []

    var wall: Double { median(walls) }
    var memoryWall: Double? { memoryWalls.isEmpty ? nil : median(memoryWalls) }
    var peakRSSKiB: Int { Int(median(rss.map(Double.init))) }
}

final class Bench {
    let o: Options
    let annals: String
    let templates: String
    let data: String
    var failed = false

    init(_ o: Options) {
        self.o = o
        annals = absolute(o.annals)
        templates = absolute(o.templates)
        data = absolute(o.data)
    }

    /// Where earlier runs' outputs wait until the end (see `Tree.discard`).
    var trash: String { (data as NSString).appendingPathComponent("trash") }

    /// Runs the CLI; a failure is printed with the tail of its output and remembered for the exit status.
    func cli(_ args: [String], in dir: String? = nil, what: String) throws -> Measured {
        let m = try Subprocess.run(annals, args, in: dir)
        if !m.ok {
            failed = true
            print("FAILURE: \(what): annals exited with status \(m.status)")
            for line in (m.stdout + m.stderr).split(separator: "\n").suffix(15) { print("    \(line)") }
            throw BenchError("\(what) failed")
        }
        return m
    }

    func build(seeds: String, output: String, what: String) throws -> Measured {
        settle()
        return try cli(["build", "--seeds", seeds, "--templates", templates, "--output", output], what: what)
    }

    /// Writes the page cache's dirty pages to disk before a timed command, so that it does not pay for the
    /// write-back of the runs before it (each build leaves some 150 MB for the kernel to write).
    func settle() {
        sync()
    }

    /// The generated set of `size` articles, made now if the cache lacks it.
    func dataset(_ size: Int) throws -> Dataset {
        let set = try Dataset.ensure(count: size, seed: o.seed, data: data) { ArticleGenerator(seed: o.seed) }
        if let g = set.generatedSeconds {
            print("generated \(grouped(size)) articles in \(f(g, 1)) s → \(set.directory)")
        } else {
            print("reusing \(set.directory)")
        }
        return set
    }

    func measure(size: Int) throws -> BuildFigures {
        print("")
        print("== \(grouped(size)) articles")
        let set = try dataset(size)
        print("input: \(f(mb(set.bytes), 1)) MB, words per article min \(set.words.min) / mean \(set.words.mean) / max \(set.words.max)")

        var fig = BuildFigures(size: size, inputBytes: set.bytes, meanWords: set.words.mean, walls: [], rss: [])
        let out = (data as NSString).appendingPathComponent("out-\(size)")
        // Every size gets the same number of runs: the 100k ÷ 10k target compares medians, and one run at
        // 100k moved that ratio by ±0.5 from one benchmark to the next.
        let runs = o.runs
        let warmStart = Date()
        let warmed = Tree.warm(set.directory)
        print("input read once before timing (page cache warm, as for every later run): \(f(mb(warmed), 1)) MB in \(f(Date().timeIntervalSince(warmStart))) s")
        print("before each timed command, what earlier runs left for the disk is written out (sync)")
        DiskProbe.settle(data, trash: trash)
        for r in 1...runs {
            try Tree.discard(out, into: trash)
            let m = try build(seeds: set.directory, output: out, what: "build of \(grouped(size)) articles")
            fig.walls.append(m.seconds)
            fig.rss.append(m.maxRSSKiB)
            fig.people = figure(" people", in: m.stdout)
            fig.warnings = figure(" warnings", in: m.stdout)
            print("build \(r)/\(runs): \(f(m.seconds)) s wall, peak RSS \(f(rssMB(m.maxRSSKiB), 1)) MB")
            if r == runs, let summary = m.stdout.split(separator: "\n").last { print("    annals: \(summary)") }
        }
        let tree = Tree.count(out)
        fig.files = tree.files
        fig.outputBytes = tree.bytes
        fig.memoryWalls = try inMemory(set, size: size, outputBytes: tree.bytes)
        if size == 10_000 || (!o.sizes.contains(10_000) && size == o.sizes.max()) { try search(set, size: size) }

        // Rebuilds into the existing output, from a hard-linked copy of the set so the cache stays intact.
        let work = (data as NSString).appendingPathComponent("work-\(size)")
        try set.linkedCopy(at: work)
        // The copy is another seeds folder to annals: one build from it first, as a user's previous build.
        let primed = try build(seeds: work, output: out, what: "build from the copy of \(grouped(size))")
        print("build from the hard-linked copy (another seeds folder, so its ingest record is new): \(f(primed.seconds)) s")
        fig.noChange = try build(seeds: work, output: out, what: "rebuild (nothing changed) of \(grouped(size))")
        print("rebuild, nothing changed: \(f(fig.noChange!.seconds)) s (\(figure(" files written", in: fig.noChange!.stdout).map(String.init) ?? "?") files written)")
        try changeOneArticle(set, in: work)
        fig.oneChange = try build(seeds: work, output: out, what: "rebuild (one article changed) of \(grouped(size))")
        print("rebuild, one article changed: \(f(fig.oneChange!.seconds)) s (\(figure(" files written", in: fig.oneChange!.stdout).map(String.init) ?? "?") files written)")
        try Tree.discard(work, into: trash)

        if size <= 10_000 {
            fig.convert = try convert(set, into: convertDir(size))
            let c = fig.convert!
            print("convert: \(f(c.seconds)) s for \(grouped(size)) files in batches of \(o.batch), peak RSS \(f(rssMB(c.rssKiB), 1)) MB, \(grouped(c.files)) .md written")
        }
        return fig
    }

    /// The full build again, into a folder on /dev/shm (tmpfs), removed after each run. On disk, making
    /// 100,000 folders and files costs ext4 more per file than 10,000 do, by an amount that depends on
    /// what the disk went through lately (see `DiskProbe`); in memory the ratio of the sizes is the
    /// program's. Skipped when /dev/shm is not a tmpfs with room for the output twice over.
    func inMemory(_ set: Dataset, size: Int, outputBytes: Int64) throws -> [Double] {
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        let tmpfs = mounts.split(separator: "\n").contains { $0.split(separator: " ").dropFirst().prefix(2) == ["/dev/shm", "tmpfs"] }
        let free = ((try? FileManager.default.attributesOfFileSystem(forPath: "/dev/shm"))?[.systemFreeSize] as? NSNumber)?.int64Value ?? 0
        guard tmpfs, free > 2 * outputBytes else {
            print("in memory: skipped (/dev/shm is not a tmpfs with room for the output)")
            return []
        }
        let root = "/dev/shm/annals-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walls: [Double] = []
        for r in 1...o.runs {
            try? FileManager.default.removeItem(atPath: root)
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            // Through `build`, so the disk runs' write-back is done (sync) before the clock starts here too.
            let m = try build(seeds: set.directory, output: root + "/out", what: "build of \(grouped(size)) articles in memory")
            walls.append(m.seconds)
            print("build in memory (tmpfs) \(r)/\(o.runs): \(f(m.seconds)) s wall, peak RSS \(f(rssMB(m.maxRSSKiB), 1)) MB")
        }
        return walls
    }

    /// The search index's figures (`SearchFigures`) from one `build --verbose` into an empty folder, and Pagefind's.
    func search(_ set: Dataset, size: Int) throws {
        let out = (data as NSString).appendingPathComponent("search-\(size)")
        try Tree.discard(out, into: trash)
        settle()
        let m = try cli(["build", "--verbose", "--seeds", set.directory, "--templates", templates, "--output", out], what: "verbose build of \(grouped(size))")
        SearchFigures.report(output: out, verbose: m.stdout)
        SearchFigures.pagefind(site: out, into: (data as NSString).appendingPathComponent("pagefind-\(size)"))
        try Tree.discard(out, into: trash)
    }

    /// Where `convert` writes: the content folder of the Hugo site built from it.
    func convertDir(_ size: Int) -> String {
        (data as NSString).appendingPathComponent("site-\(size)/content/articles")
    }

    /// Appends a sentence to one paragraph of a mid-archive article (an LF file, so "\n\n" splits paragraphs).
    func changeOneArticle(_ set: Dataset, in work: String) throws {
        for name in set.files[(set.files.count / 2)...] {
            let path = (work as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), !text.contains("\r"),
                  !text.hasPrefix("\u{FEFF}") else { continue }
            var paragraphs = text.components(separatedBy: "\n\n")
            guard paragraphs.count > 3 else { continue }
            paragraphs[2] += " Bài viết được cập nhật thêm thông tin về kết quả thực hiện trong quý vừa qua."
            unlink(path)   // break the hard link: the cached file keeps its bytes
            try paragraphs.joined(separator: "\n\n").write(toFile: path, atomically: false, encoding: .utf8)
            print("changed one article: \(name)")
            return
        }
        throw BenchError("no article suitable for the one-change rebuild")
    }

    /// `annals convert --output DIR FILE…` over the set, in batches so argv stays small; each batch into
    /// its own folder, so namesakes from different batches do not overwrite each other.
    func convert(_ set: Dataset, into dir: String) throws -> (seconds: Double, rssKiB: Int, files: Int) {
        try Tree.discard(dir, into: trash)
        settle()
        var seconds = 0.0, rss = 0
        var start = 0, n = 0
        while start < set.files.count {
            let batch = Array(set.files[start..<min(set.files.count, start + o.batch)])
            let target = (dir as NSString).appendingPathComponent(String(format: "b%03d", n))
            let m = try cli(["convert", "--output", target] + batch, in: set.directory, what: "convert batch \(n + 1)")
            seconds += m.seconds
            rss = max(rss, m.maxRSSKiB)
            start += o.batch
            n += 1
        }
        return (seconds, rss, Tree.count(dir).files)
    }

    struct HugoFigures {
        var version: String
        var walls: [Double]
        var rss: [Int]
        var files: Int
        var annalsMD: (walls: [Double], rss: [Int], files: Int)
    }

    /// Builds the converted 10k set with Hugo, and with Annals from the same Markdown for a like-for-like line.
    func hugo(size: Int, convertFiles: Int) throws -> HugoFigures? {
        print("")
        print("== Hugo, \(grouped(size)) articles")
        guard o.hugo else { print("skipped (--no-hugo)"); return nil }
        guard let hugo = Subprocess.which("hugo") else {
            print("hugo is not on PATH: comparison skipped (Debian: apt-get install hugo)")
            return nil
        }
        guard let v = HugoSite.version(hugo) else { print("cannot read `hugo version`: comparison skipped"); return nil }
        let site = (data as NSString).appendingPathComponent("site-\(size)")
        try HugoSite.write(site: site, hugoMinor: v.major > 0 ? 999 : v.minor)
        let publicDir = (site as NSString).appendingPathComponent("public")
        print("\(v.text) at \(hugo); site \(site) with \(grouped(convertFiles)) Markdown files")
        DiskProbe.settle(data, trash: trash)
        var walls: [Double] = [], rss: [Int] = []
        for r in 1...o.runs {
            try Tree.discard(publicDir, into: trash)
            settle()
            let m = try Subprocess.run(hugo, ["--quiet", "--source", site, "--destination", publicDir])
            guard m.ok else {
                print("hugo failed (status \(m.status)); comparison skipped")
                for line in (m.stdout + m.stderr).split(separator: "\n").suffix(10) { print("    \(line)") }
                return nil
            }
            walls.append(m.seconds)
            rss.append(m.maxRSSKiB)
            print("hugo \(r)/\(o.runs): \(f(m.seconds)) s wall, peak RSS \(f(rssMB(m.maxRSSKiB), 1)) MB")
        }
        let files = Tree.count(publicDir).files

        // Annals on the very same Markdown documents.
        let mdOut = (data as NSString).appendingPathComponent("out-md-\(size)")
        var mdWalls: [Double] = [], mdRSS: [Int] = []
        for r in 1...o.runs {
            try Tree.discard(mdOut, into: trash)
            let m = try build(seeds: convertDir(size), output: mdOut, what: "build from converted Markdown")
            mdWalls.append(m.seconds)
            mdRSS.append(m.maxRSSKiB)
            print("annals from the same .md \(r)/\(o.runs): \(f(m.seconds)) s wall, peak RSS \(f(rssMB(m.maxRSSKiB), 1)) MB")
        }
        return HugoFigures(version: v.text, walls: walls, rss: rss, files: files,
                           annalsMD: (mdWalls, mdRSS, Tree.count(mdOut).files))
    }
}

func runBench(_ o: Options) -> Int32 {
    let bench = Bench(o)
    defer { try? Tree.remove(bench.trash) }
    guard access(bench.annals, X_OK) == 0 else {
        print("AnnalsBench: no annals binary at \(bench.annals); build it with `swift build -c release --product annals` or pass --annals PATH")
        return 2
    }
    guard FileManager.default.fileExists(atPath: (bench.templates as NSString).appendingPathComponent("index.mustache")) else {
        print("AnnalsBench: no templates at \(bench.templates) (pass --templates DIR)")
        return 2
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let memGiB = Double(ProcessInfo.processInfo.physicalMemory) / Double(1 << 30)
    let what = o.reloadOnly ? "save → reload only, sizes \(o.reloadSizes.map(grouped).joined(separator: ", "))"
                            : "sizes \(o.sizes.map(grouped).joined(separator: ", "))"
    print("Annals benchmark: seed \(o.seed), \(what), \(cores) cores, \(f(memGiB, 1)) GiB")
    print("annals: \(bench.annals)")
    print("data:   \(bench.data)   (MB = 10^6 bytes; RSS = child's ru_maxrss from wait4)")
    print("load average at start: \(loadAverage())")
    if o.reloadOnly { return runReload(bench) }

    var figures: [BuildFigures] = []
    var hugo: Bench.HugoFigures?
    var reload: ReloadFigures?
    do {
        for size in o.sizes.sorted() {
            figures.append(try bench.measure(size: size))
        }
        if let ten = figures.first(where: { $0.size == 10_000 }) ?? figures.last(where: { $0.convert != nil }) {
            hugo = try bench.hugo(size: ten.size, convertFiles: ten.convert?.files ?? 0)
        }
        if o.sizes.contains(10_000) {
            reload = try bench.measureReload(size: 10_000)
        }
    } catch {
        print("")
        print("FAILED: \(error)")
        if !bench.failed { bench.failed = true }
    }
    if figures.isEmpty { return 1 }

    // MARK: Summary
    print("")
    print("================ Summary ================")
    print("Full build from a clean output: annals build --seeds DIR --templates \(o.templates) --output OUT")
    let w1 = [9, 9, 6, 5, 9, 11, 7, 10, 8, 10]
    print(row(["articles", "input MB", "words", "runs", "wall s", "articles/s", "MB/s", "peak RSS", "files", "output MB"], w1))
    for fig in figures {
        print(row([grouped(fig.size), f(mb(fig.inputBytes), 1), String(fig.meanWords), String(fig.walls.count), f(fig.wall),
                   grouped(Int(Double(fig.size) / fig.wall)), f(mb(fig.inputBytes) / fig.wall, 1),
                   f(rssMB(fig.peakRSSKiB), 1) + " MB", grouped(fig.files), f(mb(fig.outputBytes), 1)], w1))
    }
    print("(wall s and peak RSS: median of the runs; words: mean per article; files: counted under OUT)")
    for fig in figures where fig.walls.count > 1 {
        print("  \(grouped(fig.size)) runs: " + fig.walls.map { f($0) + " s" }.joined(separator: ", "))
    }
    for fig in figures where !fig.memoryWalls.isEmpty {
        print("  \(grouped(fig.size)) in memory (OUT on tmpfs): median \(f(fig.memoryWall!)) s; runs "
              + fig.memoryWalls.map { f($0) + " s" }.joined(separator: ", "))
    }

    print("")
    print("Rebuild into the existing output")
    let w2 = [9, 18, 14, 22, 14]
    print(row(["articles", "nothing changed s", "files written", "one article changed s", "files written"], w2))
    for fig in figures {
        guard let a = fig.noChange, let b = fig.oneChange else { continue }
        print(row([grouped(fig.size), f(a.seconds), figure(" files written", in: a.stdout).map(grouped) ?? "?",
                   f(b.seconds), figure(" files written", in: b.stdout).map(grouped) ?? "?"], w2))
    }

    let converted = figures.filter { $0.convert != nil }
    if !converted.isEmpty {
        print("")
        print("Convert alone: annals convert --output DIR FILE… (batches of \(o.batch) files, run one after another)")
        let w3 = [9, 8, 11, 7, 9, 8]
        print(row(["articles", "wall s", "articles/s", "MB/s", "peak RSS", "md files"], w3))
        for fig in converted {
            let c = fig.convert!
            print(row([grouped(fig.size), f(c.seconds), grouped(Int(Double(fig.size) / c.seconds)),
                       f(mb(fig.inputBytes) / c.seconds, 1), f(rssMB(c.rssKiB), 1) + " MB", grouped(c.files)], w3))
        }
    }

    if let r = reload { printReloadSummary([r]) }

    print("")
    print("Scaling")
    let bySize = Dictionary(uniqueKeysWithValues: figures.map { ($0.size, $0) })
    for (a, b) in [(1_000, 10_000), (10_000, 100_000)] {
        if let x = bySize[a], let y = bySize[b] {
            print("  \(grouped(b)) / \(grouped(a)) build time: \(f(y.wall / x.wall)) ×   (peak RSS \(f(Double(y.peakRSSKiB) / Double(x.peakRSSKiB))) ×)"
                  + (x.memoryWall.flatMap { mx in y.memoryWall.map { "; in memory \(f($0 / mx)) ×" } } ?? ""))
        }
    }

    print("")
    print("Targets")
    if let t = bySize[10_000] {
        check("10k build wall ≤ 2.0 s", t.wall <= 2.0, "\(f(t.wall)) s")
        check("10k build peak RSS ≤ 400 MB", rssMB(t.peakRSSKiB) <= 400, "\(f(rssMB(t.peakRSSKiB), 1)) MB")
    } else {
        print("  not measured: 10k (not in --sizes)")
    }
    if let t = bySize[10_000], let h = bySize[100_000] {
        check("100k build ≤ 11 × 10k time", h.wall <= 11 * t.wall, "\(f(h.wall)) s vs 11 × \(f(t.wall)) = \(f(11 * t.wall)) s (\(f(h.wall / t.wall)) ×)")
        if let tm = t.memoryWall, let hm = h.memoryWall {
            check("100k build ≤ 11 × 10k time, in memory (tmpfs)", hm <= 11 * tm, "\(f(hm)) s vs 11 × \(f(tm)) = \(f(11 * tm)) s (\(f(hm / tm)) ×)")
        }
    } else {
        print("  not measured: 100k ≤ 11 × 10k (needs both sizes in --sizes)")
    }
    checkReload(reload.map { [$0] } ?? [], unmeasured: o.sizes.contains(10_000) ? "failed, see FAILURE above" : "10,000 not in --sizes")

    if let h = hugo, let t = figures.first(where: { $0.convert != nil && ($0.size == 10_000 || bySize[10_000] == nil) }) {
        let hw = median(h.walls), hr = median(h.rss.map(Double.init))
        let mw = median(h.annalsMD.walls), mr = median(h.annalsMD.rss.map(Double.init))
        print("")
        print("Against Hugo (\(h.version)), \(grouped(t.size)) articles, median of \(h.walls.count) runs each")
        let w4 = [34, 8, 10, 8, 12, 12]
        print(row(["", "wall s", "peak RSS", "files", "time ÷ Hugo", "RSS ÷ Hugo"], w4))
        print(row(["hugo --quiet (converted .md)", f(hw), f(rssMB(Int(hr)), 1) + " MB", grouped(h.files), "1.00", "1.00"], w4))
        print(row(["annals build (raw .txt)", f(t.wall), f(rssMB(t.peakRSSKiB), 1) + " MB", grouped(t.files),
                   f(t.wall / hw), f(Double(t.peakRSSKiB) / hr)], w4))
        print(row(["annals build (same converted .md)", f(mw), f(rssMB(Int(mr)), 1) + " MB", grouped(h.annalsMD.files),
                   f(mw / hw), f(mr / hr)], w4))
        print("(Hugo site: index paginated by 20, article pages, people taxonomy with a page per person, 404;")
        print(" Annals also writes the timeline and its own extra pages, and from .txt it also runs ingest.)")
    } else if hugo == nil {
        print("")
        print("Against Hugo: not measured (see above)")
    }

    print("")
    print("load average at end: \(loadAverage())   (other work on the machine inflates wall times)")
    print(bench.failed ? "RESULT: FAILED (the annals CLI failed; see FAILURE above)" : "RESULT: all commands ran")
    return bench.failed ? 1 : 0
}

func check(_ label: String, _ ok: Bool, _ detail: String) {
    print("  \(ok ? "ok    " : "MISSED") \(label): \(detail)")
}

/// `--reload`: save → reload alone, at 10,000 (or each of --sizes).
func runReload(_ bench: Bench) -> Int32 {
    var figures: [ReloadFigures] = []
    do {
        for size in bench.o.reloadSizes {
            figures.append(try bench.measureReload(size: size))
        }
    } catch {
        print("")
        print("FAILED: \(error)")
        bench.failed = true
    }

    print("")
    print("================ Summary ================")
    if !figures.isEmpty { printReloadSummary(figures) }
    print("")
    print("Targets")
    checkReload(figures, unmeasured: bench.o.reloadSizes.contains(10_000) ? "failed, see FAILURE above" : "10,000 not in --sizes")
    print("")
    print("load average at end: \(loadAverage())   (other work on the machine inflates latencies)")
    print(bench.failed ? "RESULT: FAILED (annals serve failed; see FAILURE above)" : "RESULT: all commands ran")
    return bench.failed ? 1 : 0
}

func printReloadSummary(_ figures: [ReloadFigures]) {
    func ms(_ xs: [Double]) -> String { xs.isEmpty ? "–" : f(median(xs) * 1000, 1) }
    print("")
    print("Save → reload: annals serve; one article saved in place → its `event: reload` on /__annals/events (ms)")
    let w = [9, 6, 7, 7, 7, 12, 12, 15, 14]
    print(row(["articles", "edits", "median", "min", "max", "text median", "name median", "server rebuilt", "outside build"], w))
    for r in figures {
        print(row([grouped(r.size), String(r.edits.count), ms(r.latencies), f(r.latencies.min()! * 1000, 1), f(r.latencies.max()! * 1000, 1),
                   ms(r.latencies(.text)), ms(r.latencies(.name)), ms(r.rebuilt), ms(r.outsideBuild)], w))
    }
    print("(server rebuilt: median of its own \"rebuilt in X ms\" lines; outside build: median of save → reload minus that,")
    print(" i.e. inotify, the watcher's 30 ms quiet period, scheduling and the event's trip; name edits rename a person)")
    for r in figures {
        print("  \(grouped(r.size)) save → reload: " + r.latencies.map { f($0 * 1000, 1) }.joined(separator: ", ") + " ms")
        print("  \(grouped(r.size)) server ready after \(f(r.ready, 1)) s; its first build: \(r.firstBuild ?? "?")")
        if r.strayEvents > 0 { print("  \(grouped(r.size)): \(r.strayEvents) event(s) arrived between edits") }
    }
}

func checkReload(_ figures: [ReloadFigures], unmeasured why: String) {
    if let r = figures.first(where: { $0.size == 10_000 }), !r.edits.isEmpty {
        check("save→reload at 10k ≤ 100 ms median", r.median <= 0.1,
              "\(f(r.median * 1000, 1)) ms over \(r.edits.count) edits (Hugo's server: about 1.1 s for a one-file edit)")
    } else {
        print("  not measured: save→reload at 10k (\(why))")
    }
}

func runGenerate(_ o: Options) -> Int32 {
    guard o.count > 0, !o.out.isEmpty else { usage("generate needs --count N and --out DIR") }
    do {
        let set = try Dataset.generate(count: o.count, seed: o.seed, into: absolute(o.out), generator: ArticleGenerator(seed: o.seed))
        print("generated \(grouped(o.count)) articles (\(f(mb(set.bytes), 1)) MB, words per article \(set.words.min)…\(set.words.max), mean \(set.words.mean)) in \(f(set.generatedSeconds ?? 0, 1)) s → \(set.directory)")
        return 0
    } catch {
        print("AnnalsBench: \(error)")
        return 1
    }
}

let options = parseOptions()
exit(options.generateOnly ? runGenerate(options) : runBench(options))
