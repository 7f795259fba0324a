import Testing
@testable import GongkaiCore

@Suite("anchor link checker")
struct AnchorCheckerTests {
    static let policy = document(1, title: "管理办法", body: "## 第一条\n\n内容。\n\n## 第三条\n\n内容。\n\n## 附件\n\n## 附件\n")

    private func check(_ body: String, unsafeHTML: Bool = false) throws -> [Diagnostic] {
        let files = ["content/fgwj/gfxwj/p.md": Self.policy, "content/gzdt/a.md": document(2, body: body)]
        return try findings(of: AnchorChecker(), files: files, config: unsafeHTML ? config(adding: "\"unsafe_html\": true") : TestSite.minimalConfig)
    }

    @Test("links to headings that exist give nothing", arguments: [
        "## 二、工作要求\n\n[见上文](#二工作要求)",
        "## Work Plan 2024\n\n[见上文](#work-plan-2024)",
        "[办法第三条](../fgwj/gfxwj/p.md#第三条)",
        "[第二个附件](../fgwj/gfxwj/p.md#附件-2)",
        "[编码的锚点](../fgwj/gfxwj/p.md#%E7%AC%AC%E4%B8%89%E6%9D%A1)",
        "[回到顶部](#top) [空锚点](#) [外部](https://www.gov.cn/#zhengce)",
        "[缺失的文件由 link.broken 报告](../fgwj/gfxwj/none.md#第三条)",
        "[附件表格](../fgwj/gfxwj/files/a.pdf#page=2)",
    ])
    func good(_ body: String) throws {
        #expect(try check(body).isEmpty)
    }

    @Test("a missing heading in the same document warns at the link with the closest id")
    func sameDocument() throws {
        let found = try check("## 二、工作要求\n\n参见[上文](#三工作要求)。")
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "link.anchor" && d.severity == .warning)
        #expect(d.file == "content/gzdt/a.md" && d.line == 8 && d.column == 3, "\(d.formatted)")
        #expect(d.message == "正文中的链接 \"#三工作要求\" 指向的位置 #三工作要求 不存在：本文中没有这个小标题")
        #expect(d.hint?.hasPrefix("是否应为 #二工作要求？") == true, "\(d.hint ?? "")")
    }

    @Test("a missing heading in another document names that document and its headings")
    func otherDocument() throws {
        let found = try check("第一行\n[办法第五条](../fgwj/gfxwj/p.md#第五条)")
        let d = try #require(found.first)
        #expect(d.line == 7 && d.column == 1)
        #expect(d.message.hasSuffix("《管理办法》中没有这个小标题"))
        #expect(d.hint?.contains("#第一条、#第三条、#附件、#附件-2") == true, "\(d.hint ?? "")")
    }

    @Test("a document without headings says so")
    func noHeadings() throws {
        let d = try #require(try check("[下文](#说明)").first)
        #expect(d.hint?.contains("本文没有小标题") == true)
    }

    @Test("with unsafe_html, ids written in raw HTML count")
    func rawHTMLAnchors() throws {
        #expect(try check("<a id=\"biao1\"></a>\n\n[表1](#biao1)", unsafeHTML: true).isEmpty)
        #expect(try check("<a id=\"biao1\"></a>\n\n[表1](#biao1)").count == 1)
    }

    @Test("only bodies with a fragment-like # are rendered")
    func prefilter() {
        #expect(!AnchorChecker.mayHaveFragmentLink("## 标题\n\n### 小标题\n正文 # 号"))
        #expect(AnchorChecker.mayHaveFragmentLink("[a](#b)"))
        #expect(AnchorChecker.mayHaveFragmentLink("[a]: other.md#b"))
    }
}
