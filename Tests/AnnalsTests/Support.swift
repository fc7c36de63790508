import Foundation
@testable import Annals

/// Paths inside the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ rel: String) -> String { root.appendingPathComponent(rel).path }
    /// Two articles, a copy of those `seeds/` held when the tests were written: tests that build a small
    /// real archive read this, so that what `seeds/` holds can change without changing what they check.
    static let seeds = path("Tests/AnnalsTests/Fixtures/Archive")
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

/// One ingest (and its lexicon) for the tests: building the lexicon's tables takes some milliseconds.
let testIngest = Ingest()
var testLexicon: Lexicon { testIngest.extractor.lexicon }

func ingest(_ text: String, file: String = "test.txt") -> Ingest.Result {
    testIngest.article(fromText: text, fileName: file)
}

func people(_ text: String) -> [PeopleExtractor.Found] {
    testIngest.extractor.extract(paragraphs: [text])
}

/// A seeded generator (SplitMix64), so random test inputs are the same on every run.
struct TestRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1) % bound
    }

    /// `count` pieces drawn from `pieces`, glued together.
    mutating func text(from pieces: [String], count: Int) -> String {
        (0..<count).map { _ in pieces[next(pieces.count)] }.joined()
    }
}
