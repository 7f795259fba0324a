/// Splits posting lists into shard files, `search/s/<hex>.bin`, by the hash of each term.
///
/// A query needs only the shards of its own terms, so it downloads a few small files
/// however large the site. The number of shards is a power of two chosen so that a shard
/// holds about `targetShardBytes`; the browser reads it from `search/index.json`.
///
/// A shard file is a sequence of unsigned LEB128 varints and UTF-8 bytes:
///
///     termCount
///     termCount × { termByteCount, term (UTF-8), postingCount, postingByteCount, postings }
///
/// with terms sorted by their bytes. Each posting is one varint, `gap << 4 | fields`:
/// `gap` is the document number minus the previous one in the list (the first is the
/// number itself), `fields` the `SearchField` bits of where the term was found.
///
/// The phrase shards, `search/p/<hex>.bin`, have the same layout for the bigrams alone;
/// there each posting's varint is followed by the number of positions the bigram occurs
/// at in the document and by each position as the difference from the one before (the
/// first from 0). Positions number a document's CJK characters, skipping one at the end
/// of every run (`SearchTermScanner`).
struct SearchShardWriter {
    static let targetShardBytes = 8 * 1024
    static let maxShardCount = 4096

    let shardCount: Int
    let termCount: Int
    private let terms: [String]
    private let postings: SearchPostingLists
    /// Each shard's posting lists (term numbers), sorted by their terms' bytes.
    private let shards: [[Int32]]

    /// Posting list `i` belongs to `terms[i]`. Only groups the terms: the shard files are
    /// made by `write(to:at:)`, a few at a time, so that the build never holds all of them
    /// beside the posting lists (bench/PERFORMANCE.md, “Memory”).
    init(terms: [String], postings: SearchPostingLists) {
        precondition(terms.count == postings.count)
        termCount = terms.count
        self.terms = terms
        self.postings = postings
        // Terms and shards are independent of each other: both cores share the work.
        // A term's shard hash and the first eight bytes of its UTF-8, big-endian, which
        // order most terms without comparing their bytes again.
        let keys = Parallel.map(terms.count) { i -> (shardHash: UInt32, prefix: UInt64) in
            var term = terms[i]
            return term.withUTF8 { bytes in
                var prefix: UInt64 = 0
                for k in 0..<8 { prefix = prefix << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                return (SearchHash.fnv1a32(bytes), prefix)
            }
        }
        var total = 0
        for i in 0..<terms.count { total += terms[i].utf8.count + postings.bytes(i).count + 8 }
        var count = 1
        while count < Self.maxShardCount && count * Self.targetShardBytes < total { count *= 2 }
        shardCount = count

        var groups: [[Int32]] = Array(repeating: [], count: count)
        for (i, key) in keys.enumerated() { groups[Int(key.shardHash & UInt32(count - 1))].append(Int32(i)) }
        let grouped = groups
        shards = Parallel.map(count) { shard in
            grouped[shard].sorted { a, b in
                let pa = keys[Int(a)].prefix, pb = keys[Int(b)].prefix
                if pa != pb { return pa < pb }
                return terms[Int(a)].utf8.lexicographicallyPrecedes(terms[Int(b)].utf8)
            }
        }
    }

    /// Shard `n`'s file.
    func shard(_ n: Int) -> [UInt8] {
        var file: [UInt8] = []
        Self.appendVarint(UInt64(shards[n].count), to: &file)
        for i in shards[n] {
            let list = Int(i), bytes = postings.bytes(list)
            let term = terms[list].utf8
            Self.appendVarint(UInt64(term.count), to: &file)
            file += term
            Self.appendVarint(UInt64(postings.postingCount(list)), to: &file)
            Self.appendVarint(UInt64(bytes.count), to: &file)
            file.append(contentsOf: bytes)
        }
        return file
    }

    /// Shard `n`'s side table: each of its terms' last document, in its order of terms.
    func lastDocuments(_ n: Int) -> [UInt8] {
        SearchLastDocuments.file(count: shards[n].count, shards[n].lazy.map { postings.lastDocument(Int($0)) })
    }

    /// Makes every shard file, shard `n` at `path(n)`, on all cores, and hands each to
    /// `sink` as soon as it is made (with its side table when `lastDocuments`, a group
    /// member's build), then frees its posting lists: the build holds the shards in flight,
    /// not all of them. Returns the shards' fingerprint for the index version (`digest`),
    /// or the sink's first failure. The side tables are not in the fingerprint.
    func write(to sink: some OutputSink, at path: @Sendable (Int) -> String, lastDocuments: Bool = false) -> Result<String, OutputWriter.Failure> {
        let written = Parallel.map(shardCount) { n -> (hash: UInt64, failure: String?) in
            let file = shard(n)
            let hash = SearchHash.shard(file)
            var files = [OutputFile(path: path(n), contents: .bytes(file))]
            if lastDocuments { files.append(OutputFile(path: SearchLastDocuments.path(ofShard: path(n)), contents: .bytes(self.lastDocuments(n)))) }
            let failure = sink.receive(files)
            for i in shards[n] { postings.release(Int(i)) }
            return (hash, failure)
        }
        if let failure = written.lazy.compactMap(\.failure).first { return .failure(.io(failure)) }
        return .success(Self.digest(written.map(\.hash)))
    }

    /// The fingerprint of shards with these hashes (`SearchHash.shard`, in shard order): built
    /// from each shard's hash rather than its bytes, so that `serve`, which serialises only
    /// the shards an edit touched, keeps the others' hashes and not their bytes.
    static func digest(_ shardHashes: [UInt64]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 * shardHashes.count)
        for h in shardHashes { for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: h >> UInt64(8 * k))) } }
        hash = SearchHash.fnv1a64(bytes, seed: hash)
        return String(hash, radix: 16)
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}
