/// Titles a name shares with its neighbours in a list (issue 16: titles go to the right person).
///
/// - "nguyên Chủ tịch Quốc hội Nguyễn Văn An và Nguyễn Sinh Hùng": a title before a name, with nothing
///   after that name, is also the title of the name that follows right after "và".
/// - "…; nguyên Tổng Bí thư Lê Khả Phiêu, Nông Đức Mạnh; …": so after a comma, when the name after it
///   closes its group of a list in semicolons.
/// - "Các đồng chí: …; Đỗ Mười, Lê Khả Phiêu, nguyên Tổng Bí thư; …", "các ông A, B, Phó Tổng Giám đốc":
///   in a list (after "các đồng chí", "các ông", "gồm"), names with no title of their own, each followed by
///   a comma and the next name, share the title written after the last one.
struct SharedTitles {
    typealias Roles = [(text: String, key: String)]
    /// The title to give the name starting at token `at`.
    private var next: (roles: Roles, at: Int)?
    /// People of a comma list still without a title, and the token where the next name of the list starts.
    private var waiting: [Int] = []
    private var waitingResume = -1

    /// Gives a mention with no title of its own the title handed on to it.
    mutating func give(_ m: inout ArticleState.Mention, runStart: Int) {
        defer { next = nil }
        guard m.roles.isEmpty, let n = next, n.at == runStart else { return }
        m.roles = n.roles
    }

    /// After a mention was added as person `index`: what it hands on. `after` is the token after the
    /// words the mention claimed.
    mutating func note(_ m: ArticleState.Mention, at index: Int?, runStart: Int, next after: Int, _ tokens: [Token], _ keys: [WordID],
                       listMode: Bool, lexicon: Lexicon, state: inout ArticleState) {
        let trailing = Array(m.roles.dropFirst(m.leftCount))
        if !trailing.isEmpty, !waiting.isEmpty, waitingResume == runStart {
            for person in waiting { state.merge(trailing, into: person) }
        }
        let commaThenName = after + 1 < tokens.count && tokens[after].isComma && tokens[after + 1].isCapitalised
        if m.roles.isEmpty, listMode, let index, commaThenName {
            if waitingResume != runStart { waiting = [] }
            waiting.append(index)
            waitingResume = after + 1
        } else {
            waiting = []
            waitingResume = -1
        }
        if m.leftCount > 0, trailing.isEmpty, after + 1 < tokens.count, tokens[after + 1].isCapitalised,
           (tokens[after].isWord && keys[after] == lexicon.w.va) || (tokens[after].isComma && Self.lastOfAGroup(tokens, from: after + 1)) {
            next = (Array(m.roles.prefix(m.leftCount)), after + 1)
        }
    }

    /// Whether the capitalised run at `k` (two to six words) is followed by a semicolon.
    static func lastOfAGroup(_ tokens: [Token], from k: Int) -> Bool {
        var e = k
        while e < tokens.count, e - k <= 5, tokens[e].isCapitalised { e += 1 }
        return e - k >= 2 && e < tokens.count && tokens[e].mark == 0x3B
    }
}
