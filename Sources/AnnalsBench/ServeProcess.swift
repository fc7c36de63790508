import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A line the child printed, with the monotonic time it reached us.
struct LogLine {
    let text: String
    let at: Double
}

/// A long-running child (`annals serve`): its stdout and stderr go to one pipe, read line by line on a
/// thread of its own so the child never blocks on a full pipe and each line carries its arrival time.
/// `stop()` ends it (SIGTERM, then SIGKILL) and reaps it; call it on every path.
final class ServeProcess: @unchecked Sendable {
    let pid: pid_t
    private let output: Int32
    private let condition = NSCondition()
    private var lines: [LogLine] = []
    private var ended = false
    private var exitStatus: Int32?

    private init(pid: pid_t, output: Int32) {
        self.pid = pid
        self.output = output
    }

    /// Starts `executable` in `directory` (it reads site.yml from there when present) with stdin on /dev/null.
    static func start(_ executable: String, _ arguments: [String], in directory: String) throws -> ServeProcess {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw BenchError("pipe failed: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }   // pipe2 is not imported; no other child starts meanwhile
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // dup2 clears close-on-exec on 1 and 2; both pipe ends themselves are closed in the child.
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)

        // As in Subprocess.run: change our folder around the spawn (one child is started at a time).
        let previous = FileManager.default.currentDirectoryPath
        guard chdir(directory) == 0 else {
            close(fds[0]); close(fds[1])
            throw BenchError("cannot change to \(directory) for \(executable)")
        }
        defer { _ = chdir(previous) }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = argv.withUnsafeBufferPointer { buf in
            posix_spawn(&pid, executable, &actions, nil, buf.baseAddress!, environ)
        }
        close(fds[1])   // ours: the pipe ends when the child (the only writer left) exits
        guard rc == 0 else {
            close(fds[0])
            throw BenchError("cannot start \(executable): \(String(cString: strerror(rc)))")
        }
        let child = ServeProcess(pid: pid, output: fds[0])
        let reader = Thread { [child] in child.readLoop() }
        reader.name = "annals-bench-serve-log"
        reader.start()
        return child
    }

    private func readLoop() {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            let at = Subprocess.now()
            pending += buffer[0..<n]
            var complete: [LogLine] = []
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                complete.append(LogLine(text: String(decoding: pending[..<newline], as: UTF8.self), at: at))
                pending.removeSubrange(...newline)
            }
            if !complete.isEmpty {
                condition.lock()
                lines += complete
                condition.broadcast()
                condition.unlock()
            }
        }
        close(output)
        condition.lock()
        if !pending.isEmpty { lines.append(LogLine(text: String(decoding: pending, as: UTF8.self), at: Subprocess.now())) }
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// How many lines have arrived so far: pass it to `wait` to look only at later ones.
    var lineCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return lines.count
    }

    /// The last `n` lines, for failure reports.
    func tail(_ n: Int) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        return lines.suffix(n).map(\.text)
    }

    /// Waits until `found` returns a value for the lines from `start` on, or `seconds` pass. `found` also
    /// learns whether the output has ended (the child exited): no more lines will come then.
    func wait<T>(from start: Int = 0, seconds: Double, _ found: (ArraySlice<LogLine>, _ ended: Bool) -> T?) -> T? {
        let deadline = Subprocess.now() + seconds
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = found(lines[min(start, lines.count)...], ended) { return value }
            let left = deadline - Subprocess.now()
            if left <= 0 || ended { return nil }
            _ = condition.wait(until: Date(timeIntervalSinceNow: left))
        }
    }

    /// The child's exit status if it has exited, without waiting ("exited 1", "killed by signal 9").
    func exited() -> String? {
        if exitStatus == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { exitStatus = status }
        }
        return exitStatus.map(Self.describe)
    }

    /// Ends the child: SIGTERM (the server shuts down gracefully), SIGKILL after `grace` seconds. Idempotent.
    /// annals serve ends its event streams on SIGTERM and exits in milliseconds; SIGKILL after the grace
    /// is only for a server that hangs, and the printed status says which way it ended.
    @discardableResult
    func stop(grace: Double = 2) -> String {
        if let done = exited() { return done }
        kill(pid, SIGTERM)
        let deadline = Subprocess.now() + grace
        while Subprocess.now() < deadline {
            if let done = exited() { return done }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exitStatus = status
        return Self.describe(status) + " (SIGKILL after \(f(grace, 0)) s)"
    }

    /// WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (the C macros are not imported).
    static func describe(_ status: Int32) -> String {
        (status & 0x7f) == 0 ? "exited \((status >> 8) & 0xff)" : "killed by signal \(status & 0x7f)"
    }
}
