import Foundation
import Testing
@testable import GongkaiCore

/// The report page in the official form, its JSON and CSV copies, `stats` and the skeleton.
@Suite("annual report output")
struct ReportOutputTests {
    typealias Fixture = ReportFixture
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/report-golden")

    /// The fixture site built; the report page and its data files.
    static func built() throws -> [String: String] {
        let site = try TestSite(files: Fixture.files())
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        var files: [String: String] = [:]
        for name in ["2024-nianbao.html", "2024-nianbao.json", "2024-nianbao.csv"] {
            // As bytes: decoding the file as a String would drop the CSV's byte order mark.
            let data = try Data(contentsOf: site.output.appendingPathComponent("nb/" + name))
            files[name] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// Re-record after an intended change with `GONGKAI_RECORD_GOLDEN=1 swift test --filter ReportOutputTests`.
    @Test("a full report page and its data files are exactly the recorded ones")
    func goldenReport() throws {
        let files = try Self.built()
        if ProcessInfo.processInfo.environment["GONGKAI_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: Self.golden.appendingPathComponent(name)) }
            Issue.record("report golden files re-recorded; review them and run the tests again without GONGKAI_RECORD_GOLDEN")
            return
        }
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let expected = String(decoding: try Data(contentsOf: Self.golden.appendingPathComponent(name)), as: UTF8.self)
            #expect(text == expected, "\(name) differs from Fixtures/report-golden (re-record with GONGKAI_RECORD_GOLDEN=1 if intended)")
        }
    }

    @Test("the tables have the form's merged cells and a scope on every header cell")
    func officialForm() throws {
        let page = try #require(try Self.built()["2024-nianbao.html"])
        for cell in [
            #"<th scope="col" colspan="3" rowspan="3" class="report-relation">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"#,
            #"<th scope="colgroup" colspan="7">申请人情况</th>"#, #"<th scope="col" rowspan="2">自然人</th>"#,
            #"<th scope="colgroup" colspan="5">法人或其他组织</th>"#, #"<th scope="col" rowspan="2">总计</th>"#,
            #"<th scope="rowgroup" rowspan="22" class="report-group">三、本年度办理结果</th>"#,
            #"<th scope="row" rowspan="8" class="report-group">（三）不予公开</th>"#, #"<th scope="row" rowspan="3" class="report-group">（四）无法提供</th>"#,
            #"<th scope="row" rowspan="5" class="report-group">（五）不予处理</th>"#, #"<th scope="row" rowspan="3" class="report-group">（六）其他处理</th>"#,
            #"<th scope="row" colspan="3">四、结转下年度继续办理</th>"#, #"<th scope="row" colspan="2">（七）总计</th>"#,
            #"<th scope="colgroup" colspan="5">行政复议</th><th scope="colgroup" colspan="10">行政诉讼</th>"#,
            #"<th scope="colgroup" colspan="5">未经复议直接起诉</th><th scope="colgroup" colspan="5">复议后起诉</th>"#,
            #"<th scope="rowgroup" colspan="4" class="report-section">第二十条第（八）项</th>"#, #"<td colspan="3">1.25</td>"#,
            #"<div class="table-wrap report-table" role="region" aria-label="收到和处理政府信息公开申请情况" tabindex="0">"#,
        ] {
            #expect(page.contains(cell), "missing \(cell)")
        }
        #expect(!page.contains("<th>") && !page.contains("```"))
        // Table 四 is one row of fifteen numbers.
        let four = try #require(page.range(of: "report-four")).upperBound
        let body = page[four...].components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
        #expect(body.components(separatedBy: "<tr>").count == 2 && body.components(separatedBy: "<td>").count == 16, "\(body)")
        // Table 三: 25 rows of seven numbers.
        let three = page[try #require(page.range(of: "report-three")).upperBound...].components(separatedBy: "</table>")[0]
        #expect(three.components(separatedBy: "<td>").count - 1 == 25 * 7)
        #expect(page.contains(#"<a href="/xxgk/nb/2024-nianbao.json" type="application/json">"#) && page.contains(#"<a href="/xxgk/nb/2024-nianbao.csv" type="text/csv" download>"#))
    }

    @Test("a 行政规范性文件 row left out, or a number of it, is filled in from the site", arguments: ["", "行政规范性文件: {本年废止: 0}\n"])
    func regulatoryFromSite(_ row: String) throws {
        let text = Fixture.report(replacing: [("行政规范性文件: [1, 0, 1]\n", row)])
        let site = try TestSite(files: Fixture.files(report: text))
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("nb/2024-nianbao.html"))
        #expect(page.contains(#"<tr><th scope="row">行政规范性文件</th><td>1</td><td>0</td><td>1</td></tr>"#))
    }

    @Test("the JSON copy has every table and the CSV copy starts with a byte order mark")
    func dataFiles() throws {
        let files = try Self.built()
        let json = try #require(files["2024-nianbao.json"])
        let data = try JSONDecoder().decode(AnnualReportData.self, from: Data(json.utf8))
        #expect(data.year == 2024 && data.agency == "测试镇人民政府" && data.url == "https://www.example.gov.cn/xxgk/nb/2024-nianbao.html")
        #expect(data.table2?.first { $0.item == "行政事业性收费" }?.values == [1.25])
        #expect(data.table3?.first?.values == [3, 1, 0, 0, 0, 0, 4] && data.table3?.count == 25)
        #expect(data.table4?.map(\.values) == [[1, 0, 0, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])
        let csv = try #require(files["2024-nianbao.csv"])
        #expect(csv.hasPrefix("\u{FEFF}单位,年度,表,项目,列,数值\r\n"))
        #expect(csv.contains("测试镇人民政府,2024,三、收到和处理政府信息公开申请情况,一、本年新收政府信息公开申请数量,自然人,3\r\n"))
        #expect(csv.contains("第二十条第（八）项 行政事业性收费,本年收费金额（单位：万元）,1.25\r\n"))
    }

    @Test("stats includes the year's report tables, and none for a year without a report")
    func stats() throws {
        let site = try TestSite(files: Fixture.files())
        defer { site.remove() }
        let loaded = try #require(site.load().0)
        let statistics = YearStatistics(site: loaded, year: 2024)
        #expect(statistics.report?.table3?.first { $0.row.contains("（七）总计") }?.values == [3, 1, 0, 0, 0, 0, 4])
        #expect(statistics.json.contains("\"table3\""))
        #expect(YearStatistics(site: loaded, year: 2023).report == nil)
        #expect(!YearStatistics(site: loaded, year: 2023).json.contains("\"report\""))
    }

    @Test("the skeleton for next year has every section, table 二 from the site and last year's carry-over")
    func skeleton() throws {
        let carried = Fixture.report(replacing: [("结转下年度: [0, 0, 0, 0, 0, 0, 0]", "结转下年度: [0, 1, 0, 0, 0, 0, 1]"), ("本年新收: [3, 1, 0, 0, 0, 0, 4]", "本年新收: [3, 2, 0, 0, 0, 0, 5]")])
        let site = try TestSite(files: Fixture.files(report: carried))
        defer { site.remove() }
        let loaded = try #require(site.load { $0.today = Day(iso: "2026-01-10") }.0)
        let skeleton = AnnualReportSkeleton(site: loaded, year: 2025)
        let body = skeleton.body
        for heading in ["## 一、总体情况", "## 二、主动公开政府信息情况", "## 三、收到和处理政府信息公开申请情况", "## 四、政府信息公开行政复议、行政诉讼情况",
                        "## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项"] {
            #expect(body.contains(heading + "\n\n"), "missing \(heading)")
        }
        #expect(body.contains("上年结转政府信息公开申请数量: [0, 1, 0, 0, 0, 0, 1]"))
        #expect(body.contains("行政规范性文件: [0, 0, 1]"))
        #expect(skeleton.title == "测试镇人民政府2025年政府信息公开工作年度报告")

        // Written as a report, the skeleton parses with every row known; only the carried-over
        // application is unbalanced until the editor fills in what became of it.
        let text = markdown("title: \(skeleton.title)\nindex_no: 12345678-9/2026-00001\npublished: 2026-01-20\n报告年度: 2025", body: body)
        let found = try Fixture.diagnostics(Fixture.files(report: carried, extra: ["content/nb/2025.md": text]), today: "2026-01-25")
        #expect(Set(found.map(\.id)) == ["report.balance"], "\(found.map(\.formatted))")
    }

    @Test("new --report writes the skeleton into a reports node and nowhere else")
    func newReport() throws {
        let site = try TestSite(files: Fixture.files())
        defer { site.remove() }
        let loaded = try #require(site.load().0)
        let skeleton = AnnualReportSkeleton(site: loaded, year: 2025)
        var request = DocumentCreator.Request(node: "nb", title: skeleton.title, date: Day(year: 2026, month: 1, day: 15)!)
        request.reportYear = 2025
        request.body = skeleton.body
        let created = try DocumentCreator(siteFolder: site.folder).create(request)
        let text = try String(contentsOf: site.folder.appendingPathComponent(created.path), encoding: .utf8)
        #expect(text.contains("报告年度: 2025") && text.contains("```年报表三"))
        request.node = "gzdt"
        #expect(throws: DocumentCreator.Failure.self) { try DocumentCreator(siteFolder: site.folder).create(request) }
    }

    @Test("row names: official labels, numbered forms and short forms all mean the same row", arguments: [
        ("（三）不予公开：1.属于国家秘密", AnnualReportForm.ThreeGroup.refused, 1), ("1．属于国家秘密", .refused, 1), ("不予公开-1", .refused, 1),
        ("三、本年度办理结果：（一）予以公开", .granted, 0), ("二、上年结转政府信息公开申请数量", .carried, 0), ("危及三安全一稳定", .refused, 3),
        ("（六）其他处理：3.其他", .other, 3), ("结转下年度", .carriedOver, 0), ("（七）总计", .total, 0),
    ])
    func names(_ name: String, _ group: AnnualReportForm.ThreeGroup, _ number: Int) {
        let match = AnnualReportForm.match(name, in: AnnualReportForm.threeRows.map(\.entry))
        #expect(match.index == AnnualReportForm.threeRowIndex(group, number: number))
    }
}
