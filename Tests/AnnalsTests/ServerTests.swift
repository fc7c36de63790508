import Foundation
import Testing
@testable import Annals
@testable import AnnalsServe

/// The preview server, started for real on a free port and spoken to over a socket.
@Suite(.serialized) struct ServerTests {
    final class Running: @unchecked Sendable {
        let root: URL
        let server: PreviewServer
        let task: Task<Void, Error>
        let port: Int
        var http: RawHTTP { RawHTTP(port: port) }
        var seeds: URL { root.appendingPathComponent("seeds") }
        var templates: URL { root.appendingPathComponent("Templates") }
        var output: URL { root.appendingPathComponent("output") }

        init(baseURL: String? = nil) async throws {
            root = temporaryDirectory("serve")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: Repo.seeds) where name.hasSuffix(".txt") {
                try FileManager.default.copyItem(atPath: Repo.seeds + "/" + name, toPath: root.appendingPathComponent("seeds/" + name).path)
            }
            try FileManager.default.copyItem(atPath: Repo.templates, toPath: root.appendingPathComponent("Templates").path)
            let options = BuildOptions(seeds: root.appendingPathComponent("seeds").path, templates: root.appendingPathComponent("Templates").path,
                                       output: root.appendingPathComponent("output").path, baseURL: baseURL)
            let server = PreviewServer(options: options, host: "127.0.0.1", port: 0, log: { _ in })
            self.server = server
            let ready = AsyncStream<Int>.makeStream()
            task = Task { try await server.run { port in ready.continuation.yield(port); ready.continuation.finish() } }
            var it = ready.stream.makeAsyncIterator()
            port = await it.next() ?? 0
        }

        func stop() {
            task.cancel()
            try? FileManager.default.removeItem(at: root)
        }
    }

    @Test func servesPagesWithTheRightHeaders() async throws {
        let s = try await Running()
        defer { s.stop() }
        let home = try s.http.request("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("EventSource"))
        // The reload script is only in what is served, never in the files written.
        let onDisk = try String(contentsOf: s.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("EventSource"))

        #expect(try s.http.request("/assets/style.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try s.http.request("/feed.xml").headers["content-type"] == "application/atom+xml; charset=utf-8")
        #expect(try s.http.request("/search/index.js").headers["content-type"] == "text/javascript; charset=utf-8")

        let head = try s.http.request("/index.html", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(home.body.count))

        let etag = try #require(home.headers["etag"])
        #expect(try s.http.request("/", headers: ["If-None-Match": etag]).status == 304)

        let missing = try s.http.request("/khong-co/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("Không tìm thấy trang"))

        let redirect = try s.http.request("/people/nguyen-phu-trong")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/people/nguyen-phu-trong/")
        #expect(try s.http.request("/people/nguyen-phu-trong/").status == 200)
        #expect(try s.http.request("/", method: "POST").status == 405)
    }

    /// On Ctrl-C the server closes the hub: open event streams end, so shutdown does not wait on them.
    @Test func closingTheHubEndsEveryStream() async throws {
        let hub = ReloadHub()
        let open = await hub.subscribe()
        await hub.reload()
        await hub.close()
        var received = 0
        for await _ in open { received += 1 }
        #expect(received == 2)  // "retry" and the reload, then the end
        var late = 0
        for await _ in await hub.subscribe() { late += 1 }
        #expect(late == 0)
        #expect(await hub.clientCount == 0)
    }

    @Test func traversalIsRefused() async throws {
        let s = try await Running()
        defer { s.stop() }
        // A link inside the output pointing out of it.
        try FileManager.default.createSymbolicLink(atPath: s.output.appendingPathComponent("escape").path, withDestinationPath: "/etc")
        try "secret".write(to: s.root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd", "/assets/..%2f..%2fsecret.txt",
                     "/..%5csecret.txt", "/escape/passwd", "/./index.html", "/%00", "/.annals-manifest"] {
            let r = try s.http.request(path)
            #expect(r.status == 403 || r.status == 404, "\(path) → \(r.status)")
            #expect(!r.text.contains("secret") && !r.text.contains("root:"), "\(path)")
        }
    }

    @Test func editingAnArticleSendsAReload() async throws {
        let s = try await Running()
        defer { s.stop() }
        let stream = try s.http.events("/__annals/events")
        defer { stream.close() }
        #expect(stream.wait("retry:", 5))
        let file = s.seeds.appendingPathComponent("004_e003db97517fafa5.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Tạo sự đoàn kết", with: "Tăng cường đoàn kết").write(to: file, atomically: true, encoding: .utf8)
        #expect(stream.wait("event: reload", 10))
        let page = try s.http.request("/articles/tang-cuong-doan-ket-trong-toan-dan-toc-va-su-ung-ho-rong-rai-cua-ban-be-quoc-te/")
        #expect(page.status == 200)
    }

    @Test func brokenTemplateShowsAProblemAndRecovers() async throws {
        let s = try await Running()
        defer { s.stop() }
        let stream = try s.http.events("/__annals/events")
        defer { stream.close() }
        #expect(stream.wait("retry:", 5))
        let template = s.templates.appendingPathComponent("article.mustache")
        let good = try String(contentsOf: template, encoding: .utf8)
        try "{{#unclosed}}".write(to: template, atomically: true, encoding: .utf8)
        #expect(stream.wait("event: problem", 10))
        // The server stays up and keeps serving the last good pages.
        #expect(try s.http.request("/").status == 200)
        try good.write(to: template, atomically: true, encoding: .utf8)
        #expect(stream.wait("event: reload", 10))
    }

    @Test func servedUnderTheBaseURLPath() async throws {
        let s = try await Running(baseURL: "https://example.org/archive/")
        defer { s.stop() }
        #expect(try s.http.request("/archive/").status == 200)
        #expect(try s.http.request("/").headers["location"] == "/archive/")
        #expect(try s.http.request("/archive").status == 301)
        #expect(try s.http.request("/index.html").status == 404)
        let home = try s.http.request("/archive/")
        #expect(home.text.contains("/archive/__annals/events"))
    }

    @Test func holdsUpUnderLoadAndIdleConnections() async throws {
        let s = try await Running()
        defer { s.stop() }
        // Half-open connections that never finish their request must not block anyone.
        var idle: [Int32] = []
        for _ in 0..<20 {
            let fd = try s.http.connect()
            s.http.send(fd, "GET / HTTP/1.1\r\nHost: x\r\n")
            idle.append(fd)
        }
        defer { idle.forEach { close($0) } }
        let http = s.http
        let paths = ["/", "/timeline/", "/people/", "/people/nguyen-phu-trong/", "/assets/style.css", "/nope/", "/../x"]
        // Clients block on their sockets, so they run on threads of their own, not on the task pool the server uses.
        let failures = await offThePool {
            final class Total: @unchecked Sendable { let lock = NSLock(); var value = 0 }
            let total = Total()
            let done = DispatchGroup()
            for client in 0..<50 {
                done.enter()
                Thread {
                    var failed = 0
                    for k in 0..<20 {
                        let path = paths[(client + k) % paths.count]
                        guard let r = try? http.request(path) else { failed += 1; continue }
                        let expected = path == "/nope/" ? 404 : (path == "/../x" ? 403 : 200)
                        if r.status != expected { failed += 1 }
                    }
                    total.lock.withLock { total.value += failed }
                    done.leave()
                }.start()
            }
            done.wait()
            return total.value
        }
        #expect(failures == 0)
    }

    /// Runs blocking work on a dispatch thread and waits for it without holding a task-pool thread.
    func offThePool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { c in DispatchQueue.global().async { c.resume(returning: body()) } }
    }

    @Test func portInUseIsAClearError() async throws {
        let s = try await Running()
        defer { s.stop() }
        let second = PreviewServer(options: s.server.options, host: "127.0.0.1", port: s.port, log: { _ in })
        do {
            try await second.run()
            Issue.record("expected the port to be taken")
        } catch let e as ServeError {
            #expect(e.description.contains("already in use"))
        }
    }
}
