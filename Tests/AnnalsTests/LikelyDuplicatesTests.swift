import Testing
@testable import Annals

/// Spellings of one name that `annals people` offers to merge, and the entry it offers.
@Suite struct LikelyDuplicatesTests {
    func person(_ name: String, articles: Int) -> Person {
        Person(name: name, key: Vietnamese.matchKey(name), slug: "", articles: Array(0..<articles), titles: [], headline: nil, companions: [])
    }

    @Test func tonesCaseHyphensAndShortForms() {
        let people = [
            person("Bruno Rodriguez", articles: 2),          // 0
            person("Bruno Rodriguez Parrilla", articles: 5), // 1
            person("Lê Văn Tam", articles: 1),               // 2
            person("Lê Văn Tám", articles: 9),               // 3
            person("Kim Jong-un", articles: 3),              // 4
            person("Kim Jong Un", articles: 1),              // 5
            person("Trần Văn", articles: 1),                 // 6: two words, but nobody continues it
            person("Hoàng An", articles: 4),                 // 7
            person("Hoàng Anh", articles: 4),                // 8: "hoang-an" is not a word prefix of "hoang-anh"
            person("Nguyễn Văn Hùng", articles: 4),          // 9
            person("Nguyễn Văn Hưng", articles: 2),          // 10
        ]
        let groups = LikelyDuplicates.find(people)
        #expect(groups == [
            LikelyDuplicates.Group(main: 3, others: [2]),
            LikelyDuplicates.Group(main: 1, others: [0]),
            LikelyDuplicates.Group(main: 9, others: [10]),
            LikelyDuplicates.Group(main: 4, others: [5]),
        ])
        let entry = LikelyDuplicates.registryEntry(groups, people: people)
        #expect(entry.hasPrefix("people:\n  Lê Văn Tám:\n    aliases: [Lê Văn Tam]\n  Bruno Rodriguez Parrilla:\n    aliases: [Bruno Rodriguez]\n"))
        // What it offers reads back as a registry that makes each group one person.
        let (registry, notes) = ConfigLoader.registry(yaml: entry, file: "people.yml")
        #expect(notes.isEmpty)
        #expect(registry.canonical("Lê Văn Tam") == "Lê Văn Tám")
        #expect(registry.canonical("Kim Jong Un") == "Kim Jong-un")
    }
}
