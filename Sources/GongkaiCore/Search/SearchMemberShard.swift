/// One member's shard file as `SearchIndexMerger` holds it: its bytes, and its entries
/// grouped by the portal shard each entry's term goes to, each group in the file's order
/// (terms sorted by their bytes, `SearchShardWriter`). The merge of a portal shard walks
/// exactly that shard's group, already sorted; the file is read, and its terms hashed,
/// once however many portal shards it feeds.
///
/// Member shard `number` of `memberShards` feeds the portal shards `s` with
/// `s & (memberShards - 1) == number`, `portalShards / memberShards` of them; group `g`
/// holds the entries of portal shard `g * memberShards + number`. Entries point into the
/// bytes by offset (no `ArraySlice` to retain and release per entry), and the bytes and
/// entries live in memory of the shard's own, which the merge reads through pointers.
///
/// With the shard's side table (`SearchLastDocuments`, in a member's part) each entry also
/// has its list's last document, so the merge need not decode the list to find it.
final class SearchMemberShard {
    /// One term of the file and its posting list.
    struct Entry {
        /// The term's first eight bytes, big-endian, zero-padded: comparing two of them
        /// orders the terms as their bytes do, unless both are equal (`SearchShardMerge`).
        var prefix: UInt64
        /// Where the term's bytes start in the file, and how many there are.
        var term: Int32
        var termCount: Int32
        var postingCount: Int32
        /// Where the posting list starts and ends in the file.
        var postings: Int32
        var postingsEnd: Int32
        /// The list's last document (in the member's numbering) from the side table, or -1
        /// when the shard came without one: the merge then decodes the list.
        var last: Int32
    }

    /// What is wrong with the input.
    enum Malformed: Error {
        /// The shard file is truncated.
        case shard
        /// The side table is truncated, too long, or does not have one document per term.
        case lastDocuments
    }

    /// The member shard's number among the member's shards.
    let number: Int
    /// The file's bytes.
    let bytes: UnsafeMutableBufferPointer<UInt8>
    private let entries: UnsafeMutableBufferPointer<Entry>
    /// Group `g`'s entries are `entries[groups[g]..<groups[g + 1]]`, and the most bytes they
    /// can take in a portal shard (`SearchShardMerge.bound`) is `groups[groupCount + 1 + g]`.
    /// One allocation of its own: arrays' uniqueness checks at every count were a tenth of
    /// reading a shard.
    private let groups: UnsafeMutableBufferPointer<Int>
    private let groupCount: Int
    private let memberShardBits: Int

    /// Reads `file`, shard `number` of a member with `memberShards` shards, for a portal of
    /// `portalShards` (both powers of two, the portal's not fewer), with its side table
    /// `lastDocuments` when the member's pack has one. An entry whose term's hash does not
    /// select this shard is left out, as the portal never asks this file for it.
    convenience init(_ file: [UInt8], lastDocuments: [UInt8]? = nil, number: Int, memberShards: Int, portalShards: Int) throws(Malformed) {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(file.count, 1))
        _ = bytes.initialize(from: file)
        try self.init(taking: UnsafeMutableBufferPointer(rebasing: bytes[..<file.count]), lastDocuments: lastDocuments, number: number,
                      memberShards: memberShards, portalShards: portalShards)
    }

    /// As `init(_:lastDocuments:number:memberShards:portalShards:)`, from bytes read into
    /// memory of their own (`SearchIndexPart.shardBuffer`), which the shard now owns and
    /// deallocates, also when it throws.
    init(taking bytes: UnsafeMutableBufferPointer<UInt8>, lastDocuments: [UInt8]? = nil, number: Int, memberShards: Int, portalShards: Int) throws(Malformed) {
        precondition(memberShards > 0 && memberShards & (memberShards - 1) == 0 && portalShards % memberShards == 0,
                     "shard counts are powers of two, the portal's not below a member's")
        guard bytes.count < Int(Int32.max) else {
            bytes.deallocate()
            throw .shard
        }
        self.number = number
        self.bytes = bytes
        memberShardBits = memberShards.trailingZeroBitCount
        let groups = portalShards / memberShards
        groupCount = groups
        // Parse in the file's order, each entry's group beside it, then place the groups
        // one after another keeping that order (a counting sort; with one group, the
        // parsed entries are already in place).
        let table = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * groups + 1)
        table.initialize(repeating: 0)
        self.groups = table
        let counts = table.baseAddress!, bounds = table.baseAddress! + groups + 1
        var parsed = UnsafeMutableBufferPointer<Entry>(start: nil, count: 0)
        var groupOf = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
        var kept = 0
        do throws(Malformed) {
            let source = UnsafeBufferPointer(bytes)
            let size = source.count
            var pos = 0
            let count: Int
            do { count = Int(try SearchShardFile.varint(source, &pos)) } catch { throw .shard }
            // The side table's cursor: its count must be the shard's, and it must end with the last term.
            var side = 0
            if let lastDocuments {
                guard (try? SearchShardFile.varint(lastDocuments, &side)) == UInt64(count) else { throw .lastDocuments }
            }
            // Every entry takes three bytes at least, so a count beyond that is truncated input.
            guard count <= size / 3 else { throw .shard }
            parsed = .allocate(capacity: max(count, 1))
            if groups > 1 { groupOf = .allocate(capacity: max(count, 1)) }
            let base = source.baseAddress!
            for _ in 0..<count {
                let last: Int32
                if let lastDocuments {
                    guard let document = try? SearchShardFile.varint(lastDocuments, &side), document < UInt64(Int32.max) else { throw .lastDocuments }
                    last = Int32(document)
                } else {
                    last = -1
                }
                guard let length = try? Int(SearchShardFile.varint(source, &pos)), length <= size - pos else { throw .shard }
                let termStart = pos
                // The term's first eight bytes, big-endian, zero-padded: one load where the
                // file has eight bytes left (it has a term's counts after it, so nearly always).
                var prefix: UInt64
                if size - pos >= 8 {
                    prefix = UInt64(bigEndian: UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self))
                    if length < 8 { prefix = length == 0 ? 0 : prefix & ~(UInt64.max >> UInt64(8 * length)) }
                } else {
                    prefix = 0
                    for k in 0..<8 { prefix = prefix << 8 | UInt64(k < length ? base[pos + k] : 0) }
                }
                let hash = Int(SearchHash.fnv1a32(UnsafeBufferPointer(start: base + pos, count: length)))
                pos += length
                guard let postingCount = try? SearchShardFile.varint(source, &pos), let listSize = try? Int(SearchShardFile.varint(source, &pos)),
                      listSize <= size - pos, postingCount < UInt64(Int32.max) else { throw .shard }
                defer { pos += listSize }
                guard hash & (memberShards - 1) == number else { continue }
                let group = (hash & (portalShards - 1)) >> memberShardBits
                (parsed.baseAddress! + kept).initialize(to: Entry(prefix: prefix, term: Int32(termStart), termCount: Int32(length),
                                                                  postingCount: Int32(postingCount), postings: Int32(pos), postingsEnd: Int32(pos + listSize), last: last))
                if groups > 1 { groupOf[kept] = Int32(group) }
                kept += 1
                counts[group + 1] += 1
                bounds[group] += SearchShardMerge.bound(termCount: length, listSize: listSize)
            }
            if let lastDocuments, side != lastDocuments.count { throw .lastDocuments }
        } catch {
            bytes.deallocate()
            table.deallocate()
            parsed.deallocate()
            groupOf.deallocate()
            throw error
        }
        for g in 0..<groups { counts[g + 1] += counts[g] }
        if groups == 1 {
            entries = parsed
            return
        }
        defer {
            parsed.deallocate()
            groupOf.deallocate()
        }
        let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: max(kept, 1))
        withUnsafeTemporaryAllocation(of: Int.self, capacity: groups) { next in
            _ = next.initialize(from: UnsafeBufferPointer(start: counts, count: groups))
            for i in 0..<kept {
                let g = Int(groupOf[i])
                (entries.baseAddress! + next[g]).initialize(to: parsed[i])
                next[g] += 1
            }
        }
        self.entries = entries
    }

    deinit {
        bytes.deallocate()
        entries.deallocate()
        groups.deallocate()
    }

    /// The entries whose terms go to portal shard `shard` (one this member shard feeds), in
    /// the order of their terms' bytes.
    func entries(forPortalShard shard: Int) -> UnsafeBufferPointer<Entry> {
        precondition(shard & ((1 << memberShardBits) - 1) == number, "portal shard \(shard) is not fed by member shard \(number)")
        let g = shard >> memberShardBits
        return UnsafeBufferPointer(rebasing: entries[groups[g]..<groups[g + 1]])
    }

    /// The most bytes the entries of `entries(forPortalShard:)` can take in the portal's shard.
    func bound(forPortalShard shard: Int) -> Int {
        groups[groupCount + 1 + (shard >> memberShardBits)]
    }
}
