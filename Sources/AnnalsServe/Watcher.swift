import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders for changes with inotify: one watch per folder (not per file), so a folder of
/// 10,000 articles costs one watch, and a blocked read costs no CPU. Bursts of events (an editor
/// writing a file several times) are collapsed: `onChange` runs once the folders have been quiet for
/// `quiet` seconds. Where inotify is unavailable it falls back to polling modification times.
public final class Watcher: @unchecked Sendable {
    public typealias Filter = @Sendable (_ directory: String, _ name: String) -> Bool
    /// The files that changed since the last call (full paths), or nil when that is not known
    /// (inotify's queue overflowed, a folder appeared, or the fallback poller noticed the change).
    public typealias OnChange = @Sendable (_ changed: [String]?) -> Void
    private let directories: [(path: String, recursive: Bool, filter: Filter)]
    private let quiet: Double
    private let onChange: OnChange
    /// Paths seen since the last `onChange`; nil once something unknown happened. Guarded by `queue`.
    private var changed: Set<String>? = []
    private let queue = DispatchQueue(label: "annals.watcher")
    private var pending: DispatchWorkItem?
    /// The inotify descriptor: set by `start()` before the reading thread starts, then used and closed by
    /// that thread alone (closing it from `stop()` raced with a read under way, and its number could be
    /// reused meanwhile).
    private var fd: Int32 = -1
    private var watches: [Int32: (path: String, recursive: Bool, filter: Filter)] = [:]
    /// Set by `stop()` on any thread, read by the watching thread: behind a lock.
    private let stopLock = NSLock()
    private var stopRequested = false
    private var stopped: Bool {
        stopLock.lock()
        defer { stopLock.unlock() }
        return stopRequested
    }

    public init(directories: [(path: String, recursive: Bool, filter: Filter)], quiet: Double = 0.03, onChange: @escaping OnChange) {
        self.directories = directories
        self.quiet = quiet
        self.onChange = onChange
    }

    public func start() {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return startPolling() }
        for d in directories { add(d.path, recursive: d.recursive, filter: d.filter) }
        let thread = Thread { [self] in readLoop() }
        thread.name = "annals-watcher"
        thread.start()
    }

    /// The folders watched now (for tests).
    var watchedFolders: [String] { queue.sync { watches.values.map(\.path).sorted() } }

    /// Stops watching: the watching thread notices within `checkEvery` seconds, closes what it opened and ends.
    public func stop() {
        stopLock.lock()
        stopRequested = true
        stopLock.unlock()
    }

    /// How long the watching thread waits for events before it looks whether it was stopped.
    private static let checkEvery: Int32 = 100  // milliseconds

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_DELETE_SELF | IN_ATTRIB)

    private func add(_ path: String, recursive: Bool, filter: @escaping Filter) {
        let wd = inotify_add_watch(fd, path, Self.mask)
        guard wd >= 0 else { return }
        queue.sync { watches[wd] = (path, recursive, filter) }
        guard recursive, let items = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for item in items where !item.hasPrefix(".") {
            // lstat: a link to a folder is not followed (a link to /usr would take the watcher through all
            // of it, and the build does not read what lies behind such links either).
            var st = stat()
            let sub = path + "/" + item
            if lstat(sub, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { add(sub, recursive: true, filter: filter) }
        }
    }

    private func readLoop() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer {
            buffer.deallocate()
            close(fd)
        }
        while !stopped {
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let r = poll(&ready, 1, Self.checkEvery)
            if r == 0 { continue }
            if r < 0 {
                if errno == EINTR { continue }
                return
            }
            let n = read(fd, buffer, size)
            if n <= 0 {
                if errno == EINTR { continue }
                return
            }
            var offset = 0
            var relevant = false
            var paths: [String] = []
            var unknown = false
            while offset < n {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                var name = ""
                if nameLength > 0 {
                    name = String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                }
                offset += MemoryLayout<inotify_event>.size + nameLength
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { unknown = true; relevant = true; continue }
                guard let watch = queue.sync(execute: { watches[event.wd] }) else { continue }
                if event.mask & UInt32(IN_ISDIR) != 0 {
                    if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, watch.recursive, !name.hasPrefix(".") {
                        add(watch.path + "/" + name, recursive: true, filter: watch.filter)
                        relevant = true
                        unknown = true
                    }
                    continue
                }
                if watch.filter(watch.path, name) { relevant = true; paths.append(watch.path + "/" + name) }
            }
            if relevant {
                queue.async { [self, unknown, paths] in
                    if unknown { changed = nil } else { changed?.formUnion(paths) }
                }
                schedule()
            }
        }
    }

    /// Runs `onChange` after `quiet` seconds without further events.
    private func schedule() {
        queue.async { [self] in
            pending?.cancel()
            let item = DispatchWorkItem { [self] in
                let paths = changed.map { Array($0).sorted() }
                changed = []
                onChange(paths)
            }
            pending = item
            queue.asyncAfter(deadline: .now() + quiet, execute: item)
        }
    }

    /// Fallback: compare modification times every half second (cheap: one stat per file).
    private func startPolling() {
        let thread = Thread { [self] in
            var last = snapshot()
            while !stopped {
                usleep(500_000)
                let now = snapshot()
                if now != last { last = now; onChange(nil) }
            }
        }
        thread.start()
    }

    private func snapshot() -> [String: Double] {
        var out: [String: Double] = [:]
        for d in directories {
            guard let e = FileManager.default.enumerator(atPath: d.path) else { continue }
            while let rel = e.nextObject() as? String {
                if !d.recursive { e.skipDescendants() }
                let full = d.path + "/" + rel
                guard d.filter((full as NSString).deletingLastPathComponent, (rel as NSString).lastPathComponent) else { continue }
                var st = stat()
                if stat(full, &st) == 0 { out[full] = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9 }
            }
        }
        return out
    }
}
