import Foundation
import Testing
import Glibc
@testable import Annals

/// The search page driven in headless Chromium (Debian's `chromium`; `make test` installs it when missing)
/// on a site built from Fixtures/Search: three articles about Nguyễn Phú Trọng, two prime ministers, an
/// article where "Nguyễn", "phú" and "trồng" stand apart, and a phrase found only in one body. Opened from
/// disk and over HTTP under a subpath, the page must give the same results.
@Suite(.serialized) struct SearchBrowserTests {
    static let fixtures = Repo.fixtures + "/Search"
    static let trong = ["tong-bi-thu-tiep-doan-dai-bieu-cuu-chien-binh", "hoi-nghi-can-bo-toan-quoc-quan-triet-nghi-quyet-moi",
                        "tham-truong-vung-cao"]  // a slug of its own, not the title's: the index writes it
    static let farmer = "nong-dan-lam-giau-tren-dat-cat-ven-bien"

    /// The results a page shows: people's slugs, then articles' slugs, in order, and the status line.
    struct Shown {
        var people: [String] = []
        var articles: [String] = []
        var status = ""
        var marks: [String] = []
        /// The headlines shown beside people.
        var roles: [String] = []
        /// The results' excerpts, without their marks.
        var excerpts: [String] = []
    }

    static func chromium() -> String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The DOM after the page's scripts ran.
    static func dom(_ url: String) throws -> String {
        guard let exe = chromium() else {
            throw Failure("chromium is not installed: `make test` installs Debian's chromium, or run `apt-get install chromium`")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        let profile = temporaryDirectory("chromium-profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.path,
                       "--virtual-time-budget=10000", "--dump-dom", url]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard p.terminationStatus == 0, text.contains("</html>") else {
            throw Failure("chromium could not run (status \(p.terminationStatus)): \(String(decoding: errors, as: UTF8.self).suffix(600))")
        }
        return text
    }

    static func shown(_ url: String) throws -> Shown {
        let html = try dom(url)
        var s = Shown()
        func section(_ id: String) -> String {
            guard let a = html.range(of: "id=\"\(id)\"") else { return "" }
            let rest = html[a.upperBound...]
            return String(rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)])
        }
        func slugs(_ text: String, under folder: String) -> [String] {
            let pattern = try! NSRegularExpression(pattern: "href=\"[^\"]*\(folder)/([a-z0-9-]+)/")
            return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
        }
        s.people = slugs(section("results-people"), under: "people")
        s.articles = slugs(section("results-articles"), under: "articles")
        if let a = html.range(of: "id=\"search-status\""), let gt = html[a.upperBound...].firstIndex(of: ">") {
            let rest = html[html.index(after: gt)...]
            s.status = String(rest[..<(rest.firstIndex(of: "<") ?? rest.endIndex)])
        }
        let marks = try! NSRegularExpression(pattern: "<mark>([^<]*)</mark>")
        s.marks = marks.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
        let roles = try! NSRegularExpression(pattern: "<span class=\"role\"> · ([^<]*)</span>")
        let excerpts = try! NSRegularExpression(pattern: "<p class=\"excerpt\">(.*?)</p>", options: .dotMatchesLineSeparators)
        s.excerpts = excerpts.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!]).replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
        }
        s.roles = roles.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
        return s
    }

    /// Runs the three queries against the search page at `page` (a URL without a query).
    static func checkQueries(_ page: String) throws {
        let trong = try shown(page + "?q=nguyen%20phu%20trong")
        #expect(trong.people.first == "nguyen-phu-trong", "\(page): \(trong)")
        #expect(Set(trong.articles.prefix(3)) == Set(Self.trong), "his three articles first: \(trong.articles)")
        #expect(trong.articles.last == farmer, "the scattered words rank last: \(trong.articles)")
        #expect(trong.marks.contains("Trọng"), "matched words are marked: \(trong.marks)")

        let pm = try shown(page + "?q=th%E1%BB%A7%20t%C6%B0%E1%BB%9Bng")  // "thủ tướng", typed with its marks
        #expect(Set(pm.people) == ["pham-minh-chinh", "nguyen-xuan-phuc"], "\(page): \(pm)")
        #expect(pm.roles.contains("Thủ tướng (2023)"), "people show their headline office: \(pm.roles)")
        #expect(pm.articles.first == "thu-tuong-lam-viec-voi-tinh-ve-phat-trien-ha-tang", "\(pm.articles)")

        let phrase = try shown(page + "?q=vuon%20thanh%20long%20ruot%20do")
        #expect(phrase.articles == [farmer], "\(page): \(phrase)")
        #expect(phrase.marks.contains("thanh") && phrase.marks.contains("đỏ"), "\(phrase.marks)")
        // The common words the document file writes as codes are read back.
        #expect(phrase.excerpts.first?.contains("gia đình ông có vườn thanh long ruột đỏ rộng hơn hai héc ta.") == true, "\(phrase.excerpts)")

        let filtered = try shown(page + "?q=thu%20tuong&y=2019")
        #expect(filtered.articles == ["chinh-phu-hop-phien-thuong-ky-thang-tu"], "year filter: \(filtered.articles)")
        let byPerson = try shown(page + "?p=nguyen-xuan-phuc")
        #expect(byPerson.articles == ["hoi-nghi-can-bo-toan-quoc-quan-triet-nghi-quyet-moi", "chinh-phu-hop-phien-thuong-ky-thang-tu"],
                "person filter, newest first: \(byPerson.articles)")
    }

    @Test func fromDisk() throws {
        let out = temporaryDirectory("search-disk")
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Builder.build(BuildOptions(seeds: Self.fixtures, templates: Repo.templates, output: out.path))
        #expect(!report.aborted && report.articles == 6)
        try Self.checkQueries(out.appendingPathComponent("search/index.html").absoluteString)
    }

    @Test func overHTTPUnderASubpath() throws {
        let root = temporaryDirectory("search-http")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("archive")
        let report = Builder.build(BuildOptions(seeds: Self.fixtures, templates: Repo.templates, output: site.path,
                                                baseURL: "http://127.0.0.1/archive/"))
        #expect(!report.aborted)
        let port = try Self.freePort()
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
        var up = false
        for _ in 0..<100 where !up {
            up = (try? RawHTTP(port: port).request("/archive/search/").status) == 200
            if !up { usleep(100_000) }
        }
        guard up else { throw Failure("python3 -m http.server did not answer on port \(port)") }
        try Self.checkQueries("http://127.0.0.1:\(port)/archive/search/")
    }
}

extension SearchBrowserTests {
    /// A port no one listens on now (the kernel's choice for a socket bound to port 0).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("no socket") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard bound else { throw Failure("cannot bind a socket") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
