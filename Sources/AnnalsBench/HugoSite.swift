import Foundation

/// A minimal Hugo site giving the same pages as Annals: the article index with pagination (20 a page;
/// every regular page is an article),
/// one page per article, a page per person (the `people` taxonomy, read from the front matter that
/// `annals convert` writes), the people index and a 404 page. No feeds, sitemap or robots.txt.
enum HugoSite {
    /// "hugo v0.111.3+extended …" → (0, 111).
    static func version(_ hugo: String) -> (major: Int, minor: Int, text: String)? {
        guard let m = try? Subprocess.run(hugo, ["version"]), m.ok else { return nil }
        let text = m.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let v = text.split(separator: " ").first(where: { $0.hasPrefix("v") }) else { return nil }
        let nums = v.dropFirst().split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard nums.count >= 2 else { return nil }
        return (nums[0], nums[1], String(text.split(separator: " ").prefix(2).joined(separator: " ")))
    }

    /// Writes config and layouts into `site` (content is added by the caller under content/articles/).
    static func write(site: String, hugoMinor: Int) throws {
        let fm = FileManager.default
        for dir in ["layouts/_default", "content/articles"] {
            try fm.createDirectory(atPath: (site as NSString).appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        // `paginate` became `pagination.pagerSize` in Hugo 0.128.
        let pagination = hugoMinor >= 128 ? "pagination:\n  pagerSize: 20\n" : "paginate: 20\n"
        // Kinds were spelled "RSS", "robotsTXT" before Hugo 0.123 and in lower case since.
        let kinds = hugoMinor >= 123 ? "[rss, sitemap, robotstxt, section]" : "[RSS, sitemap, robotsTXT, section]"
        let config = """
        baseURL: "http://localhost/"
        languageCode: vi
        title: Annals
        \(pagination)removePathAccents: true
        disableKinds: \(kinds)
        taxonomies:
          person: people
        markup:
          goldmark:
            renderer:
              unsafe: false

        """
        // Links to person pages built from the front matter: the same URLs as the taxonomy's term pages,
        // and far cheaper than `.GetTerms` (which made Hugo 0.111 five times slower here).
        let peopleLinks = #"{{ range .Params.people }}<a href="{{ "people/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}"#
        let head = #"<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head><body>"#
        let foot = "</body></html>\n"
        let files: [(String, String)] = [
            ("config.yaml", config),
            ("layouts/index.html", head + """
            <h1>{{ .Site.Title }}</h1>
            {{ $pager := .Paginate .Site.RegularPages }}
            {{ range $pager.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <time>{{ .Date.Format "02/01/2006" }}</time>
            <p>\(peopleLinks)</p></article>
            {{ end }}
            {{ template "_internal/pagination.html" . }}
            """ + foot),
            ("layouts/_default/single.html", head + """
            <h1>{{ .Title }}</h1><time>{{ .Date.Format "02/01/2006" }}</time>
            <p>\(peopleLinks)</p>
            {{ .Content }}
            {{ with .Params.authors }}<p>{{ delimit . ", " }}</p>{{ end }}
            """ + foot),
            ("layouts/_default/term.html", head + """
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }}</li>{{ end }}</ul>
            """ + foot),
            ("layouts/_default/taxonomy.html", head + """
            <h1>Nhân vật</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
            """ + foot),
            ("layouts/_default/list.html", head + "<h1>{{ .Title }}</h1>" + foot),
            ("layouts/404.html", head + "<h1>Không tìm thấy trang</h1>" + foot),
        ]
        for (path, text) in files {
            try text.write(toFile: (site as NSString).appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
    }
}
