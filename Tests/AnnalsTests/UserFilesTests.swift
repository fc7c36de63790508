import Foundation
import Testing
@testable import Annals

/// The user's files are never touched: seeds, templates and configuration stay out of the output's
/// reach, `--clean` removes only what Annals would write, nothing is written or removed through a link,
/// and an existing output folder keeps its identity.
@Suite struct UserFilesTests {
    @Test func seedsAndOutputMayNotOverlap() throws {
        let a = try Archive("overlap")
        defer { a.remove() }
        let before = Archive.files(a.seeds)
        let inner = a.seeds.appendingPathComponent("site").path
        let cases: [(seeds: String, output: String)] = [
            (a.seeds.path, a.seeds.path),               // the same folder
            (a.seeds.path, a.seeds.path + "/"),          // the same, written otherwise
            (a.seeds.path, a.root.path),                 // the seeds inside the output
            (a.seeds.path, inner),                       // the output inside the seeds
        ]
        for c in cases {
            let r = Builder.build(BuildOptions(seeds: c.seeds, templates: Repo.templates, output: c.output, clean: true))
            #expect(r.aborted, "\(c)")
            #expect(r.errors.count == 1 && r.errors[0].message.contains("Choose an --output outside it"), "\(r.errors)")
            #expect(Archive.files(a.seeds) == before, "\(c)")
        }
        #expect(!FileManager.default.fileExists(atPath: inner))
        // Templates inside the output are the user's files too.
        let templates = a.output.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: a.output, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates.path)
        let r = Builder.build(BuildOptions(seeds: a.seeds.path, templates: templates.path, output: a.output.path, clean: true))
        #expect(r.aborted && r.errors.first?.file == templates.path)
        #expect(FileManager.default.fileExists(atPath: templates.appendingPathComponent("article.mustache").path))
    }

    /// A one-character seeds path (".") crashed finding people.yml.
    @Test func shortSeedsPaths() throws {
        for path in [".", "a", "/", "./", "a/"] {
            _ = BuildOptions(seeds: path).registryPath
        }
        let a = try Archive("dot", articles: 2)
        defer { a.remove() }
        try "people:\n  Nguyễn Văn An:\n    title: Chủ tịch tỉnh\n".write(to: a.seeds.appendingPathComponent("people.yml"), atomically: true, encoding: .utf8)
        let run = try AnnalsBinary.run(["build", "--seeds", ".", "--templates", Repo.templates, "--output", "../out"], in: a.seeds)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: a.root.appendingPathComponent("out/index.html").path))
    }

    @Test func cleanRemovesOnlyWhatAnnalsWouldWrite() throws {
        let a = try Archive("clean")
        defer { a.remove() }
        _ = Builder.build(a.options())
        let keep = [".git/HEAD", ".git/objects/ab/cdef", "CNAME", ".well-known/security.txt", ".nojekyll", "images/logo.png",
                    "notes/.hidden.html", "favicon.ico"]
        let stray = ["old-page.html", "articles/gone/index.html", "feed-old.xml", "search/old.js"]
        for path in keep + stray {
            let url = a.output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("user's".utf8).write(to: url)
        }
        let r = Builder.build(a.options(clean: true))
        #expect(!r.aborted && r.filesRemoved == stray.count)
        for path in keep { #expect(FileManager.default.fileExists(atPath: a.output.appendingPathComponent(path).path), "\(path)") }
        for path in stray { #expect(!FileManager.default.fileExists(atPath: a.output.appendingPathComponent(path).path), "\(path)") }
    }

    /// A link inside the output leads out of it: nothing is written or removed through it.
    @Test func noWritingThroughLinksInTheOutput() throws {
        let a = try Archive("links")
        defer { a.remove() }
        _ = Builder.build(a.options())
        let outside = a.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: outside.appendingPathComponent("index.html"))
        // The people folder replaced by a link to a folder outside, then an article changed so its pages must be written.
        let people = a.output.appendingPathComponent("people")
        try FileManager.default.removeItem(at: people)
        try FileManager.default.createSymbolicLink(at: people, withDestinationURL: outside)
        try (Archive.article(1) + "\n\nMột câu mới với Chủ tịch UBND tỉnh Nguyễn Văn Giang.\n").write(to: a.seeds.appendingPathComponent("bai-1.txt"), atomically: true, encoding: .utf8)
        let r = Builder.build(a.options(clean: true))
        #expect(r.aborted)
        #expect(r.errors.contains { $0.message.contains("symbolic link") && $0.message.contains("people") }, "\(r.errors)")
        #expect(Archive.files(outside) == ["index.html": Data("precious".utf8)])
        // The output's own files are as the last good build left them (no half-written build).
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.output.path).filter { $0.hasPrefix(".annals-staging") }.isEmpty)
        // Once the link is gone, the next build repairs the site.
        try FileManager.default.removeItem(at: people)
        #expect(!Builder.build(a.options()).aborted)
        #expect(SiteChecker.check(directory: a.output.path).isEmpty)
        #expect(Archive.files(outside) == ["index.html": Data("precious".utf8)])
    }

    /// A page whose file was replaced by a link to a file outside: the page replaces the link, the file
    /// it led to is untouched.
    @Test func aLinkInAPagesPlaceIsReplacedNotFollowed() throws {
        let a = try Archive("pagelink")
        defer { a.remove() }
        _ = Builder.build(a.options())
        let victim = a.root.appendingPathComponent("victim.txt")
        try Data("do not touch".utf8).write(to: victim)
        let index = a.output.appendingPathComponent("index.html")
        let good = try Data(contentsOf: index)
        try FileManager.default.removeItem(at: index)
        try FileManager.default.createSymbolicLink(at: index, withDestinationURL: victim)
        #expect(!Builder.build(a.options()).aborted)
        #expect(try Data(contentsOf: victim) == Data("do not touch".utf8))
        var st = stat()
        #expect(lstat(index.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG)
        #expect(try Data(contentsOf: index) == good)
    }

    /// An output folder that exists keeps its mode and the link that leads to it, and what the user
    /// put there (even during the build) stays.
    @Test func anExistingOutputKeepsItsIdentity() throws {
        let a = try Archive("identity")
        defer { a.remove() }
        let real = a.root.appendingPathComponent("real-site")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        chmod(real.path, 0o750)
        try FileManager.default.createSymbolicLink(at: a.output, withDestinationURL: real)
        #expect(!Builder.build(a.options()).aborted)
        var st = stat()
        #expect(lstat(a.output.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(stat(real.path, &st) == 0 && (st.st_mode & 0o777) == 0o750)
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))

        // A file added to an empty output while the first build runs (between staging and commit).
        let fresh = a.root.appendingPathComponent("fresh")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        let writer = try OutputWriter(output: fresh.path)
        try writer.add(Page(path: "index.html", bytes: Data("page".utf8)))
        try writer.add(Page(path: "people/index.html", bytes: Data("people".utf8)))
        try Data("mine".utf8).write(to: fresh.appendingPathComponent("notes.md"))
        _ = try writer.commit()
        #expect(try String(contentsOf: fresh.appendingPathComponent("notes.md"), encoding: .utf8) == "mine")
        #expect(try String(contentsOf: fresh.appendingPathComponent("people/index.html"), encoding: .utf8) == "people")
    }

    /// A failed first build leaves no output folder behind, and the lock's and records' names cannot be
    /// used to make a build write elsewhere.
    @Test func recordsAreNotWrittenThroughPlantedLinks() throws {
        let a = try Archive("planted")
        defer { a.remove() }
        let victim = a.root.appendingPathComponent("victim")
        try Data("root's file".utf8).write(to: victim)
        let place = OutputPlace(output: a.output.path)
        // Every name a build has used or uses beside the output, each a link to the victim.
        for kind in ["state", "ingest", "staging", "state.annals-tmp", "ingest.partial-1-2"] {
            try FileManager.default.createSymbolicLink(atPath: place.record(kind), withDestinationPath: victim.path)
        }
        try FileManager.default.createSymbolicLink(atPath: a.root.appendingPathComponent("..output.annals-state.annals-tmp").path,
                                                   withDestinationPath: victim.path)
        #expect(!Builder.build(a.options()).aborted)
        #expect(!Builder.build(a.options()).aborted)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "root's file")
        // The lock itself planted as a link: the build refuses, says why, and writes nothing.
        let b = try Archive("planted-lock")
        defer { b.remove() }
        try FileManager.default.createSymbolicLink(atPath: OutputPlace(output: b.output.path).record("lock"), withDestinationPath: victim.path)
        let r = Builder.build(b.options())
        #expect(r.aborted && r.errors.first?.message.contains("lock") == true, "\(r.errors)")
        #expect(!FileManager.default.fileExists(atPath: b.output.path))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "root's file")
    }

    /// What killed builds leave (partial ingest records, staging folders, temporary files) goes with the next build.
    @Test func leftoversOfKilledBuildsAreCleanedUp() throws {
        let a = try Archive("leftovers")
        defer { a.remove() }
        _ = Builder.build(a.options())
        let place = OutputPlace(output: a.output.path)
        let beside = [place.record("ingest.partial-4242-77"), place.record("ingest.partial-9f3a"), place.record("state.annals-tmp-1234")]
        let inside = [a.output.appendingPathComponent(OutputWriter.stagingPrefix + "Ab12Cd/index.html").path,
                      a.output.appendingPathComponent(OutputWriter.manifestName + ".annals-tmp-99").path]
        for path in beside + inside {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(count: 1000).write(to: URL(fileURLWithPath: path))
        }
        // A file of the user's beside the output that only looks alike stays.
        let users = a.root.appendingPathComponent("output-notes.partial-1")
        try Data("mine".utf8).write(to: users)
        #expect(!Builder.build(a.options()).aborted)
        for path in beside + inside { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
        #expect(!FileManager.default.fileExists(atPath: a.output.appendingPathComponent(OutputWriter.stagingPrefix + "Ab12Cd").path))
        #expect(FileManager.default.fileExists(atPath: users.path))
    }

    /// An output folder that is a mount point, under a folder that cannot be written to: staging lives in
    /// the output (a rename into place works), the records in the user's cache folder.
    @Test(.enabled(if: getuid() == 0, "mounting needs root")) func anOutputThatIsAMountPointUnderAReadOnlyFolder() throws {
        let a = try Archive("mount", articles: 3)
        let parent = a.root.appendingPathComponent("ro"), site = parent.appendingPathComponent("site")
        func sh(_ args: [String]) -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/mount")
            p.arguments = args
            try? p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }
        defer {
            _ = umount(site.path); _ = umount(parent.path)
            a.remove()
        }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try #require(sh(["-t", "tmpfs", "annals-test", parent.path]) == 0)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try #require(sh(["-t", "tmpfs", "annals-test", site.path]) == 0)
        try #require(sh(["-o", "remount,ro", parent.path]) == 0)
        let cache = a.root.appendingPathComponent("cache")
        let args = ["build", "--seeds", a.seeds.path, "--templates", Repo.templates, "--output", site.path]
        for _ in 0..<2 {
            let r = try AnnalsBinary.run(args, environment: ["XDG_CACHE_HOME": cache.path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        let records = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("annals").path)
        #expect(records.count == 1)
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("annals/" + records[0]).path)
        #expect(Set(kept) == [".site.annals-lock", ".site.annals-state", ".site.annals-ingest", ".site.annals-redirects"])
    }

    @Test func errorsSpeakPlainly() throws {
        let a = try Archive("messages", articles: 1)
        defer { a.remove() }
        try Data("a file".utf8).write(to: a.output)
        let r = Builder.build(a.options())
        #expect(r.aborted)
        let text = r.errors.map(\.description).joined(separator: "\n")
        #expect(text.contains("is a file, not a folder"), "\(text)")
        for word in ["Error Domain", "NSCocoa", "Stop(", "diagnostics:", "OutputError", "Code="] { #expect(!text.contains(word), "\(text)") }
        #expect(ErrorText.describe(CocoaError(.fileReadNoPermission)) == "permission denied")
        #expect(ErrorText.describe(POSIXError(.ENOSPC)) == "No space left on device")
        #expect(ErrorText.describe(OutputError.notAFolder("x")) == "x is a file, not a folder: choose another --output")
        // From the command line: `annals init` over a file, `annals convert` of a file that is not there.
        try Data("x".utf8).write(to: a.root.appendingPathComponent("afile"))
        let initRun = try AnnalsBinary.run(["init", "afile"], in: a.root)
        #expect(initRun.status == 1 && initRun.stderr == "annals: \(a.root.path)/afile: a file is already there\n", "\(initRun.stderr)")
        let convert = try AnnalsBinary.run(["convert", "missing.txt"], in: a.root)
        #expect(convert.stderr.contains("missing.txt: error: cannot read the file: no such file or folder"), "\(convert.stderr)")
    }
}
