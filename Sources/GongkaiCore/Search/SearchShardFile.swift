/// Reads a shard file written by `SearchShardWriter` back into its entries, and moves a
/// posting list's document numbers by an offset, for `SearchIndexMerger`.
struct SearchShardFile {
    struct Entry {
        var term: ArraySlice<UInt8>
        var postingCount: Int
        var postings: ArraySlice<UInt8>
    }

    enum Malformed: Error { case truncated }

    /// Every entry of a shard, in the file's order (terms sorted by their bytes).
    static func entries(_ bytes: [UInt8]) throws(Malformed) -> [Entry] {
        var pos = bytes.startIndex
        let count = try varint(bytes, &pos)
        var entries: [Entry] = []
        entries.reserveCapacity(Int(count))
        for _ in 0..<count {
            let length = Int(try varint(bytes, &pos))
            guard pos + length <= bytes.endIndex else { throw .truncated }
            let term = bytes[pos..<(pos + length)]
            pos += length
            let postingCount = Int(try varint(bytes, &pos))
            let size = Int(try varint(bytes, &pos))
            guard pos + size <= bytes.endIndex else { throw .truncated }
            entries.append(Entry(term: term, postingCount: postingCount, postings: bytes[pos..<(pos + size)]))
            pos += size
        }
        return entries
    }

    /// Reads one unsigned LEB128 varint at `pos` and moves past it.
    static func varint<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ pos: inout Int) throws(Malformed) -> UInt64 where Bytes.Index == Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard pos < bytes.endIndex, shift < 64 else { throw .truncated }
            let b = bytes[pos]
            pos += 1
            value |= UInt64(b & 0x7F) << shift
            shift += 7
            if b & 0x80 == 0 { return value }
        }
    }

    /// Appends `postings` (one list of one shard) to `out` as if its documents were numbered
    /// from `offset`, after a list whose last document is `last` (0 when `out` holds none):
    /// only the first posting's gap changes, since the others are relative. Returns the new
    /// last document. With `positions`, each posting is followed by its bigram positions.
    static func appendRebased(_ postings: ArraySlice<UInt8>, offset: Int, after last: Int, positions: Bool,
                              to out: inout [UInt8]) throws(Malformed) -> Int {
        var pos = postings.startIndex
        let first = try varint(postings, &pos)
        let firstDocument = offset + Int(first >> UInt64(SearchField.bitCount))
        precondition(firstDocument >= last, "members' documents must follow each other")
        SearchShardWriter.appendVarint(UInt64(firstDocument - last) << UInt64(SearchField.bitCount) | (first & 15), to: &out)
        out.append(contentsOf: postings[pos...])
        // The list's last document: the first plus every further gap.
        var document = firstDocument
        if positions {
            for _ in 0..<(try varint(postings, &pos)) { _ = try varint(postings, &pos) }
        }
        while pos < postings.endIndex {
            document += Int(try varint(postings, &pos) >> UInt64(SearchField.bitCount))
            if positions {
                for _ in 0..<(try varint(postings, &pos)) { _ = try varint(postings, &pos) }
            }
        }
        return document
    }
}
