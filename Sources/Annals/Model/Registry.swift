/// `people.yml`: the user's corrections to what the extractor found.
public struct Registry: Sendable, Equatable {
    /// Match key of an alias → canonical display name ("bác hồ" → "Hồ Chí Minh").
    public var aliases: [String: String] = [:]
    /// Match keys of names that are not people.
    public var notPeople: Set<String> = []
    /// Match key of a canonical name → the title to show beside it.
    public var titles: [String: String] = [:]
    /// Match keys of names never merged with another spelling by themselves (`distinct:`; see `PeopleMerge`).
    public var distinct: Set<String> = []

    public init() {}

    /// The canonical name for a found name, or nil when the registry says it is not a person.
    public func canonical(_ name: String) -> String? { canonical(name, key: Vietnamese.matchKey(name)) }

    /// The same, for a name whose match key is already known.
    func canonical(_ name: String, key: String) -> String? {
        if notPeople.contains(key) { return nil }
        if let target = aliases[key] { return target }
        return name
    }
}
