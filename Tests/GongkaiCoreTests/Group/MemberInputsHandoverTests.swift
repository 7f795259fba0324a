import Foundation
import Testing
@testable import GongkaiCore

/// A member built whatever its digest takes the digest from its own load (README “站群”,
/// 只重建改动过的成员): the load hands over what it read of site.json and the Markdown, so a
/// build from scratch reads each input file once — and the digest is still exactly the one
/// `MemberInputs.digest` gives for the same files.
@Suite("a member's input digest taken from its load is the one MemberInputs.digest gives")
struct MemberInputsHandoverTests {
    /// The two-member group, with every kind of input file: a content asset, static/, the
    /// member's themes/ and data/, and the group folder's themes/.
    private static var files: [String: String] {
        var files = TestGroup.twoMemberFiles
        files["members/mzj/content/gzdt/c.md"] = TestGroup.news("县民政局发放救助金", number: "22222222-2/2025-00002", published: "2025-06-26")
        files["members/mzj/content/gzdt/table.csv"] = "年份,人数\n2025,12\n"
        files["members/mzj/static/site.css"] = "body { color: #333; }\n"
        files["members/mzj/themes/spare/page.mustache"] = "<p>{{title}}</p>\n"
        files["members/mzj/data/links.json"] = "[]\n"
        files["themes/shared/base.css"] = "main { margin: 0; }\n"
        return files
    }

    /// Sets the modification time of the file or of every file under `path` (from the group folder).
    private func age(_ group: TestGroup, _ path: String, to seconds: Int) throws {
        let url = group.folder.appendingPathComponent(path)
        let date: [FileAttributeKey: Any] = [.modificationDate: Date(timeIntervalSince1970: TimeInterval(seconds))]
        try FileManager.default.setAttributes(date, ofItemAtPath: url.path)
        guard let walker = FileManager.default.enumerator(atPath: url.path) else { return }
        while let child = walker.nextObject() as? String {
            try FileManager.default.setAttributes(date, ofItemAtPath: url.appendingPathComponent(child).path)
        }
    }

    private func builder(_ group: TestGroup) throws -> MemberPartBuilder {
        let options = group.options()
        var report = BuildReport()
        let (config, bytes) = try #require(GroupBuilder.loadGroupAndBytes(options, into: &report))
        let loader = GroupMemberLoader(group: config, groupFolder: group.folder, options: options)
        return MemberPartBuilder(loader: loader, stamp: MemberPart.stamp(groupJSON: bytes, options: options))
    }

    /// The digest as the upfront loop takes it, reading every file whose stat is not in `known`.
    private func upfront(_ builder: MemberPartBuilder, _ index: Int, known: MemberInputStats) -> (digest: String, stats: MemberInputStats) {
        let member = builder.loader.group.members[index]
        return MemberInputs.digest(member: member, folder: builder.loader.folder(of: member), groupFolder: builder.loader.groupFolder,
                                   stamp: builder.stamp, today: builder.loader.options.resolvedToday(), known: known)
    }

    /// A change between two builds, made to the member `mzj` (index 1) or the group folder.
    enum Change: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case markdownEdited, markdownTouchedJustNow, markdownAdded, markdownDeleted, siteJSONEdited,
             contentAssetEdited, staticEdited, memberThemeEdited, dataEdited, groupThemeEdited, staticAdded, groupThemeDeleted

        var testDescription: String { rawValue }

        /// Whether the member's inputs differ after the change.
        var changesInputs: Bool { self != .markdownTouchedJustNow }

        func apply(to group: TestGroup) throws {
            let fm = FileManager.default
            switch self {
            case .markdownEdited:
                try group.write("members/mzj/content/gzdt/b.md", TestGroup.news("县民政局开展走访慰问活动", number: "22222222-2/2025-00001", published: "2025-06-25"))
            case .markdownTouchedJustNow:
                // Same bytes, a time inside the racy window: its stat is not trusted.
                try fm.setAttributes([.modificationDate: Date()], ofItemAtPath: group.folder.appendingPathComponent("members/mzj/content/gzdt/b.md").path)
            case .markdownAdded:
                try group.write("members/mzj/content/gzdt/d.md", TestGroup.news("县民政局召开会议", number: "22222222-2/2025-00003", published: "2025-06-27"))
            case .markdownDeleted:
                try fm.removeItem(at: group.folder.appendingPathComponent("members/mzj/content/gzdt/c.md"))
            case .siteJSONEdited:
                try group.write("members/mzj/site.json", TestGroup.memberConfig(agency: "测试县民政局", code: "22222222-2") + "\n")
            case .contentAssetEdited:
                try group.write("members/mzj/content/gzdt/table.csv", "年份,人数\n2025,13\n")
            case .staticEdited:
                try group.write("members/mzj/static/site.css", "body { color: #222; }\n")
            case .memberThemeEdited:
                try group.write("members/mzj/themes/spare/page.mustache", "<p>{{ title }}</p>\n")
            case .dataEdited:
                try group.write("members/mzj/data/links.json", "[1]\n")
            case .groupThemeEdited:
                try group.write("themes/shared/base.css", "main { margin: 1px; }\n")
            case .staticAdded:
                try group.write("members/mzj/static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
            case .groupThemeDeleted:
                try fm.removeItem(at: group.folder.appendingPathComponent("themes/shared/base.css"))
            }
        }
    }

    @Test("from scratch and after each change, the load's digest and stats equal MemberInputs.digest's", arguments: Change.allCases)
    func sameDigest(change: Change) throws {
        let group = try TestGroup(files: Self.files)
        defer { group.remove() }
        try age(group, "members", to: 1_700_000_000)
        try age(group, "themes", to: 1_700_000_000)
        let builder = try builder(group)
        let first = try #require(builder.load(1, crossMember: CrossMemberLinks(), digesting: MemberInputStats()).inputs)
        let expected = upfront(builder, 1, known: MemberInputStats())
        #expect(first.digest == expected.digest)
        #expect(first.stats.files == expected.stats.files)
        #expect(first.stats.files.keys.contains("group:themes/shared/base.css") && first.stats.files.keys.contains("data/links.json"))

        try change.apply(to: group)
        let loaded = builder.load(1, crossMember: CrossMemberLinks(), digesting: first.stats)
        let second = try #require(loaded.inputs)
        let again = upfront(builder, 1, known: first.stats)
        #expect(second.digest == again.digest)
        #expect(second.stats.files == again.stats.files)
        #expect((second.digest != first.digest) == change.changesInputs)
        #expect(loaded.site != nil, "the member still loads")
    }

    @Test("a load not asked for the digest takes none, and the other member's digest is its own")
    func onlyWhenAsked() throws {
        let group = try TestGroup(files: Self.files)
        defer { group.remove() }
        let builder = try builder(group)
        #expect(builder.load(1, crossMember: CrossMemberLinks()).inputs == nil)
        let xzf = try #require(builder.load(0, crossMember: CrossMemberLinks(), digesting: MemberInputStats()).inputs)
        #expect(xzf.digest == upfront(builder, 0, known: MemberInputStats()).digest)
        #expect(Set(xzf.stats.files.keys) == ["site.json", "content/gzdt/a.md", "group:themes/shared/base.css"])
    }

    @Test("the files the load reads are taken from it, not read again; the others are read before it")
    func handedOver() throws {
        let group = try TestGroup(files: Self.files)
        defer { group.remove() }
        let builder = try builder(group)
        let member = builder.loader.group.members[1]
        let pending = MemberInputs.begin(member: member, folder: builder.loader.folder(of: member), groupFolder: group.folder,
                                         stamp: builder.stamp, today: builder.loader.options.resolvedToday(), known: MemberInputStats())
        let handed = MemberInputStats.Entry(size: 1, mtime: 2, ctime: 3, inode: 4, digest: "handed")
        let (_, stats) = pending.finish(read: ["content/gzdt/b.md": handed, "site.json": handed, "static/site.css": handed])
        #expect(stats.files["content/gzdt/b.md"] == handed)
        #expect(stats.files["site.json"] == handed)
        // Not one the load reads: its entry was taken by `begin`, from the file.
        #expect(stats.files["static/site.css"]?.digest != "handed" && stats.files["static/site.css"] != nil)
        // Left for the load but not handed over: read as `digest` reads it.
        #expect(stats.files["content/gzdt/c.md"] == upfront(builder, 1, known: MemberInputStats()).stats.files["content/gzdt/c.md"])
        #expect(MemberInputs.readByLoad("content/gzdt/b.md") && MemberInputs.readByLoad("site.json"))
        #expect(!MemberInputs.readByLoad("content/gzdt/table.csv") && !MemberInputs.readByLoad("static/a.md") && !MemberInputs.readByLoad("group:themes/x/site.json"))
    }

    @Test("the content loader records every Markdown file it read, with its stat and the digest of its bytes")
    func contentLoaderRecords() throws {
        let group = try TestGroup(files: Self.files)
        defer { group.remove() }
        let builder = try builder(group)
        var diagnostics: [Diagnostic] = []
        var reads: [String: MemberInputStats.Entry]? = [:]
        _ = builder.loader.load(builder.loader.group.members[1], into: &diagnostics, reads: &reads)
        let recorded = try #require(reads)
        #expect(Set(recorded.keys) == ["site.json", "content/gzdt/b.md", "content/gzdt/c.md"])
        for (key, entry) in recorded {
            let path = group.folder.appendingPathComponent("members/mzj/\(key)").path
            var expected = try #require(MemberInputStats.fileStat(path))
            var digest = ContentDigest()
            digest.add(Array(try #require(FileManager.default.contents(atPath: path))))
            expected.digest = digest.hex
            #expect(entry == expected, "\(key)")
        }
        var none: [String: MemberInputStats.Entry]?
        _ = builder.loader.load(builder.loader.group.members[1], into: &diagnostics, reads: &none)
        #expect(none == nil)
    }

    @Test("a group built from scratch, and a part built alone, record the inputs MemberInputs.digest gives; the rebuild reuses every member")
    func recordedByBuilds() throws {
        let group = try TestGroup(files: Self.files)
        defer { group.remove() }
        try age(group, "members", to: 1_700_000_000)
        try age(group, "themes", to: 1_700_000_000)
        #expect(group.build().membersBuilt == 2)
        let builder = try builder(group)
        let cache = GroupBuilder.partsCache(for: group.output)
        for (index, id) in ["xzf", "mzj"].enumerated() {
            let part = try MemberPart.read(from: cache.appendingPathComponent(id)).get()
            let expected = upfront(builder, index, known: MemberInputStats())
            #expect(part.inputs == expected.digest)
            #expect(MemberInputStats.read(from: cache.appendingPathComponent(id)).files == expected.stats.files)
        }
        let again = group.build()
        #expect(again.membersReused == 2 && again.membersBuilt == 0)

        let parts = group.folder.appendingPathComponent("parts")
        let report = GroupBuilder.buildPart(group.options(), member: .id("mzj"), parts: parts)
        #expect(report.succeeded)
        let part = try MemberPart.read(from: parts.appendingPathComponent("mzj")).get()
        #expect(part.inputs == upfront(builder, 1, known: MemberInputStats()).digest)
        #expect(MemberInputStats.read(from: parts.appendingPathComponent("mzj")).files == upfront(builder, 1, known: MemberInputStats()).stats.files)
    }

    @Test("a file written just before a build from scratch is not trusted by its stat next time; an old one is")
    func racyAfterScratch() throws {
        let group = try TestGroup(files: Self.files)
        defer { group.remove() }
        try age(group, "members", to: 1_700_000_000)
        try age(group, "themes", to: 1_700_000_000)
        try group.write("members/mzj/content/gzdt/b.md", TestGroup.news("县民政局开展走访慰问", number: "22222222-2/2025-00001", published: "2025-06-25"))
        #expect(group.build().membersBuilt == 2)
        let stats = MemberInputStats.read(from: GroupBuilder.partsCache(for: group.output).appendingPathComponent("mzj"))
        let member = group.folder.appendingPathComponent("members/mzj")
        let fresh = try #require(MemberInputStats.fileStat(member.appendingPathComponent("content/gzdt/b.md").path))
        let old = try #require(MemberInputStats.fileStat(member.appendingPathComponent("content/gzdt/c.md").path))
        #expect(stats.files["content/gzdt/b.md"] != nil && stats.unchanged("content/gzdt/b.md", fresh) == nil)
        #expect(stats.unchanged("content/gzdt/c.md", old) != nil)
    }
}

@Suite("a content digest's hex form")
struct ContentDigestHexTests {
    /// The form the digests had before `ContentDigest.hex` wrote its digits itself.
    private func reference(_ a: UInt64, _ b: UInt64) -> String {
        [a, b].map { String(repeating: "0", count: 16 - String($0, radix: 16).count) + String($0, radix: 16) }.joined()
    }

    private static let words: [(UInt64, UInt64)] = [(0, 0), (1, 0xf), (0xabc, .max), (0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210), (.max >> 4, 1 << 63)]

    @Test("is both words as 16 lowercase hex digits each, leading zeros kept", arguments: words)
    func hexForm(a: UInt64, b: UInt64) {
        #expect(ContentDigest.hex(a, b) == reference(a, b))
        #expect(ContentDigest.hex(a, b).utf8.count == 32)
    }

    @Test("a digest of bytes keeps the hex it had: the recorded stats and parts stay valid")
    func knownValue() {
        // Worked out apart from the code (the same mixing steps in Python), in the old form.
        var digest = ContentDigest()
        digest.add("县民政局")
        #expect(digest.hex == "0f8597b8e2a06ae2cbee5e959bc8fa12")
    }

    @Test("longer bytes go sixteen at a time, one word into each half, then eight, then the rest",
          arguments: [("abcdefghijklmnopqrstuvwxyz", "e137b56881604a6abaf3ad77acd15567"),
                      ("县民政局关于印发《明川县养老服务体系建设若干措施》的通知", "07a6e751d26ac6bc8c9ee3669b9ce937")])
    func longerKnownValues(text: String, hex: String) {
        // Worked out apart from the code, by the same steps in Python (bench/PERFORMANCE.md).
        var digest = ContentDigest()
        digest.add(text)
        #expect(digest.hex == hex)
    }

    @Test("a change of any one byte of a long input changes its digest")
    func everyByteCounts() {
        let bytes = (0..<83).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var base = ContentDigest()
        base.add(bytes)
        for i in bytes.indices {
            var changed = bytes
            changed[i] ^= 0x20
            var digest = ContentDigest()
            digest.add(changed)
            #expect(digest.hex != base.hex, "byte \(i)")
        }
    }
}
