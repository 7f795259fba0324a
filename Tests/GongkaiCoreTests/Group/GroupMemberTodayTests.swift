import Foundation
import Testing
@testable import GongkaiCore

@Suite("a group's members judged on one day")
struct GroupMemberTodayTests {
    @Test("every member a loader loads is resolved on the loader's one today, the build's --today", arguments: ["2025-06-30", "2026-01-01"])
    func oneToday(_ today: String) throws {
        let group = try TestGroup(group: TestGroup.twoMembers, files: TestGroup.twoMemberFiles)
        defer { group.remove() }
        var report = BuildReport()
        let options = group.options(today: today)
        let config = try #require(GroupBuilder.loadGroup(options, into: &report))
        let loader = GroupMemberLoader(group: config, groupFolder: group.folder, options: options)
        #expect(loader.today == Day(iso: today))
        let sites = try config.members.map { try #require(loader.load($0, into: &report.diagnostics)).site }
        #expect(sites.count == 2)
        #expect(sites.allSatisfy { $0.today == loader.today })
        // Another build's loader, on another day, has its own today.
        let other = GroupMemberLoader(group: config, groupFolder: group.folder, options: group.options(today: "2024-02-29"))
        #expect(other.today == Day(iso: "2024-02-29") && other.today != loader.today)
        #expect(try #require(other.load(config.members[0], into: &report.diagnostics)).site.today == other.today)
    }
}
