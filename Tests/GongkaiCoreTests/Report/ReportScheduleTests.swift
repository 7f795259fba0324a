import Foundation
import Testing
@testable import GongkaiCore

/// When and where reports are: due by 31 January (条例 第四十九、五十条), in a `reports` node.
@Suite("annual report schedule and placement")
struct ReportScheduleTests {
    typealias Fixture = ReportFixture

    @Test("the report for year N−1 is missing only after 31 January of year N", arguments: [
        ("2026-01-31", false), ("2026-02-01", true), ("2025-06-30", false),
    ])
    func missing(_ today: String, _ warns: Bool) throws {
        let found = try Fixture.diagnostics(Fixture.files(), today: today, keepMissing: true).filter { $0.id == "report.missing" }
        #expect(found.count == (warns ? 1 : 0), "\(found.map(\.formatted))")
        if let warning = found.first {
            #expect(warning.severity == .warning)
            #expect(warning.message.contains("2025 年度") && warning.message.contains("2026年1月31日"), "\(warning.message)")
            #expect(warning.hint?.contains("gongkai new nb --report 2025") == true)
        }
    }

    @Test("a site without any report is told which one is due", arguments: [("2025-01-31", "2023 年度"), ("2025-02-01", "2024 年度")])
    func noReportAtAll(_ today: String, _ due: String) throws {
        let found = try Fixture.diagnostics(["content/gzdt/a.md": document(1)], today: today, keepMissing: true)
        #expect(found.map(\.id) == ["report.missing"])
        #expect(found.first?.message.contains(due) == true, "\(found.map(\.message))")
    }

    @Test("a report published after 31 January of the next year is late", arguments: [("2025-01-31", false), ("2025-02-01", true)])
    func late(_ published: String, _ warns: Bool) throws {
        let text = Fixture.report(replacing: [("published: 2025-01-20", "published: \(published)")])
        let found = try Fixture.diagnostics(Fixture.files(report: text))
        #expect(found.map(\.id) == (warns ? ["report.late"] : []), "\(found.map(\.formatted))")
        if warns {
            let expected = Fixture.position(in: text, line: "published:", at: "2025")
            #expect((found[0].line, found[0].column, found[0].severity) == (expected.line, expected.column, .warning))
        }
    }

    @Test("a report outside a reports node is a warning naming where reports go")
    func wrongNode() throws {
        let found = try Fixture.diagnostics(["content/fgwj/gfxwj/2024-03.md": Fixture.regulatory, "content/gzdt/2024-nianbao.md": Fixture.report], keepMissing: false)
        let warning = try #require(found.first { $0.id == "report.wrong-node" }, "\(found.map(\.formatted))")
        #expect(warning.severity == .warning && warning.file == "content/gzdt/2024-nianbao.md")
        #expect(warning.line == Fixture.position(in: Fixture.report, line: "report_year:", at: "2024").line)
        #expect(warning.hint?.contains("content/nb/") == true)
    }

    @Test("a report without 报告年度 takes the year of its title, with a warning; none at all is an error")
    func yearFromTitle() throws {
        let untitled = Fixture.report.replacingOccurrences(of: "report_year: 2024\n", with: "")
        let found = try Fixture.diagnostics(Fixture.files(report: untitled))
        #expect(found.map(\.id) == ["report.year-missing"] && found[0].severity == .warning, "\(found.map(\.formatted))")
        let noYear = untitled.replacingOccurrences(of: "2024年政府", with: "年度政府")
        let errors = try Fixture.diagnostics(Fixture.files(report: noYear))
        #expect(errors.contains { $0.id == "report.year-unknown" && $0.severity == .error }, "\(errors.map(\.formatted))")
        let bad = Fixture.report.replacingOccurrences(of: "report_year: 2024", with: "report_year: 二〇二四")
        #expect(try Fixture.diagnostics(Fixture.files(report: bad)).contains { $0.id == "report.year-invalid" })
    }

    @Test("a report of the 2021 format without its data blocks warns that its tables cannot be checked")
    func tablesMissing() throws {
        let typed = markdown("title: 测试镇2024年政府信息公开工作年度报告\nindex_no: 12345678-9/2025-00001\npublished: 2025-01-20\n报告年度: 2024", body: "| 类别 | 总计 |\n|---|---|\n| 行政复议 | 0 |")
        let found = try Fixture.diagnostics(["content/nb/2024.md": typed])
        #expect(found.map(\.id) == ["report.tables-missing"], "\(found.map(\.formatted))")
        #expect(found.first?.message.contains("年报表三") == true)
    }

    @Test("the example site's reports pass at the example's date and after the next deadline", arguments: ["2025-11-22", "2026-01-31", "2026-11-22"])
    func exampleReports(_ today: String) throws {
        var options = BuildOptions(siteFolder: ExampleSite.root)
        options.today = Day(iso: today)
        let (site, _, report) = SiteBuilder.load(options)
        #expect(report.diagnostics.filter { $0.id.hasPrefix("report.") }.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let years = try #require(site).documents.compactMap(\.report?.year).sorted()
        #expect(years == (today < "2026-01-21" ? [2023, 2024] : [2023, 2024, 2025]))
    }
}
