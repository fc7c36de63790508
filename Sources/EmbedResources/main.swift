import Foundation

// Writes a Swift file holding every file of a folder (relative path and base64 bytes), sorted by path.
// Used by the EmbedTemplates build plugin; base64 keeps any byte (images, fonts) safe in a literal.
let args = CommandLine.arguments
guard args.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedResources FOLDER OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: args[1]).standardizedFileURL
var entries: [(String, String)] = []
if let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let rel = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        entries.append((rel, try Data(contentsOf: url).base64EncodedString()))
    }
}
entries.sort { $0.0 < $1.0 }
var out = "// Generated from Templates/ by the EmbedTemplates plugin at build time. Do not edit.\n\n"
out += "enum DefaultTemplates {\n    /// Relative path and base64 contents of each file under Templates/.\n"
out += "    static let files: [(path: String, base64: String)] = [\n"
for (path, b64) in entries {
    out += "        (\"\(path)\", \"\(b64)\"),\n"
}
out += "    ]\n}\n"
try out.write(to: URL(fileURLWithPath: args[2]), atomically: true, encoding: .utf8)
