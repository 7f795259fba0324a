/// One layer of the search index `KeptSearchIndex` keeps between rebuilds: the word lists
/// (`search/s/`) or the bigram phrase lists (`search/p/`), each term's postings encoded as
/// `SearchPostingLists` encodes them, grouped into the shards `SearchShardWriter` writes.
///
/// A list is patched in place for one document (``set(_:document:to:)``), which marks its
/// shard dirty; ``files()`` serialises the dirty shards alone and keeps a 64-bit hash of
/// every shard, so the index version (`SearchShardWriter.digest`) needs no other shard's bytes.
/// When the index grows or shrinks past a power of two, the number of shards changes and
/// every shard is serialised again, as a clean build would split them.
final class KeptSearchLayer: @unchecked Sendable {
    /// A posting for one document: its fields and, in the phrase layer, its positions.
    struct Posting: Equatable {
        var fields: UInt8
        var positions: ArraySlice<Int32>
    }

    let phrase: Bool
    private let path: (Int) -> String
    private var terms: [[UInt8]] = []
    private var termHashes: [UInt32] = []
    private var lists: [[UInt8]] = []
    private var counts: [Int] = []
    /// Term numbers by the terms' bytes, as a clean build tells terms apart
    /// (`SearchIndexBuilder`), not by `String` equality, which would make one term of two
    /// canonically equivalent spellings.
    private var ids: [SearchTermKey: Int] = [:]
    /// What `SearchShardWriter` sums to choose the number of shards, over terms with postings.
    private var totalBytes = 0
    private(set) var termCount = 0
    private(set) var shardCount = 0
    private var members: [Set<Int>] = []
    private var shardHashes: [UInt64] = []
    private var dirty: Set<Int> = []

    init(phrase: Bool, path: @escaping (Int) -> String) {
        self.phrase = phrase
        self.path = path
    }

    /// The number of term `text`, added (without postings) when new.
    func id(of text: String) -> Int {
        id(of: SearchTermKey(text))
    }

    /// The number of the term `key`, added (without postings) when new.
    func id(of key: SearchTermKey) -> Int {
        if let known = ids[key] { return known }
        let bytes = Array(key.text.utf8)
        ids[key] = terms.count
        terms.append(bytes)
        termHashes.append(SearchHash.fnv1a32(bytes))
        lists.append([])
        counts.append(0)
        lastDocument.append(0)
        return terms.count - 1
    }

    /// Appends `document` (above every document of the list) while the index is first built.
    func append(_ t: Int, document: Int, _ posting: Posting) {
        Self.encode(posting, gap: document - lastDocument[t], phrase: phrase, into: &lists[t])
        lastDocument[t] = document
        counts[t] += 1
    }
    /// Each list's last document while the index is first built.
    private var lastDocument: [Int] = []

    /// Groups the lists into shards once every document is appended; every shard is dirty.
    func finishBuilding() {
        termCount = counts.count { $0 > 0 }
        totalBytes = terms.indices.reduce(0) { counts[$1] > 0 ? $0 + terms[$1].count + lists[$1].count + 8 : $0 }
        regroup()
    }

    /// Replaces (or adds, or with nil removes) `document`'s posting in list `t`.
    func set(_ t: Int, document: Int, to posting: Posting?) {
        let before = counts[t] > 0 ? terms[t].count + lists[t].count + 8 : 0
        let (bytes, delta) = Self.splice(lists[t], document: document, posting, phrase: phrase)
        lists[t] = bytes
        if counts[t] == 0 && delta > 0 { termCount += 1; if shardCount > 0 { members[shard(of: t)].insert(t) } }
        counts[t] += delta
        if counts[t] == 0 && delta < 0 { termCount -= 1; if shardCount > 0 { members[shard(of: t)].remove(t) } }
        totalBytes += (counts[t] > 0 ? terms[t].count + lists[t].count + 8 : 0) - before
        if shardCount > 0 { dirty.insert(shard(of: t)) }
    }

    /// The dirty shards' files (all of them after the number of shards changed); `written`
    /// counts them.
    func files(written: inout Int) -> [OutputFile] {
        if Self.shardCount(for: totalBytes) != shardCount { regroup() }
        let shards = dirty.sorted()
        dirty = []
        written += shards.count
        let bytes = Parallel.map(shards.count) { self.serialise(shards[$0]) }
        for (n, b) in zip(shards, bytes) { shardHashes[n] = SearchHash.shard(b) }
        return zip(shards, bytes).map { OutputFile(path: path($0), contents: .bytes($1)) }
    }

    /// Every shard's path, written or kept.
    var paths: [String] { (0..<shardCount).map(path) }

    /// `SearchShardWriter.shardDigest` of the shards as they are now.
    var digest: String { SearchShardWriter.digest(shardHashes) }

    private func shard(of t: Int) -> Int { Int(termHashes[t] & UInt32(shardCount - 1)) }

    private func regroup() {
        shardCount = Self.shardCount(for: totalBytes)
        members = Array(repeating: [], count: shardCount)
        for t in terms.indices where counts[t] > 0 { members[shard(of: t)].insert(t) }
        shardHashes = Array(repeating: 0, count: shardCount)
        dirty = Set(0..<shardCount)
    }

    static func shardCount(for total: Int) -> Int {
        var count = 1
        while count < SearchShardWriter.maxShardCount && count * SearchShardWriter.targetShardBytes < total { count *= 2 }
        return count
    }

    /// Shard `n` as `SearchShardWriter` writes it.
    private func serialise(_ n: Int) -> [UInt8] {
        let sorted = members[n].sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
        var file: [UInt8] = []
        SearchShardWriter.appendVarint(UInt64(sorted.count), to: &file)
        for t in sorted {
            SearchShardWriter.appendVarint(UInt64(terms[t].count), to: &file)
            file += terms[t]
            SearchShardWriter.appendVarint(UInt64(counts[t]), to: &file)
            SearchShardWriter.appendVarint(UInt64(lists[t].count), to: &file)
            file += lists[t]
        }
        return file
    }

    /// One posting: `gap << 4 | fields`, then in the phrase layer the number of positions
    /// and each as the difference from the one before.
    static func encode(_ posting: Posting, gap: Int, phrase: Bool, into out: inout [UInt8]) {
        SearchShardWriter.appendVarint(UInt64(gap) << UInt64(SearchField.bitCount) | UInt64(posting.fields), to: &out)
        guard phrase else { return }
        SearchShardWriter.appendVarint(UInt64(posting.positions.count), to: &out)
        var last: Int32 = 0
        for p in posting.positions {
            SearchShardWriter.appendVarint(UInt64(UInt32(bitPattern: p &- last)), to: &out)
            last = p
        }
    }

    private static func readVarint(_ bytes: [UInt8], _ at: inout Int) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = bytes[at]
            at += 1
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// `list` with `document`'s posting replaced by `posting` (removed when nil), and the
    /// change in its number of postings. The posting after it gets its gap written again.
    static func splice(_ list: [UInt8], document: Int, _ posting: Posting?, phrase: Bool) -> ([UInt8], Int) {
        var at = 0, previous = 0, start = 0
        var found = false
        var next: (document: Int, fields: UInt64, headerEnd: Int)?
        while at < list.count {
            start = at
            let header = readVarint(list, &at)
            let d = previous + Int(header >> UInt64(SearchField.bitCount))
            let fields = header & UInt64((1 << SearchField.bitCount) - 1)
            if d > document {
                next = (d, fields, at)
                break
            }
            if phrase {
                let n = readVarint(list, &at)
                for _ in 0..<n { _ = readVarint(list, &at) }
            }
            if d == document {
                found = true
                // Continue to read the header of the posting after it.
                if at < list.count {
                    let h = readVarint(list, &at)
                    next = (d + Int(h >> UInt64(SearchField.bitCount)), h & UInt64((1 << SearchField.bitCount) - 1), at)
                }
                break
            }
            previous = d
        }
        if !found && next == nil { start = list.count }
        var out: [UInt8] = Array(list[0..<start])
        out.reserveCapacity(list.count + 16)
        let base = previous
        if let posting { encode(posting, gap: document - base, phrase: phrase, into: &out) }
        if let next {
            let from = posting != nil ? document : base
            SearchShardWriter.appendVarint(UInt64(next.document - from) << UInt64(SearchField.bitCount) | next.fields, to: &out)
            out += list[next.headerEnd...]
        }
        return (out, (posting == nil ? 0 : 1) - (found ? 1 : 0))
    }
}
