import Foundation

/// One build per output folder at a time: an advisory lock (`flock`) on `.<output>.annals-lock` beside
/// the output, held by `annals build` for the whole build and by `annals serve` for each rebuild. The
/// kernel releases it when the process ends, however it ends, so a killed build never leaves the
/// output locked. A second build waits for the first (after saying so through `waiting`): waiting
/// rather than failing lets `annals build` run beside `annals serve`, whose next rebuild then follows it.
public final class OutputLock: @unchecked Sendable {
    private var fd: Int32

    /// Takes the lock of `place`, waiting for another build to finish first.
    public init(_ place: OutputPlace, waiting: ((String) -> Void)? = nil) throws {
        try place.makeRecordsFolder()
        let path = place.record("lock")
        // O_NOFOLLOW: a link planted under that name is refused, not followed to a file elsewhere.
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw OutputError.cannotWrite(path, String(cString: strerror(errno)) + " (the lock that keeps two builds of \(place.output) apart)")
        }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            let why = String(cString: strerror(errno))
            close(fd)
            throw OutputError.cannotWrite(path, why)
        }
        waiting?("another annals build is writing \(place.output); waiting for it to finish")
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let why = String(cString: strerror(errno))
                close(fd)
                throw OutputError.cannotWrite(path, why)
            }
        }
    }

    /// What the lock file holds: a token that every build which changed the output writes anew, so that a
    /// session that remembers the output (`annals serve`) can tell that another build was there since.
    public func generation() -> String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = pread(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : ""
    }

    /// Records that this build changed the output: a new token, returned.
    @discardableResult
    public func advanceGeneration() -> String {
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 16) + "\n"
        _ = Array(token.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        ftruncate(fd, off_t(token.utf8.count))
        return token
    }

    /// Releases the lock (also done when the lock is let go of, or the process ends).
    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
