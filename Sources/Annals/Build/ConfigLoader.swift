import Foundation
import Yams

/// Reads `site.yml` and `people.yml`. Unknown keys and wrong types are warnings naming the key and line;
/// a file that is not YAML at all is an error.
public enum ConfigLoader {
    public static func site(yaml text: String, file: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var notes: [Diagnostic] = []
        guard let map = mapping(text, file: file, notes: &notes) else { return (config, notes) }
        for (k, v) in map {
            let key = k.string ?? ""
            let line = k.mark.map { $0.line }
            func wrong(_ expected: String) {
                notes.append(Diagnostic(.warning, .config, file: file, line: line, "'\(key)' should be \(expected); the default is used"))
            }
            switch key {
            case "title": if let s = v.scalar?.string { config.title = s } else { wrong("text") }
            case "description": if let s = v.scalar?.string { config.description = s } else { wrong("text") }
            case "base_url":
                if let s = v.scalar?.string, s.isEmpty || s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("file:") {
                    config.baseURL = s.isEmpty ? nil : s
                } else { wrong("an http(s) or file URL") }
            case "language": if let s = v.scalar?.string { config.language = s } else { wrong("a language code such as vi") }
            case "timezone":
                // Once written by `annals init` but never honoured: dates are Vietnam time (UTC+7) throughout.
                notes.append(Diagnostic(.warning, .config, file: file, line: line,
                                        "'timezone' is not a setting: dates are read and written as Vietnam time (UTC+7); remove the line"))
            case "items_per_page", "feed_length", "list_page_size", "companions":
                guard let range = SiteConfig.ranges[key] else { break }
                guard v.tag.rawValue == Tag.Name.int.rawValue, let scalar = v.scalar?.string else { wrong("a whole number from \(range.lowerBound) to \(range.upperBound)"); break }
                guard let n = v.int, range.contains(n) else {
                    notes.append(Diagnostic(.error, .config, file: file, line: line,
                                            "'\(key): \(scalar)' is out of range: write a whole number from \(range.lowerBound) to \(range.upperBound)"))
                    break
                }
                switch key {
                case "items_per_page": config.itemsPerPage = n
                case "feed_length": config.feedLength = n
                case "list_page_size": config.listPageSize = n
                default: config.companions = n
                }
            case "years": config.years = yearRules(v, file: file, line: line, notes: &notes)
            default:
                notes.append(Diagnostic(.warning, .config, file: file, line: line, "unknown key '\(key)' ignored"))
            }
        }
        return (config, notes)
    }

    /// `years:` maps a folder, a file pattern or a source to a year or a span of years ("2004-2006").
    private static func yearRules(_ v: Node, file: String, line: Int?, notes: inout [Diagnostic]) -> [YearRule] {
        guard let map = v.mapping else {
            notes.append(Diagnostic(.warning, .config, file: file, line: line,
                                    "'years' should map a folder, a file pattern or a source to a year, e.g. 'vntc/: 2005' or 'Tuổi Trẻ: 2004-2006'; ignored"))
            return []
        }
        var rules: [YearRule] = []
        for (k, y) in map {
            let at = k.mark.map { $0.line }
            guard let key = k.string?.precomposedStringWithCanonicalMapping, !key.isEmpty,
                  let text = y.scalar?.string, let (first, last) = YearRule.years(text) else {
                notes.append(Diagnostic(.warning, .config, file: file, line: at,
                                        "each entry under 'years' should be 'folder, pattern or source: year' with a year such as 2017 or a span such as 2004-2006 (at most 100 years); ignored"))
                continue
            }
            rules.append(YearRule(key: key, first: first, last: last, file: file, line: at))
        }
        return rules
    }

    /// people.yml:
    /// ```
    /// people:
    ///   Hồ Chí Minh:
    ///     aliases: [Bác Hồ, Hồ Chủ tịch]
    ///     title: Chủ tịch nước
    /// not_people: [Hoàng Văn Thụ]
    /// distinct: [Nguyễn Văn Hưng]     # never merged with another spelling by Annals itself
    /// ```
    public static func registry(yaml text: String, file: String) -> (Registry, [Diagnostic]) {
        var registry = Registry()
        var notes: [Diagnostic] = []
        guard let map = mapping(text, file: file, notes: &notes) else { return (registry, notes) }
        for (k, v) in map {
            let key = k.string ?? ""
            let line = k.mark.map { $0.line }
            switch key {
            case "people":
                guard let people = v.mapping else {
                    notes.append(Diagnostic(.warning, .registry, file: file, line: line, "'people' should map each canonical name to its aliases and title"))
                    continue
                }
                for (nameNode, entry) in people {
                    guard let name = nameNode.string?.precomposedStringWithCanonicalMapping else { continue }
                    let canonicalKey = Vietnamese.matchKey(name)
                    let entryLine = nameNode.mark.map { $0.line }
                    registry.aliases[canonicalKey] = name
                    guard let fields = entry.mapping else {
                        // "Name:" with nothing under it only fixes the spelling.
                        if entry.scalar.map({ $0.string.isEmpty || $0.string == "~" || $0.string == "null" }) ?? false { continue }
                        notes.append(Diagnostic(.warning, .registry, file: file, line: entryLine, "'\(name)' should have 'aliases' and/or 'title'"))
                        continue
                    }
                    for (fk, fv) in fields {
                        switch fk.string ?? "" {
                        case "aliases":
                            let aliases = fv.sequence?.compactMap { $0.string } ?? fv.string.map { [$0] } ?? []
                            for alias in aliases { registry.aliases[Vietnamese.matchKey(alias)] = name }
                        case "title":
                            if let t = fv.string { registry.titles[canonicalKey] = t }
                        default:
                            notes.append(Diagnostic(.warning, .registry, file: file, line: fk.mark.map { $0.line }, "unknown key '\(fk.string ?? "")' under '\(name)' ignored"))
                        }
                    }
                }
            case "not_people":
                let names = v.sequence?.compactMap { $0.string } ?? []
                if names.isEmpty && v.sequence == nil {
                    notes.append(Diagnostic(.warning, .registry, file: file, line: line, "'not_people' should be a list of names"))
                }
                for n in names { registry.notPeople.insert(Vietnamese.matchKey(n)) }
            case "distinct":
                let names = v.sequence?.compactMap { $0.string } ?? []
                if names.isEmpty && v.sequence == nil {
                    notes.append(Diagnostic(.warning, .registry, file: file, line: line, "'distinct' should be a list of names"))
                }
                for n in names { registry.distinct.insert(Vietnamese.matchKey(n.precomposedStringWithCanonicalMapping)) }
            default:
                notes.append(Diagnostic(.warning, .registry, file: file, line: line, "unknown key '\(key)' ignored (known: people, not_people, distinct)"))
            }
        }
        return (registry, notes)
    }

    private static func mapping(_ text: String, file: String, notes: inout [Diagnostic]) -> Node.Mapping? {
        // Aliases first: a file whose aliases repeat too much is refused before Yams follows them.
        if let line = YAMLLimits.aliasExpansionLine(text) {
            notes.append(Diagnostic(.error, .config, file: file, line: line, YAMLLimits.aliasMessage("the file")))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            guard let map = node.mapping else {
                notes.append(Diagnostic(.error, .config, file: file, line: 1, "expected 'key: value' lines"))
                return nil
            }
            return map
        } catch let e as YamlError {
            var line: Int?
            var problem = String(describing: e).split(separator: "\n").first.map(String.init) ?? ""
            switch e {
            case let .scanner(_, p, mark, _), let .parser(_, p, mark, _), let .composer(_, p, mark, _):
                line = mark.line
                if p != YAMLLimits.plain(p) { problem = YAMLLimits.plain(p) }
            default: break
            }
            notes.append(Diagnostic(.error, .config, file: file, line: line, "not valid YAML: \(problem)"))
            return nil
        } catch {
            notes.append(Diagnostic(.error, .config, file: file, "not valid YAML: \(error)"))
            return nil
        }
    }
}
