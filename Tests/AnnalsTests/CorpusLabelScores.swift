import Foundation
import Testing
@testable import Annals

/// The hand labels of real articles in `../shared/corpus-labels`, scored by `../shared/tools/score_labels.py`
/// as the issue measures extraction. The articles are converted here, in this process (no `annals` binary
/// needs to exist), and the scorer runs with a stand-in for `annals convert` that prints what was
/// converted. The test fails when a score slides below the level the branch reached.
@Suite struct CorpusLabelScoreTests {
    static let shared = Repo.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The scorer's counts, read from its summary line.
    struct Summary {
        var line = ""
        var precision = 0.0, recall = 0.0
        var roles = (0, 0), misattributed = 0
        var dates = (0, 0), partial = (0, 0), wrongYear = (0, 0)
        var titles = (0, 0), authors = (0, 0), captions = (0, 0), absent = (0, 0)
        var bySource: [String: (precision: Double, recall: Double)] = [:]

        static func ratio(_ r: (Int, Int)) -> Double { r.1 == 0 ? 0 : Double(r.0) / Double(r.1) }
    }

    /// Converts every labelled article into `folder/<name>.md` and returns the stand-in script's path.
    static func convertLabelled(into folder: URL) throws -> String {
        let labels = shared.appendingPathComponent("corpus-labels"), corpus = shared.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: labels.path).filter { $0.hasSuffix(".json") }
        for name in names {
            let stem = String(name.dropLast(5))
            let path = corpus.appendingPathComponent(stem + ".txt").path
            guard case .success(let c) = Converter.convert(path: path) else { continue }
            try DocumentWriter.write(c.article, slug: c.slug).write(to: folder.appendingPathComponent(stem + ".md"), atomically: true, encoding: .utf8)
        }
        let script = folder.appendingPathComponent("annals")
        try """
            #!/bin/sh
            # Stand-in for `annals convert FILE`: prints the document converted in the test process.
            n=$(basename "$2" .txt)
            [ -f "\(folder.path)/$n.md" ] || exit 1
            exec cat "\(folder.path)/$n.md"

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    static func runScorer() throws -> Summary {
        let folder = temporaryDirectory("labels")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try convertLabelled(into: folder)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", shared.appendingPathComponent("tools/score_labels.py").path, "--annals", script]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return parse(String(decoding: data, as: UTF8.self))
    }

    static func parse(_ text: String) -> Summary {
        var s = Summary()
        func ints(_ pattern: String, in line: String) -> [Int] {
            guard let r = line.range(of: pattern, options: .regularExpression) else { return [] }
            return line[r].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        }
        func pair(_ pattern: String, _ line: String) -> (Int, Int) {
            let n = ints(pattern, in: line)
            return n.count >= 2 ? (n[n.count - 2], n[n.count - 1]) : (0, 0)
        }
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("people by source:") {
                for part in line.dropFirst("people by source:".count).split(separator: "|") {
                    let words = part.split(separator: " ")
                    guard let source = words.first,
                          let p = words.first(where: { $0.hasPrefix("P=") }).flatMap({ Double($0.dropFirst(2)) }),
                          let r = words.first(where: { $0.hasPrefix("R=") }).flatMap({ Double($0.dropFirst(2)) }) else { continue }
                    s.bySource[String(source)] = (p, r)
                }
            }
            guard line.hasPrefix("summary:") else { continue }
            s.line = line
            if let r = line.range(of: #"P=[0-9.]+ R=[0-9.]+"#, options: .regularExpression) {
                let v = line[r].split(separator: " ").compactMap { Double($0.dropFirst(2)) }
                if v.count == 2 { (s.precision, s.recall) = (v[0], v[1]) }
            }
            s.roles = pair(#"roles [0-9]+/[0-9]+"#, line)
            s.misattributed = ints(#"misattributed [0-9]+"#, in: line).first ?? -1
            s.dates = pair(#"dates [0-9]+/[0-9]+"#, line)
            s.partial = pair(#"partial [0-9]+/[0-9]+"#, line)
            s.wrongYear = pair(#"wrong-year [0-9]+/[0-9]+"#, line)
            s.titles = pair(#"titles [0-9]+/[0-9]+"#, line)
            s.authors = pair(#"authors [0-9]+/[0-9]+"#, line)
            s.captions = pair(#"captions [0-9]+/[0-9]+"#, line)
            s.absent = pair(#"absent [0-9]+/[0-9]+"#, line)
        }
        return s
    }

    /// The reader of the summary line, on a line written for this test.
    @Test func summaryLineIsRead() {
        let s = Self.parse("""
            people by source: vntc P=0.97 R=0.93 (tp 1 fp 2 fn 3) | baomoi P=0.90 R=0.80 (tp 1 fp 2 fn 3)
            summary: 60 articles | people P=0.96 R=0.94 | roles 307/358 misattributed 4 | dates 24/24 partial 14/30 wrong-year 4/39 | titles 60/60 | authors 50/57 | captions 27/58 | absent 8/11
            """)
        #expect(s.precision == 0.96 && s.recall == 0.94)
        #expect(s.roles == (307, 358) && s.misattributed == 4)
        #expect(s.dates == (24, 24) && s.partial == (14, 30) && s.wrongYear == (4, 39))
        #expect(s.titles == (60, 60) && s.authors == (50, 57) && s.captions == (27, 58) && s.absent == (8, 11))
        #expect(s.bySource["vntc"]?.recall == 0.93 && s.bySource["baomoi"]?.precision == 0.90)
    }

    /// The levels this branch reached on the labelled real articles; a rule that breaks one fails here.
    @Test func scoresHoldOnTheLabelledRealArticles() throws {
        let scorer = Self.shared.appendingPathComponent("tools/score_labels.py").path
        try #require(FileManager.default.fileExists(atPath: scorer), "the scorer is missing: \(scorer) (../shared beside the repository)")
        let s = try Self.runScorer()
        print(s.line)
        try #require(!s.line.isEmpty, "the scorer printed no summary line")
        #expect(s.precision >= Levels.precision)
        #expect(s.recall >= Levels.recall)
        for (source, pr) in s.bySource {
            #expect(pr.precision >= Levels.sourcePrecision, "\(source) precision \(pr.precision)")
            #expect(pr.recall >= Levels.sourceRecall, "\(source) recall \(pr.recall)")
        }
        #expect(Summary.ratio(s.roles) >= Levels.roles, "roles \(s.roles)")
        #expect(s.misattributed <= Levels.misattributed)
        #expect(s.dates.0 == s.dates.1, "dates \(s.dates)")
        #expect(Summary.ratio(s.partial) >= Levels.partial, "partial \(s.partial)")
        #expect(s.wrongYear.0 <= Levels.wrongYears, "wrong years \(s.wrongYear)")
        #expect(Summary.ratio(s.titles) >= Levels.titles, "titles \(s.titles)")
        #expect(Summary.ratio(s.authors) >= Levels.authors, "authors \(s.authors)")
        #expect(Summary.ratio(s.captions) >= Levels.captions, "captions \(s.captions)")
        #expect(Summary.ratio(s.absent) >= Levels.absent, "boilerplate \(s.absent)")
    }

    /// Reached on this branch (the issue's targets: people P ≥ 0.98 and R ≥ 0.97 overall, ≥ 0.95 for every
    /// source; roles ≥ 0.95 with none misattributed; titles, authors and captions ≥ 0.95).
    /// Reached: P 0.99 R 0.98, every source R ≥ 0.95, roles 342/358, captions 56/58.
    enum Levels {
        static let precision = 0.98, recall = 0.97
        static let sourcePrecision = 0.98, sourceRecall = 0.95
        static let roles = 0.95, misattributed = 0
        static let partial = 0.95, wrongYears = 0
        static let titles = 1.0, authors = 1.0, captions = 0.95, absent = 1.0
    }
}
