import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A Server-Sent Events client on a plain TCP socket, as a page's EventSource would be: one HTTP/1.1 GET,
/// the response de-chunked, the stream cut into events on a thread of its own. Each event carries the
/// monotonic time its last bytes came out of recv, so waiting on it costs the measurement nothing.
final class EventStream: @unchecked Sendable {
    struct Event {
        let name: String
        let data: String
        let at: Double
    }

    private let socket: Int32
    private let condition = NSCondition()
    private var events: [Event] = []
    /// The first block (`retry:`) arrived: the server has subscribed us, later reloads will reach us.
    private var subscribed = false
    /// Why the stream ended, once it has.
    private var ended: String?

    // Reader state (its thread only).
    private var header: [UInt8] = []
    private var inHeader = true
    private var chunked = false
    private var raw: [UInt8] = []      // body bytes not yet de-chunked
    private var text: [UInt8] = []     // event-stream bytes not yet cut into blocks

    private init(socket: Int32) { self.socket = socket }

    /// Connects to 127.0.0.1:`port`, sends the GET for `path` and starts reading.
    static func connect(port: Int, path: String) throws -> EventStream {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchError("socket failed: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            let why = String(cString: strerror(errno))
            Glibc.close(fd)
            throw BenchError("cannot connect to 127.0.0.1:\(port): \(why)")
        }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n"
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                Glibc.close(fd)
                throw BenchError("cannot send the request for \(path): \(String(cString: strerror(errno)))")
            }
            sent += n
        }
        let stream = EventStream(socket: fd)
        let reader = Thread { [stream] in stream.readLoop() }
        reader.name = "annals-bench-events"
        reader.start()
        return stream
    }

    /// Stops the stream: the reader sees end of file and the server drops the subscriber. Under the lock
    /// and only while the stream is open, since the reader closes the socket (its number may be reused).
    func close() {
        condition.lock()
        if ended == nil { shutdown(socket, Int32(SHUT_RDWR)) }
        condition.unlock()
    }

    /// Waits for the server's first block, after which it counts us among the pages to reload.
    func waitUntilSubscribed(seconds: Double) throws {
        let deadline = Subprocess.now() + seconds
        condition.lock()
        defer { condition.unlock() }
        while !subscribed {
            if let why = ended { throw BenchError("the event stream ended before it started: \(why)") }
            let left = deadline - Subprocess.now()
            if left <= 0 { throw BenchError("no `retry:` from the event stream after \(f(seconds, 0)) s") }
            _ = condition.wait(until: Date(timeIntervalSinceNow: left))
        }
    }

    /// The next event (taken off the queue), or nil after `seconds`; throws when the stream has ended.
    func next(seconds: Double) throws -> Event? {
        let deadline = Subprocess.now() + seconds
        condition.lock()
        defer { condition.unlock() }
        while events.isEmpty {
            if let why = ended { throw BenchError("the event stream ended: \(why)") }
            let left = deadline - Subprocess.now()
            if left <= 0 { return nil }
            _ = condition.wait(until: Date(timeIntervalSinceNow: left))
        }
        return events.removeFirst()
    }

    /// Takes every event already received.
    func drain() -> [Event] {
        condition.lock()
        defer { condition.unlock() }
        let all = events
        events = []
        return all
    }

    // MARK: Reading

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var why = "end of file"
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { why = String(cString: strerror(errno)); break }
            if n == 0 { break }
            if let problem = feed(buffer[0..<n], at: Subprocess.now()) { why = problem; break }
        }
        condition.lock()
        Glibc.close(socket)
        ended = why
        condition.broadcast()
        condition.unlock()
    }

    /// Takes bytes off the wire; returns a reason to stop when the response is not an event stream.
    private func feed(_ bytes: ArraySlice<UInt8>, at: Double) -> String? {
        if inHeader {
            header += bytes
            guard let end = find([13, 10, 13, 10], in: header) else { return nil }
            let head = String(decoding: header[..<end], as: UTF8.self).lowercased()
            let status = head.split(separator: "\r\n").first.map(String.init) ?? ""
            guard status.hasPrefix("http/1.1 200") else { return "the server answered \(status.uppercased())" }
            guard head.contains("content-type: text/event-stream") else { return "the response is not text/event-stream" }
            chunked = head.contains("transfer-encoding: chunked")
            raw = Array(header[(end + 4)...])
            header = []
            inHeader = false
        } else {
            raw += bytes
        }
        if chunked {
            guard dechunk() else { return "malformed chunked body" }
        } else {
            text += raw
            raw = []
        }
        cutBlocks(at: at)
        return nil
    }

    /// Moves whole chunks from `raw` to `text`; false on a malformed size line.
    private func dechunk() -> Bool {
        while let lineEnd = find([13, 10], in: raw) {
            let sizeField = String(decoding: raw[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeField.trimmingCharacters(in: .whitespaces), radix: 16) else { return false }
            let start = lineEnd + 2
            guard raw.count >= start + size + 2 else { return true }   // wait for the rest of the chunk
            text += raw[start..<(start + size)]
            raw.removeSubrange(..<(start + size + 2))
            if size == 0 { return true }   // the last chunk: the reader will see end of file
        }
        return true
    }

    /// Cuts `text` at blank lines into events; `retry:` marks the subscription, `:` lines are comments (pings).
    private func cutBlocks(at: Double) {
        text.removeAll { $0 == 13 }   // CRLF or LF alike; JSON data never holds a raw CR
        var found: [Event] = []
        var sawRetry = false
        while let end = find([10, 10], in: text) {
            let block = String(decoding: text[..<end], as: UTF8.self)
            text.removeSubrange(..<(end + 2))
            var name = "message"
            var data: [String] = []
            for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix(":") { continue }
                let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                let field = String(parts[0])
                var value = parts.count > 1 ? String(parts[1]) : ""
                if value.hasPrefix(" ") { value.removeFirst() }
                switch field {
                case "event": name = value
                case "data": data.append(value)
                case "retry": sawRetry = true
                default: break
                }
            }
            if !data.isEmpty { found.append(Event(name: name, data: data.joined(separator: "\n"), at: at)) }
        }
        guard sawRetry || !found.isEmpty else { return }
        condition.lock()
        if sawRetry { subscribed = true }
        events += found
        condition.broadcast()
        condition.unlock()
    }

    private func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for i in 0...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
            if Array(bytes[i..<(i + pattern.count)]) == pattern { return i }
        }
        return nil
    }
}
