import Testing
@testable import GongkaiCore

@Suite("Front matter without a YAML parser")
struct SimpleFrontMatterTests {
    /// What Yams composes, as front-matter nodes.
    private func yams(_ yaml: String) -> [FrontMatterNode.Pair]? {
        if case .pairs(let pairs, _) = DocumentParser.compose(yaml, file: "t.md") { return pairs }
        return nil
    }

    @Test("typical front matter is read exactly as Yams reads it, marks included")
    func typical() throws {
        let yaml = """
        title: "南岭镇召开营商环境优化提升工作会议"
        index_no: 00000000-0/2021-00066
        published: 2021-06-17
        标题别名: '单引号 值'
        doc_no: 明环〔2021〕5号
        keywords: ["环境保护", "基层公共服务体系", 安全生产]

        interprets: []
        summary: 为规范行政行为、提高行政效率 (试行) v1.2
        draft: false
        """
        let simple = try #require(SimpleFrontMatter.parse(yaml))
        #expect(simple == yams(yaml))
        #expect(simple.count == 9)
        #expect(simple[5].value.sequence?.map { $0.mark?.column } == [12, 20, 32])
    }

    @Test("front matter outside the simple form is left to Yams", arguments: [
        "title: a # comment",
        "# comment\ntitle: a",
        "title: \"a\\tb\"",
        "title: 'it''s'",
        "title: \"unterminated",
        "keywords:\n  - a\n  - b",
        "title: a\n  continued",
        "title:",
        "title: a: b",
        "title: |\n  block",
        "title: &anchor a",
        "title: *alias",
        "title: !tag a",
        "title: {a: b}",
        "title: [a, [b]]",
        "title: [a, b] # c",
        "title: a ",
        " title: a",
        "title:\ta",
        "title: \"a\" ",
        "title: a\u{2028}b",
        "title: \u{A0}a",
        "title: -a",
        "title: [a b, c]",
        "? title\n: a",
    ])
    func declines(_ yaml: String) {
        #expect(SimpleFrontMatter.parse(yaml) == nil)
    }

    @Test("on generated front matter the simple reader either declines or agrees with Yams")
    func agreesWithYams() {
        let keys = ["title", "doc_no", "标题", "发布日期", "a_1", "x", "title2", "key-dash", "ké"]
        let atoms = ["关于", "印发", "2024", "-", " ", "  ", "《通知》", "〔2024〕3号", "(试行)", "/", ".", "a", "Z", "_", "+", ":", "#", ",",
                     "\"", "'", "\\", "\t", "é", "\u{3000}", "\u{FEFF}", "\u{85}", "[", "]", "{", "}", "&", "*", "!", "|", ">", "~", "null", "true", "😀"]
        var random = SeededGenerator(state: 20261203)
        func text(_ count: Int) -> String {
            (0..<count).map { _ in atoms.randomElement(using: &random)! }.joined()
        }
        func value() -> String {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return "\"" + text(Int.random(in: 0...4, using: &random)) + "\""
            case 1: return "'" + text(Int.random(in: 0...4, using: &random)) + "'"
            case 2:
                let items = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    Bool.random(using: &random) ? "\"" + text(2) + "\"" : text(Int.random(in: 1...2, using: &random))
                }
                return "[" + items.joined(separator: Bool.random(using: &random) ? ", " : ",") + "]"
            default: return text(Int.random(in: 1...5, using: &random))
            }
        }
        var accepted = 0
        for _ in 0..<3000 {
            let lines = (0..<Int.random(in: 1...5, using: &random)).map { _ -> String in
                Int.random(in: 0..<8, using: &random) == 0 ? "" : keys.randomElement(using: &random)! + ": " + value()
            }
            let yaml = lines.joined(separator: "\n")
            guard let simple = SimpleFrontMatter.parse(yaml) else { continue }
            accepted += 1
            #expect(simple == yams(yaml), "\(yaml)")
        }
        // The generator must exercise the simple reader, not only its refusals.
        #expect(accepted > 200)
    }
}
