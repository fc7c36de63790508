import Foundation

/// Bylines and source credits at the foot of an article.
enum Byline {
    struct Found: Equatable {
        var authors: [String]
        var source: String?
    }

    private static let labelled = Pattern(#"^(?:tin|bài|ảnh|tin và ảnh|tin, ảnh|tin - ảnh|bài và ảnh|bài, ảnh|bài - ảnh|bài và ảnh|bài, ảnh|nhóm pv|nhóm phóng viên|thực hiện|văn bản|video|clip|tin/ảnh|bài/ảnh)\s*:\s*(.{2,80})$"#, ignoreCase: true)
    private static let sourceLine = Pattern(#"^(?:\(?\s*)?(?:theo|nguồn)\s*:?\s*([^:()]{2,60}?)\s*(?::\s*(https?://\S+))?\s*\)?\.?$"#, ignoreCase: true)
    private static let parenthetical = Pattern(#"\s*\([^()]{1,40}\)"#)
    private static let reporterWords: Set<String> = ["p.v", "pv", "ctv", "nhóm pv", "phóng viên", "nhóm phóng viên", "p.v.", "btv"]

    /// "Nguồn Trà Vinh: https://..." or "Theo TTXVN" or "(Theo Tuổi Trẻ)".
    static func sourceLine(_ line: String) -> (name: String, url: String?)? {
        guard line.count <= 300, let m = sourceLine.firstMatch(in: line) else { return nil }
        let name = (m[1] ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.split(separator: " ").count <= 8 else { return nil }
        return (name, m[2])
    }

    /// A whole line that is a byline: "Văn Hùng, Hoàn Vũ", "Tin, ảnh: THANH NHÃ", "Mai Anh - Đức Trung", "P.V".
    static func line(_ line: String) -> Found? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.count <= 90 else { return nil }
        if reporterWords.contains(t.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) { return Found(authors: [t.trimmingCharacters(in: CharacterSet(charactersIn: " "))]) }
        if let m = labelled.firstMatch(in: t) {
            let names = splitNames((m[1] ?? ""))
            return names.isEmpty ? nil : Found(authors: names.authors, source: names.source)
        }
        let names = splitNames(t)
        return names.isEmpty ? nil : Found(authors: names.authors, source: names.source)
    }

    /// "... đã ký kết. Hồng Nhung (TTXVN)": a byline glued to the last sentence. Returns the byline and the text before it.
    static func glued(_ paragraph: String) -> (Found, String)? {
        let trimmed = paragraph.trimmingCharacters(in: .whitespaces)
        guard let dot = trimmed.dropLast().lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == "”" || $0 == "\"" }) else { return nil }
        let tail = trimmed[trimmed.index(after: dot)...].trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty, tail.count <= 60 else { return nil }
        if let src = sourceLine(tail) {
            return (Found(authors: [], source: src.name), String(trimmed[...dot]))
        }
        guard let found = line(tail), !found.authors.isEmpty else { return nil }
        return (found, String(trimmed[...dot]))
    }

    private struct Names {
        var authors: [String] = []
        var source: String?
        var isEmpty: Bool { authors.isEmpty }
    }

    /// Splits "Văn Hùng, Hoàn Vũ" / "Mai Anh - Đức Trung" / "Phương Hoa (từ Bangkok)" into names, or nothing
    /// when any part does not look like a name.
    private static func splitNames(_ s: String) -> Names {
        var result = Names()
        var text = s.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        // "(TTXVN)" names the agency; "(từ Bangkok)" where the reporter filed from.
        for m in parenthetical.matches(in: text).reversed() {
            let inner = text[m.range].trimmingCharacters(in: CharacterSet(charactersIn: " ()"))
            if inner == inner.uppercased(), inner.count <= 8, result.source == nil { result.source = inner }
            text.removeSubrange(m.range)
        }
        let parts = text.components(separatedBy: ",").flatMap { $0.components(separatedBy: " - ") }
            .flatMap { $0.components(separatedBy: " – ") }.flatMap { $0.components(separatedBy: " và ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.count <= 5 else { return Names() }
        for part in parts {
            if reporterWords.contains(part.lowercased()) { result.authors.append(part); continue }
            let words = part.split(separator: " ")
            guard (1...4).contains(words.count),
                  words.allSatisfy({ w in w.first?.isUppercase == true && !w.contains(where: { $0.isNumber }) && w.count <= 12 })
            else { return Names() }
            result.authors.append(Vietnamese.titleCased(part))
        }
        // A single one-word "name" on the last line is too weak ("Hà Nội" is two words and a place; "Đẹp" is not a byline).
        if result.authors.count == 1, result.authors[0].split(separator: " ").count == 1, result.authors[0].count < 3 { return Names() }
        return result
    }
}
