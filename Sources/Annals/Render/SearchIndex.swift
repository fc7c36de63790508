/// The data behind `/search/`: titles and names with their folded forms, as compact JSON arrays,
/// so the page can match "nguyen phu trong" to Nguyễn Phú Trọng without any service.
enum SearchIndex {
    /// `{"a":[[title, folded, path, date],...],"p":[[name, folded, path, count],...]}`; paths relative to the site root.
    /// A script rather than a JSON file so the page also works opened from disk, where fetch() is refused.
    static func script(_ index: SearchIndexPage, urls: URLs) -> String {
        var data = json(index, urls: urls)
        data.removeLast()  // the newline
        return "window.ANNALS_SEARCH = " + data + ";\n"
    }

    static func json(_ index: SearchIndexPage, urls: URLs) -> String {
        let s = ByteSink(capacity: index.articles.count * 256 + index.people.count * 128 + 64)
        s.append("{\"a\":[" as StaticString)
        for (i, a) in index.articles.enumerated() {
            if i > 0 { s.append(0x2C) }
            s.append(0x5B); JSON.append(a.title, to: s); s.append(0x2C); JSON.append(Vietnamese.fold(a.title), to: s); s.append(0x2C)
            JSON.append(target(URLs.article(a.slug), urls), to: s); s.append(0x2C)
            JSON.append(a.date, to: s); s.append(0x5D)
        }
        s.append("],\"p\":[" as StaticString)
        for (i, p) in index.people.enumerated() {
            if i > 0 { s.append(0x2C) }
            s.append(0x5B); JSON.append(p.name, to: s); s.append(0x2C); JSON.append(Vietnamese.fold(p.name), to: s); s.append(0x2C)
            JSON.append(target(URLs.person(p.slug), urls), to: s); s.append(0x2C)
            s.append(String(p.count)); s.append(0x5D)
        }
        s.append("]}\n" as StaticString)
        return String(decoding: s.bytes(0..<s.count), as: UTF8.self)
    }

    private static func target(_ path: String, _ urls: URLs) -> String {
        urls.explicitIndex ? path + "index.html" : path
    }
}

import Foundation

enum JSON {
    /// `string(s)`, appended to `out`.
    static func append(_ s: String, to out: ByteSink) {
        if isPlain(s) {
            out.append(0x22); out.append(s); out.append(0x22)
        } else {
            out.append(string(s))
        }
    }

    /// Most titles and names need no escape: one pass over the bytes tells (no control character, quote,
    /// backslash or `<`, and no E2 byte, which starts U+2028 and U+2029).
    private static func isPlain(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { b in b.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0xE2 } }
    }

    /// `s` as a JSON string that can also stand inside a `<script>`.
    static func string(_ s: String) -> String {
        if isPlain(s) { return "\"" + s + "\"" }
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
