import Foundation
import Testing
@testable import Annals
@testable import AnnalsServe

/// The preview server's side of "nothing leaked": links it does not follow, paths it does not echo.
@Suite struct ServeSafetyTests {
    /// A link to /usr in the seeds folder: the watcher does not walk into it (it used to, and never served).
    @Test func theWatcherDoesNotFollowLinksToFolders() throws {
        let a = try Archive("watch", articles: 1)
        defer { a.remove() }
        try FileManager.default.createDirectory(at: a.seeds.appendingPathComponent("2020/05"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: a.seeds.appendingPathComponent("usr").path, withDestinationPath: "/usr")
        let watcher = Watcher(directories: [(a.seeds.path, true, { _, _ in true })]) { _ in }
        watcher.start()
        defer { watcher.stop() }
        #expect(watcher.watchedFolders == [a.seeds.path, a.seeds.path + "/2020", a.seeds.path + "/2020/05"])
    }

    /// "//people" is a path on this host, not a link to a host called "people".
    @Test func doubleSlashesRedirectOnThisHost() throws {
        let a = try Archive("slashes", articles: 2)
        defer { a.remove() }
        _ = Builder.build(a.options())
        let files = StaticFiles(root: a.output.path, baseURL: nil)
        #expect(files.resolve("//people") == .redirect("/people"))
        #expect(files.resolve("//people/") == .redirect("/people/"))
        #expect(files.resolve("///") == .redirect("/"))
        #expect(files.resolve("/people//index.html") == .redirect("/people/index.html"))
        #expect(files.resolve("/people") == .redirect("/people/"))
        // Annals' own bookkeeping is not served.
        #expect(files.resolve("/" + OutputWriter.manifestName) == .notFound)
        try FileManager.default.createDirectory(at: a.output.appendingPathComponent(OutputWriter.stagingPrefix + "x1"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: a.output.appendingPathComponent(OutputWriter.stagingPrefix + "x1/index.html"))
        #expect(files.resolve("/" + OutputWriter.stagingPrefix + "x1/index.html") == .notFound)
    }
}
