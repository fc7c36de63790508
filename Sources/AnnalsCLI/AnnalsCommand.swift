import ArgumentParser

struct AnnalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turns an archive of Vietnamese news articles into a browsable static website.",
        subcommands: [BuildCommand.self, ServeCommand.self, ConvertCommand.self, CheckCommand.self, InitCommand.self, PeopleCommand.self]
    )
}
