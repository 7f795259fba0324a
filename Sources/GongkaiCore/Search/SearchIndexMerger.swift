/// Folds the members' own search indexes into the portal's one index (README “站群”), shard
/// by shard, so the portal's search fetches only the shards of a query's terms however many
/// members the group has.
///
/// Member `k`'s documents are numbered from `offset(k)`, the documents of the members before
/// it: a posting list of the portal is the members' lists of that term one after another, of
/// which only each member's first gap changes (`SearchShardFile.appendRebased`). A result's
/// fragment stays in its member's `search/d/`; the portal's `search/index.json` lists the
/// members (`id`, `from`, `documents`, `data`) so that search.js finds it there and filters by
/// 机构 as a range of numbers, with no posting list of its own.
///
/// The portal has as many shards as a single site of the members' combined size would have
/// (and at least as many as its largest member), so a member shard's terms all go to the
/// portal shards of the same number modulo the member's count. The portal's shards are made
/// in bit-reversed order, in which the portal shards of one member shard follow each other,
/// so each member shard is read once and only one per member is held (one per member and
/// core: the shards are merged on all cores): the merge's memory follows the largest shard,
/// not the group. Everything it reads is files a member's build
/// writes (`SearchIndexPart`), so an assemble step after `gongkai build --member` can run it.
struct SearchIndexMerger {
    let parts: [SearchIndexPart]

    struct Result {
        var documents: Int
        var shards: Int
        var phraseShards: Int
        var terms: Int
    }

    enum Failure: Error {
        case unreadable(String)
        case write(String)
    }

    /// Writes the portal's shards and `search/index.json` to `sink`.
    func write(to sink: some OutputSink) throws(Failure) -> Result {
        var offsets: [Int] = []
        var documents = 0
        for part in parts {
            offsets.append(documents)
            documents += part.documents
        }
        let shards = Self.shardCount(parts.map { $0.shardBytes(phrase: false) }, atLeast: parts.map(\.shards).max() ?? 1)
        let phraseShards = Self.shardCount(parts.map { $0.shardBytes(phrase: true) }, atLeast: parts.map(\.phraseShards).max() ?? 1)
        // Each part's side tables of last documents (`MemberLastDocuments`): a part without
        // them has its lists decoded; malformed ones, or of other shard counts, are refused.
        var lastDocuments: [MemberLastDocuments.Tables?] = []
        for part in parts {
            do {
                let tables = try MemberLastDocuments.read(in: part.folder)
                if let tables, tables.shards != part.shards || tables.phraseShards != part.phraseShards { throw SearchShardFile.Malformed.truncated }
                lastDocuments.append(tables)
            } catch {
                throw .unreadable("\(part.id)/\(MemberLastDocuments.fileName)")
            }
        }
        let version = Self.version(of: parts)
        let terms = try merge(shards, phrase: false, offsets: offsets, lastDocuments: lastDocuments, to: sink)
        _ = try merge(phraseShards, phrase: true, offsets: offsets, lastDocuments: lastDocuments, to: sink)
        let manifest = Self.manifest(version: version, shards: shards, phraseShards: phraseShards, documents: documents, terms: terms,
                                     parts: parts, offsets: offsets)
        if let failure = sink.receive([OutputFile(path: URLBuilder.searchManifestPath, contents: .text(manifest))]) { throw .write(failure) }
        return Result(documents: documents, shards: shards, phraseShards: phraseShards, terms: terms)
    }

    /// As `SearchShardWriter` sizes a site's index: the least power of two that keeps a shard
    /// near `targetShardBytes`, here from the members' shard bytes.
    static func shardCount(_ bytes: [Int], atLeast minimum: Int) -> Int {
        let total = bytes.reduce(0, +)
        var count = 1
        while count < SearchShardWriter.maxShardCount && count * SearchShardWriter.targetShardBytes < total { count *= 2 }
        return max(count, minimum)
    }

    /// `n`'s lowest `bits` bits in reverse order.
    static func bitReversed(_ n: Int, bits: Int) -> Int {
        var r = 0, v = n
        for _ in 0..<bits {
            r = r << 1 | (v & 1)
            v >>= 1
        }
        return r
    }

    /// Every portal shard of one kind; returns the number of distinct terms. The bit-reversed
    /// steps are cut into one run per worker (a power of two): run `w` makes the portal shards
    /// whose lowest bits are `w` reversed, which come only from member shards with those same
    /// lowest bits, so the runs read disjoint member shards and each holds its own.
    private func merge(_ count: Int, phrase: Bool, offsets: [Int], lastDocuments: [MemberLastDocuments.Tables?],
                       to sink: some OutputSink) throws(Failure) -> Int {
        var power = 1
        while power * 2 <= min(Parallel.workerCount, count) { power *= 2 }
        let workers = power
        let runs = Parallel.map(workers) { w in
            merge(steps: w * count / workers..<(w + 1) * count / workers, of: count, phrase: phrase, offsets: offsets, lastDocuments: lastDocuments, to: sink)
        }
        var terms = 0
        for run in runs { terms += try run.get() }
        return terms
    }

    /// The portal index's version (README “全站群搜索”: the browser fetches shards under it, so a
    /// cached shard is never taken for a changed one). The portal's shards are a function of the
    /// members' indexes and their order — each member's version already changes with any of its
    /// shards or shown fields, and its document count fixes the offsets — so the version is made
    /// from those, not by hashing every portal shard again (1.4 % of a 10 × 2,000 group's CPU,
    /// bench/PERFORMANCE.md). `mergeFormat` changes when the merge writes other bytes from the same
    /// members' indexes.
    static func version(of parts: [SearchIndexPart]) -> UInt64 {
        SearchHash.fnv1a64(Array((["merge-\(mergeFormat)"] + parts.map { "\($0.id):\($0.version):\($0.documents)" }).joined(separator: ",").utf8))
    }

    /// Raise with any change to the bytes `merge` writes from the same members' indexes.
    static let mergeFormat = 2

    /// The portal shards of bit-reversed `steps` out of `count`; returns the number of distinct
    /// terms in them.
    private func merge(steps: Range<Int>, of count: Int, phrase: Bool, offsets: [Int], lastDocuments: [MemberLastDocuments.Tables?],
                       to sink: some OutputSink) -> Swift.Result<Int, Failure> {
        let bits = count.trailingZeroBitCount
        // The member shard each member last read, its entries grouped by portal shard.
        var held: [SearchMemberShard?] = Array(repeating: nil, count: parts.count)
        // What the loop reads of each part, apart: a part's copies (its strings and table) are
        // retained and released at every access in it.
        let files = parts.map(\.shardFiles), memberShardCounts = parts.map { phrase ? $0.phraseShards : $0.shards }, documents = parts.map(\.documents)
        let merge = SearchShardMerge(positions: phrase)
        var sources: [SearchShardMerge.Source] = []
        var members: [Int] = []
        var batch: [OutputFile] = []
        var terms = 0
        for step in steps {
            let shard = Self.bitReversed(step, bits: bits)
            sources.removeAll(keepingCapacity: true)
            members.removeAll(keepingCapacity: true)
            for k in files.indices {
                let memberShards = memberShardCounts[k]
                let number = shard & (memberShards - 1)
                if held[k]?.number != number {
                    held[k] = nil
                    do {
                        held[k] = try SearchMemberShard(taking: try files[k].read(number, phrase: phrase),
                                                        lastDocuments: lastDocuments[k]?.table(number, phrase: phrase),
                                                        number: number, memberShards: memberShards, portalShards: count)
                    } catch SearchMemberShard.Malformed.lastDocuments {
                        return .failure(.unreadable("\(parts[k].id)/\(MemberLastDocuments.fileName)"))
                    } catch {
                        return .failure(.unreadable("\(parts[k].id)/\(phrase ? URLBuilder.searchPhraseShardPath(number) : URLBuilder.searchShardPath(number))"))
                    }
                }
                let memberShard = held[k]!
                let entries = memberShard.entries(forPortalShard: shard)
                guard let first = entries.baseAddress, !entries.isEmpty else { continue }
                sources.append(.init(offset: offsets[k], documents: documents[k], next: first, end: first + entries.count,
                                     bytes: UnsafePointer(memberShard.bytes.baseAddress!), bound: memberShard.bound(forPortalShard: shard)))
                members.append(k)
            }
            let file: [UInt8]
            do {
                // `held` keeps every source's member shard alive through the merge.
                let merged = try withExtendedLifetime(held) { () throws(SearchShardMerge.Malformed) in try merge.merge(sources) }
                file = merged.file
                terms += merged.terms
            } catch {
                return .failure(.unreadable("\(parts[members[error.source]].id)/search/\(phrase ? "p" : "s")"))
            }
            batch.append(OutputFile(path: phrase ? URLBuilder.searchPhraseShardPath(shard) : URLBuilder.searchShardPath(shard), contents: .bytes(file)))
            if batch.count == 64 || step == steps.upperBound - 1 {
                if let failure = sink.receive(batch) { return .failure(.write(failure)) }
                batch.removeAll(keepingCapacity: true)
            }
        }
        return .success(terms)
    }

    private static func manifest(version: UInt64, shards: Int, phraseShards: Int, documents: Int, terms: Int,
                                 parts: [SearchIndexPart], offsets: [Int]) -> String {
        var members: [UInt8] = []
        for (k, part) in parts.enumerated() {
            if k > 0 { members.append(UInt8(ascii: ",")) }
            members += "{\"id\":".utf8
            SearchFragment.appendJSONString(part.id, limit: .max, to: &members)
            members += ",\"title\":".utf8
            SearchFragment.appendJSONString(part.title, limit: .max, to: &members)
            members += ",\"from\":\(offsets[k]),\"documents\":\(part.documents),\"data\":".utf8
            SearchFragment.appendJSONString(part.dataHref, limit: .max, to: &members)
            members += "}".utf8
        }
        return SearchIndexBuilder.manifest(version: version, shards: shards, phraseShards: phraseShards, documents: documents, terms: terms,
                                           members: String(decoding: members, as: UTF8.self))
    }
}
