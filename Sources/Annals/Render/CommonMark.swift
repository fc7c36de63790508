import CCmark

/// Markdown → HTML through cmark. The only file that speaks to the C library.
///
/// Smart punctuation on; raw HTML and dangerous link schemes (`javascript:`) are dropped because
/// CMARK_OPT_UNSAFE stays off. A paragraph after the caption marker is rendered as a caption.
public enum CommonMark {
    private static let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    public static func html(_ markdown: String) -> String {
        guard let doc = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return "" }
        defer { cmark_node_free(doc) }
        var out = ""
        var captionNext = false
        var node = cmark_node_first_child(doc)
        while let n = node {
            defer { node = cmark_node_next(n) }
            let type = cmark_node_get_type(n)
            if type == CMARK_NODE_HTML_BLOCK, let lit = cmark_node_get_literal(n),
               String(cString: lit).trimmingCharacters(in: .whitespacesAndNewlines) == MarkdownBody.captionMarker {
                captionNext = true
                continue
            }
            var html = render(n)
            if captionNext, type == CMARK_NODE_PARAGRAPH, html.hasPrefix("<p>") {
                html = "<p class=\"caption\">" + html.dropFirst(3)
            }
            captionNext = false
            out += html
        }
        return out
    }

    private static func render(_ node: OpaquePointer) -> String {
        guard let c = cmark_render_html(node, options) else { return "" }
        defer { free(c) }
        return String(cString: c)
    }
}

import Foundation
