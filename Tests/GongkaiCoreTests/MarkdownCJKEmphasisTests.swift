import GongkaiCore
import Testing

@Suite("Markdown CJK-friendly emphasis")
struct MarkdownCJKEmphasisTests {
    static func html(_ markdown: String) -> String {
        MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, headingIDs: false)).render(markdown).html
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var markdown: String
        var html: String
        var testDescription: String { markdown }
    }

    static let governmentPhrasing: [Case] = [
        // Numbered lead-ins closed by 。 right before the next sentence.
        Case(markdown: "**（一）加强组织领导。**各村要成立工作专班。", html: "<p><strong>（一）加强组织领导。</strong>各村要成立工作专班。</p>\n"),
        Case(markdown: "**一是加强统筹调度。**二是压实工作责任。", html: "<p><strong>一是加强统筹调度。</strong>二是压实工作责任。</p>\n"),
        Case(markdown: "*（试行）*自印发之日起施行", html: "<p><em>（试行）</em>自印发之日起施行</p>\n"),
        // Quotes “” are not CJK punctuation, but a CJK character beside the run is enough.
        Case(markdown: "这是**“重点”**内容", html: "<p>这是<strong>“重点”</strong>内容</p>\n"),
        Case(markdown: "**“双随机、一公开”**监管全面推行", html: "<p><strong>“双随机、一公开”</strong>监管全面推行</p>\n"),
        // Book-title marks 《》 are CJK punctuation.
        Case(markdown: "请认真学习**《中华人民共和国政府信息公开条例》**的规定。",
             html: "<p>请认真学习<strong>《中华人民共和国政府信息公开条例》</strong>的规定。</p>\n"),
        // 、 and 。 before and after the delimiters.
        Case(markdown: "各单位、**各部门**、各乡镇（街道）。", html: "<p>各单位、<strong>各部门</strong>、各乡镇（街道）。</p>\n"),
        Case(markdown: "截至目前。**共受理申请**128件。", html: "<p>截至目前。<strong>共受理申请</strong>128件。</p>\n"),
        Case(markdown: "**二、主要任务：**", html: "<p><strong>二、主要任务：</strong></p>\n"),
        // Already bold under CommonMark: stays so.
        Case(markdown: "**一是**强化责任落实", html: "<p><strong>一是</strong>强化责任落实</p>\n"),
        // Emphasis inside strong emphasis.
        Case(markdown: "**（一）*加强*组织领导。**各村", html: "<p><strong>（一）<em>加强</em>组织领导。</strong>各村</p>\n"),
        // A run CommonMark matched differently: the amended rules decide.
        Case(markdown: "*“中”*文*", html: "<p><em>“中”</em>文*</p>\n"),
    ]

    @Test("government phrasing with CJK punctuation around the delimiters is emphasised", arguments: governmentPhrasing)
    func governmentPhrasingIsEmphasised(_ example: Case) {
        #expect(Self.html(example.markdown) == example.html)
    }

    /// Phrases adapted from the test cases of the CJK-friendly amendments' reference
    /// implementation (tats-u/markdown-cjk-friendly, `testcases/strong.md` and others, MIT):
    /// every `**` pair must become `<strong>`.
    static let referencePhrases = [
        "これは**私のやりたかったこと。**だからするの。",
        "**[製品ほげ](./product-foo)**と**[製品ふが](./product-bar)**をお試しください",
        "カッコに注意**（太字にならない）**文が続く場合に要警戒。",
        "**[リンク](https://example.com)**も注意。",
        "太郎は**「こんにちわ」**といった",
        "太郎は**\"こんにちわ\"**といった",
        "**C#**や**F#**は**「.NET」**というプラットフォーム上で動作します。",
        "Go**「初心者」**を対象とした記事です。",
        "**推荐几个框架：**React、Vue等前端框架。",
        "Git**（注：不是GitHub）**",
        "𰻞𰻞**（ビャンビャン）**麺",
        "大塚\u{FE00}**(U+585A U+FE00)** 大塚**(U+FA10)**",
        "〽\u{FE0E}**(庵点)**は、",
        "葛\u{E0100}**(こちらが正式表記)**城市",
        "**“\u{FE01}Git”\u{FE01}**Hub",
        "a**〰**a",
        "a**〽**a",
        "이 **[링크](https://example.kr)**를 확인하세요",
        "**真，**她", "**真。**她", "**真、**她", "**真；**她", "**真：**她", "**真？**她", "**真！**她",
        "**真“**她", "**真”**她", "**真‘**她", "**真’**她", "**真（**她", "真**（她**", "**真）**她",
        "**真【**她", "真**【她**", "**真】**她", "**真《**她", "真**《她**", "**真》**她", "**真—**她",
        "**真～**她", "**真…**她", "**真·**她", "**真〃**她", "**真-**她", "**真々**她", "**真，** 她", "**真**，她",
        "**真，**&ZeroWidthSpace;她",
    ]

    @Test("every ** pair in phrases from the reference implementation's tests becomes strong", arguments: referencePhrases)
    func referencePhrase(_ markdown: String) {
        let html = Self.html(markdown)
        #expect(html.contains("<strong>"))
        #expect(!html.contains("**"), "\(html)")
    }

    @Test("underscores next to CJK punctuation and variation sequences open and close", arguments: [
        ("__注意__：注意事項", "<p><strong>注意</strong>：注意事項</p>\n"),
        ("注意：__注意事項__", "<p>注意：<strong>注意事項</strong></p>\n"),
        ("正體字。\u{FE01}_Traditional._", "<p>正體字。\u{FE01}<em>Traditional.</em></p>\n"),
        ("简体字 / 新字体。\u{FE00}__Mainland China or Japan.__", "<p>简体字 / 新字体。\u{FE00}<strong>Mainland China or Japan.</strong></p>\n"),
    ])
    func underscores(_ markdown: String, _ html: String) {
        #expect(Self.html(markdown) == html)
    }

    @Test("escaped asterisks and entities never become delimiters")
    func escapesStayLiteral() {
        #expect(Self.html("\\*\\*（一）加强组织领导。**各村") == "<p>**（一）加强组织领导。**各村</p>\n")
        #expect(Self.html("&#42;&#42;（一）加强组织领导。**各村") == "<p>**（一）加强组织领导。**各村</p>\n")
        #expect(Self.html("**（一）加强\\*组织领导。**各村") == "<p><strong>（一）加强*组织领导。</strong>各村</p>\n")
    }

    @Test("code spans keep their asterisks")
    func codeSpansAreLeftAlone() {
        #expect(Self.html("`**（一）。**各村` 与 **（二）。**各乡") == "<p><code>**（一）。**各村</code> 与 <strong>（二）。</strong>各乡</p>\n")
    }

    @Test("underscores between CJK characters stay literal")
    func intrawordUnderscoresStayLiteral() {
        #expect(Self.html("文件_编号_说明") == "<p>文件_编号_说明</p>\n")
    }

    @Test("the rules apply in headings, links, list items, block quotes and lazy lines")
    func appliesInContainers() {
        #expect(Self.html("## **一、总体要求。**说明") == "<h2><strong>一、总体要求。</strong>说明</h2>\n")
        #expect(Self.html("[**《条例》**全文](tiaoli.md)") == "<p><a href=\"tiaoli.md\"><strong>《条例》</strong>全文</a></p>\n")
        #expect(Self.html("- **（一）加强组织领导。**各村\n- 其他") == "<ul>\n<li><strong>（一）加强组织领导。</strong>各村</li>\n<li>其他</li>\n</ul>\n")
        #expect(Self.html("> 第一行\n> 这是**“重点”**内容") == "<blockquote>\n<p>第一行\n这是<strong>“重点”</strong>内容</p>\n</blockquote>\n")
        #expect(Self.html("> 第一行\n这是**“重点”**内容") == "<blockquote>\n<p>第一行\n这是<strong>“重点”</strong>内容</p>\n</blockquote>\n")
        #expect(Self.html("标题一\n**（一）说明。**内容\n===") == "<h1>标题一\n<strong>（一）说明。</strong>内容</h1>\n")
    }

    @Test("Windows line endings do not confuse the pass")
    func windowsLineEndings() {
        #expect(Self.html("第一行**（一）加强组织领导。**各村\r\n这是**“重点”**内容\r\n") ==
                "<p>第一行<strong>（一）加强组织领导。</strong>各村\n这是<strong>“重点”</strong>内容</p>\n")
    }

    @Test("reference definitions before the paragraph do not confuse the pass")
    func referenceDefinitionsFirst() {
        let markdown = "[条例]: /tiaoli.html\n这是**“重点”**内容，见[条例]。"
        #expect(Self.html(markdown) == "<p>这是<strong>“重点”</strong>内容，见<a href=\"/tiaoli.html\">条例</a>。</p>\n")
    }

    @Test("text without CJK keeps CommonMark's result")
    func nonCJKTextIsUnchanged() {
        #expect(Self.html("**\"quoted\"**text") == "<p>**&quot;quoted&quot;**text</p>\n")
        #expect(Self.html("a**\"b\"**") == "<p>a**&quot;b&quot;**</p>\n")
    }

    @Test("deeply nested emphasis and images next to CJK text do not exhaust the stack")
    func deepNesting() {
        let depth = 20_000
        let emphasis = String(repeating: "*中 ", count: depth) + "文" + String(repeating: " 中*", count: depth) + "。**（一）**各村"
        let html = Self.html(emphasis)
        #expect(html.hasPrefix("<p><em>中 <em>中 "))
        #expect(html.hasSuffix("。<strong>（一）</strong>各村</p>\n"))
        let images = String(repeating: "![", count: 2_000) + "**（一）**各村" + String(repeating: "](a.png)", count: 2_000)
        #expect(Self.html(images).hasPrefix("<p><img src=\"a.png\" alt=\""))
    }

    @Test("the pass can be switched off")
    func canBeSwitchedOff() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(cjkFriendlyEmphasis: false))
        #expect(renderer.render("这是**“重点”**内容").html == "<p>这是**“重点”**内容</p>\n")
    }
}
