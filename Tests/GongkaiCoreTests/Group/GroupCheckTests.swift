import Foundation
import Testing
@testable import GongkaiCore

@Suite("checks across a group's members")
struct GroupCheckTests {
    /// The group's diagnostics with one id, from `gongkai check` and from a build (which must fail and write nothing).
    private func problems(_ id: String, group: String = TestGroup.twoMembers, files: [String: String]) throws -> [Diagnostic] {
        let folder = try TestGroup(group: group, files: files)
        defer { folder.remove() }
        let checked = folder.check().diagnostics.filter { $0.id == id }
        let report = folder.build()
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: folder.output.path))
        #expect(report.diagnostics.filter { $0.id == id } == checked)
        return checked
    }

    @Test("a 索引号 issued by two members: an error at the later member's index_no, naming the earlier member and its file")
    func indexNumberAcrossMembers() throws {
        var files = TestGroup.twoMemberFiles
        files["members/mzj/content/gzdt/b.md"] = TestGroup.news("县民政局开展走访慰问", number: "11111111-1/2025-00001", published: "2025-06-25")
        let found = try problems("group.index-no-duplicate", files: files)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect((d.file, d.line, d.column) == ("members/mzj/content/gzdt/b.md", 3, 1))
        #expect(d.message.contains("测试县民政局") && d.message.contains("测试县人民政府"))
        #expect(d.message.contains("members/xzf/content/gzdt/a.md:3"))
    }

    @Test("one 机构代码 in two members' site.json: an error at the later member's agency.code")
    func agencyCodeAcrossMembers() throws {
        var files = TestGroup.twoMemberFiles
        files["members/mzj/site.json"] = TestGroup.memberConfig(agency: "测试县民政局", code: "11111111-1")
        let d = try #require(try problems("group.agency-code", files: files).first)
        #expect(d.file == "members/mzj/site.json")
        #expect(d.line == 4)
        #expect(d.message.contains("测试县人民政府") && d.message.contains("11111111-1"))
    }

    @Test("a member path that is missing, or is not a site, is an error at its path in group.json", arguments: [
        ("members/none", "不存在"),
        ("members/empty", "没有 site.json"),
    ])
    func memberPath(path: String, says: String) throws {
        let group = TestGroup.twoMembers.replacingOccurrences(of: "\"path\": \"members/mzj\"", with: "\"path\": \"\(path)\"")
        var files = TestGroup.twoMemberFiles
        files["members/empty/readme.txt"] = "不是网站"
        let d = try #require(try problems("group.member-path", group: group, files: files).first)
        #expect((d.file, d.line) == ("group.json", 8))
        #expect(d.column > 60)
        #expect(d.message.contains("测试县民政局") && d.message.contains(says))
    }

    @Test("two members with one id stop the build at the second id")
    func duplicateIDs() throws {
        let group = TestGroup.twoMembers.replacingOccurrences(of: "\"id\": \"mzj\"", with: "\"id\": \"xzf\"")
        let d = try #require(try problems("group.member-duplicate", group: group, files: TestGroup.twoMemberFiles).first)
        #expect((d.file, d.line, d.column) == ("group.json", 8, 13))
    }

    @Test("a member's own problem is reported in its file, named from the group folder")
    func memberDiagnosticsNamed() throws {
        var files = TestGroup.twoMemberFiles
        files["members/mzj/content/gzdt/c.md"] = "---\ntitle: 没有索引号\npublished: 2025-06-21\n---\n\n正文。\n"
        let d = try #require(try problems("field.missing", files: files).first)
        #expect(d.file == "members/mzj/content/gzdt/c.md")
    }

    @Test("a problem in group.json's shared settings is reported once, in group.json")
    func sharedProblemOnce() throws {
        let group = TestGroup.twoMembers.replacingOccurrences(of: "\"holidays\": [\"2025-06-02\"]", with: "\"holidays\": [\"2025-06-31\"]")
        let found = try problems("config.holidays", group: group, files: TestGroup.twoMemberFiles)
        #expect(found.count == 1)
        #expect(found.first?.file == "group.json")
    }
}
