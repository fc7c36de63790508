import Annals
import AnnalsServe
import ArgumentParser
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Builds, serves the site locally, rebuilds on every change and reloads the open pages."
    )

    @OptionGroup var build: BuildOptionsGroup

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8000

    @Flag(name: .shortAndLong, help: "After each rebuild, print how long each step took.")
    var verbose = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func serve() async throws {
        let server = PreviewServer(options: build.options, host: host, port: port, verbose: verbose) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        do {
            try await server.run()
        } catch let e as ServeError {
            printError("annals serve: \(e)")
            throw ExitCode(1)
        }
    }
}
