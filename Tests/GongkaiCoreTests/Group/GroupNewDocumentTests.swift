import Foundation
import Testing
@testable import GongkaiCore

/// `gongkai new --member ID` in a group folder (README “站群”): the document goes into that
/// member's site, numbered by the settings the member inherits from group.json.
@Suite("new documents in a group member")
struct GroupNewDocumentTests {
    static let group = TestGroup.twoMembers.replacingOccurrences(
        of: "\"shared\": { ", with: "\"shared\": { \"index_number\": { \"pattern\": \"{code}/{year}/{serial:3}\" }, ")

    static func files() -> [String: String] {
        ["members/xzf/site.json": TestGroup.memberConfig(agency: "测试县人民政府", code: "11111111-1"),
         "members/mzj/site.json": TestGroup.memberConfig(agency: "测试县民政局", code: "22222222-2")]
    }

    @Test("the document is written in the member's folder with a 索引号 in the group's shared pattern, and the group then checks clean")
    func createsInMember() throws {
        let group = try TestGroup(group: Self.group, files: Self.files())
        defer { group.remove() }
        let (loaded, diagnostics) = GroupConfig.load(groupFolder: group.folder)
        let config = try #require(loaded, "\(diagnostics.map(\.formatted))")
        let member = try #require(config.member("mzj"))
        let request = DocumentCreator.Request(node: "gzdt", title: "县民政局开展走访慰问", date: Day(iso: "2025-06-25")!)
        let created = try DocumentCreator(member: member, of: config, groupFolder: group.folder).create(request)
        #expect(created.indexNumber == "22222222-2/2025/001")
        #expect(FileManager.default.fileExists(atPath: group.folder.appendingPathComponent("members/mzj/\(created.path)").path))
        #expect(!FileManager.default.fileExists(atPath: group.folder.appendingPathComponent(created.path).path))
        let second = try DocumentCreator(member: member, of: config, groupFolder: group.folder)
            .create(DocumentCreator.Request(node: "gzdt", title: "县民政局召开会议", date: Day(iso: "2025-06-26")!))
        #expect(second.indexNumber == "22222222-2/2025/002")
        let check = group.check()
        #expect(!check.diagnostics.contains { $0.id.hasPrefix("index-no") || $0.severity == .error }, "\(check.diagnostics.map(\.formatted))")
    }

    @Test("members are found by id; an unknown id is nil")
    func lookup() throws {
        let group = try TestGroup(group: Self.group, files: Self.files())
        defer { group.remove() }
        let config = try #require(GroupConfig.load(groupFolder: group.folder).0)
        #expect(config.member("xzf")?.title == "测试县人民政府")
        #expect(config.member("nope") == nil)
        #expect(config.folder(of: config.members[1], groupFolder: group.folder) == group.folder.appendingPathComponent("members/mzj").standardizedFileURL)
    }

    @Test("the editor picks a member by its number in the list or by its id", arguments: [
        ("1", "xzf"), (" 2 ", "mzj"), ("mzj", "mzj"), ("0", nil), ("3", nil), ("民政局", nil), ("", nil),
    ])
    func choosing(_ answer: String, _ id: String?) throws {
        let group = try TestGroup(group: Self.group, files: Self.files())
        defer { group.remove() }
        let config = try #require(GroupConfig.load(groupFolder: group.folder).0)
        #expect(config.member(choosing: answer)?.id == id)
    }

    @Test("a folder without group.json gives no group, with the reason")
    func notAGroup() throws {
        let group = try TestGroup(group: Self.group, files: Self.files())
        defer { group.remove() }
        let (config, diagnostics) = GroupConfig.load(groupFolder: group.folder.appendingPathComponent("members/xzf"))
        #expect(config == nil)
        #expect(diagnostics.map(\.id) == ["group.missing"])
    }
}
