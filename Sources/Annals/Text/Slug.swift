/// ASCII slugs for URLs: "Nguyễn Phú Trọng" → "nguyen-phu-trong".
public enum Slug {
    /// At most this many characters, cut at a hyphen, so paths stay within file-system limits.
    public static let maxLength = 100

    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in Vietnamese.fold(text).unicodeScalars {
            let v = ch.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(ch)
            } else {
                pendingHyphen = true
            }
        }
        if out.count > maxLength {
            let cut = out.prefix(maxLength)
            if let dash = cut.lastIndex(of: "-") { out = String(cut[..<dash]) } else { out = String(cut) }
        }
        return out
    }

    /// A slug is safe as one path segment: lower-case ASCII letters, digits and inner hyphens.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 200 && slug.first != "-" && slug.last != "-" &&
            slug.unicodeScalars.allSatisfy { (0x61...0x7A).contains($0.value) || (0x30...0x39).contains($0.value) || $0 == "-" }
    }
}
