import Foundation

// Addresses that moved since earlier builds (`Redirects`): their pages are written with the site's own,
// and the record is saved beside the output once the build is in place.
extension Session {
    /// Adds a page at each old address, from the record the last build left; the record this build will
    /// leave is kept in `pendingRedirects` until the output is committed.
    func addRedirects(site: Site, templates: Templates, to writer: OutputWriter) throws {
        let location = Redirects.location(output: writer.output.path)
        // The preview server's usual save (a sentence fixed: assembly patched the last site, so every
        // slug, name and alias is as it was) leaves the same redirects, as long as the record on disk is
        // the one this session left.
        if remembers, let memo = redirectMemo, cache.lastPatched != nil, memo.assembly == cache.assemblies - 1,
           FileStamp(location) == memo.stamp {
            for page in memo.pages { try writer.add(page) }
            redirectPaths = memo.pages.map(\.path)
            redirectMemo?.assembly = cache.assemblies
            pendingRedirects = nil
            return
        }
        redirectMemo = nil
        let urls = URLs(baseURL: site.config.baseURL)
        let layout = SitePlan(site: site, urls: urls)
        var files = Set(parallelMap(layout.plan(), layout.path))
        for asset in templates.assets { files.insert(asset.path) }
        let previous = Redirects.load(output: writer.output.path)
        let (record, moved) = Redirects.plan(previous: previous, site: site, registry: registry, isTaken: files.contains)
        let pages = moved.map { m in
            Page(path: URLs.file(for: m.from), bytes: m.feed ? RedirectPage.feed(m, config: site.config, urls: urls) : RedirectPage.bytes(m, config: site.config, urls: urls))
        }
        for page in pages { try writer.add(page) }
        redirectPaths = pages.map(\.path)
        // (The same record as the one on disk is not written again.)
        pendingRedirects = (record == previous ? nil : record, pages)
    }

    /// Saves the record of this build's addresses (after the commit: a failed build leaves the last one).
    func saveRedirects(output: String) {
        guard let (record, pages) = pendingRedirects else { return }
        pendingRedirects = nil
        // Without a record the next build knows no old addresses: the pages written so far stay until then.
        try? record?.save(output: output)
        if remembers { redirectMemo = (cache.assemblies, FileStamp(Redirects.location(output: output)), pages) }
    }
}
