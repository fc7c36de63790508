// libFuzzer target: any bytes, read as UTF-8 (invalid sequences repaired), as site.yml and as people.yml
// (ConfigLoader), then the small archive of FuzzSite.swift assembled and rendered with what was read.
// Traps when a number taken from site.yml lies outside its documented range.
// Built and run by Fuzz/run.sh; not part of the Swift package.
import Foundation
import Annals

/// The page templates of Templates/ (run.sh runs from the package root), read once as text; compiled for
/// each input. Compiled templates kept in a global are reported by LeakSanitizer as leaked (it cannot
/// follow the pointers Swift packs into enum payloads), as a finding of the first input.
let templateSources: [String: String] = {
    var sources: [String: String] = [:]
    for name in try! FileManager.default.contentsOfDirectory(atPath: "Templates") where name.hasSuffix(".mustache") {
        sources[String(name.dropLast(".mustache".count))] = try! String(contentsOfFile: "Templates/" + name, encoding: .utf8)
    }
    return sources
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (config, siteNotes) = ConfigLoader.site(yaml: text, file: "site.yml")
    let (registry, registryNotes) = ConfigLoader.registry(yaml: text, file: "people.yml")
    for note in siteNotes + registryNotes where note.message.isEmpty { fatalError("a message without text: \(note)") }
    let numbers = ["items_per_page": config.itemsPerPage, "list_page_size": config.listPageSize,
                   "feed_length": config.feedLength, "companions": config.companions]
    for (key, value) in numbers where !(SiteConfig.ranges[key]?.contains(value) ?? false) {
        fatalError("site.yml was read with \(key) = \(value), outside its range")
    }
    let (site, _) = Assemble.site(FuzzSite.inputs, config: config, registry: registry)
    let renderer = Renderer(site: site, templates: try! Templates(sources: templateSources))
    for kind in renderer.plan() { _ = try? renderer.render(kind) }
    return 0
}
