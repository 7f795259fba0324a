import Foundation
import Testing
@testable import GongkaiCore

/// `interprets` across a group's members (README “站群”: 跨成员的政策解读): 县民政局 explains
/// a 行政规范性文件 of 县人民政府 by naming its 索引号.
@Suite("interpretations across a group's members")
struct GroupInterpretationTests {
    static let policyNumber = "11111111-1/2025-00002"

    /// The two-member group with a 规范性文件 of 县政府 (2025-06-20, a Friday) and, in 县民政局,
    /// an interpretation published on `published` that interprets `target`.
    static func files(published: String = "2025-06-23", target: String = policyNumber) -> [String: String] {
        var files = TestGroup.twoMemberFiles
        files["members/xzf/content/fgwj/gfxwj/p.md"] = "---\ntitle: 测试县养老服务补贴管理办法\nindex_no: \"\(policyNumber)\"\npublished: 2025-06-20\ndoc_no: 测政〔2025〕3号\n---\n\n第一条 为做好养老服务补贴工作，制定本办法。\n"
        files["members/mzj/content/zcjd/j.md"] = "---\ntitle: 养老服务补贴申领问答\nindex_no: \"22222222-2/2025-00002\"\npublished: \(published)\ninterprets: \"\(target)\"\ninterpretation_form: 政策问答\n---\n\n## 问：补贴怎么申领？\n\n答：向户籍所在地民政办提出申请。\n"
        return files
    }

    private func diagnostics(_ report: BuildReport, _ prefix: String) -> [Diagnostic] {
        report.diagnostics.filter { $0.id.hasPrefix(prefix) }
    }

    @Test("the policy's page lists the other member's interpretation at its member URL, and the interpretation links to the policy")
    func linksBothWays() throws {
        let group = try TestGroup(files: Self.files())
        defer { group.remove() }
        let report = group.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(diagnostics(report, "interpret").isEmpty, "\(diagnostics(report, "interpret").map(\.formatted))")
        let policy = try #require(group.read("xzf/fgwj/gfxwj/p.html"))
        #expect(policy.contains("<a href=\"/xxgk/mzj/zcjd/j.html\">养老服务补贴申领问答（测试县民政局）</a>"))
        let interpretation = try #require(group.read("mzj/zcjd/j.html"))
        #expect(interpretation.contains("<a href=\"/xxgk/xzf/fgwj/gfxwj/p.html\">测试县养老服务补贴管理办法（测试县人民政府）</a>"))
        // The portal's 最新解读 has it too.
        #expect(group.read("index.html")?.contains("href=\"/xxgk/mzj/zcjd/j.html\"") == true)
        #expect(group.check().diagnostics.filter { $0.id.hasPrefix("interpret") }.isEmpty)
    }

    @Test("built on their own, the policy is 未解读 and the interpretation warns that its target is resolved only in the group")
    func eachMemberAlone() throws {
        let group = try TestGroup(files: Self.files())
        defer { group.remove() }
        var options = BuildOptions(siteFolder: group.folder.appendingPathComponent("members/mzj"))
        options.today = Day(iso: "2025-06-30")
        options.outputFolder = group.folder.appendingPathComponent("mzj-alone")
        let mzj = SiteBuilder.build(options)
        #expect(mzj.succeeded)
        let warning = try #require(mzj.diagnostics.first { $0.id == "interprets.other-member" })
        #expect(warning.severity == .warning)
        #expect((warning.file, warning.line) == ("content/zcjd/j.md", 5))
        #expect(warning.message.contains(Self.policyNumber) && warning.message.contains("站群"))
        #expect(!mzj.diagnostics.contains { $0.id == "interprets.target-missing" })

        options.siteFolder = group.folder.appendingPathComponent("members/xzf")
        options.outputFolder = group.folder.appendingPathComponent("xzf-alone")
        let xzf = SiteBuilder.check(options)
        #expect(xzf.diagnostics.contains { $0.id == "interpretation.missing" && $0.file == "content/fgwj/gfxwj/p.md" })
    }

    @Test("the 解读 deadline counts from the other member's policy, on both sides of the limit",
          arguments: [("2025-06-27", false), ("2025-06-30", true)])
    func deadlineAcrossMembers(published: String, late: Bool) throws {
        let group = try TestGroup(files: Self.files(published: published))
        defer { group.remove() }
        let found = group.check(today: "2025-07-01").diagnostics.filter { $0.id == "interpretation.late" }
        #expect(found.count == (late ? 1 : 0))
        if let d = found.first {
            #expect((d.file, d.line, d.column) == ("members/mzj/content/zcjd/j.md", 4, 12))
            #expect(d.message.contains("测试县养老服务补贴管理办法") && d.message.contains("测试县人民政府，2025-06-20 发布") && d.message.contains("6 个工作日"))
        }
    }

    @Test("a policy interpreted only by another member is not 未解读 in the group, nor in its 解读比例")
    func notMissing() throws {
        let group = try TestGroup(files: Self.files())
        defer { group.remove() }
        #expect(!group.check().diagnostics.contains { $0.id == "interpretation.missing" })
        // 县政府 as the group resolves it: its policy counts as interpreted.
        var report = BuildReport()
        let config = try #require(GroupBuilder.loadGroup(group.options(), into: &report))
        let loader = GroupMemberLoader(group: config, groupFolder: group.folder, options: group.options())
        let links = GroupBuilder.interpretationIndex(config, loader).links(for: 0)
        #expect(links.interpretations[Self.policyNumber]?.map(\.href) == ["/xxgk/mzj/zcjd/j.html"])
        var ignored: [Diagnostic] = []
        let (site, _) = try #require(loader.load(config.members[0], into: &ignored, crossMember: links))
        let rate = YearStatistics(site: site, year: 2025).interpretationRate
        #expect((rate.count, rate.total) == (1, 1))
        var without = Self.files()
        without.removeValue(forKey: "members/mzj/content/zcjd/j.md")
        let alone = try TestGroup(files: without)
        defer { alone.remove() }
        let missing = try #require(alone.check().diagnostics.first { $0.id == "interpretation.missing" })
        #expect(missing.file == "members/xzf/content/fgwj/gfxwj/p.md")
    }

    @Test("a rebuild rebuilds the policy's member when the other member's interpretation of it changes, and only then")
    func reuseFollowsTheLinks() throws {
        let group = try TestGroup(files: Self.files())
        defer { group.remove() }
        #expect(group.build().succeeded)
        // An edit in 县民政局 that touches no interpretation: 县政府 is reused.
        try group.write("members/mzj/content/gzdt/b.md", TestGroup.news("县民政局开展走访慰问活动", number: "22222222-2/2025-00001", published: "2025-06-25"))
        let unrelated = group.build()
        #expect(unrelated.succeeded && unrelated.membersBuilt == 1 && unrelated.membersReused == 1)
        // The interpretation's title changes: 县政府's policy page lists it, so 县政府 is rebuilt too.
        var files = Self.files()
        let renamed = files["members/mzj/content/zcjd/j.md"]!.replacingOccurrences(of: "title: 养老服务补贴申领问答", with: "title: 养老服务补贴申领十问")
        files["members/mzj/content/zcjd/j.md"] = renamed
        try group.write("members/mzj/content/zcjd/j.md", renamed)
        let linked = group.build()
        #expect(linked.succeeded && linked.membersBuilt == 2 && linked.membersReused == 0)
        #expect(group.read("xzf/fgwj/gfxwj/p.html")?.contains(">养老服务补贴申领十问（测试县民政局）</a>") == true)
    }

    @Test("in the example group, 县民政局's 问答 interprets 县人民政府's 办法: both pages link each other")
    func exampleGroup() throws {
        var options = BuildOptions(siteFolder: ExampleGroupTests.folder)
        options.outputFolder = ExampleSite.temporaryOutput("group-interprets")
        options.today = Day(year: 2025, month: 11, day: 22)
        let output = options.outputFolder!
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let report = GroupBuilder.build(options)
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let policy = try String(contentsOf: output.appendingPathComponent("xzf/fdzdgknr/fgwj/gfxwj/2025-09-yanglao-fuwu-banfa.html"), encoding: .utf8)
        #expect(policy.contains("<a href=\"/xxgk/mzj/fdzdgknr/zcjd/2025-09-yanglao-butie-wenda.html\">居家养老服务补贴申领问答（青山县民政局）</a>"))
        #expect(policy.contains("href=\"/xxgk/xzf/fdzdgknr/zcjd/2025-09-yanglao-fuwu-jiedu.html\""))
        let answers = try String(contentsOf: output.appendingPathComponent("mzj/fdzdgknr/zcjd/2025-09-yanglao-butie-wenda.html"), encoding: .utf8)
        #expect(answers.contains("<a href=\"/xxgk/xzf/fdzdgknr/fgwj/gfxwj/2025-09-yanglao-fuwu-banfa.html\">青山县居家养老服务补贴管理办法（青山县人民政府）</a>"))
    }

    @Test("a 索引号 no member has is an error in the group, at the interpretation's member file, with another agency's code too")
    func unknownAcrossTheGroup() throws {
        let group = try TestGroup(files: Self.files(target: "11111111-1/2025-00099"))
        defer { group.remove() }
        let report = group.build()
        #expect(!report.succeeded)
        let d = try #require(report.diagnostics.first { $0.id == "interprets.target-missing" })
        #expect((d.file, d.line) == ("members/mzj/content/zcjd/j.md", 5))
        #expect(d.message.contains("11111111-1/2025-00099") && d.message.contains("站群"))
        #expect(!report.diagnostics.contains { $0.id == "interprets.other-member" })
    }
}
