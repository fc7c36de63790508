/// People who are probably one person written two ways: names that differ only in tone marks, case or
/// hyphens ("Nguyễn Phú Trong" beside "Nguyễn Phú Trọng"), or a name of two words or more that another
/// name continues ("Bruno Rodriguez" and "Bruno Rodriguez Parrilla"), or a foreign name written one letter
/// apart ("Esteban Lazo Hernandes"). Those `PeopleMerge` found clear are merged already; the others are
/// not (two real people can differ by one tone mark: Hùng, Hưng), so `annals people` lists them with a
/// `people.yml` entry the user can paste once they have checked.
public enum LikelyDuplicates {
    /// A group: the most mentioned spelling (index into `Site.people`) and the others.
    public struct Group: Equatable, Sendable {
        public var main: Int
        public var others: [Int]
    }

    public static func find(_ people: [Person]) -> [Group] {
        // The name folded as its slug is ("nguyen-phu-trong"), without the number a shared slug gets.
        let folded = people.map { Slug.make($0.name) }
        var byFold: [String: [Int]] = [:]
        for (i, f) in folded.enumerated() where !f.isEmpty { byFold[f, default: []].append(i) }
        // Union of the two kinds of likeness, each person in at most one group.
        var parent = Array(people.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for members in byFold.values where members.count > 1 { for m in members.dropFirst() { join(members[0], m) } }
        // A foreign name one letter apart ("Hernandez", "Hernandes").
        for (f, g) in PeopleMerge.nearSpellings(byFold.keys.sorted()) { join(byFold[f]![0], byFold[g]![0]) }
        // Short forms: a folded name of two words or more, then "-", starts a longer one. In sorted order the
        // names that continue "f" follow "f-" directly, so each name costs a binary search and its matches.
        let keys = byFold.keys.sorted()
        for f in keys where f.split(separator: "-").count >= 2 {
            let prefix = f + "-"
            var k = keys.partitionIndex(prefix)
            while k < keys.count, keys[k].hasPrefix(prefix) {
                join(byFold[f]![0], byFold[keys[k]]![0])
                k += 1
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in people.indices { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.map { members in
            let ranked = members.sorted { a, b in
                people[a].articles.count != people[b].articles.count ? people[a].articles.count > people[b].articles.count : a < b
            }
            return Group(main: ranked[0], others: Array(ranked.dropFirst()))
        }.sorted { people[$0.main].articles.count != people[$1.main].articles.count
            ? people[$0.main].articles.count > people[$1.main].articles.count : $0.main < $1.main }
    }

    /// The `people.yml` lines that make each group one person, under its most mentioned spelling.
    public static func registryEntry(_ groups: [Group], people: [Person]) -> String {
        var lines = ["people:"]
        for g in groups {
            lines.append("  \(YAMLText.scalar(people[g.main].name)):")
            lines.append("    aliases: " + YAMLText.list(g.others.map { people[$0].name }))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
