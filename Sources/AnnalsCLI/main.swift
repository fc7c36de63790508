import Annals
import ArgumentParser
import CMimalloc
import Foundation

// mimalloc serves every allocation of the process (see Package.swift). Asking its version keeps the
// library among the executable's needs whatever the linker's defaults, so it is loaded before libc.
precondition(mi_version() > 0)

// Exit codes: 0 built, 1 something failed, 2 bad usage (ArgumentParser's own default for usage is 64).
do {
    var command = try AnnalsCommand.parseAsRoot()
    // `serve` runs the async server; calling it by name avoids the sync `run()` an existential would pick.
    if let serve = command as? ServeCommand {
        try await serve.serve()
    } else {
        try command.run()
    }
} catch {
    let code = AnnalsCommand.exitCode(for: error)
    var message = AnnalsCommand.fullMessage(for: error)
    // An error from a command's own work (not the command line's): what happened, in plain words.
    if code == .failure, !(error is ExitCode) { message = "annals: " + ErrorText.describeWithFile(error) }
    if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code == .validationFailure ? 2 : code.rawValue)
}
