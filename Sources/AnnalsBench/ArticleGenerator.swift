import Foundation

/// Composes one raw article in the seeds' layout: a title line, a date line (or a lead with only day
/// and month, the year mentioned in the body), paragraphs separated by blank lines, captions (indented
/// with no-break spaces, printed twice, or carrying a photo credit), people introduced with their titles
/// before or after their names, a byline on the last line, and sometimes a source and "Tin liên quan".
///
/// Article `i` of seed `s` depends only on (s, i): same seed, same bytes, whatever the set size.
struct ArticleGenerator: Sendable {
    let seed: UInt64
    let cast: Cast

    init(seed: UInt64) {
        self.seed = seed
        cast = Cast(seed: seed)
    }

    struct Output {
        let fileName: String
        let data: Data
        let words: Int
    }

    func generate(_ index: Int) -> Output {
        var w = Writer(rng: SplitMix64(seed: seed, stream: UInt64(index) &+ 1), cast: cast)
        return w.write(index: index)
    }
}

extension Cast: @unchecked Sendable {}

/// The state of one article while it is being written.
private struct Writer {
    var rng: SplitMix64
    let cast: Cast

    // What the article is about.
    var year = 2020, month = 1, day = 1, hour = 8, minute = 0
    var province = ("Hà Nội", true)
    var event = Vocab.events[0]
    var topic = ""
    var host = ""                 // the organiser: "Ban Thường vụ Tỉnh ủy Nghệ An"
    var cast_: [Int] = []         // people of this article, by cast index
    var introduced: [Int] = []    // people already named in full
    var yearInBody = false        // the date line is missing: the body must carry the year

    init(rng: SplitMix64, cast: Cast) {
        self.rng = rng
        self.cast = cast
    }

    mutating func write(index: Int) -> ArticleGenerator.Output {
        let fileName = String(format: "%06d_%016llx.txt", index, rng.next())
        year = rng.int(Cast.firstYear, Cast.lastYear)
        month = rng.int(1, 12)
        day = rng.int(1, Self.daysIn(month: month, year: year))
        hour = rng.int(6, 21)
        minute = rng.below(60)
        province = rng.pick(Vocab.provinces)
        event = rng.pick(Vocab.events)
        topic = rng.pick(Vocab.topics)
        host = pickHost()
        let count = rng.int(3, 8)
        while cast_.count < count {
            let p = cast.sample(&rng)
            if !cast_.contains(p) { cast_.append(p) }
        }

        var lines: [String] = []
        var title = makeTitle()
        if rng.chance(0.03) { title = title.uppercased() }
        lines.append(title)

        let dateKind = rng.below(100)
        yearInBody = dateKind >= 70
        if let dateLine = makeDateLine(dateKind) {
            lines.append(dateLine)
            if rng.chance(0.3) { lines.append("") }
        } else {
            lines.append("")
        }

        let target = rng.int(290, 680)
        var removable: [Int] = []   // prose paragraphs and captions, dropped if the article runs over 900 words
        var captionAt: [Int] = []
        var body: [String] = []   // paragraphs and captions, in order, as text blocks
        let leadParagraph = lead()
        var bodyWords = leadParagraph.split(separator: " ").count
        body.append(leadParagraph)
        if rng.chance(0.7) { body.append(caption(scene: true)) }
        if cast_.count > 1 {
            let p = attendance()
            bodyWords += p.split(separator: " ").count
            body.append(p)
        }
        var captions = 1
        var yearMentions = 0
        while bodyWords < target {
            let pending = cast_.filter { !introduced.contains($0) }
            let p: String
            if !pending.isEmpty && (rng.chance(0.55) || bodyWords > target - 150) {
                p = speech(by: pending[0])
            } else if rng.chance(0.3), let known = introduced.isEmpty ? nil : rng.pick(introduced) {
                p = speech(by: known)
                if !p.contains(String(year)) { removable.append(body.count) }
            } else {
                p = prose()
                if !p.contains(String(year)) { removable.append(body.count) }
            }
            if p.contains(String(year)) { yearMentions += 1 }
            bodyWords += p.split(separator: " ").count
            body.append(p)
            if captions < 4 && rng.chance(0.22) {
                let c = caption(scene: false)
                bodyWords += c.split(separator: " ").count
                removable.append(body.count)
                captionAt.append(body.count)
                body.append(c)
                captions += 1
            }
        }
        // Whoever is still unnamed attends, in one short paragraph.
        let pending = cast_.filter { !introduced.contains($0) }
        if !pending.isEmpty {
            let p = attendance(pending)
            bodyWords += p.split(separator: " ").count
            body.append(p)
        }
        if yearInBody && yearMentions < 2 {
            let p = fill("Trong năm {year}, " + lowerFirst(sentence()) + " " + fill("Dự kiến đến cuối năm {year}, ") + lowerFirst(sentence()))
            bodyWords += p.split(separator: " ").count
            body.append(p)
        }
        if rng.chance(0.5) {
            let p = fill(rng.pick(Vocab.closingPhrases))
            bodyWords += p.split(separator: " ").count
            body.append(p)
        }

        // The byline, sometimes glued to the last sentence.
        let byline = makeByline()
        if byline.glued, captionAt.last != body.count - 1, let last = body.popLast() {
            removable.removeAll { $0 == body.count }
            body.append(last + " " + byline.text)
        } else {
            body.append(byline.text)
        }
        var tail: [String] = []
        if rng.chance(0.2) { tail.append(sourceLine(title: title)) }
        if rng.chance(0.2) {
            tail.append("Tin liên quan")
            let pages = rng.int(3, 40)
            let pager = "Trang 1 / \(pages) - \(pages * 10 - rng.below(10)) dòngFirstPrevNextLast\u{00A0}v"
            tail.append(pager)
            if rng.chance(0.5) { tail.append(pager) }
        }

        var text = ""
        var words = 0
        while true {
            text = lines.joined(separator: "\n") + "\n" + (body + tail).joined(separator: "\n\n")
            words = text.split(whereSeparator: { $0.isWhitespace }).count
            guard words > 900, let drop = removable.popLast() else { break }
            body.remove(at: drop)
        }
        if rng.chance(0.5) { text += "\n" }

        // Encoding quirks of scraped files.
        let quirk = rng.below(1000)
        if quirk < 15 { text = text.decomposedStringWithCanonicalMapping }
        if quirk >= 15 && quirk < 45 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        var data = Data()
        if quirk >= 45 && quirk < 75 { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        data.append(contentsOf: Array(text.utf8))
        return ArticleGenerator.Output(fileName: fileName, data: data, words: words)
    }

    // MARK: Parts

    mutating func pickHost() -> String {
        let (p, city) = province
        switch rng.below(6) {
        case 0: return "Ban Thường vụ \(city ? "Thành ủy" : "Tỉnh ủy") \(p)"
        case 1: return city ? "UBND \(placeName(province))" : "UBND tỉnh \(p)"
        case 2: return rng.pick(Vocab.ministries)
        case 3: return rng.pick(Vocab.centralBoards)
        case 4: return rng.pick(Vocab.nationalBodies)
        default: return "\(city ? "Thành ủy" : "Tỉnh ủy") \(p)"
        }
    }

    func placeName(_ p: (String, Bool)) -> String {
        p.0 == "Hồ Chí Minh" ? "TP Hồ Chí Minh" : p.0
    }

    mutating func makeTitle() -> String {
        var pattern = rng.pick(Vocab.titlePatterns)
        // The low-variety patterns are rarer, as in an archive where few titles repeat.
        if (pattern.contains("ở cơ sở") || pattern.hasPrefix("Tọa đàm")) && rng.chance(0.8) { pattern = Vocab.titlePatterns[0] }
        return fill(pattern, lead: cast_[0])
    }

    mutating func makeDateLine(_ kind: Int) -> String? {
        let dd = String(format: "%02d", day), mm = String(format: "%02d", month)
        let time = String(format: "%02d:%02d", hour, minute)
        switch kind {
        case 0..<40: return "Ngày đăng: \(dd)/\(mm)/\(year)"
        case 40..<52: return "Cập nhật: \(time) ngày \(dd)/\(mm)/\(year)"
        case 52..<62: return "\(Vocab.weekdays[Self.weekday(year, month, day)]), \(dd)/\(mm)/\(year) - \(time)"
        case 62..<70: return "\(placeName(province)), ngày \(day)/\(month)/\(year)"
        default: return nil
        }
    }

    mutating func lead() -> String {
        let part = rng.pick(Vocab.partsOfDay)
        let date = (!yearInBody && rng.chance(0.3)) ? "\(day)/\(month)/\(year)" : "\(day)/\(month)"
        let ngay = rng.chance(0.5) ? " ngày" : ""
        let place = rng.chance(0.5) ? rng.pick(Vocab.venues) : (province.1 ? placeName(province) : "tỉnh \(province.0)")
        var s = "\(part)\(ngay) \(date), tại \(place), \(host) \(event.verb == "tổ chức" ? "tổ chức \(event.noun)" : "\(event.verb) \(rng.pick(["các doanh nghiệp", "đoàn công tác", "đại diện các địa phương"]))") về \(topic)"
        if yearInBody || rng.chance(0.5) { s += fill(" năm {year}") }
        s += "."
        let p0 = cast_[0]
        let who = firstMention(p0, style: rng.below(2))
        s += " " + upperFirst(who) + " " + rng.pick(["dự và chỉ đạo", "chủ trì", "dự và phát biểu tại", "tham dự"]) + " \(event.noun)."
        s += " " + sentence()
        return s
    }

    mutating func attendance(_ given: [Int]? = nil) -> String {
        let guests = given ?? cast_.dropFirst().prefix(rng.int(1, 3)).filter { !introduced.contains($0) }
        guard !guests.isEmpty else { return prose() }
        var parts: [String] = []
        for g in guests {
            let person = cast.people[g]
            let role = person.role(in: year)
            var s = (rng.chance(0.6) ? "đồng chí " : person.honorific + " ") + person.fullName + ", "
            if let party = partyRank(person, role) { s += party + ", " }
            s += role.full
            introduced.append(g)
            parts.append(s)
        }
        let intro = fill(rng.pick(Vocab.attendanceIntros))
        let tailText = rng.chance(0.6) ? "; cùng lãnh đạo các sở, ban, ngành và địa phương." : "."
        return intro + " " + parts.joined(separator: "; ") + tailText
    }

    /// A paragraph where one person speaks: the full introduction the first time, a short form later.
    mutating func speech(by p: Int) -> String {
        let person = cast.people[p]
        let intro = fill(rng.pick(Vocab.speechIntros))
        let verb = rng.pick(Vocab.speechVerbs)
        var s: String
        if introduced.contains(p) {
            let ref: String
            switch rng.below(4) {
            case 0: ref = "\(person.honorific) \(person.given)"
            case 1: ref = "đồng chí \(person.fullName)"
            case 2: ref = "\(person.role(in: year).short) \(person.fullName)"
            default: ref = "\(person.role(in: year).short) \(person.given)"
            }
            s = intro + " " + ref + " " + verb + ", " + lowerFirst(clause()) + "."
        } else {
            let style = rng.below(3)
            let who = firstMention(p, style: style)
            if style == 0 {
                s = intro + " " + who + " " + verb + ", " + lowerFirst(clause()) + "."
            } else {
                s = upperFirst(who) + " " + verb + ", " + lowerFirst(clause()) + "."
            }
        }
        if rng.chance(0.35) {
            s += " \(upperFirst(person.honorific)) đề nghị " + lowerFirst(rng.pick(Vocab.subjects)) + " "
                + rng.pick(Vocab.verbs) + " " + rng.pick(Vocab.objects) + ", " + rng.pick(Vocab.adjuncts) + "."
        }
        if rng.chance(0.3) {
            s += " “" + clause() + ", " + rng.pick(Vocab.adjuncts) + "”, \(person.honorific) \(person.given) nói."
        }
        for _ in 0..<rng.int(1, 3) { s += " " + sentence() }
        return s
    }

    /// The first time a person is named: title before the name (style 0) or after it (1, 2).
    mutating func firstMention(_ p: Int, style: Int) -> String {
        let person = cast.people[p]
        let role = person.role(in: year)
        introduced.append(p)
        switch style {
        case 0:
            let prefix = person.prefix.map { $0 + " " } ?? ""
            return "\(role.full) \(prefix)\(person.fullName)"
        case 1:
            var s = "đồng chí \(person.fullName), "
            if let party = partyRank(person, role) { s += party + ", " }
            return s + role.full + ","
        default:
            let prefix = person.prefix.map { $0 + " " } ?? ""
            return "\(person.honorific) \(prefix)\(person.fullName), \(role.full),"
        }
    }

    /// A provincial standing-committee rank only goes with a provincial post.
    func partyRank(_ person: Person, _ role: Role) -> String? {
        guard let rank = person.partyRank else { return nil }
        if rank.hasSuffix("Tỉnh ủy") {
            if role.full.contains("Thành ủy") || role.full.contains("thành phố") || role.full.contains("TP ") { return "Ủy viên Ban Thường vụ Thành ủy" }
            return role.full.contains("tỉnh") || role.full.contains("Tỉnh ủy") ? rank : "Ủy viên Trung ương Đảng"
        }
        return rank
    }

    mutating func prose() -> String {
        var s = sentence()
        for _ in 0..<rng.int(2, 4) { s += " " + sentence() }
        return s
    }

    /// One sentence of report prose.
    mutating func sentence() -> String {
        switch rng.below(5) {
        case 0:
            return upperFirst(fill(rng.pick(Vocab.openers) + " " + clause() + ", " + rng.pick(Vocab.results) + "."))
        case 1:
            return upperFirst(fill(rng.pick(Vocab.openers) + " " + rng.pick(Vocab.difficulties) + ", " + rng.pick(Vocab.difficulties) + "."))
        case 2:
            return upperFirst(clause()) + "."
        case 3:
            return upperFirst(fill(clause() + " " + rng.pick(Vocab.results) + "."))
        default:
            return upperFirst(fill("Đến nay, " + rng.pick(Vocab.subjects) + " đã " + rng.pick(Vocab.verbs) + " "
                + rng.pick(Vocab.objects) + ", " + rng.pick(Vocab.results) + "; " + rng.pick(Vocab.objects)
                + " " + rng.pick(["được quan tâm thực hiện", "có nhiều chuyển biến", "đạt kết quả quan trọng", "từng bước đi vào nền nếp"]) + "."))
        }
    }

    mutating func clause() -> String {
        let aux = rng.pick(["đã", "cần", "tiếp tục", "sẽ", "đã", "phải", "đang"])
        return fill(rng.pick(Vocab.subjects) + " " + aux + " " + rng.pick(Vocab.verbs) + " " + rng.pick(Vocab.objects) + " " + rng.pick(Vocab.adjuncts))
    }

    /// A photo caption block, in one of the layouts scrapers leave behind.
    mutating func caption(scene: Bool) -> String {
        var text: String
        if scene || introduced.isEmpty {
            text = fill(rng.pick(Vocab.captionScenes))
        } else {
            let p = cast.people[rng.pick(introduced)]
            let who = rng.chance(0.5) ? "\(p.role(in: year).short) \(p.fullName)" : "Đồng chí \(p.fullName)"
            text = upperFirst(who + " " + fill(rng.pick(Vocab.captionActions)) + ".")
        }
        text = upperFirst(text)
        switch rng.below(3) {
        case 0: return "\u{00A0}\n\u{00A0}\u{00A0}\(text)\u{00A0}"
        case 1: return "\(text)\n\n\(text)"
        default:
            let credit = rng.chance(0.5) ? rng.pick(Vocab.agencies) : rng.pick(Vocab.authors)
            return "\(text.dropLast()) (Ảnh: \(credit))."
        }
    }

    mutating func makeByline() -> (text: String, glued: Bool) {
        let a = rng.pick(Vocab.authors)
        var b = rng.pick(Vocab.authors)
        if b == a { b = Vocab.authors[(Vocab.authors.firstIndex(of: a)! + 1) % Vocab.authors.count] }
        switch rng.below(20) {
        case 0..<6: return ("\(a), \(b)", false)
        case 6..<9: return ("\(a) - \(b)", false)
        case 9..<12: return (a, false)
        case 12..<15: return ("Tin, ảnh: \(a.uppercased())", false)
        case 15..<17: return ("\(a) (\(rng.pick(Vocab.agencies)))", true)
        case 17..<19: return ("Theo \(rng.pick(Vocab.agencies))", false)
        default: return ("\(a) (\(rng.pick(Vocab.agencies)))", false)
        }
    }

    mutating func sourceLine(title: String) -> String {
        let paper = rng.pick(Vocab.sourcePapers)
        let host = "bao" + Self.ascii(paper).replacingOccurrences(of: "-", with: "")
        return "Nguồn \(paper): https://www.\(host).vn/\(rng.pick(Vocab.sections))/\(Self.ascii(title))-\(rng.int(10_000, 99_999)).html"
    }

    // MARK: Filling templates

    /// Replaces `{key}` placeholders; numbers are drawn afresh at each one.
    mutating func fill(_ template: String, lead: Int? = nil) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            out += value(String(rest[rest.index(after: open)..<close]), lead: lead)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    mutating func value(_ key: String, lead: Int?) -> String {
        switch key {
        case "year": return String(year)
        case "nextYear": return String(year + 1)
        case "prevYear": return String(year - rng.int(3, 5))
        case "plus5": return String(year + 5)
        case "n": return String(rng.pick([2, 3, 5, 10, 15, 20, 25, 30]))
        case "pct": return rng.chance(0.5) ? String(rng.int(2, 120)) : "\(rng.int(1, 99)),\(rng.int(1, 9))"
        case "money": return Self.thousands(rng.int(2, 9_500))
        case "thousands": return Self.thousands(rng.int(1, 900) * 1_000)
        case "count": return Self.thousands(rng.int(3, 2_400))
        case "event": return event.noun
        case "Event": return upperFirst(event.noun)
        case "eventNoun": return rng.pick(["hội thảo", "diễn đàn", "triển lãm", "hội chợ", "hội nghị"])
        case "topic": return topic
        case "org": return host
        case "Province": return placeName(province)
        case "ProvinceBody":
            return province.1 ? rng.pick(["Thành ủy \(province.0)", "UBND \(placeName(province))"])
                : rng.pick(["Tỉnh ủy \(province.0)", "UBND tỉnh \(province.0)", "Ban Thường vụ Tỉnh ủy \(province.0)"])
        case "Body": return rng.pick(Vocab.ministries + Vocab.nationalBodies + Vocab.centralBoards)
        case "Country": return rng.pick(Vocab.countries)
        case "ForeignOffice": return rng.pick(Vocab.foreignOffices)
        case "Office": return cast.people[lead ?? cast_[0]].role(in: year).short
        case "Name": return cast.people[lead ?? cast_[0]].fullName
        default: return "{\(key)}"
        }
    }

    // MARK: Helpers

    func upperFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }

    /// Lower-cases the first letter unless the first word is a name or a proper noun (two capitals in a row).
    func lowerFirst(_ s: String) -> String {
        let words = s.split(separator: " ", maxSplits: 2)
        if words.count > 1, words[1].first?.isUppercase == true { return s }
        guard let f = s.first else { return s }
        return f.lowercased() + s.dropFirst()
    }

    static func thousands(_ n: Int) -> String {
        var digits = Array(String(n))
        var i = digits.count - 3
        while i > 0 { digits.insert(".", at: i); i -= 3 }
        return String(digits)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 0 = Sunday (Sakamoto's method).
    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let yy = m < 3 ? y - 1 : y
        return (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7
    }

    /// ASCII slug for URLs: marks stripped, đ → d, everything else a hyphen.
    static func ascii(_ s: String) -> String {
        var out = ""
        var dash = false
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            let c: Character = scalar == "đ" ? "d" : Character(scalar)
            if c.isASCII && (c.isLetter || c.isNumber) {
                out.append(c)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
