import CCmark

/// Markdown → HTML through cmark. The only file that speaks to the C library.
///
/// Smart punctuation on; raw HTML and dangerous link schemes (`javascript:`) are dropped because
/// CMARK_OPT_UNSAFE stays off. A paragraph after the caption marker is rendered as a caption.
public enum CommonMark {
    // (No CMARK_OPT_VALIDATE_UTF8: the text comes from a Swift String, which is valid UTF-8.)
    private static let options = CMARK_OPT_SMART

    public static func html(_ markdown: String) -> String {
        String(decoding: htmlBytes(markdown), as: UTF8.self)
    }

    /// The HTML as cmark writes it: valid UTF-8 (cmark repairs its input), so it goes into pages as bytes.
    /// The document is rendered in one call, once each paragraph after a caption marker has been turned
    /// into its HTML with the caption class.
    public static func htmlBytes(_ markdown: String) -> [UInt8] {
        guard let doc = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return [] }
        defer { cmark_node_free(doc) }
        removeUnsafeLinks(doc)
        markCaptions(doc)
        guard let c = cmark_render_html(doc, options) else { return [] }
        defer { free(c) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c)))
    }

    /// Takes out the caption markers; a paragraph right after one becomes `<p class="caption">`.
    private static func markCaptions(_ doc: OpaquePointer) {
        var node = cmark_node_first_child(doc)
        while let n = node {
            node = cmark_node_next(n)
            guard cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK, let lit = cmark_node_get_literal(n), isCaptionMarker(lit) else { continue }
            cmark_node_free(n)
            // The paragraph is rendered on its own and put back as a custom block holding that HTML
            // (a custom block with children would put line breaks inside the <p>).
            guard let paragraph = node, cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let rendered = cmark_render_html(paragraph, options) else { continue }
            // "<p>…</p>\n" → "<p class="caption">…</p>", on the bytes cmark wrote.
            var end = strlen(rendered)
            let bytes = UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self)
            guard end >= 3, bytes[0] == 0x3C, bytes[1] == 0x70, bytes[2] == 0x3E, let caption = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
                free(rendered)
                continue
            }
            while end > 3, bytes[end - 1] == 0x0A, bytes[end - 2] != 0x0D { end -= 1 }   // (a "\r\n" is one character)
            var html = Array(Self.captionOpen.utf8)
            html.append(contentsOf: UnsafeBufferPointer(start: bytes + 3, count: end - 3))
            html.append(0)
            free(rendered)
            html.withUnsafeBufferPointer { cmark_node_set_on_enter(caption, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
            cmark_node_replace(paragraph, caption)
            cmark_node_free(paragraph)
            node = cmark_node_next(caption)
        }
    }

    private static let captionOpen = "<p class=\"caption\">"
    private static let marker = Array(MarkdownBody.captionMarker.utf8)

    /// An HTML block that is the caption marker and white space around it. ASCII white space is trimmed
    /// here; a block with other bytes at its ends goes through Foundation's trimming as before.
    private static func isCaptionMarker(_ literal: UnsafePointer<CChar>) -> Bool {
        let b = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        var lo = 0, hi = strlen(literal)
        @inline(__always) func space(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        while lo < hi, space(b[lo]) { lo += 1 }
        while hi > lo, space(b[hi - 1]) { hi -= 1 }
        if lo < hi, b[lo] < 0x80, b[hi - 1] < 0x80 {
            return hi - lo == marker.count && memcmp(b + lo, marker, marker.count) == 0
        }
        return String(cString: literal).trimmingCharacters(in: .whitespacesAndNewlines) == MarkdownBody.captionMarker
    }

    /// cmark's safe mode blanks `javascript:` and similar URLs, leaving `<a href="">`. Better: keep the
    /// link's text and drop the link; drop images whose source is not a plain web or relative address.
    private static func removeUnsafeLinks(_ doc: OpaquePointer) {
        var unsafe: [OpaquePointer] = []
        let iter = cmark_iter_new(doc)
        defer { cmark_iter_free(iter) }
        while cmark_iter_next(iter) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iter), cmark_iter_get_event_type(iter) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if !isSafe(url) { unsafe.append(node) }
        }
        for node in unsafe {
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
            }
            cmark_node_free(node)
        }
    }

    static func isSafe(_ url: String) -> Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.isEmpty { return false }
        guard let colon = lower.firstIndex(of: ":") else { return true }
        // A colon after a slash, ? or # is not a scheme ("a/b:c").
        if lower[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto"].contains(String(lower[..<colon]))
    }

}

import Foundation
