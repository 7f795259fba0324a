import GongkaiCore
import Testing

@Suite("Markdown heading ids and table of contents")
struct MarkdownHeadingTests {
    @Test("heading ids keep Chinese text and drop punctuation", arguments: [
        ("## 一、总体要求", "一总体要求"),
        ("## （一）加强组织领导", "一加强组织领导"),
        ("### 1. Scope and Purpose", "1-scope-and-purpose"),
        ("## 《条例》第十条", "条例第十条"),
        ("## 2024年 工作要点", "2024年-工作要点"),
        ("## ？！", "section"),
    ])
    func headingID(_ markdown: String, _ id: String) {
        let rendered = MarkdownRenderer().render(markdown)
        #expect(rendered.headings.first?.id == id)
        #expect(rendered.html.contains(" id=\"\(id)\">"))
    }

    @Test("ids are written on the heading element around its inline content")
    func idInHTML() {
        let html = MarkdownRenderer().render("## 一、*总体*要求\n\n正文").html
        #expect(html == "<h2 id=\"一总体要求\">一、<em>总体</em>要求</h2>\n<p>正文</p>\n")
    }

    @Test("repeated headings get -2, -3")
    func repeatedHeadings() {
        let rendered = MarkdownRenderer().render("## 说明\n\n## 说明\n\n## 说明\n\n## 说明-2")
        #expect(rendered.headings.map(\.id) == ["说明", "说明-2", "说明-3", "说明-2-2"])
    }

    @Test("ids are told apart by code points, as HTML compares them: a composed and a decomposed é are two ids")
    func idsByCodePoints() {
        let rendered = MarkdownRenderer().render("## caf\u{E9}\n\n## cafe\u{301}\n\n## caf\u{E9}")
        #expect(rendered.headings.map { Array($0.id.unicodeScalars) } == [Array("caf\u{E9}".unicodeScalars), Array("cafe\u{301}".unicodeScalars), Array("caf\u{E9}-2".unicodeScalars)])
    }

    @Test("a document with more than three ## headings gets a table of contents of its ## and ### headings")
    func tableOfContents() {
        let markdown = "# 题目\n\n## 一、总体要求\n\n### （一）指导思想\n\n## 二、主要任务\n\n#### 细则\n\n## 三、保障措施\n\n## 四、附则\n"
        let rendered = MarkdownRenderer().render(markdown)
        #expect(rendered.hasTableOfContents)
        #expect(rendered.tableOfContents.map(\.text) == ["一、总体要求", "（一）指导思想", "二、主要任务", "三、保障措施", "四、附则"])
        #expect(rendered.tableOfContents.map(\.level) == [2, 3, 2, 2, 2])
        #expect(rendered.tableOfContents[1].id == "一指导思想")
    }

    @Test("three ## headings are not enough for a table of contents")
    func shortDocument() {
        let rendered = MarkdownRenderer().render("## 一\n\n## 二\n\n## 三\n")
        #expect(!rendered.hasTableOfContents)
        #expect(rendered.tableOfContents.isEmpty)
    }

    @Test("with heading ids off the HTML is plain CommonMark and there is no table of contents")
    func idsOff() {
        let rendered = MarkdownRenderer(options: MarkdownOptions(headingIDs: false)).render("## 一\n\n## 二\n\n## 三\n\n## 四\n")
        #expect(rendered.html == "<h2>一</h2>\n<h2>二</h2>\n<h2>三</h2>\n<h2>四</h2>\n")
        #expect(rendered.headings.allSatisfy { $0.id.isEmpty })
        #expect(!rendered.hasTableOfContents)
    }
}
