import Foundation

/// Every page's model and digest for one build: all of them, or, when assembly only patched some articles'
/// text since a build whose parts are kept, those of the pages that hold a part made anew (the rest are
/// as they were: a patch changes an article's list entry, page content and feed entry, and nothing else
/// a page shows; see `SharedParts`).
struct ModelPass {
    /// Nil for the pages not made again (their digest is the last build's).
    var models: [PageModel?]
    var digests: [UInt64]
    /// For each shared part, by identity, the pages whose models hold it: kept by sessions that build
    /// again, to find the pages a patch reaches.
    var holders: Holders?

    /// A class, so that a patch adds to the table in place instead of copying a table of every page's
    /// parts that the last build still holds. Used by one build at a time.
    final class Holders: @unchecked Sendable {
        var pages: [ObjectIdentifier: [Int]] = [:]
    }

    /// Every page. `recording`: note which pages hold which shared parts.
    static func all(_ plan: [PageKind], renderer: Renderer, recording: Bool) -> ModelPass {
        let made = parallelMap(plan) { kind -> (PageModel, UInt64, [ObjectIdentifier]) in
            let model = renderer.model(kind)
            let (digest, parts) = model.digest(parts: recording)
            return (model, digest, parts)
        }
        var holders: Holders?
        if recording {
            let h = Holders()
            for (page, m) in made.enumerated() { for part in m.2 { h.pages[part, default: []].append(page) } }
            holders = h
        }
        return ModelPass(models: made.map(\.0), digests: made.map(\.1), holders: holders)
    }

    /// The pages holding any of `replaced` (the parts of the last build that this one made anew) are made
    /// again; the others keep `digests`, the last build's.
    static func patch(_ plan: [PageKind], renderer: Renderer, digests: [UInt64], holders: Holders,
                      replaced: [ObjectIdentifier]) -> ModelPass {
        let reached = Array(Set(replaced.flatMap { holders.pages[$0] ?? [] })).sorted()
        let made = parallelMap(reached) { page -> (PageModel, UInt64, [ObjectIdentifier]) in
            let model = renderer.model(plan[page])
            let (digest, parts) = model.digest(parts: true)
            return (model, digest, parts)
        }
        var pass = ModelPass(models: Array(repeating: nil, count: plan.count), digests: digests, holders: holders)
        for (k, page) in reached.enumerated() {
            pass.models[page] = made[k].0
            pass.digests[page] = made[k].1
            // The new parts: an identity of a part since freed may stand for pages that no longer hold it,
            // which only makes them again some later time.
            for part in made[k].2 { holders.pages[part, default: []].append(page) }
        }
        return pass
    }
}
