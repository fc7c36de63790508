import Annals
import ArgumentParser
import Foundation

/// The options `build` and `serve` share.
struct BuildOptionsGroup: ParsableArguments {
    @Option(help: "Folder of articles: raw .txt and Markdown .md with front matter.")
    var seeds = "seeds"

    @Option(help: "Folder of Mustache templates and assets/.")
    var templates = "Templates"

    @Option(help: "Folder the site is written to.")
    var output = "output"

    @Option(help: "Site configuration (default: site.yml when it exists).")
    var config: String?

    @Option(name: .customLong("base-url"), help: "Address the site will be published at, e.g. https://user.github.io/archive/.")
    var baseURL: String?

    @Flag(help: "Treat warnings as failures (for CI).")
    var strict = false

    @Flag(help: "Also remove pages, feeds, scripts and styles in the output folder that this build did not write (never hidden files, CNAME or pictures).")
    var clean = false

    @Flag(name: .customLong("follow-links"), help: "Read article files that are symbolic links to files outside the seeds folder.")
    var followLinks = false

    var options: BuildOptions {
        let configPath = config ?? (FileManager.default.fileExists(atPath: "site.yml") ? "site.yml" : nil)
        var options = BuildOptions(seeds: seeds, templates: templates, output: output, config: configPath, baseURL: baseURL,
                                   strict: strict, clean: clean, followLinks: followLinks)
        options.waiting = { printError($0) }
        return options
    }

    func validate() throws {
        if let c = config, !FileManager.default.fileExists(atPath: c) {
            throw ValidationError("--config \(c): no such file")
        }
        if let b = baseURL, !b.isEmpty, !(b.hasPrefix("http://") || b.hasPrefix("https://") || b.hasPrefix("file:")) {
            throw ValidationError("--base-url must start with http://, https:// or file:")
        }
    }
}
