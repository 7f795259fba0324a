import Foundation
import Testing
@testable import GongkaiCore

@Suite("writing the output")
struct OutputWriterTests {
    @Test("an output folder that contains the site or content/ is refused", arguments: [".", "..", "content", "content/out"])
    func refusesDangerousOutput(_ relative: String) throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02")])
        defer { site.remove() }
        let report = site.build { $0.outputFolder = site.folder.appendingPathComponent(relative) }
        #expect(!report.succeeded)
        #expect(report.diagnostic("output.refused") != nil)
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/gzdt/a.md").path))
    }

    @Test("a non-empty folder that gongkai did not make is never replaced")
    func refusesForeignFolder() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02"),
                                        "public/我的文件.docx": "重要"])
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostic("output.refused")?.message.contains("不是 gongkai 生成的") == true)
        #expect(site.read("我的文件.docx") == "重要")
    }

    @Test("a rebuild replaces the previous output, removing pages that no longer exist")
    func rebuildReplaces() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02"),
                                        "content/gzdt/b.md": markdown("title: b\nindex_no: 12345678-9/2024-00002\npublished: 2024-01-03")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.read("gzdt/b.html") != nil)
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/gzdt/b.md"))
        #expect(site.build().succeeded)
        #expect(site.read("gzdt/b.html") == nil)
        #expect(site.read(OutputWriter.markerName) != nil)
    }

    @Test("attachments are copied and shown with their type and size")
    func attachments() throws {
        let site = try TestSite(files: [
            "content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02\nattachments:\n  - file: files/预算表.pdf\n    title: 2024年预算表\n  - files/名单.xlsx",
                                          body: "见[附件](files/预算表.pdf)。"),
            "content/gzdt/files/预算表.pdf": String(repeating: "x", count: 2048),
            "content/gzdt/files/名单.xlsx": "y",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(site.read("gzdt/files/预算表.pdf")?.count == 2048)
        let page = try #require(site.read("gzdt/a.html"))
        #expect(page.contains("2024年预算表"))
        #expect(page.contains("PDF，2.0 KB"))
        #expect(page.contains("Excel，1 字节"))
        #expect(page.contains("href=\"/xxgk/gzdt/files/%E9%A2%84%E7%AE%97%E8%A1%A8.pdf\""))
    }

    @Test("relative links to documents and folders are rewritten to output URLs")
    func linkRewriting() throws {
        let site = try TestSite(files: [
            "content/fgwj/gfxwj/p.md": markdown("title: 政策\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02", body: "## 第一章\n\n正文"),
            "content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00002\npublished: 2024-01-03",
                                          body: "[政策](../fgwj/gfxwj/p.md#第一章) [栏目](../fgwj/) [外部](https://www.gov.cn/) [坏链接](nope.md)"),
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        let page = try #require(site.read("gzdt/a.html"))
        #expect(page.contains("href=\"/xxgk/fgwj/gfxwj/p.html#%E7%AC%AC%E4%B8%80%E7%AB%A0\""))
        #expect(page.contains("href=\"/xxgk/fgwj/\""))
        #expect(page.contains("href=\"https://www.gov.cn/\""))
        let warning = try #require(report.diagnostic("link.broken"))
        #expect(warning.severity == .warning && warning.line == 6 && warning.column == 71)
    }
}

@Suite("Output paths")
struct OutputPathGuardTests {
    @Test("only relative paths without . or .. segments are written", arguments: [
        ("a/b.html", true), (".hidden/x.json", true), ("a/..b/c", true), ("a.../b", true), ("search/d/12.json", true),
        ("../x", false), ("a/../b", false), ("a/./b", false), ("/etc/passwd", false), ("..", false), (".", false), ("a/..", false), ("a/.", false),
    ])
    func guardsPaths(path: String, allowed: Bool) {
        #expect(OutputWriter.staysInside(path) == allowed)
    }
}
