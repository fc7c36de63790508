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

    /// A person's feed that moved: feed readers cannot follow a `meta refresh`, so the old address holds a
    /// feed of one entry that says where the feed is now, its `self` link naming the new address (readers
    /// that honour it move the subscription). It depends only on the move and the feed's newest article.
    static func feed(_ page: Redirects.Page, config: SiteConfig, urls: URLs) -> Data {
        let to = XML.escape(urls.absolute(page.to) ?? urls.link(from: page.from, to: page.to))
        let title = XML.escape(page.title), updated = page.updated ?? "2000-01-01T00:00:00+07:00"
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(config.language))">
          <title>\(title) · \(XML.escape(config.title)) (đã chuyển)</title>
          <id>\(XML.escape(Feeds.id(for: page.from, urls: urls)))</id>
          <updated>\(updated)</updated>
          <link rel="self" href="\(to)"/>
          <author><name>\(XML.escape(config.title))</name></author>
          <entry>
            <title>Nguồn tin về \(title) đã chuyển sang địa chỉ mới</title>
            <id>\(XML.escape(Feeds.id(for: page.from + "#da-chuyen", urls: urls)))</id>
            <link rel="alternate" type="application/atom+xml" href="\(to)"/>
            <updated>\(updated)</updated>
            <summary>Nguồn tin về \(title) nay ở địa chỉ mới: \(to)</summary>
          </entry>
        </feed>

        """
        return Data(xml.utf8)
    }
}
