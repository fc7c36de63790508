import Annals
import Foundation

/// Maps a request path to a file in the output folder, refusing anything that would leave it:
/// `..` segments (also percent-encoded), encoded slashes and backslashes, NUL, and symbolic links
/// whose target lies outside the output.
public struct StaticFiles: Sendable {
    public let root: String
    /// The path the site is served under, "/" or e.g. "/archive/".
    public let basePath: String

    public enum Resolution: Equatable, Sendable {
        case file(String)
        case redirect(String)
        case notFound
        case forbidden
    }

    public init(root: String, baseURL: String?) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
        var base = "/"
        if let b = baseURL, let url = URL(string: b), !url.path.isEmpty {
            base = url.path.hasSuffix("/") ? url.path : url.path + "/"
        }
        basePath = base
    }

    /// `rawPath` is the request target's path as sent, before percent-decoding.
    public func resolve(_ rawPath: String) -> Resolution {
        let lowered = rawPath.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") || rawPath.contains("\\") { return .forbidden }
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0") else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        // "//people" would otherwise redirect to "//people/", which a browser reads as another host.
        if decoded.contains("//") {
            let collapsed = "/" + segments.filter { !$0.isEmpty }.joined(separator: "/") + (decoded.hasSuffix("/") && segments.count > 1 ? "/" : "")
            return .redirect(collapsed == "//" ? "/" : collapsed)
        }
        if decoded == basePath.dropLast() && basePath != "/" { return .redirect(basePath) }
        guard decoded.hasPrefix(basePath) else {
            return decoded == "/" ? .redirect(basePath) : .notFound
        }
        let relative = String(decoded.dropFirst(basePath.count))
        var path = root + "/" + relative
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return .notFound }
        if isDir.boolValue {
            // "/people/x" → "/people/x/", so relative links in the page resolve.
            if !relative.isEmpty && !relative.hasSuffix("/") { return .redirect(basePath + relative + "/") }
            path += path.hasSuffix("/") ? "index.html" : "/index.html"
            guard FileManager.default.fileExists(atPath: path) else { return .notFound }
        }
        // Symbolic links may point anywhere: only what really lies inside the output is served.
        guard let real = realpath(path, nil) else { return .notFound }
        defer { free(real) }
        let resolved = String(cString: real)
        guard let rootReal = realpath(root, nil) else { return .notFound }
        defer { free(rootReal) }
        let rootPath = String(cString: rootReal)
        guard resolved.hasPrefix(rootPath + "/") else { return .forbidden }
        // Annals' own bookkeeping (the manifest, a build's staging folder) is not part of the site.
        if resolved.dropFirst(rootPath.count).split(separator: "/").contains(where: { $0.hasPrefix(".annals-") }) { return .notFound }
        return .file(resolved)
    }

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8", "json": "application/json",
        "xml": "application/xml", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2",
        "pdf": "application/pdf",
    ]

    public static func contentType(_ path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        if path.hasSuffix("feed.xml") { return "application/atom+xml; charset=utf-8" }
        return types[ext] ?? "application/octet-stream"
    }
}
