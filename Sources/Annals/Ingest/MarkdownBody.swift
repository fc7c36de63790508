/// Writes body blocks as Markdown. Text is escaped so that cmark reads it back as the same words:
/// a scraped line starting with "1." or "#" must not become a list or a heading.
enum MarkdownBody {
    /// The marker line before a caption paragraph. An HTML comment, so other Markdown tools simply hide it.
    static let captionMarker = "<!-- caption -->"

    static func make(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let p): return escape(p)
            case .caption(let c): return captionMarker + "\n" + escape(c)
            }
        }.joinedExactly(separator: "\n\n")
    }

    /// The characters `escape` changes: Markdown's punctuation and the newline.
    /// By byte value; filled once, read-only afterwards.
    nonisolated(unsafe) private static let special = ByteTable.of("\\`*_[]<>&|~\n")

    static func escape(_ text: String) -> String {
        // Most paragraphs need nothing: no special character, no newline, no marker at the start.
        let table = Self.special
        var copy = text
        let plain = copy.withUTF8 { bytes in
            for b in bytes where table[Int(b)] { return false }
            return true
        }
        if plain, let f = text.utf8.first, !(f >= 0x30 && f <= 0x39), f != UInt8(ascii: "#"), f != UInt8(ascii: "+"),
           f != UInt8(ascii: "-"), f != UInt8(ascii: "=") {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                out.append(UInt8(ascii: "\\")); out.append(b)
            case 10:
                out.append(0x20)
            default:
                out.append(b)
            }
        }
        // Block-level markers at the start of the paragraph.
        if let f = out.first, f == UInt8(ascii: "#") || f == UInt8(ascii: "+") || f == UInt8(ascii: "-") || f == UInt8(ascii: "=") {
            out.insert(UInt8(ascii: "\\"), at: 0)
        }
        // "1." or "12)" at the start would read as an ordered list.
        var digits = 0
        while digits < out.count, digits < 10, out[digits] >= 0x30, out[digits] <= 0x39 { digits += 1 }
        if digits >= 1, digits <= 9, digits < out.count, out[digits] == UInt8(ascii: ".") || out[digits] == UInt8(ascii: ")") {
            out.insert(UInt8(ascii: "\\"), at: digits)
        }
        return String(decoding: out, as: UTF8.self)
    }

}
