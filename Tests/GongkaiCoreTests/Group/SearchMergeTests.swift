import Foundation
import Testing
@testable import GongkaiCore

/// `SearchIndexMerger`'s k-way merge against the dictionary merge it replaced
/// (`ReferenceSearchMerge`), on generated members whose shard counts differ, whose terms
/// overlap, are shared by all or belong to one member, share long prefixes, and whose
/// posting lists are long and carry bigram positions; with each shard's side table of last
/// documents (`SearchLastDocuments`), as a member's build writes them, and without.
@Suite("the site group's search merge", .serialized)
struct SearchMergeTests {
    /// A deterministic stream of numbers (a linear congruential generator).
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Terms every member has: short and CJK ones, and long ones with a common eight-byte
    /// prefix, or that are prefixes of each other.
    static let sharedTerms = ["养老", "服务", "养老服务补贴", "养老服务补助", "养老服务", "policy", "abcdefgh", "abcdefghi",
                              "abcdefghij", "abcdefghik", "abcdefgh2025", "a", "ab", "2025", "民"]

    /// Member `k` of documents `documents`: its terms (shared, some of the overlapping pool,
    /// its own) with posting lists, written as shard files under `folder` as a member's build
    /// writes them, with their side tables (`MemberLastDocuments`) when `lastDocuments`.
    static func member(_ k: Int, documents: Int, ownTerms: Int, folder: URL, lastDocuments: Bool = true) throws -> SearchIndexPart {
        var numbers = Numbers(state: UInt64(k + 1) * 0x9E37_79B9)
        var terms = sharedTerms
        for i in 0..<400 where i % (k + 2) == 0 || i % 3 == k % 3 { terms.append("重叠\(i)") }
        for i in 0..<ownTerms { terms.append("成员\(k)专有\(i)") }
        let lists = SearchPostingLists(), phraseLists = SearchPostingLists()
        for t in terms.indices {
            _ = lists.addList()
            _ = phraseLists.addList()
            // Shared terms are in most documents (long lists); the rest in a few, far apart
            // (gaps of several varint bytes).
            let step = t < sharedTerms.count ? 1 + t % 3 : 1 + numbers.next(max(1, documents / 3))
            var document = t < sharedTerms.count ? t % 2 % documents : numbers.next(max(1, documents / 4))
            while document < documents {
                let fields = UInt8(1 + numbers.next(15))
                lists.append(t, document: document, fields: fields)
                // A few close positions, or many (past eight bytes), some far apart (two-byte varints).
                let spread: Int32 = t % 4 == 0 ? 300 : 3
                let positions = (0..<(1 + numbers.next(t % 5 == 0 ? 14 : 4))).map { Int32($0) * spread + Int32(numbers.next(3)) }
                positions.withUnsafeBufferPointer { phraseLists.append(t, document: document, fields: fields, positions: $0) }
                document += step
            }
        }
        var files: [(String, [UInt8])] = []
        var shardCounts: [Int] = []
        let tables = MemberLastDocuments()
        for (phrase, postings) in [(false, lists), (true, phraseLists)] {
            let writer = SearchShardWriter(terms: terms, postings: postings)
            for n in 0..<writer.shardCount {
                let path = phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)
                files.append((path, writer.shard(n)))
                if lastDocuments { tables.add(writer.lastDocuments(n), as: SearchLastDocuments.path(ofShard: path)) }
            }
            shardCounts.append(writer.shardCount)
        }
        let part = folder.appendingPathComponent("m\(k)")
        let table = try Self.pack(files, in: part)
        if lastDocuments, let failure = tables.finish(in: part) { throw OutputWriter.Failure.io(failure) }
        return SearchIndexPart(id: "m\(k)", title: "成员\(k)", folder: part, dataHref: "/m\(k)/search/", documents: documents,
                               shards: shardCounts[0], phraseShards: shardCounts[1], version: "v\(k)", table: table)
    }

    /// Shard files in a member's search pack in `folder`, as a member's build leaves them; the pack's table.
    static func pack(_ files: [(path: String, bytes: [UInt8])], in folder: URL) throws -> [String: [Int]] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pack = try MemberSearchPack(folder: folder)
        for file in files {
            if let failure = file.bytes.withUnsafeBufferPointer({ pack.append($0, as: file.path) }) { throw OutputWriter.Failure.io(failure) }
        }
        if let failure = pack.finish() { throw OutputWriter.Failure.io(failure) }
        return try #require(try MemberSearchPack.table(in: folder))
    }

    /// The merge of `parts` fails as unreadable, naming `file` (`<member id>/<path in its part>`).
    static func expectUnreadable(_ parts: [SearchIndexPart], naming file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try SearchIndexMerger(parts: parts).write(to: CollectingSink())
        } throws: { error in
            guard case .unreadable(let named) = error as? SearchIndexMerger.Failure else { return false }
            return named == file
        }
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-search-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Members of these sizes, merged; each portal shard compared with the reference merge.
    /// `lastDocuments(k)`: whether member `k`'s part has its side tables (`search.last`).
    func compareWithReference(_ sizes: [(documents: Int, ownTerms: Int)], lastDocuments: (Int) -> Bool) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try sizes.enumerated().map {
            try Self.member($0.offset, documents: $0.element.documents, ownTerms: $0.element.ownTerms, folder: folder, lastDocuments: lastDocuments($0.offset))
        }
        var offsets: [Int] = [], documents = 0
        for part in parts {
            offsets.append(documents)
            documents += part.documents
        }
        let sink = CollectingSink()
        let result = try SearchIndexMerger(parts: parts).write(to: sink)
        #expect(result.documents == documents)
        var files: [String: [UInt8]] = [:]
        for file in sink.files {
            guard case .bytes(let bytes) = file.contents else { continue }
            files[file.path] = bytes
        }
        #expect(files.count == result.shards + result.phraseShards)
        var terms = 0
        for phrase in [false, true] {
            let count = phrase ? result.phraseShards : result.shards
            let memberShards = parts.map { phrase ? $0.phraseShards : $0.shards }
            for n in 0..<count {
                let expected = try ReferenceSearchMerge.shard(n, of: count, phrase: phrase, memberShards: memberShards, offsets: offsets) { k, m in
                    try parts[k].shard(m, phrase: phrase)
                }
                let path = phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)
                #expect(files[path] == expected, "\(path)")
                if !phrase { terms += try SearchShardFile.entries(expected).count }
            }
        }
        #expect(result.terms == terms)
    }

    @Test("a merge of members with overlapping, shared and own terms gives the bytes of the dictionary merge",
          arguments: [
              // Members of one, two, four … shards: the portal has more shards than most.
              [(40, 30), (3000, 600), (700, 200), (1, 0), (1500, 2500)],
              // One member alone, and many small ones of one shard each.
              [(2500, 3000)],
              [(5, 2), (9, 3), (2, 1), (30, 8), (4, 4), (17, 0), (60, 20), (3, 1), (11, 5), (8, 2), (1, 1), (40, 9)],
          ])
    func equalsReference(sizes: [(Int, Int)]) throws {
        try compareWithReference(sizes.map { (documents: $0.0, ownTerms: $0.1) }) { _ in true }
    }

    @Test("members whose parts lack the side tables of last documents, all or some, are merged to the same bytes by decoding their lists",
          arguments: [0, 1, 2])
    func equalsReferenceWithoutSideTables(variant: Int) throws {
        let sizes = [(40, 30), (3000, 600), (700, 200), (1, 0), (1500, 2500)].map { (documents: $0.0, ownTerms: $0.1) }
        // None has them; every other member has them; only the last has them.
        try compareWithReference(sizes) { k in [false, k % 2 == 0, k == sizes.count - 1][variant] }
    }

    @Test("a side table gives each term's last document, as decoding the term's list does, in the shard's order of terms")
    func sideTableHoldsLastDocuments() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = try Self.member(1, documents: 3000, ownTerms: 600, folder: folder)
        let tables = try #require(try MemberLastDocuments.read(in: part.folder))
        #expect(tables.shards == part.shards && tables.phraseShards == part.phraseShards)
        var checked = 0
        for phrase in [false, true] {
            for n in 0..<(phrase ? part.phraseShards : part.shards) {
                let entries = try SearchShardFile.entries(try part.shard(n, phrase: phrase))
                var expected: [UInt8] = []
                SearchShardWriter.appendVarint(UInt64(entries.count), to: &expected)
                for entry in entries {
                    var scratch: [UInt8] = []
                    let last = try ReferenceSearchMerge.appendRebased(entry.postings, offset: 0, after: 0, positions: phrase, to: &scratch)
                    SearchShardWriter.appendVarint(UInt64(last), to: &expected)
                    checked += 1
                }
                #expect(tables.table(n, phrase: phrase) == expected)
            }
        }
        #expect(checked > 1000)
    }

    @Test("a malformed search.last fails the merge and names it: a table truncated, too long, of another count, the file cut or of other shard counts; a table that contradicts its lists names the shards",
          arguments: [0, 1, 2, 3, 4, 5, 6])
    func malformedSideTable(variant: Int) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try [(50, 10), (80, 20)].enumerated().map {
            try Self.member($0.offset, documents: $0.element.0, ownTerms: $0.element.1, folder: folder)
        }
        let tables = try #require(try MemberLastDocuments.read(in: parts[0].folder))
        let table = tables.table(0, phrase: false)
        var start = 0
        let terms = Int(try SearchShardFile.varint(table, &start))
        // Well-formed but wrong: every term's last document 0 (before the end of a list of
        // several), or past the member's documents.
        let zeros = SearchLastDocuments.file(count: terms, repeatElement(0, count: terms))
        let beyond = SearchLastDocuments.file(count: terms, repeatElement(50, count: terms))
        let bad = [Array(table.dropLast()), table + [0], [0] + table[start...], zeros, beyond, table, table][variant]
        // search.last again, with shard 0's table replaced (and the phrase shards' left out in variant 6).
        let rewritten = MemberLastDocuments()
        for phrase in variant == 6 ? [false] : [false, true] {
            for n in 0..<(phrase ? tables.phraseShards : tables.shards) {
                let path = SearchLastDocuments.path(ofShard: phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n))
                rewritten.add(n == 0 && !phrase ? bad : tables.table(n, phrase: phrase), as: path)
            }
        }
        try #require(rewritten.finish(in: parts[0].folder) == nil)
        if variant == 5 {
            let file = parts[0].folder.appendingPathComponent(MemberLastDocuments.fileName)
            try Data(try Data(contentsOf: file).dropLast()).write(to: file)
        }
        Self.expectUnreadable(parts, naming: ([3, 4].contains(variant) ? "m0/search/s" : "m0/\(MemberLastDocuments.fileName)"))
    }

    @Test("the generated members exercise the merge: shard counts differ, the portal has more shards, terms are shared by many")
    func membersExerciseTheMerge() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try [(40, 30), (3000, 600), (700, 200), (1, 0), (1500, 2500)].enumerated().map {
            try Self.member($0.offset, documents: $0.element.0, ownTerms: $0.element.1, folder: folder)
        }
        let result = try SearchIndexMerger(parts: parts).write(to: CollectingSink())
        #expect(Set(parts.map(\.shards)).count >= 3)
        #expect(Set(parts.map(\.phraseShards)).count >= 3)
        #expect(result.shards > parts.map(\.shards).max()! || result.shards > parts.map(\.shards).min()!)
        #expect(result.shards >= 8 && result.phraseShards >= 16)
        // A shared term's list is long: the big member's holds half or more of its documents.
        let big = try #require(parts.first { $0.documents == 3000 })
        let entries = try (0..<big.shards).flatMap { try SearchShardFile.entries(try big.shard($0, phrase: false)) }
        let longest = try #require(entries.map(\.postingCount).max())
        #expect(longest >= 1000)
    }

    @Test("a truncated member shard fails the merge and names the member's file",
          arguments: [false, true])
    func truncatedShard(phrase: Bool) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var parts = try [(50, 10), (80, 20)].enumerated().map {
            try Self.member($0.offset, documents: $0.element.0, ownTerms: $0.element.1, folder: folder)
        }
        let path = phrase ? URLBuilder.searchPhraseShardPath(0) : URLBuilder.searchShardPath(0)
        // The shard as if its pack ended halfway through it.
        let place = try #require(parts[1].table[path])
        parts[1].table[path] = [place[0], place[1] / 2]
        Self.expectUnreadable(parts, naming: "m1/\(path)")
    }

    @Test("a posting list that ends inside a varint fails the merge when another member's list of its term follows it")
    func truncatedPostingList() throws {
        // Two members with one shard each, one term: the first member's list is cut inside
        // its second posting's varint.
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ k: Int, postings: [UInt8], count: Int) throws -> SearchIndexPart {
            var file: [UInt8] = []
            SearchShardWriter.appendVarint(1, to: &file)
            SearchShardWriter.appendVarint(6, to: &file)
            file += Array("养老".utf8)
            SearchShardWriter.appendVarint(UInt64(count), to: &file)
            SearchShardWriter.appendVarint(UInt64(postings.count), to: &file)
            file += postings
            let part = folder.appendingPathComponent("m\(k)")
            let table = try Self.pack([(URLBuilder.searchShardPath(0), file), (URLBuilder.searchPhraseShardPath(0), [0])], in: part)
            return SearchIndexPart(id: "m\(k)", title: "m\(k)", folder: part, dataHref: "/m\(k)/search/", documents: 300,
                                   shards: 1, phraseShards: 1, version: "1", table: table)
        }
        let good = [try write(0, postings: [0x11, 0x81, 0x10], count: 2), try write(1, postings: [0x21], count: 1)]
        let sink = CollectingSink()
        _ = try SearchIndexMerger(parts: good).write(to: sink)
        let merged = sink.files.first { $0.path == URLBuilder.searchShardPath(0) }
        // 养老 in documents 1 and 1 + 128 of the first member, 2 + 300 of the second: the
        // second member's gap is 302 - 129 = 173 (two bytes), its fields kept.
        var expected: [UInt8] = [1, 6] + Array("养老".utf8) + [3, 5, 0x11, 0x81, 0x10]
        SearchShardWriter.appendVarint(173 << 4 | 1, to: &expected)
        guard case .bytes(let bytes)? = merged?.contents else { Issue.record("the merged shard is bytes"); return }
        #expect(bytes == expected)
        let cut = [try write(0, postings: [0x11, 0x81], count: 2), try write(1, postings: [0x21], count: 1)]
        Self.expectUnreadable(cut, naming: "m0/search/s")
    }
}
