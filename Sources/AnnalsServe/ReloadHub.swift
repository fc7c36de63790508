import Foundation
import NIOCore

/// The open event streams of the pages being previewed. After each rebuild every page is told to
/// reload; when a build fails, each shows the problem as an overlay until the next good build.
public actor ReloadHub {
    private var clients: [UUID: AsyncStream<ByteBuffer>.Continuation] = [:]
    /// The current problem, shown to pages that connect while it lasts.
    private var problem: String?
    /// Rebuilds announced so far (tests and the benchmark wait on this).
    public private(set) var generation = 0

    public init() {}

    /// Set when the server stops: every stream ends, so open pages do not hold the shutdown up.
    private var closed = false

    public func close() {
        closed = true
        for c in clients.values { c.finish() }
        clients = [:]
    }

    public func subscribe() -> AsyncStream<ByteBuffer> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(16))
        if closed {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        clients[id] = continuation
        continuation.yield(ByteBuffer(string: "retry: 1000\n\n"))
        if let problem { continuation.yield(Self.event("problem", problem)) }
        return stream
    }

    private func remove(_ id: UUID) { clients[id] = nil }

    public var clientCount: Int { clients.count }

    public func reload() {
        problem = nil
        generation += 1
        broadcast(Self.event("reload", "\(generation)"))
    }

    public func report(_ message: String) {
        problem = message
        generation += 1
        broadcast(Self.event("problem", message))
    }

    public func ping() { broadcast(ByteBuffer(string: ": ping\n\n")) }

    private func broadcast(_ buffer: ByteBuffer) {
        for c in clients.values { c.yield(buffer) }
    }

    /// One Server-Sent Event; the data is JSON so newlines in a message cannot end the event.
    static func event(_ name: String, _ message: String) -> ByteBuffer {
        let json = String(data: try! JSONSerialization.data(withJSONObject: ["message": message]), encoding: .utf8)!
        return ByteBuffer(string: "event: \(name)\ndata: \(json)\n\n")
    }
}
