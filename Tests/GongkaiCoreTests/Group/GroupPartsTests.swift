import Foundation
import Testing
@testable import GongkaiCore

@Suite("fanning a group out: members built apart, then assembled")
struct GroupPartsTests {
    private func output(_ group: TestGroup, _ name: String, today: String = "2025-06-30") -> BuildOptions {
        var options = group.options(today: today)
        options.outputFolder = group.folder.appendingPathComponent(name)
        return options
    }

    @Test("members built one by one into parts and assembled give the one-process build's bytes")
    func assembledIsOneProcess() throws {
        let group = try TestGroup()
        defer { group.remove() }
        let one = output(group, "one")
        #expect(GroupBuilder.build(one).succeeded)
        let parts = group.folder.appendingPathComponent("parts")
        // In another order than group.json's, as parallel jobs finish.
        for choice in [GroupMemberChoice.id("mzj"), .index(0)] {
            let report = GroupBuilder.buildPart(group.options(), member: choice, parts: parts)
            #expect(report.succeeded && report.wroteOutput, "\(report.diagnostics.map(\.formatted))")
        }
        #expect(FileManager.default.fileExists(atPath: parts.appendingPathComponent("xzf/part.json").path))
        #expect(FileManager.default.fileExists(atPath: parts.appendingPathComponent("mzj/files/gzdt/b.html").path))
        let assembled = output(group, "two")
        let report = GroupBuilder.assemble(assembled, parts: parts)
        #expect(report.succeeded && report.wroteOutput, "\(report.diagnostics.map(\.formatted))")
        #expect(report.documentCount == 2)
        let a = OutputSnapshot.of(one.resolvedOutputFolder), b = OutputSnapshot.of(assembled.resolvedOutputFolder)
        #expect(a.count > 20 && a["mzj/gzdt/b.html"] != nil && a["index.html"] != nil)
        #expect(OutputSnapshot.differences(a, b).isEmpty, "\(OutputSnapshot.differences(a, b).prefix(10))")
        // The parts' summaries are build machinery, not web pages: none reaches the output.
        #expect(!a.keys.contains { $0.hasSuffix("part.json") })
    }

    @Test("the example group, built member by member and assembled, is byte-identical to its one-process build")
    func exampleGroup() throws {
        let folder = ExampleGroupTests.folder
        let root = ExampleSite.temporaryOutput("fanout").deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions(siteFolder: folder)
        options.today = Day(year: 2025, month: 11, day: 22)
        options.outputFolder = root.appendingPathComponent("one")
        let one = GroupBuilder.build(options)
        #expect(one.succeeded && one.diagnostics.isEmpty, "\(one.diagnostics.prefix(5).map(\.formatted))")
        let parts = root.appendingPathComponent("parts")
        for index in [2, 0, 1] {
            #expect(GroupBuilder.buildPart(options, member: .index(index), parts: parts).succeeded)
        }
        options.outputFolder = root.appendingPathComponent("two")
        let two = GroupBuilder.assemble(options, parts: parts)
        #expect(two.succeeded && two.wroteOutput)
        #expect(two.documentCount == one.documentCount && two.pagesWritten == one.pagesWritten && two.filesWritten == one.filesWritten)
        let a = OutputSnapshot.of(root.appendingPathComponent("one")), b = OutputSnapshot.of(root.appendingPathComponent("two"))
        #expect(a.count > 400)
        #expect(OutputSnapshot.differences(a, b).isEmpty, "\(OutputSnapshot.differences(a, b).prefix(10))")
    }

    @Test("a part is the same bytes each time it is built, summary included")
    func partsAreDeterministic() throws {
        let group = try TestGroup()
        defer { group.remove() }
        let first = group.folder.appendingPathComponent("p1"), second = group.folder.appendingPathComponent("p2")
        #expect(GroupBuilder.buildPart(group.options(), member: .id("xzf"), parts: first).succeeded)
        #expect(GroupBuilder.buildPart(group.options(), member: .id("xzf"), parts: second).succeeded)
        // The part is `<parts>/xzf/`; the stats kept beside it (`.xzf.inputs-stat.json`) are not part of it.
        let a = OutputSnapshot.of(first.appendingPathComponent("xzf")), b = OutputSnapshot.of(second.appendingPathComponent("xzf"))
        #expect(a["part.json"] != nil)
        #expect(a == b)
    }

    @Test("--member names a member by id or by its position from 0; another name is an error",
          arguments: [(GroupMemberChoice.id("mzj"), "mzj" as String?), (.index(1), "mzj"), (.index(0), "xzf"), (.id("jyj"), nil), (.index(2), nil), (.index(-1), nil)])
    func memberChoice(choice: GroupMemberChoice, id: String?) throws {
        let group = try TestGroup()
        defer { group.remove() }
        let report = GroupBuilder.buildPart(group.options(), member: choice)
        let parts = GroupBuilder.defaultPartsFolder(group.options())
        if let id {
            #expect(report.succeeded)
            #expect(FileManager.default.fileExists(atPath: parts.appendingPathComponent("\(id)/part.json").path))
        } else {
            #expect(report.diagnostics.map(\.id) == ["group.member-unknown"])
            #expect(!FileManager.default.fileExists(atPath: parts.path))
        }
    }

    /// Parts of both members in `parts/`, and a previous assembled output in `public/`.
    private func assembledGroup() throws -> (TestGroup, URL) {
        let group = try TestGroup()
        let parts = group.folder.appendingPathComponent("parts")
        for id in ["xzf", "mzj"] { _ = GroupBuilder.buildPart(group.options(), member: .id(id), parts: parts) }
        #expect(GroupBuilder.assemble(group.options(), parts: parts).succeeded)
        return (group, parts)
    }

    @Test("assembling refuses a missing part and leaves the previous output as it was")
    func missingPart() throws {
        let (group, parts) = try assembledGroup()
        defer { group.remove() }
        let before = OutputSnapshot.of(group.output)
        try FileManager.default.removeItem(at: parts.appendingPathComponent("mzj"))
        let report = GroupBuilder.assemble(group.options(), parts: parts)
        #expect(!report.succeeded && !report.wroteOutput)
        let missing = try #require(report.diagnostics.first { $0.id == "group.part-missing" })
        #expect(missing.message.contains("测试县民政局") && missing.file == "group.json")
        #expect(OutputSnapshot.of(group.output) == before)
    }

    @Test("assembling refuses a part built from another group.json or with other options")
    func staleParts() throws {
        let (group, parts) = try assembledGroup()
        defer { group.remove() }
        let before = OutputSnapshot.of(group.output)
        var other = group.options()
        other.baseURL = "https://www.example.gov.cn/other/"
        #expect(GroupBuilder.assemble(other, parts: parts).diagnostics.map(\.id) == ["group.part-stale", "group.part-stale"])
        try group.write("group.json", TestGroup.twoMembers.replacingOccurrences(of: "测试县政府信息公开平台", with: "测试县信息公开平台"))
        let report = GroupBuilder.assemble(group.options(), parts: parts)
        #expect(report.diagnostics.map(\.id) == ["group.part-stale", "group.part-stale"])
        #expect(!report.wroteOutput)
        #expect(OutputSnapshot.of(group.output) == before)
        // Rebuilt from the current group.json, the parts fit again.
        for id in ["xzf", "mzj"] { _ = GroupBuilder.buildPart(group.options(), member: .id(id), parts: parts) }
        #expect(GroupBuilder.assemble(group.options(), parts: parts).succeeded)
    }

    @Test("parts built for different days do not fit together, nor with another --today",
          arguments: ["2025-06-30", "2025-07-01"])
    func partsOfOtherDays(assembleToday: String) throws {
        let group = try TestGroup()
        defer { group.remove() }
        let parts = group.folder.appendingPathComponent("parts")
        _ = GroupBuilder.buildPart(group.options(today: "2025-06-30"), member: .id("xzf"), parts: parts)
        _ = GroupBuilder.buildPart(group.options(today: "2025-06-30"), member: .id("mzj"), parts: parts)
        // Both parts of 06-30 assemble at 06-30; at 07-01 they are stale.
        let report = GroupBuilder.assemble(group.options(today: assembleToday), parts: parts)
        #expect(report.succeeded == (assembleToday == "2025-06-30"))
        _ = GroupBuilder.buildPart(group.options(today: "2025-07-01"), member: .id("mzj"), parts: parts)
        let mixed = GroupBuilder.assemble(group.options(today: assembleToday), parts: parts)
        #expect(mixed.diagnostics.map(\.id) == ["group.part-stale"])
    }

    @Test("a member with errors leaves a failed part, which assembling refuses by name")
    func failedPart() throws {
        let (group, parts) = try assembledGroup()
        defer { group.remove() }
        let before = OutputSnapshot.of(group.output)
        try group.write("members/mzj/content/gzdt/b.md", "---\ntitle: 县民政局开展走访慰问\npublished: 2025-13-45\n---\n\n正文。\n")
        let member = GroupBuilder.buildPart(group.options(), member: .id("mzj"), parts: parts)
        #expect(!member.succeeded)
        #expect(member.diagnostics.contains { $0.severity == .error && $0.file == "members/mzj/content/gzdt/b.md" })
        // The failed part keeps no files from before: only its summary.
        #expect(!FileManager.default.fileExists(atPath: parts.appendingPathComponent("mzj/files").path))
        let report = GroupBuilder.assemble(group.options(), parts: parts)
        #expect(report.diagnostics.contains { $0.id == "group.part-failed" && $0.message.contains("测试县民政局") })
        #expect(!report.wroteOutput)
        #expect(OutputSnapshot.of(group.output) == before)
    }
}
