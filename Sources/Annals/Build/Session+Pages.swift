import Foundation

// The second half of a build (`Session.build`): every page's model and digest, the pages known to be
// right kept, the rest rendered, and the record for the next one-off build.
extension Session {
    /// What the last build rendered: its pages in plan order, their files and digests, and the parts
    /// of page models they share.
    struct Rendered {
        var plan: [PageKind]
        var paths: [String]
        var digests: [UInt64]
        /// Nil when the build found every page as the last one left it without making their models.
        var parts: SharedParts?
        /// Which pages hold which shared parts (`ModelPass.holders`), in sessions that build again.
        var holders: ModelPass.Holders?
        /// Which assembly it was made from (`Assemble.Cache.assemblies`).
        var assembly: Int
    }

    /// Works out every page's model and its digest, keeps the pages known to be right and renders the rest.
    func write(site: Site, templates: Templates, to writer: OutputWriter, report: inout BuildReport) throws -> Rendered {
        // When assembly patched the last site that was rendered (a build can stop in between), the shared
        // parts of page models are the last build's but for the patched articles, and the plan and every
        // path are as they were.
        for asset in templates.assets { try writer.add(Page(path: asset.path, bytes: asset.data)) }
        try report.time("redirects") { try addRedirects(site: site, templates: templates, to: writer) }
        if let unchanged = try report.time("compare", { try sameAsLastBuild(site, writer: writer) }) { return unchanged }
        let reusable = cache.lastPatched != nil && rendered?.assembly == cache.assemblies - 1 && rendered?.parts != nil ? rendered : nil
        let parts = report.time("models") {
            SharedParts(site: site, reusing: reusable.flatMap { r in cache.lastPatched.map { (r.parts!, $0) } })
        }
        // The search index's shards, on all cores, in a step of their own (`--verbose` shows what it costs).
        report.time("search") { _ = parts.search.shards(site, keep: remembers) }
        let renderer = Renderer(site: site, templates: templates, parts: parts)
        let plan = renderer.plan()
        let previous = reusable?.plan == plan ? reusable : nil
        let (paths, pass) = report.time("digest") { () -> ([String], ModelPass) in
            if let previous, let holders = previous.holders, let patched = cache.lastPatched, let old = previous.parts {
                return (previous.paths, ModelPass.patch(plan, renderer: renderer, digests: previous.digests, holders: holders,
                                                        replaced: patched.flatMap(old.replaceable)))
            }
            return (parallelMap(plan, renderer.path), ModelPass.all(plan, renderer: renderer, recording: remembers))
        }
        let digests = pass.digests
        var toRender: [Int] = []
        try report.time("compare") {
            // A page is kept only when it is known to be in the output (the output may have been deleted):
            // from the last build of this session, or from what the last one-off build recorded.
            var keep = [Bool](repeating: false, count: plan.count)
            if writer.firstBuild {
                // Nothing there to keep.
            } else if remembers, lastSettings == settingsDigest {
                if let previous {
                    for i in plan.indices { keep[i] = digests[i] == previous.digests[i] }
                } else if let r = rendered {
                    var before: [String: UInt64] = [:]
                    before.reserveCapacity(r.paths.count)
                    for (path, digest) in zip(r.paths, r.digests) { before[path] = digest }
                    for i in plan.indices { keep[i] = before[paths[i]] == digests[i] }
                }
            } else if !remembers, let state = BuildState.load(output: writer.output.path), state.settings == settingsDigest {
                let output = writer.output.path
                keep = parallelMap(Array(plan.indices)) { state.unchanged(paths[$0], digest: digests[$0], in: output) }
            }
            var kept: [String] = []
            kept.reserveCapacity(plan.count)
            for i in plan.indices { if keep[i] { kept.append(paths[i]) } else { toRender.append(i) } }
            try writer.keep(kept)
        }
        lastRendered = toRender.count
        try render(toRender, plan: plan, models: pass.models, paths: paths, renderer: renderer, to: writer, report: &report)
        return Rendered(plan: plan, paths: paths, digests: digests, parts: parts, holders: pass.holders, assembly: cache.assemblies)
    }

    /// A one-off build whose inputs are those the last build recorded (`BuildState.inputs`) has the same
    /// pages with the same models: when every file is on disk as that build left it, they are all kept,
    /// with their recorded digests, and no model is made. Nil otherwise.
    private func sameAsLastBuild(_ site: Site, writer: OutputWriter) throws -> Rendered? {
        guard !remembers, !writer.firstBuild, let inputs = inputsDigest, let state = BuildState.load(output: writer.output.path),
              state.settings == settingsDigest, state.inputs == inputs else { return nil }
        let layout = SitePlan(site: site, urls: URLs(baseURL: site.config.baseURL))
        let plan = layout.plan()
        let paths = parallelMap(plan, layout.path)
        let output = writer.output.path
        let intact = parallelMap(paths) { path in state.pages[path].map { FileStamp(output + "/" + path) == $0.stamp } ?? false }
        guard paths.count == state.pages.count, !intact.contains(false) else { return nil }
        try writer.keep(paths)
        lastRendered = 0
        return Rendered(plan: plan, paths: paths, digests: paths.map { state.pages[$0]!.digest }, parts: nil, holders: nil,
                        assembly: cache.assemblies)
    }

    /// Records each page's digest and the stamp its file has now, for the next one-off build, with what
    /// that build needs to keep everything without assembling when nothing changed (`BuildState.Settled`).
    /// A build that found every page as the record says (`sameAsLastBuild`, `keepSettled`: no model made)
    /// keeps the record's pages: it would write the same ones, after looking at every file again.
    func saveState(_ made: Rendered, writer: OutputWriter) {
        let output = writer.output.path
        if made.parts == nil {
            // What a build that changes nothing needs may have moved (the redirects record written again).
            guard assembled != nil, let state = BuildState.load(output: output),
                  let settled = settledNow(output: output, writer: writer, pages: state.pages.count),
                  state.settled != settled else { return }
            try? BuildState(settings: state.settings, pages: state.pages, inputs: state.inputs, settled: settled).save(output: output)
            return
        }
        let stamps = parallelMap(made.paths) { writer.writtenStamp($0) ?? FileStamp(output + "/" + $0) }
        var pages: [String: BuildState.Entry] = [:]
        pages.reserveCapacity(made.paths.count)
        for (i, path) in made.paths.enumerated() {
            if let st = stamps[i] { pages[path] = BuildState.Entry(digest: made.digests[i], stamp: st) }
        }
        // Without a record the next build renders everything, which is slower but right. A page left out
        // (its file could not be told) would be dropped by a build that keeps what the state lists.
        let settled = pages.count == made.paths.count ? settledNow(output: output, writer: writer, pages: pages.count) : nil
        try? BuildState(settings: settingsDigest, pages: pages, inputs: inputsDigest ?? 0, settled: settled).save(output: output)
    }

    /// What this build reported and wrote besides its pages, once they are in place: nil when it did not
    /// assemble, or a redirect page's file cannot be told (a build that kept the rest would drop it).
    private func settledNow(output: String, writer: OutputWriter, pages: Int) -> BuildState.Settled? {
        guard let a = assembled else { return nil }
        var extra: [String: FileStamp] = [:]
        for path in redirectPaths {
            guard let st = writer.writtenStamp(path) ?? FileStamp(output + "/" + path) else { return nil }
            extra[path] = st
        }
        return BuildState.Settled(articles: a.articles, people: a.people, pages: pages, notes: a.notes, extra: extra,
                                  record: FileStamp(Redirects.location(output: output)))
    }

    /// The state the last one-off build left, when this one's inputs are those it recorded (this program,
    /// the settings, every article file's name and stamp: `BuildState.inputs`), the redirects record is
    /// the one it left, and every page and redirect it wrote is on disk as it left them. The site would
    /// assemble and render the same, so it is not assembled. Nil otherwise.
    func settledInputs() -> BuildState? {
        guard !remembers, let inputs = inputsDigest else { return nil }
        let output = OutputPlace(output: options.output).output
        guard let state = BuildState.load(output: output), state.settings == settingsDigest, state.inputs == inputs,
              let settled = state.settled, settled.pages == state.pages.count, !state.pages.isEmpty,
              FileStamp(Redirects.location(output: output)) == settled.record else { return nil }
        let pages = Array(state.pages)
        let intact = parallelMap(Array(pages.indices)) { FileStamp(output + "/" + pages[$0].key) == pages[$0].value.stamp }
        guard !intact.contains(false), settled.extra.allSatisfy({ FileStamp(output + "/" + $0.key) == $0.value }) else { return nil }
        return state
    }

    /// Keeps every page and redirect the last build left (`settledInputs` found them as it left them), and
    /// writes the templates' assets as every build does.
    func keepSettled(templates: Templates, writer: OutputWriter, report: inout BuildReport) throws -> Rendered {
        guard let state = settledState, let settled = state.settled else {
            throw Builder.Stop(diagnostics: [Diagnostic(.error, .io, file: options.output, "the last build's record went missing during this build")])
        }
        for asset in templates.assets { try writer.add(Page(path: asset.path, bytes: asset.data)) }
        try report.time("compare") { try writer.keep(Array(state.pages.keys) + Array(settled.extra.keys)) }
        lastRendered = 0
        return Rendered(plan: [], paths: [], digests: [], parts: nil, holders: nil, assembly: cache.assemblies)
    }

    /// Renders the pages at `indices` of the plan on all cores, each written as soon as it is rendered.
    private func render(_ indices: [Int], plan: [PageKind], models: [PageModel?], paths: [String], renderer: Renderer,
                        to writer: OutputWriter, report: inout BuildReport) throws {
        // The pages that cover the whole archive (search index, feed, people and timeline) first, so that
        // the other core is not left idle while one of them is made at the end.
        let whole: Set<PageKind> = [.searchIndex, .feed, .people, .peopleByCount, .timeline, .sitemap]
        let indices = indices.filter { whole.contains(plan[$0]) } + indices.filter { !whole.contains(plan[$0]) }
        let failures = report.time("render") {
            parallelMap(indices) { i -> Diagnostic? in
                // A page not made again is rendered only when its file is not known to be right.
                let model = models[i] ?? renderer.model(plan[i])
                do { try writer.add(Page(path: paths[i], bytes: renderer.bytes(of: model, at: paths[i]))); return nil }
                // A page the templates could not render says so itself (its template, its line).
                catch let e as TemplateRenderError { return e.diagnostic(page: paths[i]) }
                catch { return Diagnostic(.error, .io, file: writer.output.path, ErrorText.describe(error)) }
            }
        }
        if let f = failures.compactMap({ $0 }).first { throw Builder.Stop(diagnostics: [f]) }
    }
}
