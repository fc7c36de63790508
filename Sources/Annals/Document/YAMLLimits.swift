import Foundation
// libyaml, which Yams is built on: its event parser lets aliases be counted without building anything.
internal import CYaml

/// The bounds on the YAML Annals reads (front matter, `site.yml`, `people.yml`). YAML's aliases (`*name`)
/// repeat what an anchor (`&name`) marked without writing it again, so a few hundred kilobytes can stand
/// for gigabytes of text once every alias is followed, and reading them took minutes. Before a file is
/// read, its aliases are counted as if written out; past `maxAliasExpansion` the file is refused.
public enum YAMLLimits {
    /// How much text (bytes of values, plus one per value) aliases may repeat in one YAML file. A real
    /// front matter or configuration repeats a few names through aliases, if any: a few hundred bytes.
    public static let maxAliasExpansion = 1 << 20

    /// Where the aliases of `yaml` passed `maxAliasExpansion`: the line (1-based, in `yaml`) of the alias
    /// that did. nil when they stay within it, and for text libyaml cannot parse (Yams then says why).
    public static func aliasExpansionLine(_ yaml: String) -> Int? {
        // Without a '*' there is no alias: the common case costs one pass over the bytes.
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var counter = AliasCounter()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if !counter.add(event) { return Int(event.start_mark.line) + 1 }
            }
        }
    }

    /// The message for a file whose aliases went past the limit, after "<file>:<line>: error: ".
    static func aliasMessage(_ what: String) -> String {
        "\(what)'s aliases (*name) repeat more than \(megabytes(maxAliasExpansion)) of text by this line; "
            + "Annals stops there so that one file cannot stall the build: write the values out instead of repeating them through aliases"
    }

    /// Lists and maps inside each other: libyaml refuses about this many levels (block levels count one
    /// each and flow levels are added to them), so the composer above it, which recurses per level, is safe.
    public static let maxNesting = 1000

    /// libyaml's problem text, except where it names a C function rather than the problem: nesting.
    static func plain(_ problem: String) -> String {
        guard problem.contains("Maximum nesting level") else { return problem }
        return "lists and maps are nested too deep here (the limit is about \(maxNesting) levels); write fewer levels"
    }

    /// "1 MB", "8 MB", "1.5 MB" (mebibytes, as the limits are).
    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb == mb.rounded() ? "\(Int(mb)) MB" : String(format: "%.1f MB", mb)
    }
}

/// The size of every value as if its aliases were written out, one event at a time: a collection's size
/// is known at its end, and an anchor's size is recorded then (an alias names a finished node; one that
/// names its own unfinished collection or no anchor at all counts as one, and Yams refuses it later).
private struct AliasCounter {
    private var anchored: [String: Int] = [:]
    /// Open collections: their anchor (if any) and their size so far.
    private var open: [(anchor: String?, size: Int)] = []
    private var repeated = 0

    /// False once aliases have repeated more than the limit.
    mutating func add(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            close(anchor: name(scalar.anchor), size: Int(clamping: scalar.length) + 1)
        case YAML_ALIAS_EVENT:
            let size = name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
            repeated += size
            if repeated > YAMLLimits.maxAliasExpansion { return false }
            close(anchor: nil, size: size)
        case YAML_SEQUENCE_START_EVENT:
            open.append((name(event.data.sequence_start.anchor), 1))
        case YAML_MAPPING_START_EVENT:
            open.append((name(event.data.mapping_start.anchor), 1))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            if let done = open.popLast() { close(anchor: done.anchor, size: done.size) }
        default:
            break
        }
        return true
    }

    /// A finished node of `size`: recorded under its anchor and added to the collection holding it. Sizes
    /// stay below the text's length plus the limit, so the sums cannot overflow.
    private mutating func close(anchor: String?, size: Int) {
        if let anchor { anchored[anchor] = size }
        if !open.isEmpty { open[open.count - 1].size += size }
    }

    private func name(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        p.map { String(cString: $0) }
    }
}
