import Foundation
import Testing
@testable import GongkaiCore

/// The 公开目录 tables (条例 第十二条): which columns node and facet pages show.
@Suite("list columns of the catalog")
struct ListColumnTests {
    static func config(site: String = "", gzdt: String = "") -> String {
        """
        {
          "title": "测试镇信息公开", "base_url": "/", "agency": { "name": "测试镇人民政府", "code": "12345678-9" }\(site),
          "catalog": [
            { "id": "gfxwj", "title": "行政规范性文件" },
            { "id": "gzdt", "title": "工作动态"\(gzdt) }
          ]
        }
        """
    }

    static let files = [
        "content/gfxwj/a.md": document(1, title: "关于印发办法的通知", published: "2025-06-01", "doc_no: 测政〔2025〕1号\nwritten: 2025-05-28\nsummary: 办法的要点"),
        "content/gzdt/b.md": document(2, title: "召开会议", published: "2025-06-02"),
    ]

    /// The header cells of the table on an output page.
    static func headers(_ site: TestSite, _ path: String) throws -> [String] {
        let html = try #require(site.read(path))
        let head = try #require(html.range(of: "<thead>").flatMap { start in html.range(of: "</thead>", range: start.upperBound..<html.endIndex).map { html[start.upperBound..<$0.lowerBound] } })
        return head.matches(of: #/<th scope="col" class="[^"]*">([^<]*)</th>/#).map { String($0.1) }
    }

    @Test("by default a node shows 序号, 索引号, 标题, 文号 and 发布日期, and leaves out a column empty on every row")
    func defaults() throws {
        let site = try TestSite(files: Self.files, config: Self.config())
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try Self.headers(site, "gfxwj/index.html") == ["序号", "索引号", "标题", "文号", "发布日期"])
        #expect(try Self.headers(site, "gzdt/index.html") == ["序号", "索引号", "标题", "发布日期"])
        let row = try #require(site.read("gfxwj/index.html"))
        #expect(row.contains(#"<td class="col-indexno" data-label="索引号">12345678-9/2024-00001</td>"#))
    }

    @Test("site.json list_columns sets the columns for every list, and a node's own list_columns for that node")
    func configured() throws {
        let site = try TestSite(files: Self.files, config: Self.config(site: #", "list_columns": ["索引号", "内容概述", "生成日期", "文号", "发布日期"]"#, gzdt: #", "list_columns": ["发布日期"]"#))
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try Self.headers(site, "gfxwj/index.html") == ["序号", "索引号", "标题", "内容概述", "成文日期", "文号", "发布日期"])
        #expect(try Self.headers(site, "gzdt/index.html") == ["序号", "标题", "发布日期"])
        #expect(try Self.headers(site, "years/2025/index.html") == ["序号", "索引号", "标题", "内容概述", "成文日期", "文号", "发布日期"])
        #expect(site.read("gfxwj/index.html")?.contains(#"<td class="col-date" data-label="成文日期">2025-05-28</td>"#) == true)
    }

    @Test("a column name list_columns does not know is an error at it, with the closest name")
    func unknown() throws {
        let site = try TestSite(files: Self.files, config: Self.config(gzdt: #", "list_columns": ["发文日期"]"#))
        defer { site.remove() }
        let report = site.build()
        let d = try #require(report.diagnostic("config.list-column"))
        #expect(d.file == "site.json" && d.line == 5 && d.severity == .error, "\(d.formatted)")
        #expect(d.hint?.hasPrefix("是否应为 \"发布日期\"？") == true)
    }
}
