import Foundation

/// Every term's posting list, encoded as it is built: documents arrive in ascending
/// order, and each is appended as one varint `gap << 4 | fields` (see
/// `SearchShardWriter`), so a list costs about a byte per document while the index is
/// built.
///
/// Fast path (bench/PERFORMANCE.md): the lists live in memory of their own rather than in
/// an array of arrays, so an append has no copy-on-write or bounds checks. Used by one
/// thread at a time.
final class SearchPostingLists: @unchecked Sendable {
    private struct List {
        var bytes: UnsafeMutablePointer<UInt8>?
        var byteCount: Int32 = 0
        var capacity: Int32 = 0
        var last: Int32 = 0
        var postingCount: Int32 = 0
    }

    private var lists: UnsafeMutablePointer<List>
    private var capacity = 1024
    /// The number of lists (terms).
    private(set) var count = 0

    init() {
        lists = .allocate(capacity: capacity)
    }

    deinit {
        for i in 0..<count { free(lists[i].bytes) }
        lists.deallocate()
    }

    /// Adds an empty list and returns its number.
    func addList() -> Int {
        if count == capacity {
            let grown = UnsafeMutablePointer<List>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: lists, count: count)
            lists.deallocate()
            lists = grown
            capacity *= 2
        }
        (lists + count).initialize(to: List())
        count += 1
        return count - 1
    }

    /// Appends `document` (not below the last one in list `list`) with the fields the
    /// term was found in.
    @inline(__always)
    func append(_ list: Int, document: Int, fields: UInt8) {
        precondition(list >= 0 && list < count, "no such posting list")
        let entry = lists + list
        let gap = document - Int(entry.pointee.last)
        precondition(gap >= 0 && (gap > 0 || entry.pointee.postingCount == 0), "documents must be appended in ascending order")
        var value = UInt64(gap) << UInt64(SearchField.bitCount) | UInt64(fields)
        // A varint of a 64-bit value takes at most ten bytes.
        if entry.pointee.capacity - entry.pointee.byteCount < 10 {
            let grown = max(16, Int(entry.pointee.capacity) * 2)
            entry.pointee.bytes = realloc(entry.pointee.bytes, grown)!.assumingMemoryBound(to: UInt8.self)
            entry.pointee.capacity = Int32(grown)
        }
        var at = Int(entry.pointee.byteCount)
        let bytes = entry.pointee.bytes!
        while value >= 0x80 {
            bytes[at] = UInt8(truncatingIfNeeded: value) | 0x80
            value >>= 7
            at += 1
        }
        bytes[at] = UInt8(value)
        entry.pointee.byteCount = Int32(at + 1)
        entry.pointee.last = Int32(document)
        entry.pointee.postingCount += 1
    }

    /// Appends `document` with its fields, as `append(_:document:fields:)` does, followed
    /// by the number of `positions` and each as the difference from the one before (the
    /// first from 0), as varints: a bigram's posting in the phrase lists (see
    /// `SearchShardWriter`). `positions` ascend. One call and one capacity test for the
    /// whole posting: a second call for the positions cost about 50 instructions a bigram
    /// (bench/PERFORMANCE.md).
    @inline(__always)
    func append(_ list: Int, document: Int, fields: UInt8, positions: UnsafeBufferPointer<Int32>) {
        precondition(list >= 0 && list < count, "no such posting list")
        let entry = lists + list
        let gap = document - Int(entry.pointee.last)
        precondition(gap >= 0 && (gap > 0 || entry.pointee.postingCount == 0), "documents must be appended in ascending order")
        // A varint of a 64-bit value takes at most ten bytes, of a 32-bit value five.
        let needed = Int(entry.pointee.byteCount) + 10 + 5 * (positions.count + 1)
        if Int(entry.pointee.capacity) < needed {
            var grown = max(16, Int(entry.pointee.capacity) * 2)
            while grown < needed { grown *= 2 }
            entry.pointee.bytes = realloc(entry.pointee.bytes, grown)!.assumingMemoryBound(to: UInt8.self)
            entry.pointee.capacity = Int32(grown)
        }
        var at = Int(entry.pointee.byteCount)
        let bytes = entry.pointee.bytes!
        @inline(__always) func put(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes[at] = UInt8(truncatingIfNeeded: value) | 0x80
                value >>= 7
                at &+= 1
            }
            bytes[at] = UInt8(truncatingIfNeeded: value)
            at &+= 1
        }
        put(UInt64(gap) << UInt64(SearchField.bitCount) | UInt64(fields))
        put(UInt64(positions.count))
        var last: Int32 = 0
        for p in positions {
            put(UInt64(UInt32(bitPattern: p &- last)))
            last = p
        }
        entry.pointee.byteCount = Int32(at)
        entry.pointee.last = Int32(document)
        entry.pointee.postingCount += 1
    }

    /// Frees list `list`'s bytes once its shard is written; it reads as empty afterwards.
    /// Lists are independent: different lists may be released on different threads.
    func release(_ list: Int) {
        precondition(list >= 0 && list < count, "no such posting list")
        free(lists[list].bytes)
        lists[list].bytes = nil
        lists[list].byteCount = 0
        lists[list].capacity = 0
    }

    /// The number of documents in list `list`.
    func postingCount(_ list: Int) -> Int {
        precondition(list >= 0 && list < count, "no such posting list")
        return Int(lists[list].postingCount)
    }

    /// The last document appended to list `list` (0 when it has none): its postings come in
    /// document order, so this is where the list ends (`SearchLastDocuments`).
    func lastDocument(_ list: Int) -> Int {
        precondition(list >= 0 && list < count, "no such posting list")
        return Int(lists[list].last)
    }

    /// The encoded postings of list `list`, valid until the next append.
    func bytes(_ list: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(list >= 0 && list < count, "no such posting list")
        return UnsafeBufferPointer(start: lists[list].bytes, count: Int(lists[list].byteCount))
    }
}
