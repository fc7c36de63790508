import Annals
import ArgumentParser
import Foundation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Converts raw articles to Markdown documents with front matter."
    )

    @Argument(help: "Raw article files (.txt).")
    var files: [String]

    @Option(name: .long, help: "Write one <slug>.md per input into this folder instead of printing.")
    var output: String?

    func run() throws {
        var failed = false
        var usedSlugs = Set<String>()
        for path in files {
            switch Converter.convert(path: path) {
            case .failure(let diagnostic):
                printError(diagnostic.description)
                failed = true
            case .success(let converted):
                for d in converted.diagnostics { printError(d.description) }
                if let dir = output {
                    var slug = converted.slug
                    var n = 2
                    while !usedSlugs.insert(slug).inserted { slug = "\(converted.slug)-\(n)"; n += 1 }
                    let url = URL(fileURLWithPath: dir).appendingPathComponent(slug + ".md")
                    do {
                        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                        try Data(DocumentWriter.write(converted.article, slug: slug).utf8).write(to: url, options: .atomic)
                    } catch {
                        printError("\(url.path): error: cannot write: \(error.localizedDescription)")
                        failed = true
                    }
                } else {
                    print(DocumentWriter.write(converted.article, slug: converted.slug), terminator: "")
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
