import Foundation

/// A build that remembers: the preview server's engine. The first `build()` is a full build; later ones
/// re-read only the files whose size or modification time changed, reassemble the site, and re-render only
/// the pages whose model changed (`PageModel.digest`). A change to the templates, `site.yml` or `people.yml`
/// re-renders everything. After any sequence of edits the output equals a clean build of the same input.
public final class Session: @unchecked Sendable {
    public let options: BuildOptions
    let ingest: Ingest
    /// Each article file as last read: its stamp and what came of it (the shape the ingest record keeps).
    private var files: [String: IngestCache.Entry] = [:]
    /// The ingest record being written by the build under way (one-off builds).
    private var pendingRecord: IngestCache.Pending?
    /// What the last build rendered (sessions that build again only).
    var rendered: Rendered?
    /// The article files the last build found, and what the listing said of the files it left out.
    private var lastList: [String]?
    private var listingNotes: [Diagnostic] = []
    /// Templates, configuration and registry, as one digest: of this build, and of the last one written.
    /// When they differ every page is rendered.
    var settingsDigest: UInt64 = 0
    /// This program, the settings and every article file's name and stamp, as a digest (one-off builds,
    /// `BuildState.inputs`); nil when this program's file cannot be told.
    var inputsDigest: UInt64?
    var lastSettings: UInt64?
    /// The registry of the build under way, and the record of addresses it will leave (`Redirects`).
    var registry = Registry()
    var pendingRedirects: (record: Redirects?, pages: [Page])?
    /// This build's redirect pages, its assembly's diagnostics and counts: what its state records for a
    /// next build that finds every input as this one left it (`BuildState.Settled`).
    var redirectPaths: [String] = []
    var assembled: (notes: [Diagnostic], articles: Int, people: Int)?
    /// The state of the last one-off build, when this build found every input and page as it left them.
    var settledState: BuildState?
    /// The redirect pages of the last build and the record's stamp on disk, for sessions (`addRedirects`).
    var redirectMemo: (assembly: Int, stamp: FileStamp?, pages: [Page])?
    /// What the last build recorded in the output's manifest, and the output's generation it left
    /// (`OutputLock.generation`).
    private var manifest: Set<String>?
    private var generation: String?
    /// Sort keys and slugs of names, learnt once per session.
    let cache = Assemble.Cache()

    /// The ingest record's key (program and seeds folder), once looked for; and whether this build read
    /// or dropped any article, so that the record beside the output is out of date.
    private var ingestKey: UInt64?
    private var lookedForIngestRecord = false
    private var ingestChanged = false

    /// How many pages the last build rendered (the rest were known unchanged).
    public internal(set) var lastRendered = 0

    /// Whether later builds will follow (the preview server). A one-off build keeps nothing in memory;
    /// it records its pages beside the output instead (`BuildState`).
    let remembers: Bool

    public init(options: BuildOptions, ingest: Ingest = Ingest(), remembers: Bool = true) {
        self.options = options
        self.ingest = ingest
        self.remembers = remembers
    }

    /// `changedSeeds`: article files (relative to the seeds folder) known to be the only ones that changed
    /// since the last build, as the preview server's watcher reports them. Without it, or when one of them
    /// is new or gone, the seeds folder is listed and every file's size and time compared.
    public func build(changedSeeds: [String]? = nil) -> BuildReport {
        let start = Date()
        var report = BuildReport()
        do {
            if let overlap = options.overlap() { throw Builder.Stop(diagnostics: [overlap]) }
            let place = OutputPlace(output: options.output)
            // One build of an output at a time (`OutputLock`); held until this build is done.
            let lock = try Builder.step("lock", file: options.output) { try OutputLock(place, waiting: options.waiting) }
            defer { lock.release() }
            OutputWriter.removeLeftovers(place)
            forgetIfRewritten(lock.generation())
            // A one-off build leaves what it read for the next one, written on another thread from the end
            // of reading (assembly leaves a core free) while the pages render. What ingest made of the
            // files holds whatever becomes of the rest of the build.
            defer {
                if let record = pendingRecord {
                    pendingRecord = nil
                    report.time("record") { record.finish() }
                }
            }
            let (site, templates) = try prepare(&report, changedSeeds: changedSeeds, recording: !remembers, mayKeep: !remembers)
            if options.strict && !report.warnings.isEmpty {
                throw Builder.Stop(diagnostics: [Diagnostic(.error, .config, file: options.seeds, "--strict: \(report.warnings.count) warning(s); nothing written")])
            }
            let writer = try report.time("staging") { try Builder.step("output", file: options.output) { try OutputWriter(place: place) } }
            writer.knownManifest = manifest
            do {
                let made = try site.map { try write(site: $0, templates: templates, to: writer, report: &report) }
                    ?? keepSettled(templates: templates, writer: writer, report: &report)
                let summary = try report.time("commit") { try writer.commit(clean: options.clean) }
                if summary.written > 0 || summary.removed > 0 { lock.advanceGeneration() }
                saveRedirects(output: writer.output.path)
                if remembers {
                    rendered = made
                    manifest = writer.producedFiles
                    generation = lock.generation()
                } else {
                    // Recorded after the files are in place, with the times they have there.
                    report.time("state") { saveState(made, writer: writer) }
                }
                lastSettings = settingsDigest
                report.pagesWritten = summary.written
                report.pagesUnchanged = summary.unchanged
                report.filesRemoved = summary.removed
            } catch {
                writer.abandon()
                rendered = nil
                manifest = nil
                // A page the templates could not render says so itself (its template, its line).
                if let stop = error as? Builder.Stop { throw stop }
                throw Builder.Stop(diagnostics: [Diagnostic(.error, .io, file: options.output, "\(ErrorText.describe(error)); the previous output is unchanged")])
            }
        } catch let stop as Builder.Stop {
            report.diagnostics += stop.diagnostics
            report.aborted = true
        } catch {
            report.diagnostics.append(Diagnostic(.error, .io, file: options.output, ErrorText.describe(error)))
            report.aborted = true
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// What this session remembers of the output holds only while no one else writes there. Every build
    /// that changes the output leaves a new generation in its lock file, so a generation that is not the
    /// one this session left means another build (`annals build` beside `annals serve`) was there: every
    /// page is then compared with the disk again.
    private func forgetIfRewritten(_ current: String) {
        guard remembers, rendered != nil || manifest != nil else { return }
        if current != generation {
            rendered = nil
            manifest = nil
            lastSettings = nil
        }
    }

    /// The site as the next build would see it, without writing.
    public func assemble() -> (Site, BuildReport) {
        var report = BuildReport()
        do {
            if case let (site?, _) = try prepare(&report) { return (site, report) }
        } catch let stop as Builder.Stop {
            report.diagnostics += stop.diagnostics
        } catch {
            report.diagnostics.append(Diagnostic(.error, .io, file: options.seeds, ErrorText.describe(error)))
        }
        report.aborted = true
        return (Site(config: SiteConfig(), articles: [], people: [], timeline: [], undated: []), report)
    }

    /// `recording`: start writing the ingest record (`pendingRecord`) once the files are read, if any changed.
    /// `mayKeep`: a one-off build that finds every input and page as the last one left them (`settledInputs`)
    /// does not assemble the site: nil, and `settledState` says what the last build reported.
    private func prepare(_ report: inout BuildReport, changedSeeds: [String]? = nil, recording: Bool = false,
                         mayKeep: Bool = false) throws -> (Site?, Templates) {
        if files.isEmpty { ingest.prepareInBackground() }
        let (config, templates) = try settings(&report)
        let (list, candidates) = try listing(&report, changedSeeds: changedSeeds)
        let stale = readChanged(&report, list: list, candidates: candidates, recording: recording)
        if !remembers { inputsDigest = inputs(list) }
        let (inputs, fileNotes, changedInputs) = report.time("gather") { gather(list: list, stale: stale) }
        report.diagnostics += fileNotes
        (settledState, assembled) = (nil, nil)
        if mayKeep, let state = report.time("settled", { settledInputs() }), let settled = state.settled {
            settledState = state
            report.diagnostics += settled.notes
            (report.articles, report.people) = (settled.articles, settled.people)
            return (nil, templates)
        }
        let (site, notes) = report.time("assemble") {
            Assemble.site(inputs, config: config, registry: self.registry, cache: cache, changedInputs: changedInputs)
        }
        // Files are named from the seeds folder, except the configuration's (a `years:` entry), named as given.
        let shown = notes.map { d in
            var d = d
            if d.kind != .config { d.file = SeedLoader.path(d.file, in: options.seeds) }
            return d
        }
        report.diagnostics += shown
        report.articles = site.articles.count
        report.people = site.people.count
        assembled = (shown, site.articles.count, site.people.count)
        return (site, templates)
    }

    /// The article files, and those among them that may have changed: the watcher's hint when it names
    /// only files already known and still there, else every listed file.
    private func listing(_ report: inout BuildReport, changedSeeds: [String]?) throws -> (list: [String], candidates: [String]) {
        // Only files already known and still present can be trusted to leave the listing unchanged.
        let seedPath = { SeedLoader.path($0, in: self.options.seeds) }
        let list: [String], candidates: [String]
        if let hint = changedSeeds, let known = lastList, hint.allSatisfy({ files[$0] != nil && FileStamp(seedPath($0)) != nil }) {
            (list, candidates) = (known, hint)
        } else {
            let listing = try report.time("list") {
                try Builder.step("seeds", file: options.seeds) { try SeedLoader.listing(options.seeds, followLinks: options.followLinks) }
            }
            (list, candidates) = (listing.files, listing.files)
            listingNotes = listing.notes
        }
        report.diagnostics += listingNotes
        return (list, candidates)
    }

    /// Reads the candidates whose stamp changed (all of them when nothing is known) and keeps what came of
    /// each in `files`; drops files no longer listed. Returns the files read.
    private func readChanged(_ report: inout BuildReport, list: [String], candidates: [String], recording: Bool) -> [String] {
        let seedPath = { SeedLoader.path($0, in: self.options.seeds) }
        // A session's first build starts from what the last one-off build read, when it was this program
        // reading this seeds folder (`IngestCache`): unchanged files are not read or ingested again.
        if files.isEmpty, !lookedForIngestRecord {
            lookedForIngestRecord = true
            ingestKey = IngestCache.key(seeds: options.seeds)
            if let key = ingestKey { files = report.time("recall") { IngestCache.load(output: options.output, key: key) } }
        }
        // The files to read, and the stamp of what was read of each (nil: gone meanwhile).
        var stale: [String] = []
        var stamps: [FileStamp?] = []
        let seeds = options.seeds, ingest = self.ingest
        // What was read of each stale file, and its stamp; the pairs are moved into `files` below, not copied
        // apart (a copy of what ingest made is a retain and a release of each of its strings).
        var read: [(stamp: FileStamp?, loaded: SeedLoader.Loaded)]
        if files.isEmpty {
            // Nothing known: every file is read on all cores, its stamp taken from the open file.
            stale = candidates
            read = report.time("read") {
                parallelMap(stale) { rel in SeedLoader.stampedLoad(rel, seeds: seeds, ingest: ingest) }
            }
        } else {
            report.time("stat") {
                for rel in candidates {
                    let stamp = FileStamp(seedPath(rel))
                    if let cached = files[rel], let stamp, cached.stamp == stamp { continue }
                    stale.append(rel)
                    stamps.append(stamp)
                }
            }
            let stale = stale, stamps = stamps
            read = report.time("read") { parallelMap(Array(stale.indices)) { (stamps[$0], SeedLoader.load(stale[$0], seeds: seeds, ingest: ingest)) } }
        }
        defer { lastList = list }
        ingestChanged = !stale.isEmpty
        report.articlesRead = stale.count
        if list.count != files.count || lastList != list {
            let listed = Set(list)
            let before = files.count
            files = files.filter { listed.contains($0.key) }
            if files.count != before { ingestChanged = true }
        }
        for (k, rel) in stale.enumerated() {
            if let stamp = read[k].stamp { files[rel] = (stamp, read[k].loaded) } else { files[rel] = nil }
        }
        read = []
        if recording, ingestChanged, let key = ingestKey {
            pendingRecord = IngestCache.Pending(files, output: options.output, key: key)
        }
        return stale
    }

    /// What the site is made from, as a digest: the program and seeds folder (the ingest record's key),
    /// the settings, and each listed file's name and stamp (the ingest record's premise: a file with the
    /// same stamp reads the same).
    private func inputs(_ list: [String]) -> UInt64? {
        guard let key = ingestKey else { return nil }
        var h = FNV1a()
        h.add(key); h.add(settingsDigest); h.add(list.count)
        for rel in list {
            guard let stamp = files[rel]?.stamp else { h.add("-"); continue }
            h.add(rel); h.add(stamp.size); h.add(Int(stamp.modified)); h.add(Int(stamp.changed)); h.add(stamp.inode)
        }
        return h.value
    }

    /// The last gathering: the list it was made from, the articles in list order, where each file's
    /// article sits in it, the files that have diagnostics (in list order), and those diagnostics, all
    /// and by file.
    private var lastGather: (list: [String], inputs: [Assemble.Input], index: [String: Int], noted: [String], notes: [Diagnostic],
                             noteOf: [String: [Diagnostic]])?

    /// The articles to assemble, in list order, and the files' diagnostics. When the list is the one
    /// gathered last time and each re-read file still gives an article, only those are replaced (and the
    /// diagnostics are those of last time unless a re-read file's changed); the indices of the replaced
    /// articles come back as well.
    private func gather(list: [String], stale: [String]) -> ([Assemble.Input], [Diagnostic], [Int]?) {
        if var last = lastGather, last.list == list,
           stale.allSatisfy({ last.index[$0] != nil && files[$0]?.loaded.input != nil }) {
            lastGather = nil  // `last` alone holds the arrays now, so they are patched in place
            var changed: [Int] = []
            var notesChanged = false
            for rel in stale {
                let loaded = files[rel]!.loaded
                let i = last.index[rel]!
                last.inputs[i] = loaded.input!
                changed.append(i)
                let at = last.noted.partitionIndex(rel)
                let listed = at < last.noted.count && last.noted[at] == rel
                // A file saved again usually says what it said: then the diagnostics stand as they were.
                if (last.noteOf[rel] ?? []) != loaded.diagnostics {
                    notesChanged = true
                    last.noteOf[rel] = loaded.diagnostics.isEmpty ? nil : loaded.diagnostics
                }
                if loaded.diagnostics.isEmpty, listed { last.noted.remove(at: at) }
                if !loaded.diagnostics.isEmpty, !listed { last.noted.insert(rel, at: at) }
            }
            if notesChanged { last.notes = last.noted.flatMap { files[$0]?.loaded.diagnostics ?? [] } }
            lastGather = last
            return (last.inputs, last.notes, changed)
        }
        var inputs: [Assemble.Input] = [], notes: [Diagnostic] = [], index: [String: Int] = [:], noted: [String] = []
        var noteOf: [String: [Diagnostic]] = [:]
        inputs.reserveCapacity(list.count)
        for rel in list {
            guard let loaded = files[rel]?.loaded else { continue }
            if !loaded.diagnostics.isEmpty {
                notes += loaded.diagnostics
                noted.append(rel)
                if remembers { noteOf[rel] = loaded.diagnostics }
            }
            if let input = loaded.input { index[rel] = inputs.count; inputs.append(input) }
        }
        lastGather = remembers ? (list, inputs, index, noted, notes, noteOf) : nil
        return (inputs, notes, nil)
    }
}
