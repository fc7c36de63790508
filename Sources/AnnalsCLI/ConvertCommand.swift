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
        if let dir = output {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                printError("\(dir): error: cannot create the folder: \(error.localizedDescription)")
                throw ExitCode(1)
            }
        }
        // Converted on all cores; reported and written in the order given, so slugs do not depend on timing.
        for result in Converter.convert(paths: files) {
            switch result {
            case .failure(let diagnostic):
                printError(diagnostic.description)
                failed = true
            case .success(let converted):
                for d in converted.diagnostics { printError(d.description) }
                if let dir = output {
                    var slug = converted.slug
                    var n = 2
                    while !usedSlugs.insert(slug).inserted { slug = "\(converted.slug)-\(n)"; n += 1 }
                    let path = URL(fileURLWithPath: dir).appendingPathComponent(slug + ".md").path
                    do {
                        try Converter.writeDocument(DocumentWriter.write(converted.article, slug: slug), to: path)
                    } catch {
                        printError("\(path): error: cannot write: \(ErrorText.describe(error))")
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
