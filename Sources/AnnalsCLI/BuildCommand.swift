import Annals
import ArgumentParser
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the site from the seeds into the output folder."
    )

    @OptionGroup var build: BuildOptionsGroup

    @Flag(name: .shortAndLong, help: "List every warning, not only the per-article report.")
    var verbose = false

    func run() throws {
        let session = Session(options: build.options, remembers: false)
        let report = session.build()
        Report.print(report, verbose: verbose)
        // The process ends here with the session still alive: the archive's model (a gigabyte of small
        // objects at 100,000 articles) is given back by the exit, not taken apart object by object,
        // which took 1.8 s after a 100,000-article build.
        Foundation.exit(!report.errors.isEmpty || report.aborted ? 1 : 0)
    }
}

/// The terminal summary: errors in full, warnings as a compact per-article report, then one line of figures.
enum Report {
    static func print(_ report: BuildReport, verbose: Bool) {
        for e in report.errors { printError(e.description) }
        let warnings = report.warnings
        if verbose {
            for w in warnings { printError(w.description) }
        } else if !warnings.isEmpty {
            // One line per file: what could not be found there.
            var byFile: [String: [String]] = [:]
            var order: [String] = []
            for w in warnings {
                if byFile[w.file] == nil { order.append(w.file) }
                byFile[w.file, default: []].append(w.kind.rawValue + (w.line.map { "@\($0)" } ?? ""))
            }
            let shown = order.prefix(20)
            for f in shown { printError("\(f): \(byFile[f]!.joined(separator: ", "))") }
            if order.count > shown.count { printError("… and \(order.count - shown.count) more files (use --verbose)") }
        }
        let counts = report.warningCounts.map { "\($0.kind) \($0.count)" }.joined(separator: ", ")
        let status = report.aborted ? "FAILED, output unchanged" : "built"
        Swift.print("\(status): \(report.articles) articles, \(report.people) people, \(report.pagesWritten) files written, "
            + "\(report.pagesUnchanged) unchanged, \(report.filesRemoved) removed; "
            + "\(report.errors.count) errors, \(warnings.count) warnings\(counts.isEmpty ? "" : " (\(counts))"); "
            + String(format: "%.2f s", report.seconds))
        if verbose, !report.phases.isEmpty {
            Swift.print("time: " + report.phases.map { String(format: "%@ %.3f s", $0.name, $0.seconds) }.joined(separator: ", "))
            Swift.print("cpu: " + report.phases.map { String(format: "%@ %.3f s", $0.name, $0.cpuSeconds) }.joined(separator: ", ")
                + " (user and system, all threads)")
            Swift.print("peak memory after each step (MB): " + report.phases.map { "\($0.name) \($0.peakBytes / 1_000_000)" }.joined(separator: ", "))
        }
    }
}
