import Foundation

/// The page left at an address that moved (`Redirects`): it names the new address as canonical, sends
/// the browser on at once, and shows a link for readers whose browser does not. Not listed in the
/// sitemap, the feeds or the search index, and kept out of search engines (`noindex`).
enum RedirectPage {
    static func bytes(_ page: Redirects.Page, config: SiteConfig, urls: URLs) -> Data {
        let link = XML.escape(urls.link(from: page.from, to: page.to))
        let canonical = urls.absolute(page.to).map(XML.escape) ?? link
        let title = XML.escape(page.title)
        let css = XML.escape(urls.link(from: page.from, to: URLs.asset("style.css")))
        let html = """
        <!DOCTYPE html>
        <html lang="\(XML.escape(config.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Trang đã chuyển: \(title)</title>
        <link rel="canonical" href="\(canonical)">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(link)">
        <link rel="stylesheet" href="\(css)">
        </head>
        <body>
        <main id="main" class="moved">
        <h1>Trang đã chuyển</h1>
        <p>Trang này nay ở địa chỉ mới: <a href="\(link)">\(title)</a></p>
        </main>
        </body>
        </html>

        """
        return Data(html.utf8)
    }
}
