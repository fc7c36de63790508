extension Collection where Element: StringProtocol {
    /// `joined(separator:)` into a buffer of the exact size. The standard library's version grows its
    /// buffer from an estimate, which can leave it up to twice the text's size; an archive keeps every
    /// article body for the whole build, so bodies are joined this way. (Appending valid text copies
    /// bytes; making a String from bytes would validate them again.)
    func joinedExactly(separator: String) -> String {
        guard !isEmpty else { return "" }
        var size = separator.utf8.count * (count - 1)
        for piece in self { size += piece.utf8.count }
        var result = ""
        result.reserveCapacity(size)
        var first = true
        for piece in self {
            if !first { result += separator }
            result += piece
            first = false
        }
        return result
    }
}
