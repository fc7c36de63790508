import Foundation

// Addresses that moved since earlier builds (`Redirects`): their pages are written with the site's own,
// and the record is saved beside the output once the build is in place.
extension Session {
    /// Adds a page at each old address, from the record the last build left; the record this build will
    /// leave is kept in `pendingRedirects` until the output is committed.
    func addRedirects(site: Site, templates: Templates, to writer: OutputWriter) throws {
        let urls = URLs(baseURL: site.config.baseURL)
        let layout = SitePlan(site: site, urls: urls)
        var files = Set(parallelMap(layout.plan(), layout.path))
        for asset in templates.assets { files.insert(asset.path) }
        let previous = Redirects.load(output: writer.output.path)
        let (record, pages) = Redirects.plan(previous: previous, site: site, registry: registry, isTaken: files.contains)
        for page in pages {
            try writer.add(Page(path: URLs.file(for: page.from), bytes: RedirectPage.bytes(page, config: site.config, urls: urls)))
        }
        pendingRedirects = record
    }

    /// Saves the record of this build's addresses (after the commit: a failed build leaves the last one).
    func saveRedirects(output: String) {
        guard let record = pendingRedirects else { return }
        pendingRedirects = nil
        // Without a record the next build knows no old addresses: the pages written so far stay until then.
        try? record.save(output: output)
    }
}
