import Testing
@testable import GongkaiCore

@Suite("Mustache templates")
struct TemplateTests {
    /// Renders `main` with `value`; `partials` are further templates by name.
    private func render(_ main: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var templates = ["main": try TemplateParser.parse(main)]
        for (name, text) in partials { templates[name] = try TemplateParser.parse(text) }
        let library = TemplateLibrary(templates)
        return String(decoding: library.render("main", value), as: UTF8.self)
    }

    @Test("variables are HTML-escaped unless written with three braces or &")
    func escaping() throws {
        let value: TemplateValue = ["x": "<a href=\"1\">'&'</a>"]
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", value) == "&lt;a href=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<a href=\"1\">'&'</a>|<a href=\"1\">'&'</a>")
    }

    @Test("escaping finds every special character wherever it falls between Chinese text, digits and letters")
    func escapingAtEveryOffset() throws {
        let pieces = ["中文", "<", "2024", ">", "&", "\"", "'", "abc", "。", "?", "=", " "]
        var generator = SeededGenerator(state: 7)
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = ""
            for character in text {
                switch character {
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "&": expected += "&amp;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                default: expected.append(character)
                }
            }
            #expect(try render("{{x}}", ["x": .text(text)]) == expected, "\(text)")
        }
    }

    @Test("sections repeat over lists, show for true and any value, hide for false, absent and empty lists")
    func sections() throws {
        let value: TemplateValue = ["rows": [["t": "a"], ["t": "b"]], "yes": true, "no": false, "gone": .absent, "none": [], "zero": 0, "empty": ""]
        #expect(try render("{{#rows}}[{{t}}]{{/rows}}", value) == "[a][b]")
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#gone}}G{{/gone}}{{#none}}E{{/none}}{{#missing}}M{{/missing}}", value) == "Y")
        #expect(try render("{{^no}}1{{/no}}{{^gone}}2{{/gone}}{{^none}}3{{/none}}{{^missing}}4{{/missing}}{{^yes}}5{{/yes}}{{^rows}}6{{/rows}}", value) == "1234")
        #expect(try render("{{#zero}}0 shows{{/zero}}{{#empty}}, \"\" shows{{/empty}}", value) == "0 shows, \"\" shows")
    }

    @Test("a name is looked up from the innermost context out, but an absent value stops the lookup")
    func lookup() throws {
        let value: TemplateValue = ["title": "outer", "site": ["name": "S"], "rows": [["title": "inner"], ["docNo": .absent]]]
        #expect(try render("{{#rows}}{{title}}/{{site.name}};{{/rows}}", value) == "inner/S;outer/S;")
        let shadowed: TemplateValue = ["docNo": "outer", "rows": [["docNo": .absent]]]
        #expect(try render("{{#rows}}[{{docNo}}]{{/rows}}", shadowed) == "[]")
        #expect(try render("{{#rows}}{{.docNo}}{{/rows}}", ["docNo": "outer", "rows": [["x": 1]]]) == "")
    }

    @Test("transforms: empty, count, first, last, reversed")
    func transforms() throws {
        let value: TemplateValue = ["rows": [["n": 1], ["n": 2], ["n": 3]], "none": []]
        #expect(try render("{{^empty(rows)}}has{{/empty(rows)}}{{#empty(none)}}, none{{/empty(none)}}", value) == "has, none")
        #expect(try render("{{count(rows)}} {{#first(rows)}}{{n}}{{/first(rows)}} {{#last(rows)}}{{n}}{{/last(rows)}} {{#reversed(rows)}}{{n}}{{/reversed(rows)}}", value) == "3 1 3 321")
    }

    @Test("standalone tags take their whole line; other tags keep the text around them")
    func standaloneLines() throws {
        let template = "<ul>\n  {{#rows}}\n  <li>{{n}}</li>\n  {{/rows}}\n  {{! a comment }}\n</ul>\n<p> {{#yes}}x{{/yes}} </p>\n"
        let value: TemplateValue = ["rows": [["n": 1], ["n": 2]], "yes": true]
        #expect(try render(template, value) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n<p> x </p>\n")
    }

    @Test("a standalone partial is indented like its tag; a layout's blocks are filled by the child")
    func partialsAndInheritance() throws {
        let partials = [
            "item": "<li>{{n}}</li>\n<li>again</li>\n",
            "layout": "<main>\n{{$content}}\ndefault\n{{/content}}\n</main>\n<footer>{{$footer}}F{{/footer}}</footer>\n",
        ]
        #expect(try render("<ul>\n  {{> item}}\n</ul>\n", ["n": 7], partials: partials) == "<ul>\n  <li>7</li>\n  <li>again</li>\n</ul>\n")
        #expect(try render("{{<layout}}{{$content}}\n<p>{{n}}</p>\n{{/content}}{{/layout}}\n", ["n": 1], partials: partials)
                == "<main>\n<p>1</p>\n</main>\n<footer>F</footer>\n")
    }

    @Test("a partial may include itself for a tree; the outermost override of a block wins; a partial the library lacks renders nothing")
    func recursionNestedInheritanceAndMissingPartials() throws {
        let partials = [
            "tree": "{{#children}}({{name}}{{> tree}}){{/children}}",
            "base": "[{{$a}}base-a{{/a}}|{{$b}}base-b{{/b}}]",
            "middle": "{{<base}}{{$a}}middle-a{{/a}}{{$b}}middle-b{{/b}}{{/base}}",
        ]
        let tree: TemplateValue = ["children": [["name": "1", "children": [["name": "1.1", "children": []]]], ["name": "2", "children": []]]]
        #expect(try render("{{> tree}}", tree, partials: partials) == "(1(1.1))(2)")
        #expect(try render("{{<middle}}{{$a}}top-a{{/a}}{{/middle}}", [:], partials: partials) == "[top-a|middle-b]")
        #expect(try render("{{<base}}{{/base}}", [:], partials: partials) == "[base-a|base-b]")
        #expect(try render("a{{> nowhere}}b", [:]) == "ab")
    }

    @Test("set delimiters change the tag markers for the rest of the template")
    func setDelimiters() throws {
        #expect(try render("{{=<% %>=}}<%x%> {{x}}", ["x": "1"]) == "1 {{x}}")
    }

    @Test("syntax errors name the problem in Chinese at their line and column", arguments: [
        ("<p>\n  {{#a}}\n</p>\n", 4, "没有结束"),
        ("{{#a}}x{{/b}}", 1, "不配对"),
        ("a\nb {{^nope(rows)}}{{/nope(rows)}}", 2, "未知的变换"),
        ("{{! never closed", 1, "注释"),
        ("{{标题}}", 1, "不能用于名称"),
    ])
    func syntaxErrors(template: String, line: Int, message: String) {
        do {
            _ = try TemplateParser.parse(template)
            Issue.record("\(template) parsed")
        } catch {
            #expect(error.line == line)
            #expect(error.column >= 1)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test("a template that uses a partial the theme lacks is found when the theme loads, at the tag")
    func missingPartial() throws {
        let library = TemplateLibrary(["node": try TemplateParser.parse("<ul>\n  {{#rows}}{{> row}}{{/rows}}")])
        #expect(library.missingPartials() == [.init(template: "node", partial: "row", line: 2, column: 12)])
    }
}

@Suite("Template objects")
struct TemplateObjectTests {
    @Test("members behave as in a dictionary, in small objects and in large ones", arguments: [3, 12, 13, 40, 200])
    func dictionarySemantics(size: Int) {
        var object = TemplateObject()
        var reference: [String: Int] = [:]
        for i in 0..<size {
            object["key\(i)"] = .number(i)
            reference["key\(i)"] = i
        }
        // Overwrite some, remove some, then add past the old size.
        for i in stride(from: 0, to: size, by: 3) {
            object["key\(i)"] = .number(-i)
            reference["key\(i)"] = -i
        }
        for i in stride(from: 1, to: size, by: 4) {
            object["key\(i)"] = nil
            reference["key\(i)"] = nil
        }
        let copy = object
        for i in size..<(size + 5) {
            object["key\(i)"] = .number(i)
            reference["key\(i)"] = i
        }
        #expect(object.count == reference.count)
        for i in 0..<(size + 10) {
            let expected = reference["key\(i)"]
            if case .number(let n)? = object["key\(i)"] { #expect(n == expected) } else { #expect(expected == nil) }
        }
        // The copy taken before the last additions does not see them.
        #expect(copy["key\(size)"] == nil)
        #expect(copy.count == reference.count - 5)
    }

    @Test("merging keeps the other object's value for a shared key, in small objects and in large ones", arguments: [(2, 3), (10, 5), (12, 12), (30, 40)])
    func mergingBySize(sizes: (Int, Int)) {
        var left = TemplateObject(), right = TemplateObject()
        var reference: [String: Int] = [:]
        for i in 0..<sizes.0 {
            left["key\(i)"] = .number(i)
            reference["key\(i)"] = i
        }
        // Half of the right object's keys are the left's.
        for i in (sizes.0 / 2)..<(sizes.0 / 2 + sizes.1) {
            right["key\(i)"] = .number(-i)
            reference["key\(i)"] = -i
        }
        let merged = left.merging(right)
        #expect(merged.count == reference.count)
        for i in 0..<(sizes.0 + sizes.1 + 5) {
            let expected = reference["key\(i)"]
            if case .number(let n)? = merged["key\(i)"] { #expect(n == expected) } else { #expect(expected == nil) }
        }
        #expect(left.count == sizes.0)
    }

    @Test("a later duplicate in a literal replaces the earlier value")
    func literalDuplicates() {
        let object = TemplateObject(dictionaryLiteral: ("a", .number(1)), ("b", .number(2)), ("a", .number(3)))
        #expect(object.count == 2)
        if case .number(let n)? = object["a"] { #expect(n == 3) } else { Issue.record("a missing") }
    }

    @Test("merging keeps the other object's value for a shared key")
    func merging() {
        let common: TemplateObject = ["title": "站点", "lang": "zh-CN"]
        let page: TemplateObject = ["title": "页面", "rows": []]
        let merged = common.merging(page)
        #expect(merged.count == 3)
        if case .text(let title)? = merged["title"] { #expect(title == "页面") } else { Issue.record("title missing") }
        if case .text(let title)? = common["title"] { #expect(title == "站点") } else { Issue.record("title missing") }
    }
}
