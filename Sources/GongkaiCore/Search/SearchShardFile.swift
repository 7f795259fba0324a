/// Reads a shard file written by `SearchShardWriter` back into its entries (the merge of a
/// site group's indexes reads its varints, `SearchMemberShard`).
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
}
