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

/// Numbers below a bound and text glued from pieces, from a seeded `SplitMix`.
struct TestRandom {
    private var mix: SplitMix
    init(seed: UInt64) { mix = SplitMix(seed) }

    mutating func next(_ bound: Int) -> Int { Int(truncatingIfNeeded: mix.next() >> 1) % bound }

    /// `count` pieces drawn from `pieces`, glued together.
    mutating func text(from pieces: [String], count: Int) -> String {
        (0..<count).map { _ in pieces[next(pieces.count)] }.joined()
    }
}

/// Random numbers and text for the property tests: SplitMix64, so a seed gives the same sequence on every
/// machine and a failure replays from its seed.
struct SplitMix {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func int64() -> Int64 { Int64(bitPattern: next()) }

    /// Text of up to `maxLength` characters drawn from ASCII, Vietnamese letters (composed and not),
    /// other scripts, emoji, controls and line ends.
    mutating func text(maxLength: Int) -> String {
        let pools: [[Unicode.Scalar]] = [
            Array("abc xyz ABC 019.,:-/\\\"'".unicodeScalars), Array("ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữự ĐƯƠ".unicodeScalars),
            ["\u{0301}", "\u{0300}", "\u{0323}", "\u{00A0}", "\u{200B}", "\u{0000}", "\n", "\r", "\t"],
            Array("中文日本語한국어Ελληνικάالعربية".unicodeScalars), ["😀", "\u{1F1FB}", "\u{1F1F3}", "\u{10FFFF}", "\u{FEFF}"],
        ]
        var s = String.UnicodeScalarView()
        for _ in 0..<below(maxLength + 1) {
            let pool = pools[below(pools.count)]
            s.append(pool[below(pool.count)])
        }
        return String(s)
    }
}
