import Foundation

/// Reading `site.yml` and `people.yml` within a size limit: a configuration file many times larger than
/// any real one is a mistake (or an attack), and parsing it cost minutes (100 MB of `site.yml`: 82 s).
/// Only `limit + 1` bytes are ever read, so a file that is huge, or grows, or never ends costs no more.
public enum ConfigFiles {
    /// A site's settings take a few hundred bytes.
    public static let maxSiteConfigBytes = 1 << 20
    /// About 100 bytes per person: room for some 80,000 people.
    public static let maxRegistryBytes = 8 << 20

    public static func siteConfig(_ path: String) -> Result<String, Diagnostic> {
        text(path, kind: .config, limit: maxSiteConfigBytes,
             advice: "a site's settings take a few hundred bytes; check that --config names the right file")
    }

    public static func registry(_ path: String) -> Result<String, Diagnostic> {
        text(path, kind: .registry, limit: maxRegistryBytes,
             advice: "that is room for some 80,000 people; check that this is the right file, or remove entries the archive does not need")
    }

    /// The file's text, or an error naming it that says what to do.
    static func text(_ path: String, kind: Diagnostic.Kind, limit: Int, advice: String) -> Result<String, Diagnostic> {
        func failure(_ message: String) -> Result<String, Diagnostic> { .failure(Diagnostic(.error, kind, file: path, message)) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return failure("cannot read the file (\(String(cString: strerror(errno)))); check that it exists and can be read")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return failure("this is not a regular file (a folder?); give the path of a YAML file")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return failure("cannot open the file (\(String(cString: strerror(errno)))); check its permissions")
        }
        defer { close(fd) }
        guard let data = FileBytes.read(fd, sizeHint: Int(info.st_size), limit: limit) else {
            return failure("cannot read the file (\(String(cString: strerror(errno))))")
        }
        if data.count > limit {
            return failure("the file is larger than \(YAMLLimits.megabytes(limit)), the limit for this file; \(advice)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return failure("the file is not UTF-8 text; save it as UTF-8")
        }
        return .success(text)
    }
}
