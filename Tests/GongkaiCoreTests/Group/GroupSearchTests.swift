import Foundation
import Testing
@testable import GongkaiCore

/// The portal's one search over every member (README “站群”): its index is the members'
/// indexes merged shard by shard (`SearchIndexMerger`), evaluated here as search.js does.
@Suite("the portal's combined search", .serialized)
struct GroupSearchTests {
    static let base = "https://www.qingshan.gov.cn/sub/dir/xxgk/"

    private func build() throws -> URL {
        var options = BuildOptions(siteFolder: ExampleGroupTests.folder)
        options.outputFolder = ExampleSite.temporaryOutput("group-search")
        options.baseURL = Self.base
        options.today = Day(year: 2025, month: 11, day: 22)
        let report = GroupBuilder.build(options)
        try #require(report.succeeded, "\(report.diagnostics.prefix(5).map(\.formatted))")
        return options.outputFolder!
    }

    /// Each member's own index (from its part's search pack), with the portal number of its first document.
    private func members(_ output: URL, portal: SearchTestIndex) throws -> [(id: String, from: Int, index: SearchTestIndex)] {
        let parts = GroupBuilder.partsCache(for: output)
        return try portal.members.map {
            ($0.id, $0.from, try SearchTestIndex(part: parts.appendingPathComponent($0.id), output: output.appendingPathComponent($0.id)))
        }
    }

    @Test("every term's portal postings are the members' postings one after another, each moved by its member's offset")
    func mergedPostings() throws {
        let output = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var portal = try SearchTestIndex(output: output)
        let members = try members(output, portal: portal)
        #expect(members.map(\.id) == ["xzf", "mzj", "qsz"])
        #expect(portal.documentCount == members.reduce(0) { $0 + $1.index.documentCount })
        var expected: [Bool: [String: [SearchTestIndex.Posting]]] = [false: [:], true: [:]]
        for (_, from, index) in members {
            #expect(portal.shardCount >= index.shardCount && portal.phraseShardCount >= index.phraseShardCount)
            for phrase in [false, true] {
                for n in 0..<(phrase ? index.phraseShardCount : index.shardCount) {
                    for (term, list) in try index.readShard(n, phrase: phrase) {
                        expected[phrase]![term, default: []] += list.map { var p = $0; p.document += from; return p }
                    }
                }
            }
        }
        for phrase in [false, true] {
            var found = 0
            for n in 0..<(phrase ? portal.phraseShardCount : portal.shardCount) {
                for (term, list) in try portal.readShard(n, phrase: phrase) {
                    #expect(portal.shardNumber(of: term, phrase: phrase) == n)
                    #expect(list == expected[phrase]![term], "\(term)")
                    found += 1
                }
            }
            #expect(found == expected[phrase]!.count)
            #expect(found > 1000)
        }
        _ = try portal.search("养老")
    }

    @Test("a word, a phrase and two words find exactly what each member's own search finds, from several members",
          arguments: [("养老", false), ("养老服务补贴", true), ("民政 养老", false), ("养老服务", true)])
    func acrossMembers(query: String, shownInResult: Bool) throws {
        let output = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var portal = try SearchTestIndex(output: output)
        var expected: Set<Int> = []
        var holding: Set<String> = []
        for (id, from, var index) in try members(output, portal: portal) {
            let own = try index.search(query)
            if !own.isEmpty { holding.insert(id) }
            expected.formUnion(own.map { $0 + from })
        }
        let found = try portal.search(query)
        #expect(Set(found) == expected)     // recall and precision against the members' own searches
        #expect(found.count == Set(found).count)
        #expect(holding.count >= 2, "\(holding)")
        // Each result is the document its member's fragment shows, linked under the member's base.
        for n in found {
            let fragment = try portal.fragment(n)
            let member = try #require(portal.members.first { n >= $0.from && n < $0.from + $0.documents })
            #expect(fragment["u"]!.hasPrefix("/sub/dir/xxgk/\(member.id)/"), "\(fragment["u"]!)")
            // A phrase from the bodies is in what the result shows (other queries may match
            // metadata a result does not show: keywords, the catalog above the node).
            guard shownInResult else { continue }
            let text = SearchTokenizer.normalized(fragment.values.joined(separator: " "))
            for part in query.split(separator: " ") {
                #expect(String(String.UnicodeScalarView(text)).contains(String(String.UnicodeScalarView(SearchTokenizer.normalized(String(part))))), "\(fragment["t"]!)")
            }
        }
    }

    @Test("the 机构 filter keeps one member's results, alone or with a query and another filter")
    func memberFilter() throws {
        let output = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var portal = try SearchTestIndex(output: output)
        for (id, from, var index) in try members(output, portal: portal) {
            #expect(Set(try portal.search("民政", filters: ["member": id])) == Set(try index.search("民政").map { $0 + from }))
            #expect(Set(try portal.search("", filters: ["member": id])) == Set(0..<index.documentCount).map { $0 + from }.reduce(into: Set<Int>()) { $0.insert($1) })
            #expect(Set(try portal.search("民政", filters: ["member": id, "year": "2025"])) == Set(try index.search("民政", filters: ["year": "2025"]).map { $0 + from }))
        }
        let all = try portal.search("民政")
        let mzj = try portal.search("民政", filters: ["member": "mzj"])
        #expect(!mzj.isEmpty && mzj.count < all.count)
        #expect(try portal.search("民政", filters: ["member": "nosuch"]).isEmpty)
    }

    @Test("the portal's search page has the 机构 filter before the members' filters, and every page's search box goes to it")
    func searchPage() throws {
        let output = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let page = try String(contentsOf: output.appendingPathComponent("search/index.html"), encoding: .utf8)
        #expect(page.contains("data-index=\"/sub/dir/xxgk/search/\""))
        let member = try #require(page.range(of: "id=\"search-member\""))
        let node = try #require(page.range(of: "id=\"search-node\""))
        #expect(member.lowerBound < node.lowerBound)
        for title in ["青山县人民政府", "青山县民政局", "青山镇人民政府"] { #expect(page.contains("<option value=") && page.contains(title)) }
        #expect(page.contains("<option value=\"mzj\">青山县民政局</option>"))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("action=\"/sub/dir/xxgk/search/index.html\"") || home.contains("action=\"/sub/dir/xxgk/search/\""))
        let manifest = try String(contentsOf: output.appendingPathComponent("search/index.json"), encoding: .utf8)
        #expect(manifest.contains("\"data\":\"/sub/dir/xxgk/mzj/search/\""))
        // A member keeps its own search page, which searches the portal's index for the member
        // only; its shards are not in the output (only the fragments the results show).
        let own = try String(contentsOf: output.appendingPathComponent("mzj/search/index.html"), encoding: .utf8)
        #expect(own.contains("data-index=\"/sub/dir/xxgk/search/\" data-member=\"mzj\""))
        #expect(!own.contains("id=\"search-member\""))
        #expect(!page.contains("data-member="))
        let fm = FileManager.default
        for path in ["mzj/search/index.json", "mzj/search/s", "mzj/search/p"] { #expect(!fm.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)") }
        #expect(fm.fileExists(atPath: output.appendingPathComponent("mzj/search/d/0.json").path))
    }

    @Test("the merge reads only the members' parts: merged again from them it gives the same bytes")
    func mergeFromParts() throws {
        let output = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let portal = try SearchTestIndex(output: output)
        let cache = GroupBuilder.partsCache(for: output)
        let parts = try portal.members.map { m in
            try #require(try SearchIndexPart.read(id: m.id, title: m.id, partFolder: cache.appendingPathComponent(m.id), dataHref: m.data))
        }
        // Codable, so an assemble step may also be handed the parts as JSON.
        let decoded = try JSONDecoder().decode([SearchIndexPart].self, from: try JSONEncoder().encode(parts))
        let sink = CollectingSink()
        let result = try SearchIndexMerger(parts: decoded).write(to: sink)
        #expect(result.shards == portal.shardCount && result.phraseShards == portal.phraseShardCount)
        for file in sink.files where file.path != URLBuilder.searchManifestPath {
            guard case .bytes(let bytes) = file.contents else { Issue.record("\(file.path)"); continue }
            #expect(bytes == [UInt8](try Data(contentsOf: output.appendingPathComponent(file.path))), "\(file.path)")
        }
        #expect(sink.files.count == 1 + portal.shardCount + portal.phraseShardCount)
    }

    @Test("each member's part has every shard's side table of last documents, as its lists end; the portal and a site's own output have none")
    func sideTablesInPacks() throws {
        let output = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let portal = try SearchTestIndex(output: output)
        let cache = GroupBuilder.partsCache(for: output)
        var tables = 0
        for m in portal.members {
            let folder = cache.appendingPathComponent(m.id)
            let part = try #require(try SearchIndexPart.read(id: m.id, title: m.id, partFolder: folder, dataHref: m.data))
            let index = try SearchTestIndex(part: folder, output: output.appendingPathComponent(m.id))
            let sideTables = try #require(try MemberLastDocuments.read(in: folder))
            #expect(sideTables.shards == part.shards && sideTables.phraseShards == part.phraseShards)
            for phrase in [false, true] {
                for n in 0..<(phrase ? part.phraseShards : part.shards) {
                    let lists = try index.readShard(n, phrase: phrase)
                    let terms = try SearchShardFile.entries(try part.shard(n, phrase: phrase)).map { String(decoding: $0.term, as: UTF8.self) }
                    let expected = SearchLastDocuments.file(count: terms.count, terms.map { lists[$0]?.last?.document ?? Int(Int32.max) })
                    #expect(sideTables.table(n, phrase: phrase) == expected, "\(m.id) \(phrase ? "p" : "s") \(n)")
                    tables += 1
                }
            }
            // Not in the pack: its table lists the shards and the manifest alone.
            #expect(part.table.count == 1 + part.shards + part.phraseShards)
        }
        #expect(tables > 3)
        let lastFiles = { (folder: URL) in
            FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".last") }
        }
        #expect(lastFiles(output).isEmpty)
        let site = ExampleSite.temporaryOutput("no-side-tables")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let report = SiteBuilder.build(ExampleSite.options(output: site))
        try #require(report.succeeded)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(URLBuilder.searchShardPath(0)).path))
        #expect(lastFiles(site).isEmpty)
    }

    @Test("the portal's shard count follows the members' combined size and is at least each member's")
    func shardCount() {
        #expect(SearchIndexMerger.shardCount([100, 200], atLeast: 1) == 1)
        #expect(SearchIndexMerger.shardCount([8 * 1024, 1], atLeast: 1) == 2)
        #expect(SearchIndexMerger.shardCount([8 * 1024], atLeast: 4) == 4)
        #expect(SearchIndexMerger.shardCount([1 << 40], atLeast: 1) == SearchShardWriter.maxShardCount)
        #expect((0..<8).map { SearchIndexMerger.bitReversed($0, bits: 3) } == [0, 4, 2, 6, 1, 5, 3, 7])
    }
}

/// Keeps what a merge writes, in memory.
final class CollectingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [OutputFile] = []

    func receive(_ files: [OutputFile]) -> String? {
        lock.withLock { self.files += files }
        return nil
    }
}
