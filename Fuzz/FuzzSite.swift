// The small archive the config and templates fuzzers render: three articles, people, two years, one undated.
// Compiled into both targets by Fuzz/run.sh; not part of the Swift package.
import Annals

enum FuzzSite {
    static let inputs: [Assemble.Input] = [
        Article(title: "Khai mạc hội nghị", date: ArticleDate(iso: "2021-12-14"), authors: ["Văn Hùng"],
                people: ["Nguyễn Văn An", "Trần Thị Bình"], roles: ["Nguyễn Văn An": ["Bộ trưởng"]],
                captions: ["Ảnh: hội nghị"], original: "a.txt", body: "Sáng 14/12, hội nghị **khai mạc**.\n\nÔng An phát biểu."),
        Article(title: "Bế mạc <hội nghị> & \"tổng kết\"", date: ArticleDate(iso: "2020-01-02T08:30"),
                people: ["Trần Thị Bình", "Lê Văn Cường"], original: "b.txt", body: "Bà Bình tổng kết."),
        Article(title: "Không ngày", people: ["Nguyễn Văn An"], original: "c.txt", body: "Một bài không ngày."),
    ].enumerated().map { Assemble.Input(article: $0.element, sourcePath: "\($0.offset).txt") }
}
