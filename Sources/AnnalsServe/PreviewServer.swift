import Annals
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `annals serve`: builds, serves the output, watches the inputs, rebuilds what changed and reloads the
/// open pages. The reload script is added to pages as they are served, never to the files on disk.
public final class PreviewServer: Sendable {
    public let options: BuildOptions
    public let host: String
    public let port: Int
    let session: Session
    public let hub = ReloadHub()
    let files: StaticFiles
    let eventsPath: String
    let log: @Sendable (String) -> Void
    private let building = NSLock()

    let verbose: Bool

    public init(options: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, verbose: Bool = false,
                log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.verbose = verbose
        self.host = host
        self.port = port
        self.log = log
        session = Session(options: options)
        let base = options.baseURL ?? Self.configuredBaseURL(options)
        files = StaticFiles(root: options.output, baseURL: base)
        eventsPath = files.basePath + "__annals/events"
    }

    /// base_url from site.yml, when the command line did not give one.
    static func configuredBaseURL(_ options: BuildOptions) -> String? {
        guard let path = options.config, case .success(let text) = ConfigFiles.siteConfig(path) else { return nil }
        return ConfigLoader.site(yaml: text, file: path).0.baseURL
    }

    /// Builds (or rebuilds what changed) and tells the pages: reload, or here is the problem.
    @discardableResult
    /// `changed`: the files the watcher saw change, when it knows; lets the session skip listing the seeds.
    public func rebuild(changed: [String]? = nil) async -> BuildReport {
        let hint = seedHint(changed)
        let report: BuildReport = building.withLock { session.build(changedSeeds: hint) }
        let problems = report.errors
        if problems.isEmpty && !report.aborted {
            log(String(format: "rebuilt in %.0f ms: %d pages rendered, %d files written%@", report.seconds * 1000, session.lastRendered,
                       report.pagesWritten, report.warnings.isEmpty ? "" : ", \(report.warnings.count) warnings"))
            if verbose { log("  " + report.phases.map { String(format: "%@ %.1f ms", $0.name, $0.seconds * 1000) }.joined(separator: ", ")) }
            await hub.reload()
        } else {
            let text = problems.map(\.description).joined(separator: "\n")
            log("build failed; the previous pages stay served:\n" + text)
            await hub.report(text)
        }
        return report
    }

    /// The watcher's view of what matters: articles, the registry, the configuration and the templates.
    func watcher() -> Watcher {
        let seeds = URL(fileURLWithPath: options.seeds).standardizedFileURL.path
        let parent = (seeds as NSString).deletingLastPathComponent
        let config = options.config.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var dirs: [(String, Bool, Watcher.Filter)] = [
            (seeds, true, { _, name in !name.hasPrefix(".") && (SeedLoader.isArticleFile(name) || name == "people.yml") }),
            (URL(fileURLWithPath: options.templates).standardizedFileURL.path, true, { _, name in !name.hasPrefix(".") }),
        ]
        var besides: Set<String> = ["people.yml"]
        if let config, (config as NSString).deletingLastPathComponent == parent { besides.insert((config as NSString).lastPathComponent) }
        dirs.append((parent, false, { [besides] _, name in besides.contains(name) }))
        if let config, (config as NSString).deletingLastPathComponent != parent {
            let name = (config as NSString).lastPathComponent
            dirs.append(((config as NSString).deletingLastPathComponent, false, { _, n in n == name }))
        }
        return Watcher(directories: dirs) { [self] changed in Task { await self.rebuild(changed: changed) } }
    }

    /// Changed paths as article files relative to the seeds folder, or nil when anything else changed.
    func seedHint(_ changed: [String]?) -> [String]? { SeedLoader.watcherHint(changed, seeds: options.seeds) }

    /// Runs until cancelled (Ctrl-C). `onReady` gets the port actually bound (useful with port 0).
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        await rebuild()
        let watcher = watcher()
        watcher.start()
        defer { watcher.stop() }
        let pinger = Task { [hub] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await hub.ping()
            }
        }
        defer { pinger.cancel() }
        // Ctrl-C: the server stops gracefully, waiting for open responses; event streams never end on
        // their own, so end them first (otherwise an open tab holds the shutdown up for half a minute).
        let stops = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [hub] in Task { await hub.close() } }
            source.resume()
            return source
        }
        defer { stops.forEach { $0.cancel() } }
        var logger = Logger(label: "annals.serve")
        logger.logLevel = .critical
        let responder = CallbackResponder<BasicRequestContext> { [self] request, _ in try await self.respond(request) }
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: .init(address: .hostname(host, port: port), serverName: "annals", reuseAddress: false),
            onServerRunning: { [files, log] channel in
                let bound = channel.localAddress?.port ?? 0
                log("serving \(files.root) at http://\(Self.displayHost(self.host)):\(bound)\(files.basePath) (Ctrl-C to stop)")
                await onReady(bound)
            },
            logger: logger
        )
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw ServeError.portInUse(port)
        } catch {
            if "\(error)".contains("Address already in use") { throw ServeError.portInUse(port) }
            throw error
        }
    }

    static func displayHost(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

    // MARK: - Requests

    func respond(_ request: Request) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let target = request.uri.string
        let rawPath = String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "/")
        if rawPath == eventsPath { return events() }
        switch files.resolve(rawPath) {
        case .redirect(let location):
            let query = target.contains("?") ? "?" + target.split(separator: "?", maxSplits: 1)[1] : ""
            return Response(status: .movedPermanently, headers: [.location: location + query])
        case .forbidden:
            return Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "forbidden\n")))
        case .notFound:
            let page = files.root + "/404.html"
            let body = (FileManager.default.contents(atPath: page)).map { inject($0) } ?? Data("not found\n".utf8)
            return respondWith(body, status: .notFound, type: "text/html; charset=utf-8", request: request, etag: nil)
        case .file(let path):
            guard var data = FileManager.default.contents(atPath: path) else {
                return Response(status: .notFound)
            }
            let type = StaticFiles.contentType(path)
            if type.hasPrefix("text/html") { data = inject(data) }
            var hasher = FNV1a()
            hasher.add(bytes: data)
            return respondWith(data, status: .ok, type: type, request: request, etag: "\"\(hasher.hex)\"")
        }
    }

    private func respondWith(_ data: Data, status: HTTPResponse.Status, type: String, request: Request, etag: String?) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-cache"]
        if let etag {
            headers[.eTag] = etag
            if let match = request.headers[.ifNoneMatch], match.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).contains(etag) || match == "*" {
                return Response(status: .notModified, headers: headers)
            }
        }
        headers[.contentLength] = String(data.count)
        if request.method == .head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func events() -> Response {
        let hub = self.hub
        let body = ResponseBody(asyncSequence: AsyncStreamFromHub(hub: hub))
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"], body: body)
    }

    /// The reload script, before `</body>`: a few lines of EventSource.
    func inject(_ html: Data) -> Data {
        let script = """
        <script>(function(){var es=new EventSource("\(eventsPath)");es.addEventListener("reload",function(){location.reload()});\
        es.addEventListener("problem",function(e){var d=document.getElementById("annals-problem")||document.createElement("pre");\
        d.id="annals-problem";d.setAttribute("role","alert");d.textContent="Annals: "+JSON.parse(e.data).message;\
        d.style.cssText="position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.5rem;background:#3b0a0a;color:#fff;font:14px/1.5 monospace;white-space:pre-wrap;z-index:2147483647";\
        document.body.appendChild(d)});})();</script>
        """
        guard let marker = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + Data(script.utf8) }
        var out = html
        out.replaceSubrange(marker.lowerBound..<marker.lowerBound, with: Data(script.utf8))
        return out
    }
}

/// Each subscriber's stream of events, created when the response body starts.
struct AsyncStreamFromHub: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let hub: ReloadHub
    struct AsyncIterator: AsyncIteratorProtocol {
        let hub: ReloadHub
        var inner: AsyncStream<ByteBuffer>.AsyncIterator?
        mutating func next() async -> ByteBuffer? {
            if inner == nil { inner = await hub.subscribe().makeAsyncIterator() }
            return await inner!.next()
        }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(hub: hub) }
}

public enum ServeError: Error, CustomStringConvertible {
    case portInUse(Int)
    public var description: String {
        switch self {
        case .portInUse(let p): return "port \(p) is already in use; stop the other server or choose another with --port \(p + 1)"
        }
    }
}
