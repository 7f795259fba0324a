import Foundation

/// The merge of one portal shard (`SearchIndexMerger`): the members' entries for it, each
/// member's already sorted by term (`SearchMemberShard`), merged k ways with a binary heap
/// keyed on (term bytes, member), so the terms come out sorted and one term's lists in member
/// order — no dictionary of terms, no sort of them.
///
/// A term's posting list in the portal is its members' lists one after another, each with
/// its first gap moved by the member's offset and the rest copied as bytes. Finding the next
/// member's first gap needs the list's last document, which a member's build writes beside
/// each shard (`SearchLastDocuments`), so no list is decoded past its first posting. A shard
/// read without that side table has its lists decoded to their end, and only those that
/// another member's list of the same term follows.
struct SearchShardMerge {
    /// One member's entries for the portal shard, in the order of their terms.
    struct Source {
        /// The portal number of the member's first document.
        var offset: Int
        /// The number of the member's documents: every last document is below it.
        var documents: Int
        var next: UnsafePointer<SearchMemberShard.Entry>
        var end: UnsafePointer<SearchMemberShard.Entry>
        /// The member shard's bytes, which the entries point into.
        var bytes: UnsafePointer<UInt8>
        /// The most bytes the entries can take in the portal's shard (`bound(termCount:listSize:)`
        /// summed, `SearchMemberShard.bound(forPortalShard:)`).
        var bound: Int
    }

    /// The posting list of source `source` (in the order `merge` was given) is malformed.
    struct Malformed: Error {
        var source: Int
    }

    /// Whether each posting is followed by bigram positions (the phrase shards).
    let positions: Bool

    /// One member's list of the term being written.
    private struct List {
        var source: Int
        var entry: UnsafePointer<SearchMemberShard.Entry>
        var bytes: UnsafePointer<UInt8>
        /// The first posting with its gap moved, and the bytes after it.
        var rebased: UInt64 = 0
        var rest: UnsafePointer<UInt8>
        var end: UnsafePointer<UInt8>
    }

    init(positions: Bool) {
        self.positions = positions
    }

    /// The most bytes one entry of a member shard (a term of `termCount` bytes, a list of
    /// `listSize`) can take in a portal shard, were it a term of its own: the term's header
    /// (its length, posting count and list size as varints of at most 5, 10 and 10 bytes),
    /// its bytes, and the list with its first gap's varint rewritten (at most 10 bytes more).
    /// Eight bytes more than a term of eight or fewer needs: the merge stores a term's prefix
    /// as one word (`appendTerm`).
    static func bound(termCount: Int, listSize: Int) -> Int {
        termCount + listSize + 35
    }

    /// The shard file of `sources`' entries (given in member order; the pointers stay valid
    /// during the call), and its number of terms.
    ///
    /// The file is written in place, in an array of the sources' summed `bound` (and the term
    /// count's varint): no scratch body to copy behind the term count, no appends. The count
    /// gets the bytes its varint takes at most (that of the number of entries), and in the
    /// rare case it takes fewer the body is moved down by the difference.
    func merge(_ input: [Source]) throws(Malformed) -> (file: [UInt8], terms: Int) {
        let sources = UnsafeMutableBufferPointer<Source>.allocate(capacity: max(1, input.count))
        _ = sources.initialize(from: input)
        let heap = UnsafeMutablePointer<Int>.allocate(capacity: max(1, input.count))
        let lists = UnsafeMutablePointer<List>.allocate(capacity: max(1, input.count))
        defer {
            sources.deallocate()
            heap.deallocate()
            lists.deallocate()
        }
        var size = 0, entries = 0, capacity = 10
        for i in input.indices {
            capacity += sources[i].bound
            entries += sources[i].end - sources[i].next
            if sources[i].next < sources[i].end {
                heap[size] = i
                size += 1
            }
        }
        for i in stride(from: size / 2 - 1, through: 0, by: -1) { Self.siftDown(i, heap, size, sources) }
        let reserved = Self.varintSize(UInt64(entries))
        var terms = 0
        var failure: Malformed?
        let file = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            let start = buffer.baseAddress!
            var out = start + reserved
            while size > 0 {
                let leader = sources[heap[0]]
                let term = leader.next, termBytes = leader.bytes
                var count = 0
                // Take the smallest term from every source that has it: (term, member) order
                // gives them in member order.
                repeat {
                    let s = heap[0]
                    let source = sources[s]
                    (lists + count).initialize(to: List(source: s, entry: source.next, bytes: source.bytes, rest: source.bytes, end: source.bytes))
                    count += 1
                    sources[s].next += 1
                    if sources[s].next == sources[s].end {
                        size -= 1
                        heap[0] = heap[size]
                    }
                    if size > 0 { Self.siftDown(0, heap, size, sources) }
                } while size > 0 && Self.order(sources[heap[0]].next, sources[heap[0]].bytes, term, termBytes) == 0
                do throws(Malformed) {
                    try appendTerm(lists, count, sources, to: &out)
                } catch {
                    failure = error
                    initialized = 0
                    return
                }
                terms += 1
            }
            let countSize = Self.varintSize(UInt64(terms))
            if countSize < reserved {
                UnsafeMutableRawPointer(start + countSize).copyMemory(from: start + reserved, byteCount: out - start - reserved)
                out -= reserved - countSize
            }
            var head = start
            Self.putVarint(UInt64(terms), &head)
            initialized = out - start
        }
        if let failure { throw failure }
        return (file, terms)
    }

    /// Writes the term of `lists[0..<count]` and its merged posting list at `out`, and moves
    /// `out` past them.
    private func appendTerm(_ lists: UnsafeMutablePointer<List>, _ count: Int, _ sources: UnsafeMutableBufferPointer<Source>,
                            to out: inout UnsafeMutablePointer<UInt8>) throws(Malformed) {
        let bits = UInt64(SearchField.bitCount)
        var last = 0, postings = 0, size = 0
        for i in 0..<count {
            let entry = lists[i].entry.pointee, bytes = lists[i].bytes
            let source = sources[lists[i].source]
            var pos = bytes + Int(entry.postings)
            let end = bytes + Int(entry.postingsEnd)
            guard let first = Self.varint(&pos, end) else { throw Malformed(source: lists[i].source) }
            let firstDocument = source.offset + Int(first >> bits)
            guard firstDocument >= last else { throw Malformed(source: lists[i].source) }
            let rebased = UInt64(firstDocument - last) << bits | (first & (1 << bits - 1))
            lists[i].rebased = rebased
            lists[i].rest = pos
            lists[i].end = end
            size += Self.varintSize(rebased) + (end - pos)
            postings += Int(entry.postingCount)
            if i < count - 1 {
                if entry.last >= 0 {
                    // The side table's last document, held to what the list says of itself: one
                    // document a posting from the first on, within the member's documents.
                    let firstInMember = Int(first >> bits), lastInMember = Int(entry.last)
                    guard lastInMember >= firstInMember + Int(entry.postingCount) - 1, entry.postingCount > 1 || lastInMember == firstInMember,
                          lastInMember < source.documents else { throw Malformed(source: lists[i].source) }
                    last = source.offset + lastInMember
                } else {
                    guard let document = lastDocument(first: firstDocument, after: pos, end: end) else { throw Malformed(source: lists[i].source) }
                    last = document
                }
            }
        }
        let leader = lists[0].entry.pointee
        let termCount = Int(leader.termCount)
        Self.putVarint(UInt64(termCount), &out)
        // The term's first eight bytes are its prefix (big-endian): one store, whatever follows
        // them is written over next (`bound` leaves room for it).
        UnsafeMutableRawPointer(out).storeBytes(of: leader.prefix.bigEndian, as: UInt64.self)
        if termCount > 8 { (out + 8).update(from: lists[0].bytes + Int(leader.term) + 8, count: termCount - 8) }
        out += termCount
        Self.putVarint(UInt64(postings), &out)
        Self.putVarint(UInt64(size), &out)
        for i in 0..<count {
            Self.putVarint(lists[i].rebased, &out)
            let n = lists[i].end - lists[i].rest
            out.update(from: lists[i].rest, count: n)
            out += n
        }
    }

    /// Writes `value` as an unsigned LEB128 varint at `out` (as `SearchShardWriter.appendVarint`)
    /// and moves `out` past it.
    @inline(__always)
    private static func putVarint(_ value: UInt64, _ out: inout UnsafeMutablePointer<UInt8>) {
        var v = value
        while v >= 0x80 {
            out.pointee = UInt8(truncatingIfNeeded: v) | 0x80
            out += 1
            v >>= 7
        }
        out.pointee = UInt8(v)
        out += 1
    }

    /// Reads one unsigned LEB128 varint at `pos` and moves past it; nil when truncated.
    @inline(__always)
    static func varint(_ pos: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while pos < end && shift < 64 {
            let b = pos.pointee
            pos += 1
            value |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    @inline(__always)
    private static func varintSize(_ value: UInt64) -> Int {
        (64 - (value | 1).leadingZeroBitCount + 6) / 7
    }

    /// How two entries' terms compare by their bytes (<0, 0, >0): by the eight-byte
    /// prefixes, and only when those are equal and both terms longer, by the bytes after.
    /// Equal prefixes with a term of at most eight bytes make it a prefix of the other.
    @inline(__always)
    private static func order(_ a: UnsafePointer<SearchMemberShard.Entry>, _ aBytes: UnsafePointer<UInt8>,
                              _ b: UnsafePointer<SearchMemberShard.Entry>, _ bBytes: UnsafePointer<UInt8>) -> Int32 {
        let x = a.pointee, y = b.pointee
        if x.prefix != y.prefix { return x.prefix < y.prefix ? -1 : 1 }
        if x.termCount > 8 && y.termCount > 8 {
            let c = memcmp(aBytes + Int(x.term) + 8, bBytes + Int(y.term) + 8, Int(min(x.termCount, y.termCount)) - 8)
            if c != 0 { return c }
        }
        return x.termCount == y.termCount ? 0 : (x.termCount < y.termCount ? -1 : 1)
    }

    /// Whether source `i`'s next term goes before source `j`'s: by term, then by member.
    @inline(__always)
    private static func precedes(_ i: Int, _ j: Int, _ sources: UnsafeMutableBufferPointer<Source>) -> Bool {
        let c = order(sources[i].next, sources[i].bytes, sources[j].next, sources[j].bytes)
        return c < 0 || (c == 0 && i < j)
    }

    @inline(__always)
    private static func siftDown(_ start: Int, _ heap: UnsafeMutablePointer<Int>, _ size: Int, _ sources: UnsafeMutableBufferPointer<Source>) {
        var i = start
        let item = heap[i]
        while true {
            var child = 2 * i + 1
            guard child < size else { break }
            if child + 1 < size && precedes(heap[child + 1], heap[child], sources) { child += 1 }
            guard precedes(heap[child], item, sources) else { break }
            heap[i] = heap[child]
            i = child
        }
        heap[i] = item
    }
}
