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
        /// How many of `value` have a guessed year (`ArticleDate.inferred`): drawn hatched, on top.
        var guessed = 0
    }

    /// A span of bars (indices, inclusive) drawn as a band under them: an office held.
    struct Band {
        var label: String
        var from, to: Int
    }

    static let width = 420, plotTop = 16, plotHeight = 100, left = 32, right = 6, bandHeight = 18
    /// The place kept at the right for the articles without a year, and the name under their bar.
    static let unknownWidth = 100, unknownBar = 28, unknownLabel = "không rõ năm"

    /// The chart; `id` makes its title, description and pattern ids unique on the page. `unknown` articles
    /// (no year) get a bar of their own at the right, apart from the time axis; with no other bar the
    /// chart is that bar alone, narrow (`chart-small`).
    static func svg(id: String, title: String, description: String, bars: [Bar], bands: [Band] = [], unknown: Int = 0) -> String {
        guard !bars.isEmpty || unknown > 0 else { return "" }
        let legend = legendItems(bars: bars, unknown: unknown)
        let chartWidth = bars.isEmpty ? left + unknownWidth + right : width
        let axisWidth = chartWidth - left - right - (unknown > 0 ? unknownWidth : 0)
        let top = max(unknown, bars.map(\.value).max() ?? 0)
        let base = plotTop + plotHeight
        let legendTop = base + 20 + bands.count * (bandHeight + 2) + 2
        let height = legendTop + (legend.isEmpty ? 0 : 22)
        // Written as bytes: a person's chart is some sixty elements, and String interpolation of their
        // numbers cost more than the rest of the person's page models.
        let s = SVGText(capacity: 1024 + bars.count * 160)
        s.put("<svg class=\"chart"); if bars.isEmpty { s.put(" chart-small") }
        s.put("\" viewBox=\"0 0 "); s.int(chartWidth); s.put(" "); s.int(height); s.put("\" width=\"100%\" role=\"img\"")
        s.put(" fill=\"currentColor\" font-size=\"14\" aria-labelledby=\""); s.text(id); s.put("-t "); s.text(id)
        s.put("-d\" preserveAspectRatio=\"xMinYMin meet\">")
        s.put("<title id=\""); s.text(id); s.put("-t\">"); s.escaped(title); s.put("</title><desc id=\""); s.text(id); s.put("-d\">")
        s.escaped(description); s.put("</desc>")
        if bars.contains(where: { $0.guessed > 0 }) {
            // Hatching keeps guessed years apart in print and for readers who do not see colour well.
            s.put("<defs><pattern id=\""); s.text(id); s.put("-k\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            s.put("<rect width=\"2\" height=\"5\" fill=\"currentColor\"/></pattern></defs>")
        }
        s.put("<text class=\"axis\" x=\""); s.int(left - 4); s.put("\" y=\""); s.int(plotTop + 5); s.put("\" text-anchor=\"end\">"); s.int(top); s.put("</text>")
        s.put("<text class=\"axis\" x=\""); s.int(left - 4); s.put("\" y=\""); s.int(base); s.put("\" text-anchor=\"end\">0</text>")
        if !bars.isEmpty { axis(s, id: id, bars: bars, bands: bands, width: axisWidth, top: top, fenced: unknown > 0) }
        if unknown > 0 {
            let x0 = chartWidth - right - unknownWidth, h = max(1, unknown * plotHeight / top)
            if !bars.isEmpty {
                s.put("<line class=\"rule\" x1=\""); s.int(x0 + 2); s.put("\" y1=\""); s.int(plotTop); s.put("\" x2=\""); s.int(x0 + 2)
                s.put("\" y2=\""); s.int(base + 18); s.put("\" stroke=\"currentColor\" stroke-dasharray=\"3 3\"/>")
            }
            s.put("<line class=\"rule\" x1=\""); s.int(x0 + 8); s.put("\" y1=\""); s.int(base); s.put("\" x2=\""); s.int(x0 + unknownWidth)
            s.put("\" y2=\""); s.int(base); s.put("\" stroke=\"currentColor\"/>")
            let mid = x0 + 4 + unknownWidth / 2
            s.put("<rect class=\"bar-unknown\" x=\""); s.int(mid - unknownBar / 2); s.put("\" y=\""); s.int(base - h); s.put("\" width=\"")
            s.int(unknownBar); s.put("\" height=\""); s.int(h); s.put("\" fill=\"currentColor\"/>")
            s.put("<text class=\"axis\" x=\""); s.int(mid); s.put("\" y=\""); s.int(base + 15); s.put("\" text-anchor=\"middle\">")
            s.text(unknownLabel); s.put("</text>")
        }
        if !legend.isEmpty { legendSVG(s, id: id, legend, y: legendTop) }
        s.put("</svg>")
        return s.string
    }

    /// The bars over time, their ticks and the bands, in the first `width` units after the left margin;
    /// `fenced` when the bar of the undated follows, whose name a tick must not run into.
    private static func axis(_ s: SVGText, id: String, bars: [Bar], bands: [Band], width: Int, top: Int, fenced: Bool) {
        let base = plotTop + plotHeight
        // Tenths of a unit, so that hundreds of bars still get distinct places.
        let slot = width * 10 / bars.count
        let barWidth = min(360, max(5, slot * 3 / 4))
        // The rule ends where the last slot does (slots are whole tenths: a little may be left over).
        s.put("<line class=\"rule\" x1=\""); s.int(left); s.put("\" y1=\""); s.int(base); s.put("\" x2=\""); s.tenths(left * 10 + bars.count * slot)
        s.put("\" y2=\""); s.int(base); s.put("\" stroke=\"currentColor\"/>")
        for (k, bar) in bars.enumerated() {
            let x = left * 10 + k * slot + (slot - barWidth) / 2
            if bar.value > 0 {
                let h = max(1, bar.value * plotHeight / max(1, top))
                // The guessed part on top, at least two units so that its hatching shows.
                let g = bar.guessed > 0 ? min(h, max(2, bar.guessed * plotHeight / max(1, top))) : 0
                if h > g {
                    s.put("<rect class=\"bar\" x=\""); s.tenths(x); s.put("\" y=\""); s.int(base - h + g); s.put("\" width=\""); s.tenths(barWidth)
                    s.put("\" height=\""); s.int(h - g); s.put("\" fill=\"currentColor\"/>")
                }
                if g > 0 {
                    s.put("<rect class=\"bar-guessed\" x=\""); s.tenths(x); s.put("\" y=\""); s.int(base - h); s.put("\" width=\""); s.tenths(barWidth)
                    s.put("\" height=\""); s.int(g); s.put("\" fill=\"url(#"); s.text(id); s.put("-k)\" stroke=\"currentColor\"/>")
                }
            }
            let centre = left * 10 + k * slot + slot / 2
            // A name that would run past the axis into the place of the undated is left out.
            if bar.tick && (!fenced || centre + bar.label.count * 40 <= (left + width + 6) * 10) {
                s.put("<text class=\"axis\" x=\""); s.tenths(centre); s.put("\" y=\""); s.int(base + 15); s.put("\" text-anchor=\"middle\">")
                s.escaped(bar.label); s.put("</text>")
            }
        }
        for (row, band) in bands.enumerated() {
            let y = base + 20 + row * (bandHeight + 2)
            let x0 = left * 10 + band.from * slot, x1 = left * 10 + (band.to + 1) * slot
            s.put("<rect class=\"band\" x=\""); s.tenths(x0); s.put("\" y=\""); s.int(y); s.put("\" width=\""); s.tenths(max(20, x1 - x0))
            s.put("\" height=\""); s.int(bandHeight); s.put("\" rx=\"3\" fill-opacity=\"0.22\"/>")
            // The name starts at the band, or ends at it when the band lies in the right half.
            let leftHalf = x0 < (left + width / 2) * 10
            s.put("<text class=\"band-label\" x=\""); s.tenths(leftHalf ? x0 + 40 : x1 - 40); s.put("\" y=\""); s.int(y + 13)
            s.put("\" text-anchor=\""); s.put(leftHalf ? "start" : "end"); s.put("\">")
            s.escaped(band.label); s.put("</text>")
        }
    }

    /// The kinds of bar drawn, named, when there is more than one kind or a hatched one to explain.
    static func legendItems(bars: [Bar], unknown: Int) -> [(kind: String, label: String)] {
        var items: [(kind: String, label: String)] = []
        if bars.contains(where: { $0.value > $0.guessed }) { items.append(("bar", "có ghi năm")) }
        let guessed = bars.contains { $0.guessed > 0 }
        if guessed { items.append(("bar-guessed", "năm suy đoán")) }
        if unknown > 0 { items.append(("bar-unknown", unknownLabel)) }
        return items.count > 1 || guessed ? items : []
    }

    /// One row of swatches and names; places from the length of the names (about 7.5 units a letter).
    private static func legendSVG(_ s: SVGText, id: String, _ items: [(kind: String, label: String)], y: Int) {
        s.put("<g class=\"legend\">")
        var x = left
        for item in items {
            s.put("<rect class=\""); s.text(item.kind); s.put(" swatch\" x=\""); s.int(x); s.put("\" y=\""); s.int(y + 3)
            s.put("\" width=\"12\" height=\"12\" fill=\"")
            if item.kind == "bar-guessed" { s.put("url(#"); s.text(id); s.put("-k)\" stroke=\"currentColor") } else { s.put("currentColor") }
            s.put("\"/>")
            s.put("<text class=\"axis\" x=\""); s.int(x + 17); s.put("\" y=\""); s.int(y + 14); s.put("\">"); s.escaped(item.label); s.put("</text>")
            x += 17 + item.label.count * 15 / 2 + 16
        }
        s.put("</g>")
    }

    /// "2016: 3 bài, 2017: 5 bài (1 bài có năm suy đoán)": the data as text, leaving out the empty buckets
    /// when there are many.
    static func listing(_ bars: [Bar], long: (Int) -> String) -> String {
        let shown = bars.indices.filter { bars.count <= 24 || bars[$0].value > 0 }
        return shown.map { k in
            "\(long(k)): \(bars[k].value) bài" + (bars[k].guessed > 0 ? " (\(bars[k].guessed) bài có năm suy đoán)" : "")
        }.joined(separator: "; ")
    }
}

// The charts of the site's pages.
extension Charts {
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
