import Foundation
import Testing
@testable import GongkaiCore

/// The fast paths of the portal's search merge (bench/PERFORMANCE.md, “The site group's search
/// merge”, gmerge2) against the plain ones: the shard file written in place, its term count's
/// varint in reserved bytes, a term's first eight bytes stored as one word, member shards read
/// straight into their own memory, each shard found by the number read back from its path,
/// and FNV-1a 64 sixteen bytes a round.
@Suite("the search merge's fast paths", .serialized)
struct SearchMergeFastPathTests {
    /// A member whose terms are exactly `terms`, each in a few of its `documents` documents
    /// (positions too), written as a member's build writes its part.
    static func member(_ k: Int, terms: [String], documents: Int, folder: URL) throws -> SearchIndexPart {
        var numbers = SearchMergeTests.Numbers(state: UInt64(k + 7) * 0x2545_F491)
        let lists = SearchPostingLists(), phraseLists = SearchPostingLists()
        for t in terms.indices {
            _ = lists.addList()
            _ = phraseLists.addList()
            var document = numbers.next(max(1, documents / 2))
            while document < documents {
                let fields = UInt8(1 + numbers.next(15))
                lists.append(t, document: document, fields: fields)
                let positions = (0..<(1 + numbers.next(3))).map { Int32($0 * 5 + numbers.next(4)) }
                positions.withUnsafeBufferPointer { phraseLists.append(t, document: document, fields: fields, positions: $0) }
                document += 1 + numbers.next(max(1, documents / 3))
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
                tables.add(writer.lastDocuments(n), as: SearchLastDocuments.path(ofShard: path))
            }
            shardCounts.append(writer.shardCount)
        }
        let part = folder.appendingPathComponent("m\(k)")
        let table = try SearchMergeTests.pack(files, in: part)
        if let failure = tables.finish(in: part) { throw OutputWriter.Failure.io(failure) }
        return SearchIndexPart(id: "m\(k)", title: "成员\(k)", folder: part, dataHref: "/m\(k)/search/", documents: documents,
                               shards: shardCounts[0], phraseShards: shardCounts[1], version: "v\(k)", table: table)
    }

    /// Merges `parts` and compares every portal shard with the reference merge; the portal's shard files.
    @discardableResult
    static func compareWithReference(_ parts: [SearchIndexPart]) throws -> [String: [UInt8]] {
        var offsets: [Int] = [], documents = 0
        for part in parts {
            offsets.append(documents)
            documents += part.documents
        }
        let sink = CollectingSink()
        let result = try SearchIndexMerger(parts: parts).write(to: sink)
        var files: [String: [UInt8]] = [:]
        for file in sink.files {
            if case .bytes(let bytes) = file.contents { files[file.path] = bytes }
        }
        var terms = 0
        for phrase in [false, true] {
            let count = phrase ? result.phraseShards : result.shards
            for n in 0..<count {
                let expected = try ReferenceSearchMerge.shard(n, of: count, phrase: phrase, memberShards: parts.map { phrase ? $0.phraseShards : $0.shards },
                                                              offsets: offsets) { k, m in try parts[k].shard(m, phrase: phrase) }
                let path = phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)
                #expect(files[path] == expected, "\(path)")
                if !phrase { terms += try SearchShardFile.entries(expected).count }
            }
        }
        #expect(result.terms == terms)
        return files
    }

    /// Terms that tell the eight-byte prefix apart from the bytes: equal first eight bytes and
    /// different after, prefixes of each other, shorter than eight (down to one byte), exactly
    /// eight, a zero byte where the padding has one, CJK bigrams (six bytes) and longer.
    static let prefixTerms = ["abcdefgh", "abcdefgha", "abcdefghb", "abcdefghab", "abcdefgh\u{0}", "abcdefgh\u{0}\u{0}", "abcdefg", "abcdef",
                              "abc", "abc\u{0}", "abc\u{0}\u{0}d", "a", "b", "养老", "养老服务", "养老服务补贴", "养老服务补助", "养老服",
                              "政务公开", "政务", "zzzzzzzzzzzzzzzzzzzz", "zzzzzzzzzzzzzzzzzzzy", "zzzzzzzz", "\u{7F}", "\u{80}"]

    @Test("terms that share their first eight bytes and differ after, or are shorter than eight, merge to the reference's bytes",
          arguments: [1, 2, 5])
    func prefixTermsEqualReference(members: Int) throws {
        let folder = try SearchMergeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Each member has most of the terms (a different subset each), so terms come from one, some or all.
        let parts = try (0..<members).map { k in
            try Self.member(k, terms: Self.prefixTerms.enumerated().filter { ($0.offset + k) % 4 != 0 || members == 1 }.map(\.element),
                            documents: 20 + 13 * k, folder: folder)
        }
        let files = try Self.compareWithReference(parts)
        // The terms come out in byte order in the one portal shard set: gather them all.
        let terms = try files.filter { $0.key.hasPrefix("search/s/") }.values.flatMap { try SearchShardFile.entries($0).map { Array($0.term) } }
        #expect(Set(terms) == Set(Self.prefixTerms.map { Array($0.utf8) }))
    }

    @Test("one member's shard with one entry, and members with no entry for most portal shards, merge to the reference's bytes")
    func sparseMembers() throws {
        let folder = try SearchMergeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = try SearchMergeTests.member(0, documents: 3000, ownTerms: 2500, folder: folder)
        let single = try Self.member(1, terms: ["唯一"], documents: 1, folder: folder)
        let few = try Self.member(2, terms: ["养老", "abcdefghij"], documents: 9, folder: folder)
        try Self.compareWithReference([big, single, few])
        try Self.compareWithReference([single])
        try Self.compareWithReference([single, few])
    }

    @Test("a portal shard's term count takes the bytes its varint needs, fewer than reserved for its entries or as many",
          arguments: [(2, 100), (3, 60), (1, 300), (2, 200)])
    func termCountVarint(members: Int, terms: Int) throws {
        // Small members of one shard each, all with the same terms: one portal shard holds
        // members × terms entries and `terms` terms (a count of one byte for 200 or 180 entries:
        // the body moves down; two bytes for 300 or 400 entries of 300 or 200 terms).
        let folder = try SearchMergeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = (0..<terms).map { "词\($0)" }
        let parts = try (0..<members).map { try Self.member($0, terms: names, documents: 4, folder: folder) }
        #expect(parts.allSatisfy { $0.shards == 1 })
        let files = try Self.compareWithReference(parts)
        let shard = try #require(files[URLBuilder.searchShardPath(0)])
        var pos = 0
        #expect(try SearchShardFile.varint(shard, &pos) == UInt64(terms))
        #expect(pos == (terms < 128 ? 1 : 2))
    }

    @Test("a member shard the pack holds less of than its table says, or that the table lacks, fails the merge naming it")
    func missingOrShortShard() throws {
        let folder = try SearchMergeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try [0, 1].map { try Self.member($0, terms: Self.prefixTerms, documents: 30, folder: folder) }
        for variant in 0..<3 {
            var broken = parts
            let path = variant == 2 ? URLBuilder.searchPhraseShardPath(0) : URLBuilder.searchShardPath(0)
            let place = try #require(broken[1].table[path])
            switch variant {
            case 0: broken[1].table[path] = nil
            case 1: broken[1].table[path] = [place[0], place[1] + 1_000_000]
            default: broken[1].table[path] = [place[0], 2]
            }
            SearchMergeTests.expectUnreadable(broken, naming: "m1/\(path)")
        }
    }

    @Test("a shard read into its own memory has the bytes the pack's table gives")
    func shardBufferEqualsPackRead() throws {
        let folder = try SearchMergeTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = try SearchMergeTests.member(1, documents: 700, ownTerms: 200, folder: folder)
        for phrase in [false, true] {
            for n in 0..<(phrase ? part.phraseShards : part.shards) {
                let path = phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)
                let expected = try MemberSearchPack.read(path, in: part.folder, table: part.table)
                let buffer = try part.shardBuffer(n, phrase: phrase)
                #expect(Array(buffer) == expected)
                buffer.deallocate()
            }
        }
        #expect(part.shardBytes(phrase: false) == (0..<part.shards).reduce(0) { $0 + part.table[URLBuilder.searchShardPath($1)]![1] })
    }

    @Test("a shard's path is read back to its number only when it is exactly the path URLBuilder writes")
    func shardNumbers() {
        for n in [0, 1, 9, 10, 15, 16, 255, 256, 4095, 4096, 65535, 1 << 20] {
            #expect(SearchIndexPart.shardNumber(URLBuilder.searchShardPath(n)).map { [$0.phrase ? 1 : 0, $0.number] } == [0, n])
            #expect(SearchIndexPart.shardNumber(URLBuilder.searchPhraseShardPath(n)).map { [$0.phrase ? 1 : 0, $0.number] } == [1, n])
        }
        for path in ["search/s/a.bin", "search/s/00a", "search/s/00A.bin", "search/s/0100.bin", "search/x/000.bin", "search/s/000.json",
                     "search/s/00g.bin", "search/s000.bin", "search/index.json", "search/s/00a.last", "search/s//00a.bin", "search/s/-01.bin", ""] {
            #expect(SearchIndexPart.shardNumber(path) == nil, "\(path)")
        }
    }

    @Test("FNV-1a 64 sixteen bytes a round gives the byte loop's hash for every length and seed")
    func fnv1a64() {
        func plain(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        // Published FNV-1a 64 values.
        #expect(SearchHash.fnv1a64([]) == 0xCBF2_9CE4_8422_2325)
        #expect(SearchHash.fnv1a64(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(SearchHash.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
        var numbers = SearchMergeTests.Numbers(state: 42)
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in UInt8(numbers.next(256)) }
            for seed: UInt64 in [0xCBF2_9CE4_8422_2325, 0, 0xFFFF_FFFF_FFFF_FFFF, 12345] {
                #expect(SearchHash.fnv1a64(bytes, seed: seed) == plain(bytes, seed: seed))
            }
        }
    }
}
