import Foundation
import Testing
@testable import GongkaiCore

/// Reuse decisions from the files' stats (README “站群”, 只重建改动过的成员): a file whose size,
/// times and inode are those recorded at the last build keeps its recorded digest; any other
/// file is read again.
@Suite("a group rebuild reads only the input files whose stat changed")
struct GroupInputStatsTests {
    /// Sets every file under `folder` to modification time `seconds` (so none is too recent to trust).
    private func age(_ url: URL, to seconds: Int) throws {
        let date: [FileAttributeKey: Any] = [.modificationDate: Date(timeIntervalSince1970: TimeInterval(seconds))]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            try FileManager.default.setAttributes(date, ofItemAtPath: url.path)
            return
        }
        let walker = try #require(FileManager.default.enumerator(atPath: url.path))
        while let path = walker.nextObject() as? String {
            try FileManager.default.setAttributes(date, ofItemAtPath: url.appendingPathComponent(path).path)
        }
    }

    private func stats(_ group: TestGroup, _ id: String) -> MemberInputStats {
        MemberInputStats.read(from: GroupBuilder.partsCache(for: group.output).appendingPathComponent(id))
    }

    @Test("an edit that keeps the size but changes the bytes and the time is seen")
    func sameSizeEdit() throws {
        let group = try TestGroup()
        defer { group.remove() }
        try age(group.folder.appendingPathComponent("members"), to: 1_700_000_000)
        #expect(group.build().membersBuilt == 2)
        #expect(stats(group, "mzj").files["content/gzdt/b.md"] != nil)
        #expect(group.build().membersReused == 2)
        let path = "members/mzj/content/gzdt/b.md"
        let before = try #require(try? String(contentsOf: group.folder.appendingPathComponent(path), encoding: .utf8))
        let after = before.replacingOccurrences(of: "县民政局", with: "市民政局")
        #expect(after.utf8.count == before.utf8.count && after != before)
        try group.write(path, after)
        try age(group.folder.appendingPathComponent(path), to: 1_700_000_100)
        let report = group.build()
        #expect(report.succeeded && report.membersBuilt == 1 && report.membersReused == 1)
        #expect(group.read("mzj/gzdt/b.html")?.contains("市民政局") == true)
    }

    @Test("an edit that keeps the size and puts the old time back is still seen: its change time moved")
    func restoredTime() throws {
        let group = try TestGroup()
        defer { group.remove() }
        try age(group.folder.appendingPathComponent("members"), to: 1_700_000_000)
        #expect(group.build().membersBuilt == 2)
        let path = "members/mzj/content/gzdt/b.md"
        let before = try #require(try? String(contentsOf: group.folder.appendingPathComponent(path), encoding: .utf8))
        try group.write(path, before.replacingOccurrences(of: "县民政局", with: "市民政局"))
        try age(group.folder.appendingPathComponent(path), to: 1_700_000_000)
        let report = group.build()
        #expect(report.membersBuilt == 1 && report.membersReused == 1)
    }

    @Test("a file whose stat is unchanged keeps its recorded digest without being read, and a touched one is read again")
    func statTrusted() throws {
        let group = try TestGroup()
        defer { group.remove() }
        try age(group.folder.appendingPathComponent("members"), to: 1_700_000_000)
        #expect(group.build().membersBuilt == 2)
        let folder = GroupBuilder.partsCache(for: group.output).appendingPathComponent("mzj")
        let wrong = String(repeating: "0", count: 32)
        // A wrong recorded digest of a file whose time moved: the file is read, its digest is
        // right, the part is reused…
        try age(group.folder.appendingPathComponent("members/mzj/content/gzdt/b.md"), to: 1_700_000_200)
        var recorded = MemberInputStats.read(from: folder)
        recorded.files["content/gzdt/b.md"]?.digest = wrong
        recorded.write(to: folder)
        #expect(group.build().membersReused == 2)
        #expect(MemberInputStats.read(from: folder).files["content/gzdt/b.md"]?.digest != wrong)
        // …while with its stat unchanged the wrong digest is trusted: the member's inputs then
        // differ from its part's, and it is built again.
        recorded = MemberInputStats.read(from: folder)
        recorded.files["content/gzdt/b.md"]?.digest = wrong
        recorded.write(to: folder)
        #expect(group.build().membersBuilt == 1)
    }

    @Test("a file changed just before the stats were taken is read again, whatever its stat")
    func racyFile() throws {
        var stats = MemberInputStats()
        stats.taken = 10_000_000_000
        let entry = MemberInputStats.Entry(size: 5, mtime: 9_000_000_000, ctime: 9_000_000_000, inode: 7, digest: "d")
        stats.files["content/a.md"] = entry
        #expect(stats.unchanged("content/a.md", entry) == nil)
        var old = entry
        old.mtime = 1_000_000_000
        stats.files["content/a.md"] = old
        #expect(stats.unchanged("content/a.md", old) == old)
        var moved = old
        moved.inode = 8
        #expect(stats.unchanged("content/a.md", moved) == nil)
    }
}

@Suite("the recorded stats are written again only when they tell something new")
struct MemberInputStatsReplaceTests {
    private static let entry = MemberInputStats.Entry(size: 5, mtime: 1_000_000_000, ctime: 1_000_000_000, inode: 7, digest: "d")

    @Test("the same files, none recent: not written; a changed or a once-recent file: written")
    func replaces() {
        var known = MemberInputStats()
        known.taken = 10_000_000_000
        known.files["content/a.md"] = Self.entry
        var now = known
        now.taken = 20_000_000_000
        #expect(!now.replaces(known))
        var changed = now
        changed.files["content/a.md"]?.size = 6
        #expect(changed.replaces(known))
        var recent = known
        recent.files["content/a.md"]?.mtime = 9_500_000_000
        var later = recent
        later.taken = 20_000_000_000
        #expect(later.replaces(recent))
    }
}
