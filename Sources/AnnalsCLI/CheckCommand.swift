import Annals
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks a built site: links and fragments, titles, lang, one h1 per page, feeds that parse."
    )

    @Option(help: "The built site to check.")
    var output = "output"

    func run() throws {
        let problems = SiteChecker.check(directory: output)
        for p in problems { printError(p.description) }
        print(problems.isEmpty ? "check: no problems in \(output)" : "check: \(problems.count) problems in \(output)")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
