/// Photo captions: lines of their own ending in a credit, and captions inside a paragraph
/// ("... tại Bắc Kinh (Ảnh: AFP). Next sentence", "... tại hội nghị. Ảnh: TTXVN. Next sentence").
enum Captions {
    private static let creditAtEnd = Pattern(#"\((?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo)[^()]{0,60}\)\.?$"#, ignoreCase: true)
    private static let trailingCredit = Pattern(#"[.!?]?\s+(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu)\s*:\s*[^.]{1,60}\.?$"#)
    private static let inlineCredit = Pattern(#"^(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu)\s*:\s*[^.()]{1,50}?\.(?=\s|$)"#)

    /// A line that is a caption by its credit: "Thủ tướng phát biểu (Ảnh: VGP)." or "Quang cảnh hội nghị. Ảnh: TTXVN".
    static func isCaptionLine(_ line: String) -> Bool {
        guard line.split(separator: " ").count <= 60 else { return false }
        return creditAtEnd.firstMatch(in: line) != nil || trailingCredit.firstMatch(in: line) != nil
            || (line.hasPrefix("Ảnh:") && line.count < 80)
    }

    /// Splits a paragraph around the captions written inside it.
    static func splitInline(_ paragraph: String) -> [Block] {
        guard paragraph.contains("Ảnh") || paragraph.contains("ảnh:") else { return [.paragraph(paragraph)] }
        let sentences = Sentences.split(paragraph)
        var blocks: [Block] = []
        var pending: [String] = []
        func flush() {
            if !pending.isEmpty { blocks.append(.paragraph(pending.joined(separator: " "))); pending = [] }
        }
        var i = 0
        while i < sentences.count {
            let s = sentences[i]
            if creditAtEnd.firstMatch(in: s) != nil, s.split(separator: " ").count <= 60 {
                flush(); blocks.append(.caption(s))
            } else if i + 1 < sentences.count, let m = inlineCredit.firstMatch(in: sentences[i + 1]),
                      m.range.upperBound == sentences[i + 1].endIndex, s.split(separator: " ").count <= 60 {
                flush(); blocks.append(.caption(s + " " + sentences[i + 1]))
                i += 1
            } else if s.hasPrefix("Ảnh:"), s.count < 60, let last = pending.popLast() {
                flush(); blocks.append(.caption(last + " " + s))
            } else {
                pending.append(s)
            }
            i += 1
        }
        flush()
        return blocks
    }
}

/// Sentence splitting good enough for news prose: a stop, then a space, then a capital, digit or quote.
enum Sentences {
    static func split(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            if c == "." || c == "!" || c == "?" || c == "…" {
                // Keep closing quotes and brackets with the sentence.
                while i + 1 < chars.count, "”\"’)".contains(chars[i + 1]) { i += 1; current.append(chars[i]) }
                if i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase || chars[i + 2].isNumber || "“\"(".contains(chars[i + 2]) {
                    result.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            i += 1
        }
        let tail = current.trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty { result.append(tail) }
        return result
    }
}

import Foundation
