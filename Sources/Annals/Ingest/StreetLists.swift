/// Lists of street names: a paragraph made only of capitalised names separated by commas, under a
/// heading or sentence about naming streets ("20 tên đường mới", "… đặt tên cho các tuyến đường sau:").
/// The names are of streets named after people, not people the story speaks of, so people are not
/// looked for in them (the paragraph stays in the body).
enum StreetLists {
    /// Words before the list that say it is a list of streets (as written mid-sentence and opening one).
    private static let cues = ["tên đường", "tên phố", "tuyến đường", "các đường", "Tên đường", "Tuyến đường", "Các đường"]

    static func isStreetNameList(_ paragraph: String, after previous: String?) -> Bool {
        // The shape first, on the bytes: most paragraphs stop here.
        guard looksLikeNameList(paragraph) else { return false }
        let colon = paragraph.firstIndex(of: ":")
        let head = colon.map { String(paragraph[..<$0]) }
        let heading = previous.flatMap { $0.utf8.count < 600 ? $0 : nil }
        guard cues.contains(where: { cue in
            heading.map { Vietnamese.containsBytes($0, cue) } == true || head.map { Vietnamese.containsBytes($0, cue) } == true
        }) else { return false }
        let list = colon.map { paragraph[paragraph.index(after: $0)...] } ?? paragraph[...]
        let items = list.split(separator: ",").map { Vietnamese.trimmed($0, dropping: { $0 == " " || $0 == "." || $0 == ";" }) }
        guard items.count >= 5 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return (1...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
        }
    }

    /// Four or more ", " and none followed by an ASCII lower-case letter (prose: ", và", ", trong", ", các").
    private static func looksLikeNameList(_ paragraph: String) -> Bool {
        var paragraph = paragraph
        return paragraph.withUTF8 { b in
            var commas = 0
            var i = 0
            while i + 2 < b.count {
                if b[i] == 0x2C, b[i + 1] == 0x20 {
                    if b[i + 2] >= 0x61 && b[i + 2] <= 0x7A { return false }
                    commas += 1
                }
                i += 1
            }
            return commas >= 4
        }
    }
}
