import Foundation

/// A compiled regular expression (ICU syntax, lookbehind included) with String-friendly results.
/// NSRegularExpression is immutable after creation, so sharing it across threads is safe.
struct Pattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String, ignoreCase: Bool = false) {
        regex = try! NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
    }

    struct Match {
        /// Capture groups, 0 being the whole match; nil where a group did not take part.
        let groups: [String?]
        let range: Range<String.Index>
        subscript(_ i: Int) -> String? { i < groups.count ? groups[i] : nil }
        func int(_ i: Int) -> Int? { self[i].flatMap { Int($0) } }
    }

    func firstMatch(in s: String) -> Match? {
        let ns = NSRange(s.startIndex..., in: s)
        return regex.firstMatch(in: s, range: ns).flatMap { convert($0, s) }
    }

    func matches(in s: String) -> [Match] {
        regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { convert($0, s) }
    }

    func contains(_ s: String) -> Bool { firstMatch(in: s) != nil }

    /// `s` with every match replaced by `template` (`$1` names a group).
    func replacingMatches(in s: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
    }

    private func convert(_ r: NSTextCheckingResult, _ s: String) -> Match? {
        guard let whole = Range(r.range, in: s) else { return nil }
        var groups: [String?] = []
        for i in 0..<r.numberOfRanges {
            let nr = r.range(at: i)
            groups.append(nr.location == NSNotFound ? nil : Range(nr, in: s).map { String(s[$0]) })
        }
        return Match(groups: groups, range: whole)
    }
}
