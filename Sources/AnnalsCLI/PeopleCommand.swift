import Annals
import ArgumentParser
import Foundation

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Lists everyone found in the archive with article counts, headline office and offices, to curate people.yml."
    )

    @OptionGroup var build: BuildOptionsGroup

    func run() throws {
        let (site, report) = Builder.assemble(build.options)
        for e in report.errors { printError(e.description) }
        // Most mentioned first; ties in Vietnamese order.
        let order = site.people.indices.sorted { site.people[$0].articles.count != site.people[$1].articles.count
            ? site.people[$0].articles.count > site.people[$1].articles.count : $0 < $1 }
        // The headline office, as the person page shows it, then the offices the titles were grouped into.
        for i in order { print(site.people[i].listing) }
        print("\(site.people.count) people in \(site.articles.count) articles")
        let merged = site.people.flatMap { p in p.merged.map { (p, $0) } }
        if !merged.isEmpty {
            print("\nMerged as one person (\(merged.count)); to keep two apart, list the name under 'distinct:' in people.yml:")
            for (p, m) in merged { print("  \(m.name) (\(m.articles)) → \(p.name): \(m.reason)") }
        }
        let duplicates = LikelyDuplicates.find(site.people)
        guard !duplicates.isEmpty else { return }
        print("\nLikely one person written two ways (\(duplicates.count)); check each, then paste what is right into people.yml:")
        for g in duplicates {
            let names = ([g.main] + g.others).map { "\(site.people[$0].name) (\(site.people[$0].articles.count))" }
            print("  " + names.joined(separator: " ~ "))
        }
        print("")
        print(LikelyDuplicates.registryEntry(duplicates, people: site.people), terminator: "")
    }
}
