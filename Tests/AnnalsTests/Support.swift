import Foundation
@testable import Annals

/// Paths inside the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ rel: String) -> String { root.appendingPathComponent(rel).path }
    static let seeds = path("seeds")
    static let templates = path("Templates")
    static let fixtures = path("Tests/AnnalsTests/Fixtures")

    static func text(_ rel: String) throws -> String {
        try String(contentsOfFile: path(rel), encoding: .utf8)
    }
}

/// A fresh temporary folder, removed by the caller.
func temporaryDirectory(_ name: String = "annals") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func ingest(_ text: String, file: String = "test.txt") -> Ingest.Result {
    Ingest().article(fromText: text, fileName: file)
}

func people(_ text: String) -> [PeopleExtractor.Found] {
    PeopleExtractor().extract(paragraphs: [text])
}
