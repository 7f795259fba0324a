import Foundation
import Testing
@testable import GongkaiCore

@Suite("a group rebuild builds only the members that changed")
struct GroupReuseTests {
    @Test("an unchanged member is not built again; an edited one and the portal are")
    func onlyTheEditedMember() throws {
        let group = try TestGroup()
        defer { group.remove() }
        let first = group.build()
        #expect(first.succeeded && first.membersBuilt == 2 && first.membersReused == 0)
        let again = group.build()
        #expect(again.succeeded && again.wroteOutput && again.membersBuilt == 0 && again.membersReused == 2)
        #expect(again.documentCount == 2 && again.pagesWritten == first.pagesWritten && again.filesWritten == first.filesWritten)
        try group.write("members/mzj/content/gzdt/b.md", TestGroup.news("县民政局开展节前走访慰问", number: "22222222-2/2025-00001", published: "2025-06-26"))
        let edited = group.build()
        #expect(edited.succeeded && edited.membersBuilt == 1 && edited.membersReused == 1)
        #expect(group.read("mzj/gzdt/b.html")?.contains("县民政局开展节前走访慰问") == true)
        #expect(group.read("index.html")?.contains("2025-06-26") == true)
        // The parts live beside the output, not in it, so they are never deployed.
        let cache = GroupBuilder.partsCache(for: group.output)
        #expect(cache.lastPathComponent == ".public.gongkai-parts" && cache.deletingLastPathComponent().path == group.folder.path)
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("mzj/part.json").path))
        #expect(!OutputSnapshot.of(group.output).keys.contains { $0.hasSuffix("part.json") })
    }

    @Test("the portal search's version stays while no member's index changes and changes with an edit to one member's text")
    func portalSearchVersion() throws {
        let group = try TestGroup()
        defer { group.remove() }
        func version() throws -> String {
            let manifest = try #require(group.read("search/index.json"))
            let start = try #require(manifest.range(of: "\"version\":\""))
            return String(manifest[start.upperBound...].prefix { $0 != "\"" })
        }
        #expect(group.build().succeeded)
        let first = try version()
        #expect(!first.isEmpty)
        #expect(group.build().succeeded)
        #expect(try version() == first)
        try group.write("members/mzj/content/gzdt/b.md", TestGroup.news("县民政局开展节前走访慰问", number: "22222222-2/2025-00001", published: "2025-06-26"))
        #expect(group.build().succeeded)
        let edited = try version()
        #expect(edited != first)
        // The same members' indexes give the same version, whichever build merged them.
        var clean = group.options()
        clean.outputFolder = group.folder.appendingPathComponent("clean")
        #expect(GroupBuilder.build(clean).succeeded)
        let cleanManifest = try String(contentsOf: group.folder.appendingPathComponent("clean/search/index.json"), encoding: .utf8)
        #expect(cleanManifest.contains("\"version\":\"\(edited)\""))
    }

    @Test("what a member inherits counts as its input: group.json, the group's theme, the day and the options")
    func inheritedInputs() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().membersBuilt == 2)
        try group.write("group.json", TestGroup.twoMembers.replacingOccurrences(of: "\"holidays\": [\"2025-06-02\"]", with: "\"holidays\": [\"2025-06-03\"]"))
        #expect(group.build().membersBuilt == 2)
        #expect(group.build(today: "2025-07-01").membersBuilt == 2)
        #expect(group.build(today: "2025-07-01").membersReused == 2)
        var options = group.options(today: "2025-07-01")
        options.baseURL = "https://www.example.gov.cn/test/"
        #expect(GroupBuilder.build(options).membersBuilt == 2)
        try group.write("members/xzf/static/logo.txt", "县政府")
        let report = GroupBuilder.build(options)
        #expect(report.membersBuilt == 1 && report.membersReused == 1)
        #expect(group.read("xzf/logo.txt") == "县政府")
    }

    @Test("a seeded run of edits, additions and deletions across members: each rebuild is byte-identical to a clean build",
          arguments: [7, 2025])
    func editsMatchCleanBuilds(seed: UInt64) throws {
        let members = ["xzf": ("测试县人民政府", "11111111-1"), "mzj": ("测试县民政局", "22222222-2"), "qsz": ("青山镇人民政府", "33333333-3")]
        var files: [String: String] = [:]
        for (id, (agency, code)) in members {
            files["members/\(id)/site.json"] = TestGroup.memberConfig(agency: agency, code: code)
        }
        let group3 = TestGroup.twoMembers.replacingOccurrences(of: "{ \"id\": \"mzj\", \"title\": \"测试县民政局\", \"kind\": \"部门\", \"path\": \"members/mzj\" }",
                                                               with: "{ \"id\": \"mzj\", \"title\": \"测试县民政局\", \"kind\": \"部门\", \"path\": \"members/mzj\" },\n    { \"id\": \"qsz\", \"title\": \"青山镇人民政府\", \"kind\": \"乡镇街道\", \"path\": \"members/qsz\" }")
        let group = try TestGroup(group: group3, files: files)
        defer { group.remove() }
        var random = SplitMix(seed: seed)
        var documents: [String: [String]] = ["xzf": [], "mzj": [], "qsz": []]
        var serial = 0
        func add(_ id: String) throws {
            serial += 1
            let name = "d\(serial).md"
            let code = members[id]!.1
            try group.write("members/\(id)/content/gzdt/\(name)",
                            TestGroup.news("\(members[id]!.0)第\(serial)条动态", number: "\(code)/2025-\(String(format: "%05d", serial))", published: "2025-06-\(String(format: "%02d", 1 + random.next(28)))"))
            documents[id]!.append(name)
        }
        for id in ["xzf", "mzj", "qsz"] { try add(id) }
        let ids = ["xzf", "mzj", "qsz"]
        #expect(group.build().membersBuilt == ids.count)
        for step in 0..<8 {
            let id = ids[random.next(ids.count)]
            var changed = Set([id])
            switch random.next(4) {
            case 0: try add(id)
            case 1:
                let name = documents[id]![random.next(documents[id]!.count)]
                let text = try String(contentsOf: group.folder.appendingPathComponent("members/\(id)/content/gzdt/\(name)"), encoding: .utf8)
                try group.write("members/\(id)/content/gzdt/\(name)", text + "\n第\(step)次修改。\n")
            case 2 where documents[id]!.count > 1:
                let name = documents[id]!.remove(at: random.next(documents[id]!.count))
                try FileManager.default.removeItem(at: group.folder.appendingPathComponent("members/\(id)/content/gzdt/\(name)"))
            case 2:
                try add(id)
            default:
                let other = ids[(ids.firstIndex(of: id)! + 1) % ids.count]
                try add(id)
                try add(other)
                changed.insert(other)
            }
            let incremental = group.build()
            #expect(incremental.succeeded, "\(incremental.diagnostics.map(\.formatted))")
            #expect(incremental.membersBuilt == changed.count && incremental.membersReused == ids.count - changed.count, "step \(step)")
            var clean = group.options()
            clean.outputFolder = group.folder.appendingPathComponent("clean-\(step)")
            let cleanReport = GroupBuilder.build(clean)
            #expect(cleanReport.membersBuilt == ids.count)
            #expect(cleanReport.diagnostics == incremental.diagnostics)
            let a = OutputSnapshot.of(group.output), b = OutputSnapshot.of(clean.resolvedOutputFolder)
            #expect(OutputSnapshot.differences(a, b).isEmpty, "step \(step): \(OutputSnapshot.differences(a, b).prefix(10))")
            try FileManager.default.removeItem(at: clean.resolvedOutputFolder)
            try FileManager.default.removeItem(at: GroupBuilder.partsCache(for: clean.resolvedOutputFolder))
        }
    }

    @Test("members' files go straight into the output: the cache keeps only each part's summary, search pack and side tables")
    func cacheHoldsNoFiles() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        let cache = GroupBuilder.partsCache(for: group.output)
        for id in ["xzf", "mzj"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent(id).path).sorted()
            #expect(names == [OutputWriter.markerName, MemberPart.summaryFile, MemberSearchPack.dataFile, MemberSearchPack.tableFile,
                              MemberLastDocuments.fileName].sorted(), "\(names)")
            #expect(group.read("\(id)/index.html") != nil)
        }
    }

    @Test("a member without search has no search pack; the portal searches the other members")
    func memberWithoutSearch() throws {
        var files = TestGroup.twoMemberFiles
        files["members/mzj/site.json"] = TestGroup.memberConfig(agency: "测试县民政局", code: "22222222-2", extra: ", \"search\": false")
        let group = try TestGroup(files: files)
        defer { group.remove() }
        let report = group.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let cache = GroupBuilder.partsCache(for: group.output)
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent("mzj/\(MemberSearchPack.dataFile)").path))
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("xzf/\(MemberSearchPack.dataFile)").path))
        let manifest = try #require(group.read("search/index.json"))
        #expect(manifest.contains("\"id\":\"xzf\"") && !manifest.contains("\"id\":\"mzj\""))
        #expect(group.read("mzj/search/index.html") == nil)
    }

    @Test("an output deleted, or replaced by a copy, makes every member build again, into a clean build's bytes")
    func replacedOutput() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        var clean = group.options()
        clean.outputFolder = group.folder.appendingPathComponent("clean")
        #expect(GroupBuilder.build(clean).succeeded)
        try FileManager.default.removeItem(at: group.output)
        let afterDelete = group.build()
        #expect(afterDelete.succeeded && afterDelete.membersBuilt == 2 && afterDelete.membersReused == 0)
        // A copy put in the output's place (a restored backup): its files may not be the parts'.
        let copy = group.folder.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: group.output, to: copy)
        try FileManager.default.removeItem(at: group.output)
        try FileManager.default.moveItem(at: copy, to: group.output)
        let afterCopy = group.build()
        #expect(afterCopy.succeeded && afterCopy.membersBuilt == 2)
        #expect(group.build().membersReused == 2)
        let a = OutputSnapshot.of(group.output), b = OutputSnapshot.of(clean.resolvedOutputFolder)
        #expect(OutputSnapshot.differences(a, b).isEmpty, "\(OutputSnapshot.differences(a, b).prefix(10))")
    }

    @Test("a failed build keeps the previous output, and the next good build is a clean build's bytes")
    func failedBuildThenGood() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        let before = OutputSnapshot.of(group.output)
        let path = "members/mzj/content/gzdt/b.md"
        let good = TestGroup.news("县民政局开展节前走访慰问", number: "22222222-2/2025-00001", published: "2025-06-26")
        try group.write(path, good)
        #expect(group.build().membersBuilt == 1)
        let edited = OutputSnapshot.of(group.output)
        #expect(!OutputSnapshot.differences(before, edited).isEmpty)
        // 索引号 of another agency's code: an error, so nothing is written.
        try group.write(path, good.replacingOccurrences(of: "22222222-2/2025-00001", with: "11111111-1/2025-00001"))
        let failed = group.build()
        #expect(!failed.succeeded && !failed.wroteOutput)
        #expect(OutputSnapshot.differences(edited, OutputSnapshot.of(group.output)).isEmpty)
        try group.write(path, good)
        let again = group.build()
        #expect(again.succeeded && again.membersReused == 1)
        #expect(OutputSnapshot.differences(edited, OutputSnapshot.of(group.output)).isEmpty)
    }

    @Test("a member dropped from group.json leaves no cached part behind")
    func droppedMember() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        let cache = GroupBuilder.partsCache(for: group.output)
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("mzj").path))
        try group.write("group.json", TestGroup.twoMembers.replacingOccurrences(of: ",\n    { \"id\": \"mzj\", \"title\": \"测试县民政局\", \"kind\": \"部门\", \"path\": \"members/mzj\" }", with: ""))
        let report = group.build()
        #expect(report.succeeded && report.membersBuilt == 1)
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent("mzj").path))
        #expect(group.read("mzj/index.html") == nil)
    }
}

/// A small seeded generator (SplitMix64), so a test's sequence of edits is the same on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}

@Suite("the portal's search is merged again only when a member with search changed")
struct GroupSearchReuseTests {
    private func inode(_ url: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.systemFileNumber] as? Int
    }

    @Test("an unchanged rebuild links the last merge; an edited member's rebuild merges again, and the output is a clean build's")
    func mergedOnce() throws {
        let group = try TestGroup()
        defer { group.remove() }
        #expect(group.build().succeeded)
        let cached = GroupBuilder.partsCache(for: group.output).appendingPathComponent(GroupBuilder.searchCacheName)
        let shard = "search/s/000.bin"
        let first = try #require(inode(cached.appendingPathComponent(shard)))
        #expect(inode(group.output.appendingPathComponent(shard)) == first)
        #expect(group.build().membersReused == 2)
        #expect(inode(cached.appendingPathComponent(shard)) == first && inode(group.output.appendingPathComponent(shard)) == first)
        try group.write("members/mzj/content/gzdt/b.md", TestGroup.news("县民政局开展节前走访慰问", number: "22222222-2/2025-00001", published: "2025-06-26"))
        #expect(group.build().membersBuilt == 1)
        let second = try #require(inode(cached.appendingPathComponent(shard)))
        #expect(second != first && inode(group.output.appendingPathComponent(shard)) == second)
        var clean = group.options()
        clean.outputFolder = group.folder.appendingPathComponent("clean")
        #expect(GroupBuilder.build(clean).succeeded)
        let a = OutputSnapshot.of(group.output), b = OutputSnapshot.of(clean.resolvedOutputFolder)
        #expect(OutputSnapshot.differences(a, b).isEmpty, "\(OutputSnapshot.differences(a, b).prefix(10))")
    }
}

@Suite("a value worked out on another thread")
struct BackgroundValueTests {
    @Test("the value is the work's result, worked out on another thread, and asking again gives it again")
    func value() {
        let caller = ObjectIdentifier(Thread.current)
        let background = BackgroundValue { (ObjectIdentifier(Thread.current) != caller, (1...1000).reduce(0, +)) }
        #expect(background.value().0 && background.value().1 == 500_500)
        #expect(background.value().1 == 500_500)
    }
}
