import Foundation
import Testing
@testable import Annals

/// After any sequence of edits, an incremental build's output is byte-identical to a clean build.
@Suite struct IncrementalTests {
    static func pool() throws -> [String] {
        let dir = Repo.fixtures + "/Labelled"
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
            + [try Repo.text("Tests/AnnalsTests/Fixtures/Archive/000_06ebc7dd1d275972.txt"), try Repo.text("Tests/AnnalsTests/Fixtures/Archive/004_e003db97517fafa5.txt")]
    }

    static func tree(_ root: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root.path)!
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.path + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: root.path + "/" + rel)
            }
        }
        return out
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func randomEditsMatchACleanBuild(seed: UInt64) throws {
        var rng = SplitMix(seed)  // deterministic: a failing sequence replays from its seed
        let pool = try Self.pool()
        let root = temporaryDirectory("incr")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), templates = root.appendingPathComponent("Templates")
        let served = root.appendingPathComponent("served"), clean = root.appendingPathComponent("clean")
        let config = root.appendingPathComponent("site.yml")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates.path)
        try "title: Thử nghiệm\nitems_per_page: 4\nlist_page_size: 3\nfeed_length: 5\n".write(to: config, atomically: true, encoding: .utf8)
        var present: [String] = []
        for k in 0..<12 {
            let name = "a\(k).txt"
            try pool[rng.below(pool.count)].write(to: seeds.appendingPathComponent(name), atomically: true, encoding: .utf8)
            present.append(name)
        }
        let options = BuildOptions(seeds: seeds.path, templates: templates.path, output: served.path, config: config.path)
        let session = Session(options: options)
        _ = session.build()
        // The clean side learns the same history (the addresses earlier builds published, `Redirects`).
        _ = Builder.build(BuildOptions(seeds: seeds.path, templates: templates.path, output: clean.path, config: config.path))
        var added = 12
        var log: [String] = []
        // What the file watcher of `annals serve` reports for each step; nil: it reports nothing.
        var changed: [String]?
        for step in 0..<14 {
            changed = []
            switch rng.below(11) {
            case 0, 1:  // edit the text of an article: a new sentence mentioning someone, or a new title
                let name = present[rng.below(present.count)]
                let url = seeds.appendingPathComponent(name)
                var text = try String(contentsOf: url, encoding: .utf8)
                if rng.below(2) == 0 {
                    // "Thanh" beside "Thành", both Phó Thủ tướng: one person (`PeopleMerge`), merged or not as they come and go.
                    text += "\n\nPhó Thủ tướng \(["Lê Văn Thành0", "Lê Văn Thanh", "Lê Văn Thành2"][rng.below(3)]) và ông Hoàng Minh Tuấn dự buổi làm việc.\n"
                } else {
                    text = "Tiêu đề mới \(rng.below(5))\n" + text
                }
                try text.write(to: url, atomically: true, encoding: .utf8)
                changed?.append(url.path)
                log.append("edit \(name)")
            case 2:  // change the date line
                let name = present[rng.below(present.count)]
                let url = seeds.appendingPathComponent(name)
                let text = try String(contentsOf: url, encoding: .utf8)
                var lines = text.components(separatedBy: "\n")
                lines.insert("Ngày đăng: \(1 + rng.below(28))/\(1 + rng.below(12))/\(2015 + rng.below(10))", at: 1)
                try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
                changed?.append(url.path)
                log.append("date \(name)")
            case 3:  // add an article
                let name = "a\(added).txt"
                added += 1
                try pool[rng.below(pool.count)].write(to: seeds.appendingPathComponent(name), atomically: true, encoding: .utf8)
                present.append(name)
                changed?.append(seeds.appendingPathComponent(name).path)
                log.append("add \(name)")
            case 4:  // delete an article
                guard present.count > 2 else { continue }
                let name = present.remove(at: rng.below(present.count))
                try FileManager.default.removeItem(at: seeds.appendingPathComponent(name))
                changed?.append(seeds.appendingPathComponent(name).path)
                log.append("delete \(name)")
            case 5:  // the registry
                // (the third renames a person: their old address must lead to the new one)
                let yaml = ["people:\n  Nguyễn Phú Trọng:\n    title: Tổng Bí thư\nnot_people: [Bùi Thanh Sơn]\n", "not_people: [Phạm Minh Chính]\n",
                            "people:\n  Hoàng Văn Tuấn:\n    aliases: [Hoàng Minh Tuấn]\n"][rng.below(3)]
                try yaml.write(to: seeds.appendingPathComponent("people.yml"), atomically: true, encoding: .utf8)
                changed?.append(seeds.appendingPathComponent("people.yml").path)
                log.append("registry")
            case 6:  // a template
                let url = templates.appendingPathComponent("_foot.mustache")
                try (try String(contentsOf: url, encoding: .utf8) + "<!-- \(step) -->\n").write(to: url, atomically: true, encoding: .utf8)
                changed?.append(url.path)
                log.append("template")
            case 8:  // a sentence without names: the site's structure stays, only text changes
                let name = present[rng.below(present.count)]
                let url = seeds.appendingPathComponent(name)
                var paragraphs = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n\n")
                let p = paragraphs.count > 2 ? 1 + rng.below(paragraphs.count - 1) : paragraphs.count - 1
                paragraphs[p] += " Buổi làm việc diễn ra trong không khí cởi mở \(step)."
                try paragraphs.joined(separator: "\n\n").write(to: url, atomically: true, encoding: .utf8)
                changed?.append(url.path)
                log.append("text \(name)")
            case 7:  // the user deletes the output folder while the server runs: the watcher does not see it,
                // so nothing is built until the next change (or the test's last step); twice in a row, the
                // second finds it gone.
                try? FileManager.default.removeItem(at: served)
                changed = nil
                log.append("output deleted")
                if step < 13 { continue }
            case 9:  // only the byline and the source: the same title, date and text, so the site's pages by
                     // source and by author are all that change
                let name = present[rng.below(present.count)]
                let md = seeds.appendingPathComponent(String(name.dropLast(4)) + ".md")
                let authors = [[], ["Minh An"], ["Thu Hà", "Minh An"], ["Lê Thu Hà"]][rng.below(4)]
                let source = ["", "source: TTXVN\n", "source: VOV\n", "source: ttxvn\n"][rng.below(4)]
                try "---\ntitle: Tin ngắn \(name)\ndate: 2021-03-0\(1 + name.count % 9)\nauthors: [\(authors.joined(separator: ", "))]\n\(source)---\nNội dung không đổi.\n"
                    .write(to: md, atomically: true, encoding: .utf8)
                changed?.append(md.path)
                log.append("byline \(name) \(authors) \(source)")
            default:  // a Markdown document beside its raw text
                let name = present[rng.below(present.count)]
                let md = seeds.appendingPathComponent(String(name.dropLast(4)) + ".md")
                try "---\ntitle: Bản sửa tay \(step)\ndate: 2020-0\(1 + rng.below(9))-1\(rng.below(9))\npeople: [Trần Văn Hòa]\n---\nĐã sửa.\n"
                    .write(to: md, atomically: true, encoding: .utf8)
                changed?.append(md.path)
                log.append("markdown \(name)")
            }
            // The rebuild `annals serve` makes: told which articles changed when the watcher saw only those.
            let r = session.build(changedSeeds: SeedLoader.watcherHint(changed, seeds: seeds.path))
            #expect(!r.aborted, "seed \(seed) after \(log)")
            try? FileManager.default.removeItem(at: clean)
            _ = Builder.build(BuildOptions(seeds: seeds.path, templates: templates.path, output: clean.path, config: config.path))
            let a = Self.tree(served), b = Self.tree(clean)
            #expect(a.keys.sorted() == b.keys.sorted(), "seed \(seed) after \(log)")
            let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
            #expect(differing.isEmpty, "seed \(seed) after \(log): \(differing.prefix(5))")
            // The search index in particular: every shard as a clean build writes it, and the words just
            // added are in it ("cởi mở": its pair's shard holds the pair).
            let shards = a.keys.filter { $0.hasPrefix("search/s/") }
            #expect(!shards.isEmpty && shards.allSatisfy { a[$0] == b[$0] }, "seed \(seed) after \(log)")
            if log.last?.hasPrefix("text ") == true, !shards.isEmpty {
                let pair = SearchTerms.hash("coi mo")
                let shard = a["search/s/\(pair % UInt64(shards.count)).js"].map { String(decoding: $0, as: UTF8.self) } ?? ""
                #expect(ShardReader.terms(shard)[SearchCode.key(pair)] != nil, "seed \(seed) after \(log)")
            }
            if !differing.isEmpty || a.keys.sorted() != b.keys.sorted() { return }
        }
    }

    /// A build that stops after assembly (here --strict and a warning) must not leave the next build
    /// trusting digests from the build before it: article A changed in the stopped build.
    @Test func aStoppedBuildDoesNotHideAnEarlierEdit() throws {
        let root = temporaryDirectory("stopped")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        func doc(_ title: String, _ body: String, extra: String = "") -> String {
            "---\ntitle: \(title)\ndate: 2021-03-0\(title.count % 9 + 1)\npeople: [Nguyễn Văn An]\n\(extra)---\n\(body)\n"
        }
        func write(_ name: String, _ text: String) throws { try text.write(to: seeds.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write("a.md", doc("Bài A", "Nội dung đầu tiên."))
        try write("c.md", doc("Bài C", "Nội dung của C."))
        let session = Session(options: BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, strict: true))
        #expect(!session.build().aborted)
        try write("a.md", doc("Bài A", "Nội dung đã sửa."))
        try write("c.md", doc("Bài C", "Nội dung của C.", extra: "ghi_chu: thử\n"))
        #expect(session.build(changedSeeds: ["a.md", "c.md"]).aborted)  // the unknown key is a warning: --strict stops
        try write("c.md", doc("Bài C", "Nội dung của C."))
        #expect(!session.build(changedSeeds: ["c.md"]).aborted)
        let page = try String(contentsOf: out.appendingPathComponent("articles/bai-a/index.html"), encoding: .utf8)
        #expect(page.contains("Nội dung đã sửa."))
    }

    /// One-off builds (`annals build`) keep what the last one recorded: only pages whose inputs changed,
    /// or whose files are not as that build left them, are rendered; the output always equals a clean build.
    @Test func oneOffRebuildsRenderOnlyWhatChanged() throws {
        let root = temporaryDirectory("state")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds"), templates = root.appendingPathComponent("Templates")
        let out = root.appendingPathComponent("out"), clean = root.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates.path)
        for (k, text) in try Self.pool().prefix(12).enumerated() {
            try text.write(to: seeds.appendingPathComponent("a\(k).txt"), atomically: true, encoding: .utf8)
        }
        let options = BuildOptions(seeds: seeds.path, templates: templates.path, output: out.path)
        func build() -> BuildReport { Builder.build(options) }
        func matchesClean() -> Bool {
            try? FileManager.default.removeItem(at: clean)
            try? FileManager.default.removeItem(atPath: IngestCache.location(output: clean.path))
            _ = Builder.build(BuildOptions(seeds: seeds.path, templates: templates.path, output: clean.path))
            return Self.tree(out) == Self.tree(clean)
        }
        let first = build()
        #expect(first.pagesWritten > 20 && FileManager.default.fileExists(atPath: BuildState.location(output: out.path)))
        #expect(build().pagesWritten == 0)

        // A sentence without names: the article's page (and what lists its lead) only.
        let url = seeds.appendingPathComponent("a3.txt")
        var paragraphs = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n\n")
        paragraphs[paragraphs.count > 2 ? 2 : paragraphs.count - 1] += " Buổi làm việc diễn ra trong không khí cởi mở."
        try paragraphs.joined(separator: "\n\n").write(to: url, atomically: true, encoding: .utf8)
        let edited = build()
        #expect(edited.pagesWritten >= 1 && edited.pagesWritten * 5 < first.pagesWritten, "\(edited.pagesWritten)")
        #expect(matchesClean())

        // A page edited by hand, another deleted: both put back.
        let page = out.appendingPathComponent("index.html")
        try "sửa tay".write(to: page, atomically: true, encoding: .utf8)
        let someArticle = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("articles").path).sorted()[0]
        try FileManager.default.removeItem(at: out.appendingPathComponent("articles/\(someArticle)/index.html"))
        #expect(build().pagesWritten == 2)
        #expect(matchesClean())

        // A template change renders everything; a damaged state only costs time.
        let foot = templates.appendingPathComponent("_foot.mustache")
        try (try String(contentsOf: foot, encoding: .utf8) + "<!-- sửa -->\n").write(to: foot, atomically: true, encoding: .utf8)
        #expect(build().pagesWritten > 20)
        try "annals-state 4\nzz\n".write(toFile: BuildState.location(output: out.path), atomically: true, encoding: .utf8)
        #expect(build().pagesWritten == 0)
        #expect(matchesClean())
    }

    /// Paths with a tab or a line break cannot be written in the state's lines: they are left out.
    @Test func stateLeavesOutPathsItCannotWrite() throws {
        let root = temporaryDirectory("state")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("site").path
        let entry = BuildState.Entry(digest: 0xABC, stamp: FileStamp(size: 3, modified: 4, changed: 5, inode: 6))
        try BuildState(settings: 7, pages: ["ok/index.html": entry, "a\tb.html": entry, "c\nd.html": entry, "e\r\nf.html": entry])
            .save(output: out)
        let loaded = try #require(BuildState.load(output: out))
        #expect(loaded.settings == 7)
        #expect(Array(loaded.pages.keys) == ["ok/index.html"])
        #expect(loaded.pages["ok/index.html"] == entry)
        // The exact text: header, settings and inputs in hex, then per page path, digest in hex, size, times, inode.
        let big = BuildState.Entry(digest: 0xFFFF_FFFF_FFFF_FFFF, stamp: FileStamp(size: 0, modified: -5, changed: 1_700_000_000_123_456_789,
                                                                                    inode: UInt64.max))
        try BuildState(settings: 0xABC, pages: ["b/index.html": big, "a.html": entry], inputs: 0xDEF).save(output: out)
        #expect(BuildState.load(output: out)?.inputs == 0xDEF)
        #expect(try String(contentsOfFile: BuildState.location(output: out), encoding: .utf8)
                == "annals-state 4\nabc\ndef\n-\na.html\tabc\t3\t4\t5\t6\nb/index.html\tffffffffffffffff\t0\t-5\t1700000000123456789\t18446744073709551615\n")
    }

    /// The state as it was first read: lines and fields split as Characters, numbers by the standard library.
    static func referenceState(_ text: String) -> BuildState? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        // (Only states without a settled line, "-": damage cannot make one, and `settledRoundTrips` covers it.)
        guard lines.popFirst() == "annals-state 4", let first = lines.popFirst(), let settings = UInt64(first, radix: 16),
              let second = lines.popFirst(), let inputs = UInt64(second, radix: 16), lines.popFirst() == "-" else { return nil }
        var pages: [String: BuildState.Entry] = [:]
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 6, let d = UInt64(f[1], radix: 16), let s = Int(f[2]), let m = Int64(f[3]), let c = Int64(f[4]),
                  let i = UInt64(f[5]) else { return nil }
            pages[String(f[0])] = BuildState.Entry(digest: d, stamp: FileStamp(size: s, modified: m, changed: c, inode: i))
        }
        return BuildState(settings: settings, pages: pages, inputs: inputs)
    }

    /// Reading the state on bytes gives what reading it as Characters gave, on a real state and on
    /// thousands of damaged copies of it (a byte taken out, or one of tab, line break, minus, digit,
    /// letter, space, "é" or carriage return put in).
    @Test func stateReadOnBytesAgreesWithCharacters() {
        var text = "annals-state 4\n\nabc12\n5e\n-\n"
        let paths = ["index.html", "articles/hà-nội/index.html", "people/nguyễn-văn-a/index.html", "people/x/feed.xml", "a b.html"]
        for (k, path) in paths.enumerated() {
            text += "\(path)\t\(String(0x1234_5678_9A + UInt64(k) * 977, radix: 16))\t\(1000 + k)\t\(k == 2 ? -17 : 1_796_554_162_102_683_326 + Int64(k))"
            text += "\t1796554162102683326\t\(485_119 + k)\n"
        }
        func parse(_ t: String) -> BuildState? {
            var t = t
            return t.withUTF8 { BuildState.parse($0) }
        }
        func same(_ a: BuildState?, _ b: BuildState?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return a.settings == b.settings && a.inputs == b.inputs && a.pages == b.pages
        }
        #expect(parse(text)?.pages.count == paths.count)
        #expect(same(parse(text), Self.referenceState(text)))
        let inserts = ["\t", "\n", "-", "0", "7", "a", "G", " ", "é", "\r"]
        var random = TestRandom(seed: 5)
        func next() -> Int { random.next(Int.max) }
        var rejected = 0
        for _ in 0..<4000 {
            var scalars = Array(text.unicodeScalars)
            let at = next() % scalars.count
            if next() % 3 == 0 { scalars.remove(at: at) } else { scalars.insert(contentsOf: inserts[next() % inserts.count].unicodeScalars, at: at) }
            var damaged = ""
            damaged.unicodeScalars.append(contentsOf: scalars)
            let mine = parse(damaged)
            if mine == nil { rejected += 1 }
            #expect(same(mine, Self.referenceState(damaged)), "\(damaged.debugDescription)")
        }
        // Most damage is caught; some (a letter in a path, a line break between lines) is harmless.
        #expect(rejected > 1000 && rejected < 4000)
    }

    @Test func firstBuildIntoAnEmptyFolderOrNoFolder() throws {
        let root = temporaryDirectory("first")
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("empty"), missing = root.appendingPathComponent("a/b/missing")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for out in [empty, missing] {
            let r = Builder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path))
            #expect(!r.aborted)
            // `--verbose` reports each step's wall and CPU time: the CPU a step took is there, in seconds
            // (no more than all cores over its wall time, with room for the clocks' granularity).
            let steps = Set(r.phases.map(\.name))
            #expect(steps.isSuperset(of: ["read", "assemble", "render"]))
            let cpu = r.phases.map(\.cpuSeconds), wall = r.phases.map(\.seconds)
            #expect(cpu.allSatisfy { $0 >= 0 } && cpu.reduce(0, +) > 0)
            #expect(cpu.reduce(0, +) <= wall.reduce(0, +) * Double(ProcessInfo.processInfo.activeProcessorCount) + 0.05)
            let files = Self.tree(out)
            #expect(FileManager.default.fileExists(atPath: BuildState.location(output: out.path)))
            #expect(files["index.html"] != nil && files["assets/style.css"] != nil)
            let manifest = String(decoding: files[OutputWriter.manifestName] ?? Data(), as: UTF8.self)
            #expect(manifest.split(separator: "\n").count == files.count - 1)
            #expect(r.pagesWritten == files.count - 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(OutputWriter.stagingPrefix) }.isEmpty)
            // The stamps recorded as the files were written and read are the ones they have now.
            let state = try #require(BuildState.load(output: out.path))
            // (every page but the assets, which are compared with what is there on each build)
            #expect(state.pages.count == files.keys.filter { !$0.hasPrefix("assets/") }.count - 1)
            for (path, entry) in state.pages {
                #expect(entry.stamp == FileStamp(out.appendingPathComponent(path).path), "\(path)")
            }
            // The next build finds everything in place, and reads no article again.
            let again = Builder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path))
            #expect(again.pagesWritten == 0 && again.pagesUnchanged == files.count - 1)
            #expect(again.articlesRead == 0)
        }
    }

    /// The archive's size is shown on the first page of the list only: a person added to one article
    /// leaves the further pages as they were.
    @Test func aNewPersonLeavesTheFurtherListPagesAlone() throws {
        let p = RedirectTests.Place()
        defer { try? FileManager.default.removeItem(at: p.root) }
        try "items_per_page: 2\n".write(to: p.root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        for k in 0..<6 { try p.write("a\(k).md", p.doc("Tin số \(k)", day: k, people: ["Lê Thị Hằng"])) }
        #expect(!p.build().aborted)
        let first = try #require(p.page("index.html")), second = try #require(p.page("page/2/index.html"))
        #expect(first.contains("6 bài viết") && first.contains("1 nhân vật"))
        #expect(!second.contains("class=\"lede\""))
        let stamp = FileStamp(p.out.appendingPathComponent("page/3/index.html").path)
        try p.write("a5.md", p.doc("Tin số 5", day: 5, people: ["Lê Thị Hằng", "Trần Văn Minh"]))
        #expect(!p.build().aborted)
        #expect(try #require(p.page("index.html")).contains("2 nhân vật"))
        #expect(FileStamp(p.out.appendingPathComponent("page/3/index.html").path) == stamp)
    }

    @Test func editingOneArticleRendersFewPages() throws {
        let root = temporaryDirectory("incr")
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = root.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        let pool = try Self.pool()
        for (k, text) in pool.enumerated() { try text.write(to: seeds.appendingPathComponent("a\(k).txt"), atomically: true, encoding: .utf8) }
        let session = Session(options: BuildOptions(seeds: seeds.path, templates: Repo.templates, output: root.appendingPathComponent("out").path))
        _ = session.build()
        let total = session.lastRendered
        let url = seeds.appendingPathComponent("a7.txt")
        // Inside a paragraph: a line added at the end would be read as the byline, and the authors shape the site.
        var paragraphs = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n\n")
        paragraphs[1] += " Thêm một câu."
        try paragraphs.joined(separator: "\n\n").write(to: url, atomically: true, encoding: .utf8)
        _ = session.build()
        #expect(session.lastRendered > 0)
        #expect(session.lastRendered * 5 < total, "\(session.lastRendered) of \(total)")
        #expect(session.cache.reused == 1, "a sentence without names keeps the site's structure")
        _ = session.build()
        #expect(session.lastRendered == 0)
    }
}
