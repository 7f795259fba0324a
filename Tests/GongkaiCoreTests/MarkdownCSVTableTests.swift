import GongkaiCore
import Testing

@Suite("Markdown CSV tables")
struct MarkdownCSVTableTests {
    static func render(_ markdown: String) -> RenderedMarkdown {
        MarkdownRenderer().render(markdown)
    }

    @Test("a csv block becomes a table with the first record as header")
    func headerRow() {
        let html = Self.render("```csv\n姓名,村,补助（元）\n张三,东村,1200\n李四,西村,800\n```").html
        #expect(html == """
        <table>
        <thead>
        <tr>
        <th>姓名</th>
        <th>村</th>
        <th>补助（元）</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>张三</td>
        <td>东村</td>
        <td>1200</td>
        </tr>
        <tr>
        <td>李四</td>
        <td>西村</td>
        <td>800</td>
        </tr>
        </tbody>
        </table>

        """)
    }

    @Test("header=false makes every record a body row")
    func noHeader() {
        let html = Self.render("```csv header=false\n1,一\n2,二\n```").html
        #expect(!html.contains("<thead>"))
        #expect(html.contains("<tbody>\n<tr>\n<td>1</td>\n<td>一</td>\n</tr>\n<tr>\n<td>2</td>\n<td>二</td>\n</tr>\n</tbody>"))
    }

    @Test("quoted fields keep commas, quotes and line breaks")
    func quotedFields() {
        let html = Self.render("```csv\n单位,地址\n\"县政府办公室\",\"人民路1号,3楼\"\n\"说明\",\"第一行\n第二行\"\n\"引号\",\"他说\"\"好\"\"\"\n```").html
        #expect(html.contains("<td>人民路1号,3楼</td>"))
        #expect(html.contains("<td>第一行<br />\n第二行</td>"))
        #expect(html.contains("<td>他说&quot;好&quot;</td>"))
    }

    @Test("fields are text, not Markdown, and ragged rows are padded")
    func plainFieldsAndRaggedRows() {
        let html = Self.render("```csv\na,b,c\n**x**,<b>y</b>\n\n1,2,3\n```").html
        #expect(html.contains("<td>**x**</td>\n<td>&lt;b&gt;y&lt;/b&gt;</td>\n<td></td>"))
        #expect(html.contains("<td>1</td>\n<td>2</td>\n<td>3</td>"))
        #expect(html.components(separatedBy: "<tr>").count == 4)
    }

    @Test("a csv block that is not valid CSV stays code and is reported")
    func invalidCSV() {
        let rendered = Self.render("说明\n\n```csv\na,b\nx\"y,z\n```")
        #expect(rendered.html.contains("<pre><code class=\"language-csv\">"))
        #expect(rendered.problems.count == 1)
        #expect(rendered.problems.first?.line == 3)
        #expect(rendered.problems.first?.id == "markdown.csv")
    }

    @Test("build and check report a csv block that is not CSV at the document's line of its fence, in Chinese", arguments: [false, true])
    func invalidCSVIsADiagnostic(check: Bool) throws {
        let body = "说明\n\n```csv\na,b\nx\"y,z\n```"
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: 表\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-01", body: body)])
        defer { site.remove() }
        let report = check ? SiteBuilder.check(site.options()) : site.build()
        let d = try #require(report.diagnostic("markdown.csv"))
        #expect(d.file == "content/gzdt/a.md" && d.line == 8 && d.column == 1 && d.severity == .warning)
        #expect(d.message == "CSV 表格无法解析，按代码块显示：引号外面紧跟着“y”")
        #expect(d.hint?.contains("两个") == true)
    }

    @Test("other fenced blocks are untouched")
    func otherFences() {
        #expect(Self.render("```csvx\na,b\n```").html == "<pre><code class=\"language-csvx\">a,b\n</code></pre>\n")
    }
}
