/// A message about one input file: what went wrong, where, and how bad it is.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// Short stable names, used to count warnings by kind in the summary.
    public enum Kind: String, Sendable, CaseIterable {
        case encoding, empty, noTitle = "no-title", noDate = "no-date", noPeople = "no-people"
        case boilerplate, frontMatter = "front-matter", slug, duplicateSlug = "duplicate-slug"
        case template, config, registry, io, unreadable
    }

    public var severity: Severity
    public var kind: Kind
    /// The file concerned, as the user named it (relative to the seeds folder where possible).
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, _ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message) [\(kind.rawValue)]"
    }
}
