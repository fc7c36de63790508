import Annals
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Starts a new site: the default templates, a commented site.yml, an example article, and a README and GitHub Pages workflow for publishing it."
    )

    @Argument(help: "Folder for the new site (created if missing).")
    var directory: String

    func run() throws {
        let dir = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var written = try BuiltInTemplates.write(to: dir.appendingPathComponent("Templates")).map { "Templates/" + $0 }
        for (name, text) in [("site.yml", StarterFiles.siteConfig), ("seeds/vi-du.txt", StarterFiles.exampleArticle), ("people.yml", StarterFiles.registry)] + StarterFiles.publishing {
            let url = dir.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            written.append(name)
        }
        if written.isEmpty {
            print("\(directory): everything is already there; nothing written")
        } else {
            print("Created in \(directory): \(written.count) files (existing files were left alone).")
            print("Next: cd \(directory) && annals build && open output/index.html")
            print("Publishing (GitHub Pages, or rsync to a server): see \(directory)/README.md")
        }
    }
}

/// What `annals init` writes besides the templates.
enum StarterFiles {
    static let siteConfig = """
    # Annals site configuration. Every key is optional; the values shown are the defaults.

    # The site's name, in the header and in feeds.
    title: Annals
    # One line under the title and in search results.
    description: Kho lưu trữ bài báo
    # Where the site will be published, e.g. https://user.github.io/archive/ .
    # Needed for feeds' absolute links, the sitemap and canonical links; leave empty for a site opened from disk.
    base_url:
    # Language of the pages (the lang attribute).
    language: vi
    # Articles per page on the home page.
    items_per_page: 20
    # Articles per page on a person page and on a year of the timeline.
    list_page_size: 100
    # Entries in each Atom feed.
    feed_length: 20
    # For articles that give a day and month only: the year, or the years, of a folder under the seeds,
    # of file paths (with * and ?), or of a source. One year is shown as a fact; a span ("2004-2006")
    # places an article only when the weekday its lead names, or its dated neighbours, fit one year.
    # years:
    #   bao/2017/: 2017
    #   "vntc_*": 2004-2006

    """

    static let registry = """
    # Corrections to the people Annals finds; applied on every build.
    # people:
    #   Hồ Chí Minh:
    #     aliases: [Bác Hồ, Hồ Chủ tịch]
    #     title: Chủ tịch nước
    # not_people: [Hoàng Văn Thụ]
    # Names Annals must never merge with another spelling by itself (see `annals people`):
    # distinct: [Nguyễn Văn Hưng]

    """

    static let exampleArticle = """
    Khai mạc hội chợ sách mùa thu tại thành phố ven biển
    Ngày đăng: 05/10/2024

    Sáng ngày 05/10/2024, tại quảng trường trung tâm, Sở Văn hóa và Thể thao tổ chức khai mạc hội chợ sách mùa thu với hơn 200 gian hàng. Phó Chủ tịch UBND tỉnh Trần Minh Khoa cùng đông đảo bạn đọc dự lễ khai mạc.

     Bạn đọc nhỏ tuổi chọn sách tại hội chợ.

    Phát biểu tại lễ khai mạc, ông Khoa cho biết hội chợ năm nay dành riêng một khu cho sách thiếu nhi và sách của các tác giả địa phương. Giám đốc Sở Văn hóa và Thể thao Lê Thị Hạnh Dung nói hội chợ kéo dài đến hết ngày 12/10.

    Minh An

    """
}
