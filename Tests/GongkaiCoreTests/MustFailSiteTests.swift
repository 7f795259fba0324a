import Foundation
import Testing
@testable import GongkaiCore

/// Sites that must fail with a given diagnostic at a given place, leaving the previous
/// output exactly as it was.
@Suite("sites that must fail")
struct MustFailSiteTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var id: String
        var file: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    static let policy = markdown("title: 规范性文件\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-01\ngenre: 通知")

    static let cases: [Case] = [
        Case(name: "YAML syntax", files: ["content/gzdt/a.md": "---\ntitle: 标题\nindex_no: [12345678-9/2024-00002\npublished: 2024-03-02\n---\n"],
             id: "yaml.syntax", file: "content/gzdt/a.md", line: 4, column: 10, message: "元数据写法有误：列表 […] 没有闭合（从第 3 行第 11 列开始）"),
        Case(name: "missing required field", files: ["content/gzdt/a.md": markdown("index_no: 12345678-9/2024-00002\npublished: 2024-03-02")],
             id: "field.missing", file: "content/gzdt/a.md", line: 1, column: 1, message: "缺少必填字段 标题（title）"),
        Case(name: "missing 索引号", files: ["content/gzdt/a.md": markdown("title: 标题\npublished: 2024-03-02")],
             id: "field.missing", file: "content/gzdt/a.md", line: 1, column: 1, message: "缺少必填字段 索引号（index_no）"),
        Case(name: "bad date", files: ["content/gzdt/a.md": markdown("title: 标题\nindex_no: 12345678-9/2024-00002\n发布日期: 2024-13-01")],
             id: "date.invalid", file: "content/gzdt/a.md", line: 4, column: 7, message: "发布日期 \"2024-13-01\" 不是有效日期（应为 2024-03-19、2024/3/19、2024.3.19 或 2024年3月19日"),
        Case(name: "unknown node", files: ["content/gzdtt/a.md": markdown("title: 标题\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02")],
             id: "node.unknown", file: "content/gzdtt/a.md", line: 1, column: 1, message: "content/gzdtt 不是公开目录中的栏目"),
        Case(name: "duplicate 索引号", files: ["content/fgwj/gfxwj/p.md": policy, "content/gzdt/a.md": markdown("title: 另一个\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-02")],
             id: "index-no.duplicate", file: "content/gzdt/a.md", line: 3, column: 1, message: "索引号 \"12345678-9/2024-00001\" 重复：content/fgwj/gfxwj/p.md 与 content/gzdt/a.md"),
        Case(name: "missing interpretation target", files: ["content/fgwj/gfxwj/p.md": policy, "content/zcjd/j.md": markdown("title: 解读\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02\ninterprets: 12345678-9/2024-00009")],
             id: "interprets.target-missing", file: "content/zcjd/j.md", line: 5, column: 1, message: "解读对象 \"12345678-9/2024-00009\" 找不到"),
        Case(name: "missing attachment", files: ["content/gzdt/a.md": markdown("title: 标题\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02\nattachments:\n  - files/预算表.pdf")],
             id: "attachment.missing", file: "content/gzdt/a.md", line: 6, column: 5, message: "附件 \"files/预算表.pdf\" 不存在"),
        Case(name: "attachment outside the site", files: ["content/gzdt/a.md": markdown("title: 标题\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02\nattachments: ../../../../etc/passwd")],
             id: "attachment.outside", file: "content/gzdt/a.md", line: 5, column: 14, message: "超出了网站文件夹"),
        Case(name: "two documents with one URL", files: ["content/gzdt/a.md": markdown("title: 一\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02\nslug: same"), "content/gzdt/b.md": markdown("title: 二\nindex_no: 12345678-9/2024-00003\npublished: 2024-03-02\nslug: same")],
             id: "url.duplicate", file: "content/gzdt/b.md", line: 5, column: 1, message: "两个文档的网址相同：/xxgk/gzdt/same.html"),
        Case(name: "unknown status", files: ["content/gzdt/a.md": markdown("title: 标题\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02\nstatus: 作废")],
             id: "status.unknown", file: "content/gzdt/a.md", line: 5, column: 9, message: "有效性 \"作废\" 无效"),
        Case(name: "unknown topic", files: ["content/gzdt/a.md": markdown("title: 标题\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-02\ntopic: 综合正务")],
             id: "topic.unknown", file: "content/gzdt/a.md", line: 5, column: 8, message: "主题分类 \"综合正务\" 不在主题分类表中"),
        Case(name: "unterminated front matter", files: ["content/gzdt/a.md": "---\ntitle: 标题\n正文\n"],
             id: "front-matter.unterminated", file: "content/gzdt/a.md", line: 1, column: 1, message: "front matter 没有结束"),
    ]

    @Test("a defect is reported at the right place and the previous output is kept", arguments: cases)
    func mustFail(_ testCase: Case) throws {
        let site = try TestSite(files: ["content/gzdt/ok.md": markdown("title: 正常\nindex_no: 12345678-9/2024-00099\npublished: 2024-03-01")])
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded, "\(first.diagnostics.map(\.formatted))")
        let before = site.snapshot()
        #expect(!before.isEmpty)

        for (path, text) in testCase.files { try site.write(path, text) }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(!report.wroteOutput)
        let d = try #require(report.diagnostics.first { $0.id == testCase.id }, "\(report.diagnostics.map(\.formatted))")
        #expect(d.severity == .error)
        #expect(d.file == testCase.file)
        #expect(d.line == testCase.line && d.column == testCase.column, "\(d.formatted)")
        #expect(d.message.contains(testCase.message), "\(d.message)")
        #expect(site.snapshot() == before)
        // No staging folder is left behind.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.folder.path)
        #expect(!siblings.contains { $0.contains("gongkai-new") || $0.contains("gongkai-old") })
    }
}
