import Foundation

/// The default templates compiled into the binary (from `Templates/`, by the EmbedTemplates plugin).
public enum BuiltInTemplates {
    /// Every default file: relative path and bytes.
    public static var files: [(path: String, data: Data)] {
        DefaultTemplates.files.compactMap { f in Data(base64Encoded: f.base64).map { (f.path, $0) } }
    }

    /// The default templates, loaded as `Templates.load` would load the folder.
    public static func templates() throws(Templates.LoadError) -> Templates {
        var sources: [String: String] = [:]
        var assets: [(path: String, data: Data)] = []
        for f in files {
            if f.path.hasSuffix(".mustache"), !f.path.contains("/") {
                sources[String(f.path.dropLast(".mustache".count))] = String(decoding: f.data, as: UTF8.self)
            } else if f.path.hasPrefix("assets/") {
                assets.append((f.path, f.data))
            }
        }
        return try Templates(sources: sources, assets: assets, folder: "(built-in templates)")
    }

    /// Writes the defaults into `directory`, refusing to overwrite anything that is there.
    public static func write(to directory: URL) throws -> [String] {
        var written: [String] = []
        for f in files {
            let url = directory.appendingPathComponent(f.path)
            if FileManager.default.fileExists(atPath: url.path) { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try f.data.write(to: url)
            written.append(f.path)
        }
        return written
    }
}
