/// The date line's two most used patterns, matched by hand: NSRegularExpression bridges the line to
/// UTF-16 and back on every call, which cost more than the rest of reading a date line.
///
/// Each gives exactly what `Pattern(...).firstMatch(in:)` gives for its pattern (the tests compare them
/// on random text): the leftmost match, its range and groups, with ICU's meanings of `\d` (any decimal
/// digit, of any script) and `\s` (White_Space). Like `Pattern`, a match whose ends fall inside a
/// character (a digit carrying a combining mark) is no match, and such a group is missing.
enum DatePatterns {
    /// `(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)`: "19/12/2021", "3 - 4 - 2006".
    static func dayMonthYear(in s: String) -> Pattern.Match? {
        let t = ScalarText(s)
        for p in 0..<t.count where t.digit(p) && !t.digit(p - 1) {
            // A greedy `\d{1,2}` never has to give a digit back: a separator or a space must follow it.
            var i = p
            let day = t.digits(from: i, max: 2)
            guard day > 0 else { continue }
            i += day
            guard let afterFirst = t.separator(after: i) else { continue }
            i = afterFirst
            let month = t.digits(from: i, max: 2)
            guard month > 0 else { continue }
            let monthStart = i
            i += month
            guard let afterSecond = t.separator(after: i) else { continue }
            i = afterSecond
            guard t.digits(from: i, max: 4) == 4, !t.digit(i + 4) else { continue }
            return t.match(p, i + 4, groups: [p..<(p + day), monthStart..<(monthStart + month), i..<(i + 4)])
        }
        return nil
    }

    /// `(?<!\d)([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?!\d)`: "09:15", "17h40", "8g30".
    static func time(in s: String) -> Pattern.Match? {
        let t = ScalarText(s)
        for p in 0..<t.count where !t.digit(p - 1) {
            // The alternatives in the pattern's order: "[01]" taken, "[01]" left out, then "2[0-3]".
            var hours: [Int] = []
            if t.ascii(p, "0", "1"), t.digit(p + 1) { hours.append(2) }
            if t.digit(p) { hours.append(1) }
            if t.ascii(p, "2", "2"), t.ascii(p + 1, "0", "3") { hours.append(2) }
            for hour in hours {
                var i = p + hour
                i = t.spaces(from: i)
                guard i < t.count, t.scalars[i] == ":" || t.scalars[i] == "h" || t.scalars[i] == "g" else { continue }
                i = t.spaces(from: i + 1)
                guard t.ascii(i, "0", "5"), t.digit(i + 1), !t.digit(i + 2) else { continue }
                return t.match(p, i + 2, groups: [p..<(p + hour), i..<(i + 2)])
            }
        }
        return nil
    }
}

/// A string's scalars with the string index of each, for matching by position (also `Sentences.split`).
struct ScalarText {
    let text: String
    let scalars: [Unicode.Scalar]
    /// `indices[k]` is where scalar k starts; one more for the end.
    let indices: [String.Index]

    init(_ s: String) {
        text = s
        var sc: [Unicode.Scalar] = [], ix: [String.Index] = []
        sc.reserveCapacity(s.utf8.count)
        ix.reserveCapacity(s.utf8.count + 1)
        let u = s.unicodeScalars
        var i = u.startIndex
        while i < u.endIndex {
            sc.append(u[i])
            ix.append(i)
            i = u.index(after: i)
        }
        ix.append(u.endIndex)
        scalars = sc
        indices = ix
    }

    var count: Int { scalars.count }

    /// `\d`: a decimal digit of any script (false outside the text).
    func digit(_ k: Int) -> Bool {
        guard k >= 0, k < count else { return false }
        let v = scalars[k].value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return scalars[k].properties.generalCategory == .decimalNumber
    }

    /// `\s` as ICU matches it: a scalar with the White_Space property (which takes in U+000B and U+0085 too).
    func space(_ k: Int) -> Bool {
        guard k < count else { return false }
        let v = scalars[k].value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalars[k].properties.isWhitespace
    }

    /// An ASCII character in `lo...hi` at k.
    func ascii(_ k: Int, _ lo: Unicode.Scalar, _ hi: Unicode.Scalar) -> Bool {
        k >= 0 && k < count && scalars[k].value >= lo.value && scalars[k].value <= hi.value
    }

    /// Past the run of `\s` starting at k.
    func spaces(from k: Int) -> Int {
        var i = k
        while space(i) { i += 1 }
        return i
    }

    /// How many digits (at most `max`) start at k.
    func digits(from k: Int, max: Int) -> Int {
        var n = 0
        while n < max, digit(k + n) { n += 1 }
        return n
    }

    /// `\s*[/.\-]\s*` at k: where it ends, or nil.
    func separator(after k: Int) -> Int? {
        let i = spaces(from: k)
        guard i < count, scalars[i] == "/" || scalars[i] == "." || scalars[i] == "-" else { return nil }
        return spaces(from: i + 1)
    }

    /// The match as `Pattern` makes it from NSRegularExpression's: nil when the whole match does not start
    /// and end on character boundaries, a missing group where a group does not, strings cut by String's
    /// subscript.
    func match(_ a: Int, _ b: Int, groups: [Range<Int>]) -> Pattern.Match? {
        func range(_ r: Range<Int>) -> Range<String.Index>? {
            guard let lo = String.Index(indices[r.lowerBound], within: text),
                  let hi = String.Index(indices[r.upperBound], within: text) else { return nil }
            return lo..<hi
        }
        guard let whole = range(a..<b) else { return nil }
        return Pattern.Match(groups: ([a..<b] + groups).map { range($0).map { String(text[$0]) } }, range: whole)
    }
}
