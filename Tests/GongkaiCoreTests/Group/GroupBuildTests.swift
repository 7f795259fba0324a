import Foundation
import Testing
@testable import GongkaiCore

@Suite("building a site group")
struct GroupBuildTests {
    @Test("every member is built under <portal base>/<id>/, and the portal lists them by kind with counts and newest dates")
    func buildsMembersAndPortal() throws {
        let group = try TestGroup()
        defer { group.remove() }
        let report = group.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.wroteOutput)
        #expect(report.documentCount == 2)
        let page = try #require(group.read("mzj/gzdt/b.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://www.example.gov.cn/xxgk/mzj/gzdt/b.html\">"))
        #expect(page.contains("href=\"/xxgk/mzj/assets/style.css\""))
        #expect(group.read("xzf/gzdt/a.html") != nil)
        // A member naming no 门户网站 of its own links back to the group's portal.
        #expect(page.contains("<a class=\"tool\" href=\"/xxgk/\">返回测试县政府信息公开平台</a>"))
        #expect(group.read("xzf/sitemap.xml")?.contains("https://www.example.gov.cn/xxgk/xzf/gzdt/a.html") == true)

        let home = try #require(group.read("index.html"))
        #expect(home.contains("<title>测试县政府信息公开平台</title>"))
        let government = try #require(home.range(of: "<h3 class=\"agency-kind\">政府</h3>"))
        let department = try #require(home.range(of: "<h3 class=\"agency-kind\">部门</h3>"))
        #expect(government.lowerBound < department.lowerBound)
        #expect(home.contains("<a href=\"/xxgk/xzf/\">测试县人民政府</a></td><td class=\"col-count\" data-label=\"信息数\">1</td><td class=\"col-date\" data-label=\"最近发布\">2025-06-20</td>"))
        // Newest first across members: 县民政局's 06-25 before 县政府's 06-20.
        let newer = try #require(home.range(of: "href=\"/xxgk/mzj/gzdt/b.html\""))
        let older = try #require(home.range(of: "href=\"/xxgk/xzf/gzdt/a.html\""))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(home.contains("href=\"/xxgk/assets/style.css\""))
        #expect(group.read("assets/style.css") != nil)
    }

    @Test("the portal's sitemap.xml indexes every member's sitemap, its feed merges the members' newest documents")
    func sitemapIndexAndFeed() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        let index = try #require(group.read("sitemap.xml"))
        #expect(index.contains("<sitemapindex"))
        #expect(index.contains("<sitemap><loc>https://www.example.gov.cn/xxgk/xzf/sitemap.xml</loc><lastmod>2025-06-20</lastmod></sitemap>"))
        #expect(index.contains("<sitemap><loc>https://www.example.gov.cn/xxgk/mzj/sitemap.xml</loc><lastmod>2025-06-25</lastmod></sitemap>"))
        #expect(group.read("sitemap-portal.xml")?.contains("<loc>https://www.example.gov.cn/xxgk/sitemap.html</loc>") == true)
        #expect(group.read("robots.txt")?.contains("Sitemap: https://www.example.gov.cn/xxgk/sitemap.xml") == true)
        let feed = try #require(group.read("feed.xml"))
        let entries = feed.components(separatedBy: "<entry>").dropFirst()
        #expect(entries.count == 2)
        #expect(entries.first?.contains("<category term=\"测试县民政局\"/>") == true)
        #expect(feed.contains("<updated>2025-06-25T00:00:00+08:00</updated>"))
        let map = try #require(group.read("sitemap.html"))
        #expect(map.contains("<a href=\"/xxgk/mzj/gzdt/\">工作动态<span class=\"count\">（1）</span></a>"))
    }

    @Test("members inherit group.json's shared settings unless their own site.json sets them")
    func inheritance() throws {
        var files = TestGroup.twoMemberFiles
        files["members/mzj/site.json"] = TestGroup.memberConfig(agency: "测试县民政局", code: "22222222-2", extra: ",\n  \"interpretation_deadline_workdays\": 2")
        let group = try TestGroup(files: files)
        defer { group.remove() }
        var report = BuildReport()
        let config = try #require(GroupBuilder.loadGroup(group.options(), into: &report))
        let loader = GroupMemberLoader(group: config, groupFolder: group.folder, options: group.options())
        let xzf = try #require(loader.load(config.members[0], into: &report.diagnostics))
        let mzj = try #require(loader.load(config.members[1], into: &report.diagnostics))
        #expect(xzf.site.config.interpretationDeadlineWorkdays == 5)
        #expect(mzj.site.config.interpretationDeadlineWorkdays == 2)
        #expect(xzf.site.config.workdayCalendar == mzj.site.config.workdayCalendar)
        #expect(xzf.site.config.workdayCalendar != WorkdayCalendar())
        #expect(xzf.site.urls.basePath == "/xxgk/xzf/")
    }

    @Test("two builds of one group are byte-identical, the second leaving its parts for the process's exit as the CLI's does")
    func deterministic() throws {
        let group = try TestGroup()
        defer { group.remove() }
        var first = group.options()
        first.outputFolder = group.folder.appendingPathComponent("one")
        var second = group.options()
        second.outputFolder = group.folder.appendingPathComponent("two")
        second.leavesSiteForExit = true
        #expect(GroupBuilder.build(first).succeeded)
        #expect(GroupBuilder.build(second).succeeded)
        let a = folderSnapshot(first.outputFolder!)
        #expect(a.count > 20)
        #expect(a == folderSnapshot(second.outputFolder!))
    }

    @Test("a group build that fails leaves the previous output as it was")
    func failedBuildKeepsOutput() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        let before = folderSnapshot(group.output)
        try group.write("members/mzj/content/gzdt/c.md", TestGroup.news("重号文件", number: "11111111-1/2025-00001", published: "2025-06-26"))
        let report = group.build()
        #expect(!report.succeeded)
        #expect(!report.wroteOutput)
        #expect(folderSnapshot(group.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: group.folder.path).filter { $0.contains("gongkai-new") }
        #expect(leftovers.isEmpty)
    }

    @Test("an output folder inside a member's content is refused")
    func refusesOutputInsideMember() throws {
        let group = try TestGroup()
        defer { group.remove() }
        var options = group.options()
        options.outputFolder = group.folder.appendingPathComponent("members/mzj/content/out")
        let report = GroupBuilder.build(options)
        #expect(report.diagnostics.map(\.id) == ["output.refused"])
    }

    @Test("a theme named in shared lives in the group folder and dresses the members and the portal alike")
    func sharedTheme() throws {
        let text = TestGroup.twoMembersSharingCountyTheme
        var files = TestGroup.twoMemberFiles
        files["themes/county/static/style.css"] = "/* 县平台样式 */\n"
        let group = try TestGroup(group: text, files: files)
        defer { group.remove() }
        let report = group.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(group.read("assets/style.css") == "/* 县平台样式 */\n")
        #expect(group.read("mzj/assets/style.css") == "/* 县平台样式 */\n")
        #expect(group.read("xzf/assets/style.css") == "/* 县平台样式 */\n")
    }

    @Test("a member whose sitemap was split is indexed part by part")
    func splitMemberSitemaps() throws {
        let group = try TestGroup()
        defer { group.remove() }
        let writer = OutputWriter(siteFolder: group.folder, outputFolder: group.output)
        try writer.begin()
        defer { writer.abort() }
        let files = writer.staging.appendingPathComponent(MemberPart.filesFolder)
        #expect(MemberPartBuilder.writtenSitemaps(in: files) == ["sitemap.xml"])
        try writer.write([OutputFile(path: "files/sitemap.xml", contents: .text("")), OutputFile(path: "files/sitemap-1.xml", contents: .text("")),
                          OutputFile(path: "files/sitemap-2.xml", contents: .text(""))])
        #expect(MemberPartBuilder.writtenSitemaps(in: files) == ["sitemap-1.xml", "sitemap-2.xml"])
    }
}
