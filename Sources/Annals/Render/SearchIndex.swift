/// The data behind `/search/`: titles and names with their folded forms, as compact JSON arrays,
/// so the page can match "nguyen phu trong" to Nguyễn Phú Trọng without any service.
enum SearchIndex {
    /// `{"a":[[title, folded, path, date],...],"p":[[name, folded, path, count],...]}`; paths relative to the site root.
    /// A script rather than a JSON file so the page also works opened from disk, where fetch() is refused.
    static func script(_ site: Site, urls: URLs) -> String {
        var data = json(site, urls: urls)
        data.removeLast()  // the newline
        return "window.ANNALS_SEARCH = " + data + ";\n"
    }

    static func json(_ site: Site, urls: URLs) -> String {
        var s = "{\"a\":["
        for (i, sa) in site.articles.enumerated() {
            if i > 0 { s += "," }
            let title = sa.article.title
            s += "[" + JSON.string(title) + "," + JSON.string(Vietnamese.fold(title)) + "," + JSON.string(target(URLs.article(sa.slug), urls))
                + "," + JSON.string(sa.article.date.map(VietnameseDates.short) ?? "") + "]"
        }
        s += "],\"p\":["
        for (i, p) in site.people.enumerated() {
            if i > 0 { s += "," }
            s += "[" + JSON.string(p.name) + "," + JSON.string(Vietnamese.fold(p.name)) + "," + JSON.string(target(URLs.person(p.slug), urls))
                + ",\(p.articles.count)]"
        }
        return s + "]}\n"
    }

    private static func target(_ path: String, _ urls: URLs) -> String {
        urls.explicitIndex ? path + "index.html" : path
    }
}

import Foundation

enum JSON {
    static func string(_ s: String) -> String {
        // Most titles and names need no escape: one pass over the bytes tells.
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0xE2 }
        if plain { return "\"" + s + "\"" }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += "\\u" + String(u.value, radix: 16).leftPadded(4)
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
