@testable import GongkaiCore

/// The portal's search shards as `SearchIndexMerger` made them before its k-way merge
/// (bench/PERFORMANCE.md, “The site group's search merge”): every term of every member shard
/// that goes to the portal shard collected in a dictionary, the terms sorted, and each
/// member's posting list decoded to its end and appended with its first gap moved by the
/// member's offset. Plain and slow; the merger must give exactly these bytes.
enum ReferenceSearchMerge {
    /// Portal shard `shard` of `count`: the members' shard files come from `shardFile(k, n)`
    /// (member `k`'s shard `n` of `memberShards[k]`), member `k`'s documents are numbered from
    /// `offsets[k]`.
    static func shard(_ shard: Int, of count: Int, phrase: Bool, memberShards: [Int], offsets: [Int],
                      shardFile: (Int, Int) throws -> [UInt8]) throws -> [UInt8] {
        var byTerm: [[UInt8]: [(member: Int, entry: SearchShardFile.Entry)]] = [:]
        for k in memberShards.indices {
            let number = shard & (memberShards[k] - 1)
            for entry in try SearchShardFile.entries(try shardFile(k, number))
            where Int(SearchHash.fnv1a32(entry.term) & UInt32(count - 1)) == shard {
                byTerm[Array(entry.term), default: []].append((k, entry))
            }
        }
        let sorted = byTerm.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var file: [UInt8] = []
        SearchShardWriter.appendVarint(UInt64(sorted.count), to: &file)
        for term in sorted {
            var list: [UInt8] = []
            var last = 0, postings = 0
            for (member, entry) in byTerm[term]! {
                last = try appendRebased(entry.postings, offset: offsets[member], after: last, positions: phrase, to: &list)
                postings += entry.postingCount
            }
            SearchShardWriter.appendVarint(UInt64(term.count), to: &file)
            file += term
            SearchShardWriter.appendVarint(UInt64(postings), to: &file)
            SearchShardWriter.appendVarint(UInt64(list.count), to: &file)
            file += list
        }
        return file
    }

    /// Appends `postings` as if its documents were numbered from `offset`, after a list whose
    /// last document is `last`: only the first gap changes. Returns the new last document,
    /// found by decoding every posting (and skipping its positions, with `positions`).
    static func appendRebased(_ postings: ArraySlice<UInt8>, offset: Int, after last: Int, positions: Bool,
                              to out: inout [UInt8]) throws -> Int {
        var pos = postings.startIndex
        let first = try SearchShardFile.varint(postings, &pos)
        let firstDocument = offset + Int(first >> UInt64(SearchField.bitCount))
        precondition(firstDocument >= last, "members' documents must follow each other")
        SearchShardWriter.appendVarint(UInt64(firstDocument - last) << UInt64(SearchField.bitCount) | (first & 15), to: &out)
        out.append(contentsOf: postings[pos...])
        var document = firstDocument
        if positions {
            for _ in 0..<(try SearchShardFile.varint(postings, &pos)) { _ = try SearchShardFile.varint(postings, &pos) }
        }
        while pos < postings.endIndex {
            document += Int(try SearchShardFile.varint(postings, &pos) >> UInt64(SearchField.bitCount))
            if positions {
                for _ in 0..<(try SearchShardFile.varint(postings, &pos)) { _ = try SearchShardFile.varint(postings, &pos) }
            }
        }
        return document
    }
}
