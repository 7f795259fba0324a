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
    private let shards: [[UInt8]]

    /// Posting list `i` belongs to `terms[i]`.
    init(terms: [String], postings: SearchPostingLists) {
        precondition(terms.count == postings.count)
        termCount = terms.count
        // Terms and shards are independent of each other: both cores share the work.
        let entries = Parallel.map(terms.count) { i -> (shardHash: UInt32, term: [UInt8], list: Int) in
            let termBytes = Array(terms[i].utf8)
            return (SearchHash.fnv1a32(termBytes), termBytes, i)
        }
        var total = 0
        for entry in entries { total += entry.term.count + postings.bytes(entry.list).count + 8 }
        var count = 1
        while count < Self.maxShardCount && count * Self.targetShardBytes < total { count *= 2 }
        shardCount = count

        var groups: [[Int]] = Array(repeating: [], count: count)
        for (i, entry) in entries.enumerated() { groups[Int(entry.shardHash & UInt32(count - 1))].append(i) }
        let grouped = groups
        let files = Parallel.map(count) { shard -> [UInt8] in
            let sorted = grouped[shard].sorted { entries[$0].term.lexicographicallyPrecedes(entries[$1].term) }
            var file: [UInt8] = []
            Self.appendVarint(UInt64(sorted.count), to: &file)
            for i in sorted {
                let list = entries[i].list, bytes = postings.bytes(list)
                Self.appendVarint(UInt64(entries[i].term.count), to: &file)
                file += entries[i].term
                Self.appendVarint(UInt64(postings.postingCount(list)), to: &file)
                Self.appendVarint(UInt64(bytes.count), to: &file)
                file.append(contentsOf: bytes)
            }
            return file
        }
        shards = files
    }

    /// The shard files, shard `n` at `path(n)`.
    func shardFiles(at path: (Int) -> String) -> [OutputFile] {
        shards.enumerated().map { OutputFile(path: path($0.offset), contents: .bytes($0.element)) }
    }

    /// A short fingerprint of every shard, for the index version.
    var shardDigest: String { Self.digest(shards.map { SearchHash.fnv1a64($0) }) }

    /// The fingerprint of shards with these 64-bit FNV-1a hashes (in shard order): built
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
