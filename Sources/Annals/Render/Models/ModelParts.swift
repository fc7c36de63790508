import Foundation

// The building blocks of page models (see PageModels.swift): what they are, how a template sees them, and
// how the digest that decides whether a page is rendered again sees them. Both views come from the same
// `Codable` conformance, so a field is either in both or in neither.

/// The page a model is being turned into template values for: links are written relative to it.
struct TemplateContext: Sendable {
    let urls: URLs
    /// How many folders deep the page lies (`URLs.depth(of:)`).
    let depth: Int
}

/// A type whose fields a template sees as fields of the object holding it (every page's common fields,
/// an article's part that its page shares with nothing else).
protocol InlineFields: Codable, Sendable, TemplateSpecial {}

extension InlineFields {
    func templateWrite(_ context: TemplateContext) -> TemplateWrite { .fields }
}

/// How `TemplateEncoder` writes a value of the types that are not simply an object of their fields
/// (`TemplateScalar`, `InlineFields`, `Shared`, `Later`): one protocol, so that the encoder asks the type
/// of each value it meets one question (a conformance lookup each) instead of one per kind.
protocol TemplateSpecial {
    func templateWrite(_ context: TemplateContext) -> TemplateWrite
}

extension TemplateSpecial {
    /// `value`, which is of this type (the encoder found the type from `T`), written.
    static func write<T>(_ value: T, _ context: TemplateContext) -> TemplateWrite {
        withUnsafePointer(to: value) { UnsafeRawPointer($0).assumingMemoryBound(to: Self.self).pointee.templateWrite(context) }
    }
}

enum TemplateWrite {
    /// This value, made for the page at hand (a scalar, a shared part).
    case value(TemplateValue)
    /// Fields to merge into the object holding it (a shared part kept as template values).
    case merge(TemplateFields)
    /// Its fields, written into the object holding it (`InlineFields`); in a list, an object of its own.
    case fields
    /// Made when a template first reads it (`Later`).
    case deferred(@Sendable (TemplateContext) -> TemplateValue)
}

/// A value that a template sees as one piece of text, made when the page renders from what the model
/// holds (a link from the slug it points to, the body's HTML from its Markdown).
protocol TemplateScalar: Codable, Sendable, TemplateSpecial {
    func templateValue(_ context: TemplateContext) -> TemplateValue
    /// Any value of the type, for working out which keys a model has (`ModelKeys`).
    static var placeholder: Self { get }
}

extension TemplateScalar {
    func templateWrite(_ context: TemplateContext) -> TemplateWrite { .value(templateValue(context)) }
}

/// A link to a site path, written relative to the page that shows it: `folder + slug + end` is the path
/// ("articles/" + slug + "/"), then `fragment` ("#m05"). In three parts so that the 600,000 links of a
/// 10,000-article site are made in one piece (`URLs.link(depth:_:_:_:)`).
struct Link: TemplateScalar, Hashable {
    var folder: String
    var slug: String = ""
    var end: String = ""
    var fragment: String = ""

    static func article(_ slug: String) -> Link { Link(folder: URLs.articles, slug: slug, end: "/") }
    static func person(_ slug: String) -> Link { Link(folder: URLs.people, slug: slug, end: "/") }
    static func term(_ taxonomy: Taxonomy, _ slug: String) -> Link { Link(folder: taxonomy.folder, slug: slug, end: "/") }
    static func page(_ path: String, fragment: String = "") -> Link { Link(folder: path, fragment: fragment) }

    func templateValue(_ context: TemplateContext) -> TemplateValue {
        let link = context.urls.link(depth: context.depth, folder, slug, end)
        return .string(fragment.isEmpty ? link : link + fragment)
    }

    static var placeholder: Link { Link(folder: "") }

    // The digest takes the four parts straight (a page has a link for each article it lists).
    func encode(to encoder: Encoder) throws {
        if let d = encoder as? DigestEncoder {
            d.add(folder); d.add(slug); d.add(end); d.add(fragment)
            return
        }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(folder, forKey: .folder)
        try c.encode(slug, forKey: .slug)
        try c.encode(end, forKey: .end)
        try c.encode(fragment, forKey: .fragment)
    }
}

/// An article's body: a template sees its HTML, made from the Markdown when the page renders; the digest
/// sees a checksum of the Markdown (the HTML is a function of it), taken once.
struct ArticleBody: TemplateScalar {
    let markdown: String
    /// A checksum that changes whenever `markdown` does.
    let checksum: UInt64

    init(markdown: String, checksum: UInt64) { (self.markdown, self.checksum) = (markdown, checksum) }
    init(markdown: String) { self.init(markdown: markdown, checksum: Checksum.of(markdown)) }

    func templateValue(_ context: TemplateContext) -> TemplateValue { .utf8(CommonMark.htmlBytes(markdown)) }
    static var placeholder: ArticleBody { ArticleBody(markdown: "", checksum: 0) }

    // The Markdown alone is the value; the checksum is worked out again when one is decoded (tests).
    init(from decoder: Decoder) throws { self.init(markdown: try String(from: decoder)) }
    func encode(to encoder: Encoder) throws {
        if let digest = encoder as? DigestEncoder { digest.add(checksum); return }
        try markdown.encode(to: encoder)
    }
}

/// A part of many pages (an article's entry in lists, a person's titles): made once per build, its digest
/// worked out once, and shared by reference. A template sees `value`; a page's digest takes `digest`.
/// Parts that many pages show (`ReusedPart`) also keep their template values, made once per depth.
final class Shared<Value: Codable & Sendable>: Codable, @unchecked Sendable {
    let value: Value
    let digest: UInt64
    /// The template values made so far, when `Value` is a `ReusedPart`; nil otherwise.
    private let views: TemplateViews?
    /// Whether `Value` is `InlineFields` (its fields are merged into the object holding it), asked once.
    private let inline: Bool

    init(_ value: Value) {
        self.value = value
        digest = DigestEncoder.digest(of: value)
        views = Value.self is any ReusedPart.Type ? TemplateViews() : nil
        inline = Value.self is any InlineFields.Type
    }

    convenience init(from decoder: Decoder) throws { self.init(try Value(from: decoder)) }

    func encode(to encoder: Encoder) throws {
        if let d = encoder as? DigestEncoder {
            d.add(digest)
            d.noteShared(ObjectIdentifier(self))
            return
        }
        try value.encode(to: encoder)
    }
}

extension Shared: TemplateSpecial {
    /// The part's template values: kept ones when `Value` is a `ReusedPart`. An inline part not kept is
    /// written straight into the object holding it.
    func templateWrite(_ context: TemplateContext) -> TemplateWrite {
        guard let views else { return inline ? .fields : .value(TemplateEncoder.value(of: value, context)) }
        let made = views.value(context) { TemplateEncoder.value(of: value, context) }
        if inline, case .object(let fields) = made { return .merge(fields) }
        return inline ? .fields : .value(made)
    }
}

/// A part that many pages list (an article's summary, a person's link, a title's date): its template
/// values are kept, one per page depth, instead of being made again for each page that shows it.
protocol ReusedPart {}

/// The template values of one part, by the depth of the pages that showed it, for the links of the first
/// page that asked (a build has one `URLs`; values for others are made each time). Pages render on all
/// cores, so the table is read and written under a lock; a value is made outside it (two threads may both
/// make one, the same).
final class TemplateViews: @unchecked Sendable {
    private let lock = NSLock()
    private var urls: URLs?
    private var byDepth: [TemplateValue?] = []

    func value(_ context: TemplateContext, make: () -> TemplateValue) -> TemplateValue {
        let depth = context.depth
        lock.lock()
        if depth < byDepth.count, let v = byDepth[depth], urls == context.urls {
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = make()
        lock.lock()
        if urls == nil { urls = context.urls }
        if urls == context.urls {
            if byDepth.count <= depth { byDepth += Array(repeating: nil, count: depth + 1 - byDepth.count) }
            byDepth[depth] = v
        }
        lock.unlock()
        return v
    }
}

extension Shared: InlineFields where Value: InlineFields {}

/// A field that templates rarely show and that costs much to turn into template values (the people of
/// each listed article, a person's titles): made only when a template reads it. The digest covers it
/// like any other field.
struct Later<Value: Codable & Sendable>: Codable, Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
    init(from decoder: Decoder) throws { value = try Value(from: decoder) }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}

/// A list is written item by item without `Encodable`'s unkeyed container (the same values).
extension Array: TemplateSpecial where Element: Encodable {
    func templateWrite(_ context: TemplateContext) -> TemplateWrite { .value(.list(TemplateEncoder.items(self, context))) }
}

extension Later: TemplateSpecial {
    func templateWrite(_ context: TemplateContext) -> TemplateWrite {
        .deferred { [value] context in TemplateEncoder.value(of: value, context) }
    }
}
