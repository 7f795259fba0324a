import Foundation
import Testing
@testable import GongkaiCore

/// One test per relation of the annual report: a report that breaks only that relation
/// fails with its id at the file:line:column of the number, in words an editor understands.
@Suite("annual report checks")
struct ReportCheckTests {
    typealias Fixture = ReportFixture

    @Test("the fixture report passes every check")
    func fixturePasses() throws {
        #expect(try Fixture.diagnostics(Fixture.files()).isEmpty)
    }

    /// A broken report, the one id it must raise, and where the first finding points.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edits: [(String, String)]
        var id: String
        var line: String
        var at: String
        var says: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "一 + 二 ≠ 三（七）+ 四 in a column", edits: [("结转下年度: [0, 0, 0, 0, 0, 0, 0]", "结转下年度: [1, 0, 0, 0, 0, 0, 1]")],
             id: "report.balance", line: "总计: [3,", at: "3", says: ["自然人", "不平", "一、本年新收 3", "四、结转下年度继续办理 1"]),
        Case(name: "（七）总计 ≠ （一）…（六）", edits: [("予以公开: [2, 1, 0, 0, 0, 0, 3]", "予以公开: [1, 1, 0, 0, 0, 0, 2]")],
             id: "report.results-total", line: "总计: [3,", at: "3", says: ["自然人", "（七）总计是 3", "相加是 2"]),
        Case(name: "总计 column ≠ the six applicant columns", edits: [("予以公开: [2, 1, 0, 0, 0, 0, 3]", "予以公开: [2, 1, 0, 0, 0, 0, 2]"),
                                                                  ("不予公开4: [1, 0, 0, 0, 0, 0, 1]", "不予公开4: [1, 0, 0, 0, 0, 0, 2]")],
             id: "report.row-total", line: "予以公开: [2, 1", at: "2]", says: ["（一）予以公开", "总计是 2", "相加是 3"]),
        Case(name: "table 四 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结", edits: [("行政复议: [1, 0, 0, 0, 1]", "行政复议: [1, 0, 0, 0, 2]")],
             id: "report.review-total", line: "行政复议: [1", at: "2]", says: ["行政复议", "总计是 2", "= 1"]),
        Case(name: "a negative count", edits: [("行政许可: 5", "行政许可: -5")],
             id: "report.number-invalid", line: "行政许可:", at: "-5", says: ["行政许可", "负"]),
        Case(name: "a count that is not a whole number", edits: [("行政处罚: 2", "行政处罚: 2.5")],
             id: "report.number-invalid", line: "行政处罚:", at: "2.5", says: ["行政处罚", "整数"]),
        Case(name: "万元 with three decimals", edits: [("行政事业性收费: 1.25", "行政事业性收费: 1.255")],
             id: "report.number-invalid", line: "行政事业性收费:", at: "1.255", says: ["两位小数"]),
        Case(name: "a count that is not a number", edits: [("上年结转: [0, 0,", "上年结转: [零, 0,")],
             id: "report.number-invalid", line: "上年结转:", at: "零", says: ["不是数字"]),
        Case(name: "行政规范性文件 typed unlike the site", edits: [("行政规范性文件: [1, 0, 1]", "行政规范性文件: [2, 0, 1]")],
             id: "report.regulatory-mismatch", line: "行政规范性文件:", at: "2", says: ["本年制发件数写的是 2", "统计是 1", "content/fgwj/gfxwj/2024-03.md"]),
    ]

    @Test("a report that breaks one relation fails at the number", arguments: cases)
    func breaksOneRelation(_ broken: Case) throws {
        let text = Fixture.report(replacing: broken.edits)
        let found = try Fixture.diagnostics(Fixture.files(report: text))
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.id == broken.id && $0.severity == .error }, "\(found.map(\.formatted))")
        let first = try #require(found.first)
        let expected = Fixture.position(in: text, line: broken.line, at: broken.at)
        #expect(first.file == Fixture.reportPath)
        #expect((first.line, first.column) == (expected.line, expected.column), "\(first.formatted)")
        for words in broken.says { #expect(first.message.contains(words), "\(first.message)") }
    }

    @Test("万元 with two decimals and omitted totals are accepted")
    func decimalsAndOmittedTotals() throws {
        let text = Fixture.report(replacing: [("行政事业性收费: 1.25", "行政事业性收费: 12.5"), ("总计: [3, 1, 0, 0, 0, 0, 4]", "结转下年度: [0, 0, 0, 0, 0, 0]"),
                                              ("\n结转下年度: [0, 0, 0, 0, 0, 0, 0]", ""), ("行政复议: [1, 0, 0, 0, 1]", "行政复议: [1, 0, 0, 0]")])
        #expect(try Fixture.diagnostics(Fixture.files(report: text)).isEmpty)
    }

    @Test("上年结转 of year N must equal 结转下年度 of year N−1, column by column")
    func carryOver() throws {
        let previous = """
        ---
        title: 测试镇人民政府2023年政府信息公开工作年度报告
        index_no: 12345678-9/2024-00009
        published: 2024-01-20
        报告年度: 2023
        ---
        ```年报表三
        本年新收: [1, 0, 0, 0, 0, 0, 1]
        结转下年度: [1, 0, 0, 0, 0, 0, 1]
        ```
        """
        let found = try Fixture.diagnostics(Fixture.files(extra: ["content/nb/2023-nianbao.md": previous]))
            .filter { $0.id != "report.tables-missing" }
        #expect(found.map(\.id) == ["report.carry-over", "report.carry-over"], "\(found.map(\.formatted))")
        let first = try #require(found.first)
        let expected = Fixture.position(in: Fixture.report, line: "上年结转:", at: "0")
        #expect((first.file, first.line, first.column) == (Fixture.reportPath, expected.line, expected.column))
        #expect(first.message.contains("自然人") && first.message.contains("2023 年度报告") && first.message.contains("content/nb/2023-nianbao.md:9"), "\(first.message)")

        // Copied right, the two reports agree.
        let fixed = Fixture.report(replacing: [("上年结转: [0, 0, 0, 0, 0, 0, 0]", "上年结转: [1, 0, 0, 0, 0, 0, 1]"),
                                               ("予以公开: [2, 1, 0, 0, 0, 0, 3]", "予以公开: [3, 1, 0, 0, 0, 0, 4]"), ("总计: [3, 1, 0, 0, 0, 0, 4]", "总计: [4, 1, 0, 0, 0, 0, 5]")])
        let agreed = try Fixture.diagnostics(Fixture.files(report: fixed, extra: ["content/nb/2023-nianbao.md": previous]))
        #expect(agreed.filter { $0.id != "report.tables-missing" }.isEmpty, "\(agreed.map(\.formatted))")
    }

    @Test("an unknown row name is an error naming the closest official row", arguments: [
        ("予以公布", "（一）予以公开"), ("本年新收申清", "一、本年新收政府信息公开申请数量"), ("不予公开9", nil as String?),
    ])
    func unknownRow(_ name: String, _ suggestion: String?) throws {
        let text = Fixture.report(replacing: [("\n不予公开4: [1, 0, 0, 0, 0, 0, 1]", "\n\(name): [0, 0, 0, 0, 0, 0, 0]"), ("予以公开: [2, 1, 0, 0, 0, 0, 3]", "予以公开: [3, 1, 0, 0, 0, 0, 4]")])
        let found = try Fixture.diagnostics(Fixture.files(report: text))
        let unknown = try #require(found.first { $0.id == "report.row-unknown" }, "\(found.map(\.formatted))")
        let expected = Fixture.position(in: text, line: "\(name):", at: name)
        #expect((unknown.line, unknown.column) == (expected.line, expected.column))
        #expect(unknown.message.contains("“\(name)”"))
        if let suggestion { #expect(unknown.message.contains("是否应为“\(suggestion)”"), "\(unknown.message)") }
    }

    @Test("a row with the wrong number of numbers, an unknown column and a repeated row are errors")
    func shapes() throws {
        let text = Fixture.report(replacing: [("规章: [0, 0, 0]", "规章: {本年制发: 0, 本年作废: 0}"), ("行政强制: 0", "行政强制: 0\n行政许可: 5"), ("上年结转: [0, 0, 0, 0, 0, 0, 0]", "上年结转: [0, 0, 0]")])
        let ids = Set(try Fixture.diagnostics(Fixture.files(report: text)).map(\.id))
        #expect(ids.isSuperset(of: ["report.row-shape", "report.column-unknown", "report.row-duplicate"]), "\(ids)")
    }

    @Test("a YAML mistake in a block is reported at its line in the document")
    func syntax() throws {
        let text = Fixture.report(replacing: [("行政处罚: 2", "行政处罚: [2")])
        let found = try Fixture.diagnostics(Fixture.files(report: text))
        let syntax = try #require(found.first { $0.id == "report.block-syntax" }, "\(found.map(\.formatted))")
        let fence = Fixture.position(in: text, line: "行政处罚:", at: "行政处罚").line
        #expect((fence...fence + 2).contains(syntax.line), "\(syntax.formatted)")
        #expect(syntax.message.contains("年报表二"))
    }

    @Test("an unknown table name is an error with the closest one")
    func unknownTable() throws {
        let text = Fixture.report(replacing: [("```年报表四", "```年报表5")])
        let found = try Fixture.diagnostics(Fixture.files(report: text))
        let unknown = try #require(found.first { $0.id == "report.block-unknown" })
        #expect(unknown.line == Fixture.position(in: text, line: "```年报表5", at: "`").line)
        #expect(unknown.hint?.contains("年报表四") == true)
    }

    @Test("two reports for one year are an error")
    func duplicateYear() throws {
        let second = Fixture.report.replacingOccurrences(of: "12345678-9/2025-00001", with: "12345678-9/2025-00002")
        let found = try Fixture.diagnostics(Fixture.files(extra: ["content/nb/2024-nianbao-2.md": second]))
        #expect(found.map(\.id) == ["report.year-duplicate"], "\(found.map(\.formatted))")
    }
}
