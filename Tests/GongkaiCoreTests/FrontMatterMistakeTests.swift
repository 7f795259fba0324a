import Testing
@testable import GongkaiCore

/// The front-matter slips editors really make, reported where they are, in Chinese.
@Suite("front-matter slips")
struct FrontMatterMistakeTests {
    static let path = "content/gzdt/a.md"
    static let config: SiteConfig = {
        let (config, diagnostics) = SiteConfigLoader.load(Array(TestSite.minimalConfig.utf8))
        precondition(!diagnostics.hasErrors)
        return config!
    }()

    /// Parses one document with `frontMatter` in memory: its diagnostics and the document.
    private func load(_ frontMatter: String) throws -> (diagnostics: [Diagnostic], document: Document?) {
        let file = try SourceFile.split(Array(markdown(frontMatter).utf8), path: Self.path).get()
        let parser = DocumentParser(config: Self.config, fileSize: { _ in nil })
        let (document, diagnostics) = parser.parse(file, node: try #require(Self.config.catalog.index(ofPath: "gzdt")))
        return (diagnostics, document)
    }

    /// True when `message`, without the `allowed` names, has no Latin letters: no parser English.
    private func isChinese(_ message: String, allowing allowed: [String] = []) -> Bool {
        var rest = message
        for word in allowed { rest = rest.replacingOccurrences(of: word, with: "") }
        return !rest.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }

    @Test("a Chinese colon after a key is reported at the colon, and the line is still read", arguments: [
        // (front matter, line, column): the slip first, in the middle, last, on a Chinese and an English key.
        ("标题：洋里乡召开安全生产工作会议\n索引号: 12345678-9/2026-00001\n发布日期: 2026-03-05", 2, 3),
        ("索引号: 12345678-9/2026-00001\n标题：洋里乡召开安全生产工作会议\n发布日期: 2026-03-05", 3, 3),
        ("索引号: 12345678-9/2026-00001\n发布日期: 2026-03-05\n标题：洋里乡召开安全生产工作会议", 4, 3),
        ("title：洋里乡召开安全生产工作会议\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05", 2, 6),
        ("标题：　洋里乡召开安全生产工作会议\n索引号: 12345678-9/2026-00001\n发布日期: 2026-03-05", 2, 3),
    ])
    func chineseColon(frontMatter: String, line: Int, column: Int) throws {
        let (diagnostics, document) = try load(frontMatter)
        let key = frontMatter.hasPrefix("title") ? "title" : "标题"
        let slip = try #require(diagnostics.first("yaml.syntax"))
        #expect(slip.severity == .error)
        #expect(slip.file == Self.path && slip.line == line && slip.column == column)
        #expect(slip.message.contains("“\(key)”后面是中文冒号“：”"))
        #expect(isChinese(slip.message, allowing: [key]))
        #expect(slip.hint == "把“：”改为英文冒号并在后面加一个空格，写成 \(key): 洋里乡召开安全生产工作会议")
        // Read as meant: the title is there and nothing else is wrong.
        #expect(document?.title == "洋里乡召开安全生产工作会议")
        #expect(diagnostics.map(\.id) == ["yaml.syntax"])
    }

    @Test("no space after the colon is reported at the colon, on that line", arguments: [
        ("title:测试\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05", 2, 6, "冒号和值之间缺少空格"),
        ("index_no: 12345678-9/2026-00001\npublished: 2026-03-05\ntitle:测试", 4, 6, "冒号和值之间缺少空格"),
        ("title:　测试\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05", 2, 6, "冒号和值之间是全角空格“　”"),
    ])
    func missingSpace(frontMatter: String, line: Int, column: Int, says: String) throws {
        let (diagnostics, document) = try load(frontMatter)
        let slip = try #require(diagnostics.first("yaml.syntax"))
        #expect(slip.severity == .error)
        #expect(slip.line == line && slip.column == column)
        #expect(slip.message.contains("“title”后面的") && slip.message.contains(says))
        #expect(isChinese(slip.message, allowing: ["title"]))
        #expect(slip.hint?.hasSuffix("写成 title: 测试") == true)
        #expect(document?.title == "测试")
        #expect(diagnostics.count == 1)
    }

    @Test("a value's position on a repaired line is where it was written")
    func repairedLineKeepsColumns() throws {
        let (diagnostics, _) = try load("title: 测试\nindex_no: 12345678-9/2026-00001\n发布日期：2026-13-01")
        let slip = try #require(diagnostics.first("yaml.syntax"))
        #expect(slip.line == 4 && slip.column == 5)
        let date = try #require(diagnostics.first("date.invalid"))
        #expect(date.line == 4 && date.column == 6)
    }

    @Test("a Tab at the start of a line is reported at the Tab, in Chinese", arguments: [
        ("title: 测试\n\tindex_no: 12345678-9/2026-00001\npublished: 2026-03-05", 3, 1),
        ("\ttitle: 测试\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05", 2, 1),
        ("title: 测试\nsummary: |\n  第一行\n\t第二行\npublished: 2026-03-05", 5, 1),
    ])
    func tab(frontMatter: String, line: Int, column: Int) throws {
        let (diagnostics, _) = try load(frontMatter)
        let slip = try #require(diagnostics.first("yaml.syntax"))
        #expect(slip.severity == .error)
        #expect(slip.line == line && slip.column == column)
        #expect(slip.message.contains("用 Tab 键缩进") && slip.message.contains("只能用空格"))
        #expect(isChinese(slip.message, allowing: ["Tab"]))
        #expect(slip.hint?.contains("改用空格") == true)
        #expect(diagnostics.count == 1)
    }

    @Test("a full-width space before a key is named at its position, and the key is still read")
    func fullWidthSpaceBeforeKey() throws {
        let (diagnostics, document) = try load("title: 测试\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05\n\u{3000}publisher: 测试镇财政所")
        let slip = try #require(diagnostics.first("yaml.syntax"))
        #expect(slip.severity == .error)
        #expect(slip.line == 5 && slip.column == 1)
        #expect(slip.message.contains("“publisher”前面有全角空格“　”"))
        #expect(isChinese(slip.message, allowing: ["publisher"]))
        #expect(slip.hint == "删去这个全角空格，写成 publisher: …")
        #expect(diagnostics.first("front-matter.unknown-key") == nil)
        #expect(document?.publisher == "测试镇财政所")
    }

    @Test("a full-width space inside a key, or starting a list item, is named at its position")
    func fullWidthSpaceElsewhere() throws {
        let (inKey, document) = try load("title: 测试\nindex_no: 12345678-9/2026-00001\n发布\u{3000}日期: 2026-03-05")
        let slip = try #require(inKey.first("yaml.syntax"))
        #expect(slip.line == 4 && slip.column == 3)
        #expect(slip.message.contains("键“发布日期”中夹有全角空格"))
        #expect(document?.published.day == Day(year: 2026, month: 3, day: 5))

        let (item, _) = try load("title: 测试\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05\nkeywords:\n\u{3000}- 安全生产")
        let itemSlip = try #require(item.first("yaml.syntax"))
        #expect(itemSlip.line == 6 && itemSlip.column == 1)
        #expect(itemSlip.message.contains("这一行开头有全角空格“　”"))
        #expect(isChinese(itemSlip.message))
    }

    @Test("a Chinese colon in a key YAML accepted is reported at the colon; a quoted key is only unknown")
    func chineseColonInKey() throws {
        let (slipped, _) = try load("标题：关于: 通知\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05")
        let slip = try #require(slipped.first("yaml.syntax"))
        #expect(slip.line == 2 && slip.column == 3)
        #expect(slip.message.contains("“标题”后面是中文冒号“：”"))
        #expect(slipped.first("front-matter.unknown-key") == nil)

        let (quoted, _) = try load("title: 测试\n\"标题：关于\": 通知\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05")
        #expect(quoted.map(\.id) == ["front-matter.unknown-key"])
    }

    @Test("text that only looks like a slip is read as written", arguments: [
        "title: \"洋里乡：召开安全生产工作会议\"",
        "title: '标题：洋里乡'",
        "title: \"a:b\"",
        "title: 测试\nsummary: 详见 https://www.example.gov.cn/xxgk/a.html",
        "title: 测试\nsummary: 会议时间 09:30",
        "title: \"关于\t通知\"",
        "title: 关于\u{3000}安全生产的通知",
        "title: 测试\nsummary: |\n  注：本办法自印发之日起施行。\n  \u{3000}\u{3000}第二条：略。",
        "title: 测试\nsummary: \"第一行\n  注：第二行\"",
    ])
    func lookalikes(_ frontMatter: String) throws {
        let (diagnostics, document) = try load(frontMatter + "\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(document != nil)
    }

    @Test("a slip elsewhere does not change a block's text that looks like one")
    func blockTextIsNotRepaired() throws {
        let (diagnostics, document) = try load("summary: |\n  注：本办法自印发之日起施行。\n  说明:无\n标题：测试\nindex_no: 12345678-9/2026-00001\npublished: 2026-03-05")
        #expect(diagnostics.map { "\($0.id)@\($0.line):\($0.column)" } == ["yaml.syntax@5:3"])
        #expect(document?.summary == "注：本办法自印发之日起施行。\n说明:无")
        #expect(document?.title == "测试")
    }

    @Test("other YAML errors are reported in Chinese, without the parser's English", arguments: [
        ("title: 青山镇: 开展植树活动", "这里不能出现冒号"),
        ("title: \"未闭合", "引号没有闭合"),
        ("title: \"反斜杠\\q\"", "无效的转义字符"),
        ("title: *nothing", "未定义的别名"),
        ("title: *别名", "* 后面的名称写法不对"),
        ("keywords: [安全, 生产\ntitle: 测试", "列表 […] 没有闭合"),
        ("title: 测试\nattachments:\n  - a.pdf\n - b.pdf", "缩进不一致"),
        ("title: 测试\nkeywords: - a", "不能开始“- ”列表项"),
    ])
    func otherErrors(frontMatter: String, says: String) throws {
        let (diagnostics, _) = try load(frontMatter)
        let error = try #require(diagnostics.first("yaml.syntax"))
        #expect(error.message.contains(says), "\(error.message)")
        #expect(isChinese(error.message), "\(error.message)")
    }

    @Test("a colon slip and an unrelated error are both reported")
    func slipAndFurtherError() throws {
        let (diagnostics, _) = try load("标题：测试\nindex_no: 12345678-9/2026-00001\nkeywords: [安全, 生产\npublished: 2026-03-05")
        #expect(diagnostics.map { "\($0.id)@\($0.line)" } == ["yaml.syntax@2", "yaml.syntax@5"], "\(diagnostics.map(\.formatted))")
        #expect(diagnostics.first?.message.contains("中文冒号") == true)
        #expect(diagnostics.last?.message.contains("列表 […] 没有闭合") == true)
    }
}

private extension [Diagnostic] {
    func first(_ id: String) -> Diagnostic? { first { $0.id == id } }
}
