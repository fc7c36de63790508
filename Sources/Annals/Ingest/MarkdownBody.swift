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
        }.joined(separator: "\n\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~":
                out.append("\\"); out.append(ch)
            case "\n":
                out.append(" ")
            default:
                out.append(ch)
            }
        }
        // Block-level markers at the start of the paragraph.
        if let f = out.first, "#+-=".contains(f) { out = "\\" + out }
        if let m = orderedList.firstMatch(in: out) { out.insert("\\", at: out.index(before: m.range.upperBound)) }
        return out
    }

    private static let orderedList = Pattern(#"^\d{1,9}[.)]"#)
}
