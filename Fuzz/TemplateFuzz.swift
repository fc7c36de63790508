// libFuzzer target: any bytes, split at NUL bytes into up to four templates (index, article, _a, _b; the
// other pages a site needs are one line each), loaded as a site's templates; when they load, the index,
// the first article and the people page of the archive of FuzzSite.swift are rendered with them, each
// page limited to 200,000 texts and tags.
// Built and run by Fuzz/run.sh; not part of the Swift package.
import Annals

/// Assembled once: the archive is not what is being fuzzed.
let site = Assemble.site(FuzzSite.inputs).0
let names = ["index", "article", "_a", "_b"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let pieces = UnsafeBufferPointer(start: data, count: size).split(separator: 0, maxSplits: names.count - 1,
                                                                      omittingEmptySubsequences: false)
    var sources: [String: String] = [:]
    for name in Templates.required { sources[name] = "<p>{{title}}</p>\n" }
    for (name, piece) in zip(names, pieces) { sources[name] = String(decoding: piece, as: UTF8.self) }
    guard var templates = try? Templates(sources: sources, folder: "fuzz") else { return 0 }
    // The mechanism is the same at any limit; the build's 50 million would take a minute under ASan.
    templates.renderStepLimit = 200_000
    let renderer = Renderer(site: site, templates: templates)
    for kind in [PageKind.index(1), .article(0), .people] { _ = try? renderer.render(kind) }
    return 0
}
