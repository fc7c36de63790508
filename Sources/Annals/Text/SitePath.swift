/// Site paths a user writes (front matter `aliases:`), checked and put in the site's form.
enum SitePath {
    /// "/2019/05/bai-cu" → "2019/05/bai-cu/"; "/cu/trang.html" stays a file. Nil for anything that is not
    /// a plain path of the site: another site's address, "..", characters a URL would have to escape,
    /// the assets folder, or nothing at all.
    static func alias(_ written: String) -> String? {
        var s = Substring(written.trimmingCharacters(in: .whitespaces))
        while s.hasPrefix("/") { s = s.dropFirst() }
        guard !s.isEmpty, s.utf8.count <= 300 else { return nil }
        let allowed = s.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x2F
        }
        guard allowed else { return nil }
        let segments = s.split(separator: "/", omittingEmptySubsequences: false)
        // Empty segments only as the final slash; no "." or ".." anywhere.
        for (k, seg) in segments.enumerated() where seg.isEmpty && k != segments.count - 1 || seg == "." || seg == ".." { return nil }
        if segments.first == "assets" { return nil }
        let path = String(s)
        if path.hasSuffix("/") || path.hasSuffix(".html") { return path }
        return path + "/"
    }
}
