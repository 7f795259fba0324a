import Foundation
import Testing
@testable import GongkaiCore

/// `gongkai stats --year N` in a group folder (README “站群”): a row per member and a total.
@Suite("group statistics")
struct GroupStatisticsTests {
    /// Three members: 县政府 with two documents of 2025 and one of 2024, 县民政局 with one of 2025,
    /// 测试乡 with only one of 2024 (it published nothing in 2025).
    static let group = """
    {
      "title": "测试县政府信息公开平台",
      "base_url": "https://www.example.gov.cn/xxgk/",
      "members": [
        { "id": "xzf", "title": "测试县人民政府", "kind": "政府", "path": "members/xzf" },
        { "id": "mzj", "title": "测试县民政局", "kind": "部门", "path": "members/mzj" },
        { "id": "csx", "title": "测试乡人民政府", "kind": "乡镇街道", "path": "members/csx" }
      ]
    }
    """

    static func report(year: Int, published: String, number: String = "11111111-1/2026-00001") -> String {
        "---\ntitle: 测试县人民政府\(year)年政府信息公开工作年度报告\nindex_no: \"\(number)\"\npublished: \(published)\nreport_year: \(year)\n---\n\n本报告的统计期限为\(year)年1月1日至12月31日。\n"
    }

    static func files(extra: [String: String] = [:]) -> [String: String] {
        var files = TestGroup.twoMemberFiles
        files["members/xzf/content/gzdt/c.md"] = TestGroup.news("县政府部署春耕生产", number: "11111111-1/2025-00002", published: "2025-03-05")
        files["members/xzf/content/gzdt/old.md"] = TestGroup.news("县政府召开年终总结会", number: "11111111-1/2024-00001", published: "2024-12-01")
        files["members/csx/site.json"] = TestGroup.memberConfig(agency: "测试乡人民政府", code: "33333333-3")
        files["members/csx/content/gzdt/a.md"] = TestGroup.news("测试乡开展安全检查", number: "33333333-3/2024-00001", published: "2024-11-10")
        for (path, text) in extra { files[path] = text }
        return files
    }

    static func statistics(year: Int = 2025, today: String = "2025-06-30", extra: [String: String] = [:]) throws -> GroupStatistics {
        let group = try TestGroup(group: Self.group, files: files(extra: extra))
        defer { group.remove() }
        let (statistics, report) = GroupStatistics.load(group.options(today: today), year: year)
        return try #require(statistics, "\(report.diagnostics.map(\.formatted))")
    }

    @Test("one row per member in group.json order, with the year's documents by month, and a total naming who published nothing")
    func rowsAndTotal() throws {
        let s = try Self.statistics()
        #expect(s.members.map(\.id) == ["xzf", "mzj", "csx"])
        #expect(s.members.map(\.kind) == ["政府", "部门", "乡镇街道"])
        #expect(s.members.map(\.published) == [2, 1, 0])
        #expect(s.members.map(\.proactive) == [2, 1, 0])
        #expect(s.members[0].months == [0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0])
        #expect(s.members.map(\.newest) == ["2025-06-20", "2025-06-25", "2024-11-10"])
        #expect(s.total.published == 3)
        #expect(s.total.months == [0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0])
        #expect(s.total.silentMembers == ["csx"])
        #expect((s.today, s.asOf, s.reportDeadline) == ("2025-06-30", "2025-06-30", "2026-01-31"))
    }

    @Test("a past year counts only its own documents and judges 栏目 on its 31 December")
    func pastYear() throws {
        let s = try Self.statistics(year: 2024)
        #expect(s.members.map(\.published) == [1, 0, 1])
        #expect(s.asOf == "2024-12-31")
        #expect(s.members.map(\.newest) == ["2024-12-01", nil, "2024-11-10"])
        // 县民政局 had published nothing by the end of 2024: its 工作动态 was empty then.
        #expect(s.members[1].emptyNodes.map(\.path).contains("gzdt"))
        #expect(!s.members[0].emptyNodes.map(\.path).contains("gzdt"))
        #expect(s.total.silentMembers == ["mzj"])
    }

    @Test("empty and stale 栏目 are the ones gongkai check warns about", arguments: ["2025-06-30", "2025-07-09", "2025-07-10"])
    func nodesAsTheCheckSeesThem(_ today: String) throws {
        let group = try TestGroup(group: Self.group, files: Self.files())
        defer { group.remove() }
        let s = try #require(GroupStatistics.load(group.options(today: today), year: 2025).0)
        let check = group.check(today: today).diagnostics
        for member in s.members {
            let file = "members/\(member.id)/site.json"
            #expect(member.emptyNodes.count == check.count { $0.id == "node.empty" && $0.file == file }, "\(member.id)")
            #expect(member.staleNodes.count == check.count { $0.id == "node.stale" && $0.file == file }, "\(member.id)")
        }
        // 工作动态 is a 动态 column (14 days): 县民政局's newest is of 2025-06-25, stale from 07-10 on.
        #expect(s.members[1].staleNodes.map(\.path) == (today == "2025-07-10" ? ["gzdt"] : []))
        let csx = try #require(s.members[2].staleNodes.first)
        #expect((csx.path, csx.title, csx.newest, csx.limit) == ("gzdt", "工作动态", "2024-11-10", 14))
        #expect(s.members[0].emptyNodes.map(\.path) == ["zn", "fgwj", "fgwj/gfxwj", "zcjd", "nb"])
    }

    @Test("without a report, the year's annual report is due until 31 January and missing from 1 February",
          arguments: [("2026-01-31", GroupStatistics.ReportState.notYetDue), ("2026-02-01", .missing), ("2025-06-30", .notYetDue)])
    func missingReport(_ today: String, _ state: GroupStatistics.ReportState) throws {
        let s = try Self.statistics(today: today)
        #expect(s.members.map(\.report.state) == [state, state, state])
        #expect(s.total.reportsMissing == (state == .missing ? ["xzf", "mzj", "csx"] : []))
    }

    @Test("a report published by 31 January is on time, one published on 1 February is late",
          arguments: [("2026-01-31", GroupStatistics.ReportState.onTime), ("2026-02-01", .late)])
    func lateReport(_ published: String, _ state: GroupStatistics.ReportState) throws {
        let s = try Self.statistics(today: "2026-02-10", extra: ["members/xzf/content/nb/2025.md": Self.report(year: 2025, published: published)])
        let report = s.members[0].report
        #expect(report.state == state)
        #expect(report.published == published)
        #expect(report.path == "members/xzf/content/nb/2025.md")
        #expect(s.total.reportsLate == (state == .late ? ["xzf"] : []))
        #expect(s.total.reportsMissing == ["mzj", "csx"])
    }

    @Test("a report dated after today is not published yet", arguments: [("2026-01-30", GroupStatistics.ReportState.notYetDue), ("2026-02-01", .missing)])
    func reportDatedLater(_ today: String, _ state: GroupStatistics.ReportState) throws {
        let s = try Self.statistics(today: today, extra: ["members/xzf/content/nb/2025.md": Self.report(year: 2025, published: "2026-02-05")])
        #expect(s.members[0].report.state == state)
        #expect(s.members[0].report.published == nil)
    }

    @Test("CSV has Chinese column names, a row per member in group.json order and a 合计 row")
    func csv() throws {
        let csv = try Self.statistics().csv
        #expect(csv.hasPrefix("\u{FEFF}机构,标识,类型,本年发布,主动公开,最近发布,空白栏目数,空白栏目,不更新栏目数,不更新栏目,年度报告,年报发布日期,1月,"))
        let rows = csv.dropFirst().components(separatedBy: "\r\n").dropLast()
        #expect(rows.count == 5)
        #expect(rows.map { $0.prefix(while: { $0 != "," }) } == ["机构", "测试县人民政府", "测试县民政局", "测试乡人民政府", "合计"])
        #expect(rows[1].hasPrefix("测试县人民政府,xzf,政府,2,2,2025-06-20,5,"))
        #expect(rows[1].hasSuffix(",未发布（未到期）,,0,0,1,0,0,1,0,0,0,0,0,0"))
        #expect(rows[4].hasPrefix("合计,,3 个机构,3,3,,"))
        #expect(rows.allSatisfy { $0.components(separatedBy: ",").count >= 24 })
    }

    @Test("JSON holds the rows and the total, and reads back")
    func json() throws {
        let s = try Self.statistics()
        let decoded = try JSONDecoder().decode(GroupStatistics.self, from: Data(s.json.utf8))
        #expect(decoded == s)
        #expect(s.json.contains("\"silentMembers\" : [\n      \"csx\"\n    ]"))
    }

    @Test("the text leads with what needs following up, then a block per member")
    func text() throws {
        let text = try Self.statistics(today: "2026-02-01").text
        #expect(text.hasPrefix("2025 年站群统计：测试县政府信息公开平台（3 个机构；栏目按 2025-12-31 判断，年度报告截止 2026-01-31，按 2026-02-01 判断）"))
        #expect(text.contains("  本年没有发布信息的机构：测试乡人民政府\n"))
        #expect(text.contains("  年度报告逾期未发布：测试县人民政府、测试县民政局、测试乡人民政府\n"))
        let xzf = try #require(text.range(of: "\n测试县人民政府（xzf，政府）\n  本年发布 2 条，其中主动公开 2 条；最近发布 2025-06-20\n"))
        let csx = try #require(text.range(of: "\n测试乡人民政府（csx，乡镇街道）\n"))
        #expect(xzf.lowerBound < csx.lowerBound)
        #expect(text.contains("工作动态（gzdt，416 天未更新，要求 14 天）"))
    }

    @Test("a member with errors gives no numbers, only the errors")
    func brokenMember() throws {
        var files = Self.files()
        files["members/csx/site.json"] = "{ \"title\": "
        let group = try TestGroup(group: Self.group, files: files)
        defer { group.remove() }
        let (statistics, report) = GroupStatistics.load(group.options(), year: 2025)
        #expect(statistics == nil)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.file == "members/csx/site.json" })
    }

    @Test("a 索引号 issued by two members is an error here as in gongkai check")
    func crossMemberError() throws {
        let group = try TestGroup(group: Self.group, files: Self.files(extra: [
            "members/csx/content/gzdt/b.md": TestGroup.news("测试乡召开会议", number: "22222222-2/2025-00001", published: "2025-06-01"),
        ]))
        defer { group.remove() }
        let (statistics, report) = GroupStatistics.load(group.options(), year: 2025)
        #expect(statistics == nil)
        #expect(report.diagnostics.contains { $0.id == "group.index-no-duplicate" && $0.file == "members/csx/content/gzdt/b.md" })
    }

    @Test("the example group: its three members in group.json order")
    func exampleGroup() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../examples/qingshan-county").standardizedFileURL
        var options = BuildOptions(siteFolder: folder)
        options.today = Day(iso: "2025-11-22")
        let (statistics, report) = GroupStatistics.load(options, year: 2025)
        let s = try #require(statistics, "\(report.diagnostics.map(\.formatted))")
        #expect(s.members.map(\.id) == ["xzf", "mzj", "qsz"])
        #expect(s.total.published == s.members.reduce(0) { $0 + $1.published })
        #expect(s.members.allSatisfy { $0.published > 0 })
    }
}
