import Testing
@testable import GongkaiCore

/// 无障碍检查 (README): warnings on every body, at file:line:column, errors under `--strict`.
@Suite("accessibility checks")
struct AccessibilityCheckTests {
    /// The `a11y.*` findings for one document in 工作动态 with `body` (which starts on line 5).
    static func findings(_ body: String, extra: String = "", files: [String: String] = [:]) throws -> [Diagnostic] {
        let site = try TestSite(files: ["content/gzdt/a.md": document(1, extra, body: body)].merging(files) { $1 })
        defer { site.remove() }
        let (loaded, report) = site.load()
        let resolved = try #require(loaded, "\(report.diagnostics.map(\.formatted))")
        return DocumentBodyRenderer(site: resolved).bodyProblems().filter { $0.id.hasPrefix("a11y.") }
    }

    @Test("an image without alt text warns at the image, counting characters")
    func imageAlt() throws {
        let found = try Self.findings("正文。\n\n如图：![](files/a.png)")
        #expect(found.map(\.id) == ["a11y.image-alt"])
        let d = try #require(found.first)
        #expect(d.severity == .warning && d.file == "content/gzdt/a.md" && d.line == 8 && d.column == 4, "\(d.formatted)")
        #expect(d.message.contains("files/a.png") && d.hint?.contains("![") == true)
        #expect(try Self.findings("正文。\n\n![镇政府办公楼外景](files/a.png)").isEmpty)
    }

    @Test("a table without a header row warns at its first line", arguments: [
        ("正文。\n\n|  |  |\n|---|---|\n| 甲 | 1 |", 8, 1),
        ("正文。\n\n```csv header=false\n甲,1\n乙,2\n```", 8, 1),
    ])
    func tableHeader(body: String, line: Int, column: Int) throws {
        let found = try Self.findings(body)
        #expect(found.map(\.id) == ["a11y.table-header"])
        #expect(found.first?.line == line && found.first?.column == column, "\(found.map(\.formatted))")
    }

    @Test("tables with a header row do not warn", arguments: [
        "| 项目 | 金额 |\n|---|---|\n| 甲 | 1 |",
        "```csv\n项目,金额\n甲,1\n```",
        "| 项目 |  |\n|---|---|\n| 甲 | 1 |",
    ])
    func tableWithHeader(body: String) throws {
        #expect(try Self.findings("正文。\n\n" + body).isEmpty)
    }

    @Test("a heading that skips levels warns at the heading, naming both levels")
    func headingSkip() throws {
        let found = try Self.findings("## 一、总体要求\n\n正文。\n\n##### 细则")
        #expect(found.map(\.id) == ["a11y.heading-skip"])
        let d = try #require(found.first)
        #expect(d.line == 10 && d.column == 1, "\(d.formatted)")
        #expect(d.message.contains("从第 2 级跳到了第 5 级") && d.hint?.contains("###") == true)
        // The body's first heading counts from the title (level 1).
        #expect(try Self.findings("### 小节\n\n正文。").map(\.id) == ["a11y.heading-skip"])
    }

    @Test("headings used level by level, or going back up, do not warn")
    func headingsInOrder() throws {
        #expect(try Self.findings("## 一\n\n### （一）\n\n#### 1.\n\n## 二\n\n正文。").isEmpty)
        #expect(try Self.findings("# 总则\n\n## 第一条\n\n正文。").isEmpty)
    }

    @Test("a link whose text says nothing warns at the link", arguments: ["点击这里", "详见", " here ", "Click here.", "点击此处。", "更多>>", "查看详情"])
    func vagueLink(text: String) throws {
        let found = try Self.findings("办法全文请[\(text)](https://www.example.gov.cn/a.html)。")
        #expect(found.map(\.id) == ["a11y.link-text"], "\(text)")
        #expect(found.first?.line == 6 && found.first?.column == 6, "\(found.map(\.formatted))")
    }

    @Test("vagueness is decided as by filtering the whole text, for short, long, mixed and spaced texts")
    func vagueAsByFiltering() {
        func reference(_ text: String) -> Bool {
            let core = String(text.unicodeScalars.filter { !$0.properties.isWhitespace && !CJKCharacterClass.isPunctuation($0) }.map(Character.init))
            return DocumentBodyRenderer.vagueLinkTexts.contains(core.lowercased())
        }
        var texts = Array(DocumentBodyRenderer.vagueLinkTexts) + ["点 击 这 里", "READ MORE!", "Click\u{3000}here", "（详见）", "详见《青山镇2024年财政预算》",
                                                                  "clickhere2", "点击这里。。。。。。。。。。", "请点击这里查看", "ＨＥＲＥ", "here\u{301}", "",
                                                                  "clic\u{212A}here", "HeRe", "更\u{F901}", "\u{F9D8}多", "国家法律法规数据库", "ﾘﾝｸ"]
        for text in Array(texts) { texts += [text + "。", "「" + text + "」", " " + text.uppercased() + " ", text + "x"] }
        for text in texts { #expect(DocumentBodyRenderer.isVague(text) == reference(text), "\(text)") }
        #expect(texts.contains(where: reference) && texts.contains(where: { !reference($0) }))
    }

    @Test("links that name where they go do not warn", arguments: ["详见《青山镇2024年财政预算》", "青山镇人民政府门户网站", "https://www.example.gov.cn/"])
    func namedLink(text: String) throws {
        #expect(try Self.findings("[\(text)](https://www.example.gov.cn/a.html)").isEmpty)
    }

    @Test("a body that is only an image or a scanned PDF warns", arguments: [
        ("![2024年预算公告](files/a.png)", 6, 1),
        ("[通知原文](files/a.pdf)", 6, 1),
        ("\n\n  ![公告扫描件](files/a.jpg)", 8, 3),
    ])
    func scanOnly(body: String, line: Int, column: Int) throws {
        let found = try Self.findings(body)
        #expect(found.map(\.id) == ["a11y.scan-only"])
        #expect(found.first?.line == line && found.first?.column == column, "\(found.map(\.formatted))")
    }

    @Test("an empty body with only scanned attachments warns at attachments; text or a Word file does not")
    func scanAttachments() throws {
        let files = ["content/gzdt/files/a.pdf": "%PDF", "content/gzdt/files/a.docx": "x"]
        let found = try Self.findings("", extra: "attachments:\n  - files/a.pdf", files: files)
        #expect(found.map(\.id) == ["a11y.scan-only"])
        #expect(found.first?.line == 6 && found.first?.column == 3, "\(found.map(\.formatted))")  // the attachment
        #expect(try Self.findings("通知全文如下：……", extra: "attachments:\n  - files/a.pdf", files: files).isEmpty)
        #expect(try Self.findings("", extra: "attachments:\n  - files/a.docx", files: files).isEmpty)
        #expect(try Self.findings("正文见[通知原文](files/a.pdf)。", files: files).isEmpty)
    }

    @Test("the warnings are errors under --strict")
    func strict() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": document(1, body: "![](files/a.png)正文。"), "content/gzdt/files/a.png": "png"])
        defer { site.remove() }
        var options = site.options()
        #expect(SiteBuilder.check(options).diagnostics.contains { $0.id == "a11y.image-alt" && $0.severity == .warning })
        options.strict = true
        let report = SiteBuilder.check(options)
        #expect(report.diagnostics.contains { $0.id == "a11y.image-alt" && $0.severity == .error }, "\(report.diagnostics.map(\.formatted))")
    }
}
