import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks a built site on disk: every internal link and fragment resolves, every page has a title,
/// a `lang` and exactly one `h1`, and the XML files parse. Reads only; the result lists the problems.
public enum SiteChecker {
    public struct Problem: Sendable, CustomStringConvertible, Equatable {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    private static let attr = Pattern(#"\s(?:href|src)\s*=\s*"([^"]*)""#, ignoreCase: true)
    private static let ids = Pattern(#"\sid\s*=\s*"([^"]*)""#, ignoreCase: true)
    private static let h1 = Pattern(#"<h1[\s>]"#, ignoreCase: true)
    private static let title = Pattern(#"<title>[^<]*\S[^<]*</title>"#, ignoreCase: true)
    private static let lang = Pattern(#"<html[^>]*\slang="[a-zA-Z-]+""#, ignoreCase: true)
    private static let refresh = Pattern(#"<meta\s+http-equiv="refresh"\s+content="[0-9]+;\s*url=([^"]*)""#, ignoreCase: true)

    public static func check(directory: String) -> [Problem] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let fm = FileManager.default
        var problems: [Problem] = []
        var htmlFiles: [String] = []
        var xmlFiles: [String] = []
        if let e = fm.enumerator(atPath: root.path) {
            for case let rel as String in e {
                if rel.hasSuffix(".html") { htmlFiles.append(rel) }
                if rel.hasSuffix(".xml") { xmlFiles.append(rel) }
            }
        }
        htmlFiles.sort()
        let served = rootPath(root)
        var idCache: [String: Set<String>] = [:]
        func idsOf(_ path: String) -> Set<String> {
            if let c = idCache[path] { return c }
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let s = Set(ids.matches(in: text).compactMap { $0[1] })
            idCache[path] = s
            return s
        }
        for rel in htmlFiles {
            let file = root.appendingPathComponent(rel)
            guard let html = try? String(contentsOf: file, encoding: .utf8) else {
                problems.append(Problem(file: rel, message: "not UTF-8 text")); continue
            }
            if !title.contains(html) { problems.append(Problem(file: rel, message: "no <title>")) }
            if !lang.contains(html) { problems.append(Problem(file: rel, message: "no lang on <html>")) }
            let h1s = h1.matches(in: html).count
            if h1s != 1 { problems.append(Problem(file: rel, message: "\(h1s) <h1> elements, expected 1")) }
            if let m = refresh.matches(in: html).first, let raw = m[1] {
                if let problem = redirectProblem(decodeAttribute(raw), from: file, root: root) { problems.append(Problem(file: rel, message: problem)) }
            }
            for m in attr.matches(in: html) {
                guard let raw = m[1] else { continue }
                let link = decodeAttribute(raw)
                if link.isEmpty { problems.append(Problem(file: rel, message: "empty link")); continue }
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") || link.hasPrefix("//") { continue }
                if link.lowercased().hasPrefix("javascript:") || link.lowercased().hasPrefix("data:") {
                    problems.append(Problem(file: rel, message: "unsafe link \(link)")); continue
                }
                var (pathPart, fragment) = split(link)
                // From the server's root (the 404 page's links): the site lies at the base URL's path.
                var base = file.deletingLastPathComponent()
                if pathPart.hasPrefix("/") {
                    guard pathPart.hasPrefix(served) else {
                        problems.append(Problem(file: rel, message: "link leaves the site: \(link)")); continue
                    }
                    (base, pathPart) = (root, String(pathPart.dropFirst(served.count)))
                    if pathPart.isEmpty { pathPart = "index.html" }
                }
                let target: URL
                if pathPart.isEmpty {
                    target = file
                } else {
                    var t = base.appendingPathComponent(pathPart.removingPercentEncoding ?? pathPart).standardizedFileURL
                    var isDir: ObjCBool = false
                    if fm.fileExists(atPath: t.path, isDirectory: &isDir), isDir.boolValue { t = t.appendingPathComponent("index.html") }
                    target = t
                }
                guard target.path.hasPrefix(root.path) else {
                    problems.append(Problem(file: rel, message: "link leaves the site: \(link)")); continue
                }
                guard fm.fileExists(atPath: target.path) else {
                    problems.append(Problem(file: rel, message: "broken link \(link)")); continue
                }
                if let f = fragment, !f.isEmpty, target.pathExtension == "html", !idsOf(target.path).contains(f.removingPercentEncoding ?? f) {
                    problems.append(Problem(file: rel, message: "link \(link): no element with id '\(f)'"))
                }
            }
        }
        for rel in xmlFiles.sorted() {
            let url = root.appendingPathComponent(rel)
            guard let data = try? Data(contentsOf: url) else { continue }
            let parser = XMLParser(data: data)
            if !parser.parse() {
                problems.append(Problem(file: rel, message: "XML does not parse: \(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)"))
            }
        }
        return problems
    }

    /// The path the site is served at: that of the home page's canonical address (its base URL), or "/".
    static func rootPath(_ root: URL) -> String {
        guard let home = try? String(contentsOf: root.appendingPathComponent("index.html"), encoding: .utf8),
              let start = home.range(of: "<link rel=\"canonical\" href=\""),
              let end = home[start.upperBound...].firstIndex(of: "\""),
              let scheme = home[start.upperBound..<end].range(of: "://"),
              let slash = home[scheme.upperBound..<end].firstIndex(of: "/") else { return "/" }
        let path = decodeAttribute(String(home[slash..<end]))
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Why a redirect page (`meta refresh`) does not land on a page: its target is missing, outside the
    /// site, or another redirect. Nil when it lands.
    static func redirectProblem(_ link: String, from file: URL, root: URL) -> String? {
        if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("//") { return nil }
        let (pathPart, _) = split(link)
        var target = file.deletingLastPathComponent().appendingPathComponent(pathPart.removingPercentEncoding ?? pathPart).standardizedFileURL
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDir), isDir.boolValue { target = target.appendingPathComponent("index.html") }
        guard target.path.hasPrefix(root.path), let text = try? String(contentsOf: target, encoding: .utf8) else {
            return "redirect to \(link) lands on no page"
        }
        if !refresh.matches(in: text).isEmpty { return "redirect to \(link) lands on another redirect" }
        return nil
    }

    private static func split(_ link: String) -> (String, String?) {
        var s = link
        if let q = s.firstIndex(of: "?") { s = String(s[..<q]) }
        guard let hash = s.firstIndex(of: "#") else { return (s, nil) }
        return (String(s[..<hash]), String(s[s.index(after: hash)...]))
    }

    private static func decodeAttribute(_ s: String) -> String {
        s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
    }
}
