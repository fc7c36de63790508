import Foundation

/// Small bar charts drawn at build time as inline SVG: no script, no outside service. They scale with
/// the page (a `viewBox`, width 100%), take their colours from the text (`currentColor`, the stylesheet's
/// custom properties) so they follow dark mode and print, and carry their data as text for screen
/// readers (`role="img"`, a `<title>` and a `<desc>`). Integer geometry: the same data, the same bytes.
enum Charts {
    struct Bar {
        /// Under the bar when `tick` (a year, "T5"), and in the text description.
        var label: String
        var value: Int
        var tick: Bool
    }

    /// A span of bars (indices, inclusive) drawn as a band under them: an office held.
    struct Band {
        var label: String
        var from, to: Int
    }

    static let width = 420, plotTop = 16, plotHeight = 100, left = 32, right = 6, bandHeight = 18

    /// The chart; `id` makes its title and description ids unique on the page.
    static func svg(id: String, title: String, description: String, bars: [Bar], bands: [Band] = []) -> String {
        guard !bars.isEmpty else { return "" }
        let plotWidth = width - left - right
        // Tenths of a unit, so that hundreds of bars still get distinct places.
        let slot = plotWidth * 10 / bars.count
        let barWidth = min(360, max(5, slot * 3 / 4))
        let top = bars.map(\.value).max() ?? 0
        let base = plotTop + plotHeight
        let height = base + 20 + bands.count * (bandHeight + 2) + 2
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" fill=\"currentColor\" font-size=\"14\""
        s += " aria-labelledby=\"\(id)-t \(id)-d\" preserveAspectRatio=\"xMinYMin meet\">"
        s += "<title id=\"\(id)-t\">\(XML.escape(title))</title><desc id=\"\(id)-d\">\(XML.escape(description))</desc>"
        s += "<text class=\"axis\" x=\"\(left - 4)\" y=\"\(plotTop + 5)\" text-anchor=\"end\">\(top)</text>"
        s += "<text class=\"axis\" x=\"\(left - 4)\" y=\"\(base)\" text-anchor=\"end\">0</text>"
        // The rule ends where the last slot does (slots are whole tenths: a little may be left over).
        s += "<line class=\"rule\" x1=\"\(left)\" y1=\"\(base)\" x2=\"\(tenths(left * 10 + bars.count * slot))\" y2=\"\(base)\" stroke=\"currentColor\"/>"
        for (k, bar) in bars.enumerated() {
            let x = left * 10 + k * slot + (slot - barWidth) / 2
            if bar.value > 0 {
                let h = max(1, bar.value * plotHeight / max(1, top))
                s += "<rect class=\"bar\" x=\"\(tenths(x))\" y=\"\(base - h)\" width=\"\(tenths(barWidth))\" height=\"\(h)\" fill=\"currentColor\"/>"
            }
            if bar.tick {
                s += "<text class=\"axis\" x=\"\(tenths(left * 10 + k * slot + slot / 2))\" y=\"\(base + 15)\" text-anchor=\"middle\">\(XML.escape(bar.label))</text>"
            }
        }
        for (row, band) in bands.enumerated() {
            let y = base + 20 + row * (bandHeight + 2)
            let x0 = left * 10 + band.from * slot, x1 = left * 10 + (band.to + 1) * slot
            s += "<rect class=\"band\" x=\"\(tenths(x0))\" y=\"\(y)\" width=\"\(tenths(max(20, x1 - x0)))\" height=\"\(bandHeight)\" rx=\"3\" fill-opacity=\"0.22\"/>"
            // The name starts at the band, or ends at it when the band lies in the right half.
            let leftHalf = x0 < (left + plotWidth / 2) * 10
            s += "<text class=\"band-label\" x=\"\(tenths(leftHalf ? x0 + 40 : x1 - 40))\" y=\"\(y + 13)\" text-anchor=\"\(leftHalf ? "start" : "end")\">"
            s += XML.escape(band.label) + "</text>"
        }
        return s + "</svg>"
    }

    /// "123.4" from 1234, "120" from 1200.
    static func tenths(_ v: Int) -> String { v % 10 == 0 ? String(v / 10) : String(v / 10) + "." + String(abs(v % 10)) }

    /// "2016: 3 bài, 2017: 5 bài": the data as text, leaving out the empty buckets when there are many.
    static func listing(_ bars: [Bar], long: (Int) -> String) -> String {
        let shown = bars.indices.filter { bars.count <= 24 || bars[$0].value > 0 }
        return shown.map { "\(long($0)): \(bars[$0].value) bài" }.joined(separator: "; ")
    }
}

// The charts of the site's pages.
extension Charts {
    /// A person's mentions per year, or per month when their dated articles span two years or less,
    /// with the offices they held as bands.
    static func person(_ person: Person, site: Site) -> String {
        let dates = person.articles.compactMap { site.articles[$0].article.date }
        guard let first = dates.min(), let last = dates.max() else { return "" }
        let monthly = last.year - first.year <= 1
        let start = monthly ? first.year * 12 + first.month - 1 : first.year
        let end = monthly ? last.year * 12 + last.month - 1 : last.year
        func bucket(_ d: ArticleDate) -> Int { (monthly ? d.year * 12 + d.month - 1 : d.year) - start }
        var counts = [Int](repeating: 0, count: end - start + 1)
        for d in dates { counts[bucket(d)] += 1 }
        let every = max(1, (counts.count + 7) / 8)
        let bars = counts.enumerated().map { k, n -> Bar in
            let label = monthly ? "T\((start + k) % 12 + 1)" + ((start + k) % 12 == 0 || k == 0 ? "/\((start + k) / 12 % 100)" : "") : String(start + k)
            return Bar(label: label, value: n, tick: k % every == 0)
        }
        func long(_ k: Int) -> String { monthly ? "tháng \((start + k) % 12 + 1)/\((start + k) / 12)" : "năm \(start + k)" }
        // The offices with a span, most articles first, at most five, drawn in order of their start.
        let held = person.offices.filter { $0.first != nil && !$0.former }
            .sorted { $0.articles.count != $1.articles.count ? $0.articles.count > $1.articles.count : $0.title < $1.title }.prefix(5)
        let bands = held.compactMap { o -> Band? in
            guard let f = o.first.flatMap({ site.articles[$0].article.date }), let l = o.last.flatMap({ site.articles[$0].article.date }) else { return nil }
            return Band(label: o.title, from: bucket(f), to: bucket(l))
        }.sorted { $0.from != $1.from ? $0.from < $1.from : $0.label < $1.label }
        var text = "Số bài nhắc đến \(person.name) theo \(monthly ? "tháng" : "năm"): " + listing(bars, long: long) + "."
        for b in bands { text += " \(b.label): \(long(b.from)) – \(long(b.to))." }
        let undated = person.articles.count - dates.count
        if undated > 0 { text += " \(undated) bài không rõ năm không có trong biểu đồ." }
        return svg(id: "bieu-do", title: "Số bài nhắc đến \(person.name) theo \(monthly ? "tháng" : "năm")", description: text,
                   bars: bars, bands: bands)
    }

    /// The whole archive, articles per month (per year when it spans more than forty years).
    static func timeline(_ site: Site) -> String {
        guard let newest = site.timeline.first?.year, let oldest = site.timeline.last?.year else { return "" }
        let monthly = newest - oldest < 40
        let start = monthly ? oldest * 12 : oldest
        var counts = [Int](repeating: 0, count: (monthly ? (newest + 1) * 12 : newest + 1) - start)
        for y in site.timeline { for m in y.months { counts[(monthly ? y.year * 12 + m.month - 1 : y.year) - start] += m.articles.count } }
        let years = newest - oldest + 1
        let every = max(1, (years + 7) / 8)
        let bars = counts.enumerated().map { k, n -> Bar in
            let year = monthly ? (start + k) / 12 : start + k
            let first = !monthly || (start + k) % 12 == 0
            return Bar(label: String(year), value: n, tick: first && (year - oldest) % every == 0)
        }
        let text = "Số bài theo năm: " + site.timeline.reversed().map { "năm \($0.year): \($0.count) bài" }.joined(separator: "; ") + "."
        return svg(id: "bieu-do", title: "Số bài theo \(monthly ? "tháng" : "năm")", description: text, bars: bars)
    }

    /// One year's months.
    static func year(_ y: TimelineYear) -> String {
        var counts = [Int](repeating: 0, count: 12)
        for m in y.months { counts[m.month - 1] += m.articles.count }
        let bars = counts.enumerated().map { Bar(label: "T\($0 + 1)", value: $1, tick: true) }
        let text = "Số bài năm \(y.year) theo tháng: " + listing(bars) { "tháng \($0 + 1)" } + "."
        return svg(id: "bieu-do", title: "Số bài năm \(y.year) theo tháng", description: text, bars: bars)
    }
}
