import Foundation

/// A file of the built site: where it goes and what it holds.
public struct Page: Sendable {
    /// Path relative to the output folder, e.g. `articles/x/index.html`.
    public let path: String
    public let bytes: Data
}

/// Which page to render; the renderer turns each into bytes independently, so they can be rendered in parallel.
public enum PageKind: Sendable, Hashable {
    case index(Int), article(Int), timeline, people, person(Int), notFound
}

/// Site + templates → pages. Pure; the caller decides where the bytes go.
public struct Renderer: Sendable {
    public let site: Site
    public let templates: Templates
    public let urls: URLs

    public init(site: Site, templates: Templates) {
        self.site = site
        self.templates = templates
        self.urls = URLs(baseURL: site.config.baseURL)
    }

    public var indexPageCount: Int {
        max(1, (site.articles.count + max(1, site.config.itemsPerPage) - 1) / max(1, site.config.itemsPerPage))
    }

    /// Every page of the site, in a fixed order.
    public func plan() -> [PageKind] {
        var kinds: [PageKind] = (1...indexPageCount).map { .index($0) }
        kinds += site.articles.indices.map { .article($0) }
        kinds += [.timeline, .people]
        kinds += site.people.indices.map { .person($0) }
        kinds.append(.notFound)
        return kinds
    }

    public func path(of kind: PageKind) -> String {
        switch kind {
        case .index(let n): return URLs.file(for: URLs.indexPage(n))
        case .article(let i): return URLs.file(for: URLs.article(site.articles[i].slug))
        case .timeline: return URLs.file(for: URLs.timeline)
        case .people: return URLs.file(for: URLs.people)
        case .person(let p): return URLs.file(for: URLs.person(site.people[p].slug))
        case .notFound: return "404.html"
        }
    }

    public func render(_ kind: PageKind) -> Page {
        let vm = ViewModels(site: site, urls: urls)
        let (context, template): ([String: Any], String)
        switch kind {
        case .index(let n): (context, template) = (vm.index(page: n, of: indexPageCount), "index")
        case .article(let i): (context, template) = (vm.article(i), "article")
        case .timeline: (context, template) = (vm.timeline(), "timeline")
        case .people: (context, template) = (vm.people(), "people")
        case .person(let p): (context, template) = (vm.person(p), "person")
        case .notFound: (context, template) = (vm.notFound(), "404")
        }
        return Page(path: path(of: kind), bytes: Data(templates.render(context, template: template).utf8))
    }

    /// The static files copied from the templates folder.
    public func assetPages() -> [Page] {
        templates.assets.map { Page(path: $0.path, bytes: $0.data) }
    }
}
