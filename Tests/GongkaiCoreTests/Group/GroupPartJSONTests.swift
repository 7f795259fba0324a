import Foundation
import Testing
@testable import GongkaiCore

/// The group's internal files (a member's `part.json`, its input stats, its search pack's
/// table) are written and read by hand (`CompactJSONWriter`, `CompactJSONReader`): what is read
/// back must be exactly what was written, and `JSONDecoder` must read the same bytes the same.
@Suite("the group's internal files: written and read by hand")
struct GroupPartJSONTests {
    /// Every character a string field could trip on: quotes, backslashes, every kind of
    /// control character, `/`, Chinese, emoji (four bytes, and a sequence with joiners),
    /// U+2028 and a noncharacter.
    static let awkward = "引号\"反斜杠\\ 控制\u{0}\u{1}\u{1F}\n\t\r\u{8}\u{C}\u{7F} 斜杠/ </script> 中文 😀👨‍👩‍👧 \u{2028}\u{FFFF}"

    /// Each member's part as `MemberPartBuilder` returns it, and as `MemberPart.read` reads it
    /// back from its folder, built as `gongkai build --member` builds it.
    private func builtParts(_ options: BuildOptions, into parts: URL) throws -> [(original: MemberPart, folder: URL)] {
        var report = BuildReport()
        let (group, bytes) = try #require(GroupBuilder.loadGroupAndBytes(options, into: &report))
        let loader = GroupMemberLoader(group: group, groupFolder: options.siteFolder, options: options)
        let stamp = MemberPart.stamp(groupJSON: bytes, options: options)
        let index = GroupBuilder.interpretationIndex(group, loader)
        return try group.members.indices.map { k in
            let folder = parts.appendingPathComponent(group.members[k].id)
            let part = try MemberPartBuilder(loader: loader, stamp: stamp)
                .build(k, into: folder, inputs: "inputs-\(k)", crossMember: index.links(for: k), progress: { _ in }).get()
            return (part, folder)
        }
    }

    /// `part` read back from `folder`, by hand and by `JSONDecoder`, is `part`.
    private func expectReadBack(_ part: MemberPart, from folder: URL) throws {
        guard case .success(let read) = MemberPart.read(from: folder) else {
            Issue.record("\(folder.lastPathComponent)/part.json is unreadable")
            return
        }
        #expect(read == part)
        let data = try Data(contentsOf: folder.appendingPathComponent(MemberPart.summaryFile))
        #expect(try JSONDecoder().decode(MemberPart.self, from: data) == part)
        // Written again, the same bytes.
        #expect(read.encoded() == Array(data))
    }

    @Test("every part of the example group reads back as the values written, interpretations across members included")
    func exampleGroup() throws {
        let root = ExampleSite.temporaryOutput("part-json").deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions(siteFolder: ExampleGroupTests.folder)
        options.today = Day(year: 2025, month: 11, day: 22)
        let parts = try builtParts(options, into: root.appendingPathComponent("parts"))
        #expect(parts.count == 3)
        for (part, folder) in parts { try expectReadBack(part, from: folder) }
        // The example's parts hold what the hand-written paths must carry: documents with
        // times and without, interpretations, catalogs with nested nodes, filters.
        let portals = parts.compactMap(\.original.portal)
        #expect(portals.count == 3 && portals.allSatisfy { !$0.latest.isEmpty && !$0.tree.isEmpty && !$0.sitemaps.isEmpty })
        #expect(portals.contains { !$0.latestInterpretations.isEmpty })
        #expect(portals.contains { $0.latest.contains { $0.published.minutes != nil } })
        #expect(portals.contains { !$0.searchFilters.publishers.isEmpty && !$0.searchFilters.nodes.isEmpty })
        #expect(parts.contains { !($0.original.entries?.interpretations.isEmpty ?? true) })
        #expect(parts.allSatisfy { !($0.original.facts?.numbers.isEmpty ?? true) })
        // Each pack's table, by hand and by `JSONDecoder`.
        for (part, folder) in parts where part.portal?.search == true {
            let table = try #require(try MemberSearchPack.table(in: folder))
            #expect(table[URLBuilder.searchManifestPath] != nil && table.keys.contains { $0.hasPrefix(URLBuilder.searchDataFolder + "s/") })
            let data = try Data(contentsOf: folder.appendingPathComponent(MemberSearchPack.tableFile))
            #expect(try JSONDecoder().decode([String: [Int]].self, from: data) == table)
        }
    }

    @Test("a member that names another member's policy, one with warnings, and a failed member read back as written")
    func crossMemberAndFailed() throws {
        var files = TestGroup.twoMemberFiles
        // 县民政局 explains the county government's document, one day late (a warning).
        files["members/mzj/content/zcjd/j.md"] = "---\ntitle: 常务会议解读\nindex_no: \"22222222-2/2025-00002\"\npublished: 2025-06-28 09:30\ninterprets: \"11111111-1/2025-00001\"\ninterpretation_form: 政策问答\n---\n\n解读。\n"
        let group = try TestGroup(files: files)
        defer { group.remove() }
        let parts = try builtParts(group.options(), into: group.folder.appendingPathComponent("parts"))
        let mzj = try #require(parts.first { $0.original.id == "mzj" }?.original)
        #expect(!mzj.links.documents.isEmpty && !mzj.diagnostics.isEmpty)
        #expect(parts.contains { !$0.original.links.interpretations.isEmpty })
        for (part, folder) in parts { try expectReadBack(part, from: folder) }

        // A member with an error: its part is failed, has no portal, only diagnostics.
        try group.write("members/mzj/content/gzdt/bad.md", "---\ntitle: 无日期\n---\n\n正文。\n")
        let failed = try builtParts(group.options(), into: group.folder.appendingPathComponent("failed"))
        let bad = try #require(failed.first { $0.original.id == "mzj" })
        #expect(bad.original.failed && bad.original.diagnostics.hasErrors)
        for (part, folder) in failed { try expectReadBack(part, from: folder) }
    }

    /// A real part with every string it holds replaced by `awkward` (and every key of its
    /// dictionaries), and numbers at their limits.
    private func awkwardPart() throws -> MemberPart {
        let group = try TestGroup()
        defer { group.remove() }
        var part = try #require(try builtParts(group.options(), into: group.folder.appendingPathComponent("parts")).first?.original)
        let a = Self.awkward
        func position(_ tag: String) -> SourcePosition { SourcePosition(file: tag + a, line: Int.max, column: 0) }
        let member = GroupMember(id: "id" + a, title: "title" + a, kind: .township, path: "path" + a,
                                 position: position("position"), idPosition: position("idPosition"), pathPosition: position("pathPosition"))
        let entry = CrossMemberLinks.Entry(memberID: "memberID" + a, memberTitle: "memberTitle" + a, title: "title" + a, href: "href" + a,
                                           published: Day(year: 9999, month: 12, day: 31)!, docNumber: "docNumber" + a,
                                           indexNumber: "indexNumber" + a, interpretationForm: "form" + a)
        var plain = entry
        plain.docNumber = nil
        plain.interpretationForm = nil
        part.stamp = "stamp" + a
        part.inputs = "inputs" + a
        part.version = "version" + a
        part.id = "id" + a
        part.index = Int.min
        part.documentCount = Int.max
        part.links.documents = ["key" + a: entry, "": plain]
        part.links.interpretations = ["key" + a: [entry, plain], "b": []]
        var entries = MemberIndexEntries()
        entries.documents = [entry, plain]
        entries.interpretations = [.init(entry: entry, numbers: ["number" + a, ""])]
        part.entries = entries
        part.diagnostics = [
            Diagnostic(file: "file" + a, line: 3, column: 7, end: SourcePoint(line: 4, column: 1), severity: .warning,
                       id: "id" + a, message: "message" + a, hint: "hint" + a),
            .error("error" + a, "message" + a),
        ]
        var facts = try #require(part.facts)
        facts.member = member
        facts.agencyCode = "agencyCode" + a
        facts.agencyCodePosition = position("agencyCodePosition")
        facts.numbers = [.init(number: "number" + a, position: position("number"))]
        part.facts = facts
        var portal = try #require(part.portal)
        portal.member = member
        portal.urls = try #require(URLBuilder(baseURL: "https://www.example.gov.cn/信息公开/id/"))
        let portalEntry = PortalEntry(title: "title" + a, href: "href" + a, absoluteURL: "absoluteURL" + a,
                                      published: DocumentDate(day: Day(year: 1, month: 1, day: 1)!, minutes: 1439), publisher: "publisher" + a,
                                      summary: "summary" + a, interpretationForm: "form" + a, memberIndex: -1, documentIndex: Int.max)
        var untimed = portalEntry
        untimed.published.minutes = nil
        untimed.interpretationForm = nil
        portal.latest = [portalEntry, untimed]
        portal.latestInterpretations = [untimed]
        portal.newest = nil
        portal.tree = [PortalTreeNode(title: "title" + a, href: "href" + a, count: nil,
                                      children: [PortalTreeNode(title: a, href: a, count: 0, children: [])])]
        portal.sitemaps = ["sitemap" + a, ""]
        portal.search = false
        var filters = PortalSearchFilters()
        filters.nodes = [.init(path: "path" + a, title: "title" + a, depth: 2)]
        filters.years = ["year" + a]
        filters.topics = ["topic" + a]
        filters.publishers = ["publisher" + a: 3, "b": 0]
        filters.statuses = ["status" + a]
        filters.forms = ["form" + a]
        portal.searchFilters = filters
        part.portal = portal
        return part
    }

    @Test("quotes, backslashes, control characters, Chinese and emoji in every string a part holds read back as written")
    func awkwardStrings() throws {
        let part = try awkwardPart()
        let bytes = part.encoded()
        // Control characters never appear raw; the text is valid UTF-8 that JSON parsers read.
        #expect(!bytes.dropLast().contains { $0 < 0x20 })
        #expect(try CompactJSONReader.decode(MemberPart.self, from: bytes) == part)
        #expect(try JSONDecoder().decode(MemberPart.self, from: Data(bytes)) == part)
        // The escapes are the short ones where JSON has them, and `\u00XX` for the rest.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"引号\"反斜杠\\ 控制\u0000\u0001\u001f\n\t\r\b\f"#))
        #expect(text.contains("\u{7F} 斜杠/ </script> 中文 😀👨‍👩‍👧 \u{2028}\u{FFFF}"))
    }

    @Test("input stats and a pack table with awkward paths and numbers at their limits read back as written")
    func statsAndTable() throws {
        let a = Self.awkward
        var stats = MemberInputStats()
        stats.taken = Int64.min
        stats.files = [
            "content/" + a: .init(size: Int64.max, mtime: Int64.min, ctime: -1, inode: UInt64.max, digest: "digest" + a),
            "site.json": .init(size: 0, mtime: 0, ctime: 1, inode: 0, digest: ""),
        ]
        let bytes = CompactJSONWriter.encode(stats)
        #expect(try CompactJSONReader.decode(MemberInputStats.self, from: bytes) == stats)
        #expect(try JSONDecoder().decode(MemberInputStats.self, from: Data(bytes)) == stats)

        let table: [String: [Int]] = ["search/s/" + a: [Int.max, 0], "search/manifest.json": [], "": [-1]]
        let tableBytes = CompactJSONWriter.encode(table)
        #expect(try CompactJSONReader.decode([String: [Int]].self, from: tableBytes) == table)
        #expect(try JSONDecoder().decode([String: [Int]].self, from: Data(tableBytes)) == table)
        // Keys sorted by their bytes, whatever the dictionary's order.
        #expect(String(decoding: tableBytes, as: UTF8.self).hasPrefix(#"{"":[-1],"search/manifest.json":[],"search/s/"#))
        let mixed: [String: Int] = ["中": 1, "é": 2, "z": 3, "Z": 4, "zz": 5, "e": 6]
        #expect(String(decoding: CompactJSONWriter.encode(mixed), as: UTF8.self) == "{\"Z\":4,\"e\":6,\"z\":3,\"zz\":5,\"é\":2,\"中\":1}")
    }

    @Test("written and read through the files: stats beside a part, and a part's summary")
    func throughFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-part-json-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = folder.appendingPathComponent("xzf")
        try FileManager.default.createDirectory(at: part, withIntermediateDirectories: true)
        var stats = MemberInputStats()
        stats.taken = 1_763_769_600_000_000_000
        stats.files = ["content/" + Self.awkward: .init(size: 12, mtime: 3, ctime: 4, inode: 5, digest: "ab")]
        stats.write(to: part)
        #expect(MemberInputStats.read(from: part) == stats)
        let summary = try awkwardPart()
        try Data(summary.encoded()).write(to: part.appendingPathComponent(MemberPart.summaryFile))
        guard case .success(let read) = MemberPart.read(from: part) else {
            Issue.record("unreadable")
            return
        }
        #expect(read == summary)
    }

    @Test("a summary cut short anywhere, or in another shape, is unreadable, never a crash or a wrong value")
    func strictReading() throws {
        let bytes = try awkwardPart().encoded()
        // Every seventh length (every one takes 18 s in a debug build), so cuts fall in every kind of token.
        for end in stride(from: 0, to: bytes.count - 1, by: 7) {
            #expect(throws: CompactJSONReader.Failure.self) { try CompactJSONReader.decode(MemberPart.self, from: Array(bytes[..<end])) }
        }
        // What JSONEncoder writes (white space, keys in its order) is not this format: such a
        // part (of an older release) is built again.
        let pretty = SortedJSON.bytes(try awkwardPart())
        #expect(throws: CompactJSONReader.Failure.self) { try CompactJSONReader.decode(MemberPart.self, from: pretty) }
        // Trailing bytes, a bad escape, a leading zero, a number too large: not read.
        for bad in [#"{"a":["x"]} "#, #"{"a":["\q"]}"#, #"{"a":[01]}"#, #"{"a":[99999999999999999999]}"#, #"{"a":["\ud800"]}"#, "{\"a\":[\"\n\"]}"] {
            #expect(throws: CompactJSONReader.Failure.self) { try CompactJSONReader.decode([String: [String]].self, from: Array(bad.utf8)) }
        }
        #expect(try CompactJSONReader.decode([String: [String]].self, from: Array(#"{"a":["\u00e9\ud83d\ude00\/"]}"#.utf8)) == ["a": ["é😀/"]])
    }

    @Test("a dictionary's keys are written in the order of their UTF-8 bytes, a key before the longer keys it starts")
    func dictionaryKeyOrder() {
        var keys = ["", "a", "ab", "b", "B", "content/gzdt/a.md", "content/gzdt/a.md.bak", "content/gzdt/",
                    "县民政局", "县民政", "县", "😀", "é", "z", "content/gzdt/2024-00010.md", "content/gzdt/2024-00009.md"]
        var state: UInt64 = 7
        for n in 0..<300 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            keys.append("content/fdzdgknr/\(state % 97)/\(n % 13 == 0 ? "政策" : "")\(state >> 40).md")
        }
        let order = [String: Int].keyOrder(keys)
        #expect(order.map { keys[$0] } == keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        let dictionary = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        let written = String(decoding: CompactJSONWriter.encode(dictionary), as: UTF8.self)
        let expected = "{" + keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { "\(String(decoding: CompactJSONWriter.encode($0), as: UTF8.self)):\(dictionary[$0]!)" }.joined(separator: ",") + "}"
        #expect(written == expected)
    }
}
