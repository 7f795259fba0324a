import GongkaiCore
import Testing

@Suite("Markdown pipe tables")
struct MarkdownTableTests {
    static let gfmExamples = MarkdownSpecExample.load("gfm-spec-0.29.txt").filter { $0.kind == "table" }
    static let extensionExamples = MarkdownSpecExample.load("gfm-extensions.txt").filter { $0.chapter == "Tables" }
    static let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, headingIDs: false))

    static func html(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownRenderer(options: options).render(markdown).html
    }

    @Test("the GFM spec's table examples and the extension tests' table section are all found")
    func examplesAreFound() {
        #expect(Self.gfmExamples.count == 8)
        #expect(Self.extensionExamples.count == 16)
    }

    @Test("each GFM spec table example renders as the spec says", arguments: gfmExamples)
    func gfmExample(_ example: MarkdownSpecExample) {
        let html = Self.renderer.render(example.markdown).html
        #expect(MarkdownHTMLNormalizer.normalize(html) == MarkdownHTMLNormalizer.normalize(example.html), "Markdown:\n\(example.markdown)")
    }

    @Test("each cmark-gfm extension table example renders as expected", arguments: extensionExamples)
    func extensionExample(_ example: MarkdownSpecExample) {
        let html = Self.renderer.render(example.markdown).html
        #expect(MarkdownHTMLNormalizer.normalize(html) == MarkdownHTMLNormalizer.normalize(example.html), "Markdown:\n\(example.markdown)")
    }

    @Test("a fee table with alignment, inline Markdown and escaped pipes renders in safe mode")
    func feeTable() {
        let markdown = """
        | 项目 | 收费标准（元） | 依据 |
        | :--- | ---: | :-: |
        | 工本费 | **10** | [通知](tongzhi.md) |
        | 复印费 | 0.5 \\| 页 | `a\\|b` |
        """
        let expected = """
        <table>
        <thead>
        <tr>
        <th style="text-align: left">项目</th>
        <th style="text-align: right">收费标准（元）</th>
        <th style="text-align: center">依据</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td style="text-align: left">工本费</td>
        <td style="text-align: right"><strong>10</strong></td>
        <td style="text-align: center"><a href="tongzhi.md">通知</a></td>
        </tr>
        <tr>
        <td style="text-align: left">复印费</td>
        <td style="text-align: right">0.5 | 页</td>
        <td style="text-align: center"><code>a|b</code></td>
        </tr>
        </tbody>
        </table>

        """
        #expect(Self.html(markdown) == expected)
    }

    @Test("lines of a paragraph before the header row stay a paragraph")
    func paragraphBeforeTable() {
        let html = Self.html("附件：\n申请人名单如下\n| 姓名 | 村 |\n| --- | --- |\n| 张三 | 东村 |")
        #expect(html.hasPrefix("<p>附件：\n申请人名单如下</p>\n<table>\n"))
        #expect(html.contains("<td>张三</td>\n<td>东村</td>"))
    }

    @Test("rows shorter than the header are padded and longer rows are cut")
    func raggedRows() {
        let html = Self.html("| 序号 | 姓名 |\n| --- | --- |\n| 1 |\n| 2 | 李四 | 多余 |")
        #expect(html.contains("<tr>\n<td>1</td>\n<td></td>\n</tr>"))
        #expect(html.contains("<tr>\n<td>2</td>\n<td>李四</td>\n</tr>"))
        #expect(!html.contains("多余"))
    }

    @Test("a table ends at a blank line or at a line that starts another block")
    func tableEnds() {
        #expect(Self.html("| a |\n| - |\n| b |\n\n| c |").hasSuffix("</table>\n<p>| c |</p>\n"))
        #expect(Self.html("| a |\n| - |\n| b |\n# 标题").hasSuffix("</table>\n<h1 id=\"标题\">标题</h1>\n"))
        #expect(Self.html("| a |\n| - |\n| b |\n2. 第二项").hasSuffix("</table>\n<ol start=\"2\">\n<li>第二项</li>\n</ol>\n"))
        #expect(Self.html("| a |\n| - |\n| b |\n    code").hasSuffix("</table>\n<pre><code>code\n</code></pre>\n"))
        #expect(Self.html("| a |\n| - |\n| b |\n---").hasSuffix("</table>\n<hr />\n"))
    }

    @Test("tables work inside list items and block quotes")
    func tablesInContainers() {
        let list = Self.html("- 附表：\n  | 年份 | 件数 |\n  | --- | ---: |\n  | 2023 | 12 |\n- 其他")
        #expect(list.contains("<li>附表：\n<table>\n<thead>\n<tr>\n<th>年份</th>\n<th style=\"text-align: right\">件数</th>"))
        #expect(list.contains("<td style=\"text-align: right\">12</td>\n</tr>\n</tbody>\n</table>\n</li>\n<li>其他</li>"))
        let quote = Self.html("> | 年份 | 件数 |\n> | --- | --- |\n> | 2023 | 12 |")
        #expect(quote.hasPrefix("<blockquote>\n<table>\n"))
        #expect(quote.contains("<td>2023</td>\n<td>12</td>"))
    }

    @Test("a second table after a block that ended the first one is found too")
    func tableAfterTable() {
        let html = Self.html("| a |\n| - |\n    code\n| b |\n| - |")
        #expect(html == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n<pre><code>code\n</code></pre>\n<table>\n<thead>\n<tr>\n<th>b</th>\n</tr>\n</thead>\n</table>\n")
    }

    @Test("cells use CJK-friendly emphasis and reference links defined anywhere")
    func cellsAreFullInlineMarkdown() {
        let html = Self.html("| 事项 |\n| --- |\n| **（一）组织领导。**各村[详见][附件] |\n\n[附件]: fujian.pdf")
        #expect(html.contains("<td><strong>（一）组织领导。</strong>各村<a href=\"fujian.pdf\">详见</a></td>"))
    }

    @Test("block syntax in a cell stays text")
    func blockSyntaxInCells() {
        let html = Self.html("| a | b |\n| --- | --- |\n| # 不是标题 | - 不是列表 |")
        #expect(html.contains("<td># 不是标题</td>\n<td>- 不是列表</td>"))
    }

    @Test("links in cells are reported at their row and rewritten")
    func linksInCells() {
        let renderer = MarkdownRenderer()
        let rendered = renderer.render("说明\n\n| 文件 |\n| --- |\n| [通知](a.md) |") { url, _ in url == "a.md" ? "/a/" : nil }
        #expect(rendered.links.map(\.url) == ["a.md"])
        #expect(rendered.links.first?.line == 5)
        #expect(rendered.links.first?.column == 3)
        #expect(rendered.html.contains("<td><a href=\"/a/\">通知</a></td>"))
    }

    @Test("table text goes into the plain text, and the first paragraph is not a table")
    func plainText() {
        let rendered = MarkdownRenderer().render("| 姓名 | 村 |\n| --- | --- |\n| 张三 | 东村 |\n\n正文第一段。")
        #expect(rendered.plainText.contains("姓名 村 \n"))
        #expect(rendered.plainText.contains("张三 东村 \n"))
        #expect(rendered.firstParagraph == "正文第一段。")
    }

    @Test("Windows line endings and tabs around cells work")
    func windowsLineEndings() {
        let html = Self.html("说明\r\n| 年份 |\t件数 |\r\n| --- | --- |\r\n| 2023 | **12** |\r\n")
        #expect(html.hasPrefix("<p>说明</p>\n<table>\n"))
        #expect(html.contains("<td>2023</td>\n<td><strong>12</strong></td>"))
    }

    @Test("a table in a block quote ends at a lazy line, which stays in the quote as a paragraph")
    func lazyLineEndsTable() {
        let html = Self.html("> | a |\n> | - |\n> | b |\n| c |")
        #expect(html.contains("<td>b</td>\n</tr>\n</tbody>\n</table>\n<p>| c |</p>\n</blockquote>"))
    }

    @Test("tables can be switched off")
    func canBeSwitchedOff() {
        let html = Self.html("| a |\n| - |", options: MarkdownOptions(tables: false))
        #expect(html == "<p>| a |\n| - |</p>\n")
    }
}
