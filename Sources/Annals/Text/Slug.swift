/// ASCII slugs for URLs: "Nguyễn Phú Trọng" → "nguyen-phu-trong".
public enum Slug {
    /// At most this many characters, cut at a hyphen, so paths stay within file-system limits.
    public static let maxLength = 100

    public static func make(_ text: String) -> String {
        // ASCII only comes out, so bytes are characters.
        var out: [UInt8] = []
        var pendingHyphen = false
        var folded = Vietnamese.fold(text)
        folded.withUTF8 { bytes in
            out.reserveCapacity(bytes.count)
            for b in bytes {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                    pendingHyphen = false
                    out.append(b)
                } else if b < 0x80 || b >= 0xC0 {
                    // Anything else, a character at a time (its continuation bytes add nothing).
                    pendingHyphen = true
                }
            }
        }
        if out.count > maxLength {
            let cut = out.prefix(maxLength)
            out = Array(cut.lastIndex(of: 0x2D).map { cut[..<$0] } ?? cut)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A slug is safe as one path segment: lower-case ASCII letters, digits and inner hyphens.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 200 && slug.first != "-" && slug.last != "-" &&
            slug.unicodeScalars.allSatisfy { (0x61...0x7A).contains($0.value) || (0x30...0x39).contains($0.value) || $0 == "-" }
    }
}
