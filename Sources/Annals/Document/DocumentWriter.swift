/// Article → Markdown document with YAML front matter: what `annals convert` prints.
public enum DocumentWriter {
    public static func write(_ a: Article, slug: String? = nil) -> String {
        var lines = ["---"]
        lines.append("title: " + YAMLText.scalar(a.title))
        if let d = a.date {
            lines.append("date: " + d.isoString)
            if d.inferred { lines.append("date_inferred: true") }
        } else if let p = a.partialDate {
            lines.append("date: " + YAMLText.scalar(p.isoString))
            if let w = p.weekday { lines.append("date_weekday: " + YAMLText.scalar(DayMonth.weekdayNames[w])) }
        }
        if let s = slug ?? a.slug { lines.append("slug: " + YAMLText.scalar(s)) }
        lines.append("authors: " + YAMLText.list(a.authors))
        if let s = a.source { lines.append("source: " + YAMLText.scalar(s)) }
        if let u = a.sourceURL { lines.append("source_url: " + YAMLText.scalar(u)) }
        lines.append("people: " + YAMLText.list(a.people))
        let withRoles = a.people.filter { !(a.roles[$0] ?? []).isEmpty }
            + a.roles.keys.filter { !a.people.contains($0) }.sorted()
        if !withRoles.isEmpty {
            lines.append("roles:")
            for name in withRoles { lines.append("  " + YAMLText.scalar(name, inFlow: true) + ": " + YAMLText.list(a.roles[name] ?? [])) }
        }
        lines.append("captions: " + YAMLText.list(a.captions))
        if let o = a.original { lines.append("original: " + YAMLText.scalar(o)) }
        if !a.aliases.isEmpty { lines.append("aliases: " + YAMLText.list(a.aliases)) }
        lines.append("---")
        var text = lines.joined(separator: "\n") + "\n"
        let body = DocumentReader.trimmed(Substring(a.body), .newlines)   // (by scalars: Foundation's goes through UTF-16)
        if !body.isEmpty { text += body; text += "\n" }
        return text
    }
}

import Foundation
