/// Decoding a posting list to its end, for a member shard read without its side table of
/// last documents (`SearchLastDocuments`): a part built before them.
extension SearchShardMerge {
    /// The last document of a list whose first is `first`, from the postings after the first
    /// posting's varint (for a shard without its side table); nil when they are truncated. Eight bytes at a time where it can
    /// (bench/PERFORMANCE.md, “The site group's search merge”): a run of one-byte postings
    /// (gaps below 8, most of a long list) adds up its gaps in one step, and a posting's
    /// positions are skipped by counting the bytes that end a varint.
    func lastDocument(first: Int, after start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> Int? {
        let bits = UInt64(SearchField.bitCount)
        var pos = start, document = first
        if positions {
            guard Self.skipPositions(&pos, end) else { return nil }
            while pos < end {
                if end - pos >= 8 {
                    // A posting whose gap and number of positions take a byte each (most):
                    // its positions' ends are looked for in the six bytes after them.
                    let word = UInt64(littleEndian: UnsafeRawPointer(pos).loadUnaligned(as: UInt64.self))
                    if word & 0x8080 == 0 {
                        document += Int((word & 0xFF) >> bits)
                        var count = word >> 8 & 0xFF
                        var ends = (~word & 0x8080_8080_8080_8080) >> 16
                        let found = UInt64(ends.nonzeroBitCount)
                        if count <= found {
                            if count > 0 {
                                for _ in 1..<count { ends &= ends - 1 }
                                pos += ends.trailingZeroBitCount >> 3 + 1
                            }
                            pos += 2
                        } else {
                            count -= found
                            pos += 8
                            guard Self.skipVarints(count, &pos, end) else { return nil }
                        }
                        continue
                    }
                }
                guard let gap = Self.varint(&pos, end) else { return nil }
                document += Int(gap >> bits)
                guard Self.skipPositions(&pos, end) else { return nil }
            }
            return document
        }
        while pos < end {
            if end - pos >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(pos).loadUnaligned(as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                // The one-byte postings before the first longer one (all eight when none is).
                let ones = high == 0 ? 8 : high.trailingZeroBitCount >> 3
                if ones > 0 {
                    let run = ones == 8 ? word : word & (1 << UInt64(8 * ones) - 1)
                    document += Self.gapSum(run)
                    pos += ones
                    continue
                }
            }
            guard let gap = Self.varint(&pos, end) else { return nil }
            document += Int(gap >> bits)
        }
        return document
    }

    /// The sum of the gaps of up to eight one-byte postings (bytes below 0x80; zero bytes
    /// add nothing): each byte's upper bits, added in the top byte by one multiplication
    /// (at most 8 × 7, so no byte carries).
    @inline(__always)
    fileprivate static func gapSum(_ word: UInt64) -> Int {
        Int((((word >> UInt64(SearchField.bitCount)) & 0x0F0F_0F0F_0F0F_0F0F) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Moves past a posting's number of positions and the positions.
    @inline(__always)
    fileprivate static func skipPositions(_ pos: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Bool {
        guard let count = varint(&pos, end) else { return false }
        return skipVarints(count, &pos, end)
    }

    /// Moves past `count` varints, counting the bytes that end one (high bit clear), eight
    /// at a time.
    @inline(__always)
    fileprivate static func skipVarints(_ count: UInt64, _ pos: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Bool {
        var count = count
        while count > 0 {
            if end - pos >= 8 {
                var ends = ~UInt64(littleEndian: UnsafeRawPointer(pos).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                let found = UInt64(ends.nonzeroBitCount)
                if found < count {
                    count -= found
                    pos += 8
                    continue
                }
                // The `count`-th end in these eight bytes.
                for _ in 1..<count { ends &= ends - 1 }
                pos += ends.trailingZeroBitCount >> 3 + 1
                return true
            }
            guard pos < end else { return false }
            if pos.pointee & 0x80 == 0 { count -= 1 }
            pos += 1
        }
        return true
    }
}
