import Foundation
import Testing
@testable import Annals

/// `annals init` writes a site that builds and publishes as it is.
@Suite struct InitTests {
    @Test func initWritesASiteReadyToPublish() throws {
        let root = temporaryDirectory("init")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try AnnalsBinary.run(["init", "trang"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("see trang/README.md"))
        let site = root.appendingPathComponent("trang")
        func text(_ path: String) throws -> String { try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8) }

        let readme = try text("README.md")
        #expect(readme.contains("rsync -av --delete --exclude .annals-manifest output/ user@example.org:/var/www/html/archive/"))
        #expect(readme.contains("annals build --base-url https://example.org/archive/ && annals check"))
        #expect(readme.contains("*Settings → Pages*"))

        let workflow = try text(".github/workflows/pages.yml")
        for part in ["uses: actions/configure-pages@v5", "annals build --base-url \"${{ steps.pages.outputs.base_url }}/\"",
                     "annals check", "uses: actions/upload-pages-artifact@v3\n        with:\n          path: output",
                     "uses: actions/deploy-pages@v4", "pages: write", "id-token: write", "branches: [main]"] {
            #expect(workflow.contains(part), "\(part)")
        }
        // Spaces only: YAML does not allow tabs for indentation.
        #expect(!workflow.contains("\t"))
        #expect(try text(".gitignore").contains("output/"))

        // The new site builds and passes the checks, with the address the workflow would give it.
        let out = site.appendingPathComponent("output")
        let report = Builder.build(BuildOptions(seeds: site.appendingPathComponent("seeds").path, templates: site.appendingPathComponent("Templates").path,
                                                output: out.path, config: site.appendingPathComponent("site.yml").path,
                                                baseURL: "https://user.github.io/trang/"))
        #expect(!report.aborted && report.articles == 1)
        #expect(SiteChecker.check(directory: out.path).isEmpty)

        // A second init leaves the owner's edits alone.
        try "# Kho của tôi\n".write(to: site.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        _ = try AnnalsBinary.run(["init", "trang"], in: root)
        #expect(try text("README.md") == "# Kho của tôi\n")
    }
}
