/// The cast: about 2,000 distinct people, each with a name built from the tables, a gender, a party
/// rank sometimes, and one or two positions over the twenty years. Rank 0 is the most mentioned; the
/// articles draw people with a Zipf-like weight on rank, so a few appear everywhere and most rarely.
struct Role {
    /// "Bí thư Tỉnh ủy Nghệ An"
    let full: String
    /// "Bí thư Tỉnh ủy": what a later mention puts before the name.
    let short: String
}

struct Person {
    let family: String
    let middle: String
    let given: String
    let female: Bool
    /// "Ủy viên Trung ương Đảng", shown between commas after the name.
    let partyRank: String?
    /// "GS.TS", "Thiếu tướng": written straight before the name sometimes.
    let prefix: String?
    /// Positions held, each from a year on, in order.
    let career: [(from: Int, role: Role)]

    var fullName: String { "\(family) \(middle) \(given)" }
    var honorific: String { female ? "bà" : "ông" }

    func role(in year: Int) -> Role {
        var current = career[0].role
        for step in career where step.from <= year { current = step.role }
        return current
    }
}

struct Cast {
    let people: [Person]
    let zipf: WeightedTable

    static let firstYear = 2005
    static let lastYear = 2024

    init(seed: UInt64, count: Int = 2_000) {
        var rng = SplitMix64(seed: seed, stream: 0xCA57)
        let families = Weighted(Vocab.familyNames)
        let maleMiddles = Weighted(Vocab.maleMiddle)
        let femaleMiddles = Weighted(Vocab.femaleMiddle)
        let ranks = Weighted(Vocab.partyRanks)
        var seen = Set<String>()
        var people: [Person] = []
        var attempts = 0
        while people.count < count {
            attempts += 1
            precondition(attempts < count * 50, "cannot find \(count) distinct names")
            let rank = people.count
            let female = rng.chance(rank < 40 ? 0.12 : 0.3)
            let family = families.sample(&rng)
            var middle = female ? femaleMiddles.sample(&rng) : maleMiddles.sample(&rng)
            if rng.chance(female ? 0.3 : 0.08) {
                let second = rng.pick(female ? Vocab.femaleSecondMiddle : Vocab.maleSecondMiddle)
                if second != middle { middle += " " + second }
            }
            let given = rng.pick(female ? Vocab.femaleGiven : Vocab.maleGiven)
            if middle.hasSuffix(given) || family == given { continue }
            let name = "\(family) \(middle) \(given)"
            guard seen.insert(name).inserted else { continue }

            let partyChance = rank < 40 ? 0.9 : (rank < 300 ? 0.45 : 0.12)
            let party = rng.chance(partyChance) ? (rank < 12 ? "Ủy viên Bộ Chính trị" : ranks.sample(&rng)) : nil
            let prefix = rng.chance(0.06) ? rng.pick(Vocab.academicPrefixes) : nil
            let career = Cast.career(rank: rank, rng: &rng)
            people.append(Person(family: family, middle: middle, given: given, female: female,
                                 partyRank: party, prefix: prefix, career: career))
        }
        self.people = people
        // Zipf-like: weight 1/(rank + 5), so the first person is in roughly a fifth of the articles.
        zipf = WeightedTable((0..<count).map { 1.0 / Double($0 + 5) })
    }

    func sample(_ rng: inout SplitMix64) -> Int { zipf.sample(&rng) }

    static func career(rank: Int, rng: inout SplitMix64) -> [(from: Int, role: Role)] {
        let start = firstYear - rng.int(0, 6)
        var steps = [(from: start, role: role(rank: rank, rng: &rng))]
        if rng.chance(0.6) {
            steps.append((from: rng.int(firstYear + 3, lastYear - 2), role: role(rank: rank, rng: &rng)))
        }
        return steps
    }

    static func role(rank: Int, rng: inout SplitMix64) -> Role {
        if rank < 6 {
            let top = [("Tổng Bí thư", "Tổng Bí thư"), ("Chủ tịch nước", "Chủ tịch nước"),
                       ("Thủ tướng Chính phủ", "Thủ tướng"), ("Chủ tịch Quốc hội", "Chủ tịch Quốc hội"),
                       ("Thường trực Ban Bí thư", "Thường trực Ban Bí thư"), ("Phó Thủ tướng Chính phủ", "Phó Thủ tướng")]
            let (full, short) = top[(rank + rng.below(2)) % top.count]
            return Role(full: full, short: short)
        }
        let level = rank < 80 ? rng.below(3) : 3 + rng.below(5)
        switch level {
        case 0:
            let m = rng.pick(Vocab.ministries)
            let head = rng.chance(0.6) ? "Bộ trưởng" : "Thứ trưởng"
            return Role(full: "\(head) \(m)", short: head)
        case 1:
            let b = rng.pick(Vocab.centralBoards)
            let head = rng.chance(0.6) ? "Trưởng" : "Phó Trưởng"
            return Role(full: "\(head) \(b)", short: "\(head) \(b)")
        case 2:
            let pick = rng.pick(["Phó Thủ tướng Chính phủ", "Phó Chủ tịch Quốc hội", "Phó Chủ tịch nước", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"])
            return Role(full: pick, short: pick.replacingOccurrences(of: " Chính phủ", with: ""))
        case 3, 4, 5:
            let (p, city) = rng.pick(Vocab.provinces)
            let unit = city ? "Thành ủy" : "Tỉnh ủy"
            let ubnd = city ? rng.pick(["UBND thành phố", "UBND TP"]) : "UBND tỉnh"
            let area = city ? "thành phố" : "tỉnh"
            switch rng.below(10) {
            case 0: return Role(full: "Bí thư \(unit) \(p)", short: "Bí thư \(unit)")
            case 1: return Role(full: "Phó Bí thư Thường trực \(unit) \(p)", short: "Phó Bí thư Thường trực \(unit)")
            case 2: return Role(full: "Chủ tịch \(ubnd) \(p)", short: "Chủ tịch \(ubnd)")
            case 3: return Role(full: "Phó Chủ tịch \(ubnd) \(p)", short: "Phó Chủ tịch \(ubnd)")
            case 4: return Role(full: "Chủ tịch HĐND \(area) \(p)", short: "Chủ tịch HĐND \(area)")
            case 5: return Role(full: "Trưởng Ban Tuyên giáo \(unit) \(p)", short: "Trưởng Ban Tuyên giáo \(unit)")
            case 6: return Role(full: "Trưởng Ban Dân vận \(unit) \(p)", short: "Trưởng Ban Dân vận \(unit)")
            case 7: return Role(full: "Giám đốc Công an \(area) \(p)", short: "Giám đốc Công an \(area)")
            default:
                let d = rng.pick(Vocab.departments)
                return Role(full: "Giám đốc \(d) \(area) \(p)", short: "Giám đốc \(d)")
            }
        case 6:
            let body = rng.pick(Vocab.nationalBodies)
            let head = rng.chance(0.5) ? "Chủ tịch" : "Phó Chủ tịch"
            return Role(full: "\(head) \(body)", short: head)
        default:
            if rng.chance(0.5) {
                let corp = rng.pick(Vocab.corporations)
                let head = rng.chance(0.5) ? "Tổng Giám đốc" : "Chủ tịch Hội đồng thành viên"
                return Role(full: "\(head) \(corp)", short: head)
            }
            let u = rng.pick(Vocab.universities)
            let head = u.hasPrefix("Trường") ? rng.pick(["Hiệu trưởng", "Phó Hiệu trưởng"]) : rng.pick(["Giám đốc", "Phó Giám đốc"])
            return Role(full: "\(head) \(u)", short: head)
        }
    }
}
