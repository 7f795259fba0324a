import Foundation
import Testing
@testable import GongkaiCore

/// The cross-member 索引号 index from the members' parts (README “站群”: 跨成员的政策解读): a
/// member offers its 索引号 in its part, so neither the one-process build nor `--member` loads
/// every member twice.
@Suite("interpretations across members, from the members' parts")
struct GroupCrossMemberPartsTests {
    private static let policyPage = "files/fgwj/gfxwj/p.html"
    private static let answersPage = "files/zcjd/j.html"

    private func read(_ parts: URL, _ id: String, _ path: String) -> String? {
        try? String(contentsOf: parts.appendingPathComponent(id).appendingPathComponent(path), encoding: .utf8)
    }

    @Test("from scratch, a member built before the member that interprets it is built again with the links, and counted once")
    func builtAgainOnce() throws {
        let group = try TestGroup(files: GroupInterpretationTests.files())
        defer { group.remove() }
        let report = group.build()
        #expect(report.succeeded && report.membersBuilt == 2 && report.membersReused == 0)
        let cache = GroupBuilder.partsCache(for: group.output)
        let policy = try MemberPart.read(from: cache.appendingPathComponent("xzf")).get()
        #expect(policy.links.interpretations[GroupInterpretationTests.policyNumber]?.map(\.href) == ["/xxgk/mzj/zcjd/j.html"])
        #expect(policy.entries?.documents.map(\.indexNumber).contains(GroupInterpretationTests.policyNumber) == true)
        #expect(group.read("xzf/fgwj/gfxwj/p.html")?.contains("养老服务补贴申领问答（测试县民政局）") == true)
        let again = group.build()
        #expect(again.membersBuilt == 0 && again.membersReused == 2)
    }

    @Test("--member takes another member's 索引号 from its part in the same parts folder while that part is current, else from its files")
    func memberReadsCurrentParts() throws {
        let group = try TestGroup(files: GroupInterpretationTests.files())
        defer { group.remove() }
        let parts = group.folder.appendingPathComponent("parts")
        #expect(GroupBuilder.buildPart(group.options(), member: .id("xzf"), parts: parts).succeeded)
        // What the part offers is what mzj shows: the part stands for xzf's files.
        let folder = parts.appendingPathComponent("xzf")
        var part = try MemberPart.read(from: folder).get()
        let i = try #require(part.entries?.documents.firstIndex { $0.indexNumber == GroupInterpretationTests.policyNumber })
        part.entries?.documents[i].title = "记在构建结果中的标题"
        try Data(part.encoded()).write(to: folder.appendingPathComponent(MemberPart.summaryFile))
        #expect(GroupBuilder.buildPart(group.options(), member: .id("mzj"), parts: parts).succeeded)
        #expect(read(parts, "mzj", Self.answersPage)?.contains("记在构建结果中的标题（测试县人民政府）") == true)
        // Once xzf's files change, its part is no longer current: mzj reads xzf's files.
        var files = GroupInterpretationTests.files()
        let renamed = files["members/xzf/content/fgwj/gfxwj/p.md"]!.replacingOccurrences(of: "title: 测试县养老服务补贴管理办法", with: "title: 测试县养老服务补贴实施办法")
        files["members/xzf/content/fgwj/gfxwj/p.md"] = renamed
        try group.write("members/xzf/content/fgwj/gfxwj/p.md", renamed)
        #expect(GroupBuilder.buildPart(group.options(), member: .id("mzj"), parts: parts).succeeded)
        #expect(read(parts, "mzj", Self.answersPage)?.contains("测试县养老服务补贴实施办法（测试县人民政府）") == true)
    }

    @Test("assembling refuses a part whose links no longer match the other members' parts, and leaves the output as it was")
    func staleLinksRefused() throws {
        let group = try TestGroup(files: GroupInterpretationTests.files())
        defer { group.remove() }
        let parts = group.folder.appendingPathComponent("parts")
        for id in ["xzf", "mzj"] { #expect(GroupBuilder.buildPart(group.options(), member: .id(id), parts: parts).succeeded) }
        #expect(GroupBuilder.assemble(group.options(), parts: parts).succeeded)
        #expect(read(parts, "xzf", Self.policyPage)?.contains("养老服务补贴申领问答（测试县民政局）") == true)
        let before = OutputSnapshot.of(group.output)
        // mzj's interpretation gets a new title, and only mzj is built again: xzf's page is stale.
        let path = "members/mzj/content/zcjd/j.md"
        try group.write(path, GroupInterpretationTests.files()[path]!.replacingOccurrences(of: "title: 养老服务补贴申领问答", with: "title: 养老服务补贴申领十问"))
        #expect(GroupBuilder.buildPart(group.options(), member: .id("mzj"), parts: parts).succeeded)
        let report = GroupBuilder.assemble(group.options(), parts: parts)
        #expect(!report.succeeded && !report.wroteOutput)
        let stale = try #require(report.diagnostics.first { $0.id == "group.part-stale" })
        #expect(stale.message.contains("测试县人民政府") && stale.file == "group.json")
        #expect(OutputSnapshot.of(group.output) == before)
        #expect(GroupBuilder.buildPart(group.options(), member: .id("xzf"), parts: parts).succeeded)
        #expect(GroupBuilder.assemble(group.options(), parts: parts).succeeded)
        #expect(group.read("xzf/fgwj/gfxwj/p.html")?.contains("养老服务补贴申领十问（测试县民政局）") == true)
    }
}
