/// A word read as eight byte lanes, for the scanners that test eight bytes of UTF-8 at once
/// (`HTMLEscaper`, `CompactJSONWriter.mayNeedEscape`, the Markdown passes' skips over CJK text).
extension UInt64 {
    /// `byte` in every lane.
    @inline(__always)
    static func repeating(_ byte: UInt8) -> UInt64 {
        0x0101_0101_0101_0101 &* UInt64(byte)
    }

    /// Whether some lane is zero: `(x - 0x01…) & ~x & 0x80…` is non-zero exactly then (a borrow
    /// only ever runs on from a lane that is zero itself).
    @inline(__always)
    var hasZeroByte: Bool {
        (self &- .repeating(1)) & ~self & .repeating(0x80) != 0
    }

    /// Whether some lane is below `bound`, which is at most 0x80: lanes of 0x80 and above are
    /// masked off by `~x`, and a borrow only runs on from a lane below the bound.
    @inline(__always)
    func hasByte(below bound: UInt8) -> Bool {
        (self &- .repeating(bound)) & ~self & .repeating(0x80) != 0
    }

    /// Whether every lane is 0x80 or above: eight bytes of multi-byte UTF-8 (Chinese text),
    /// holding no ASCII byte at all.
    @inline(__always)
    var hasOnlyHighBytes: Bool {
        self & .repeating(0x80) == .repeating(0x80)
    }
}
