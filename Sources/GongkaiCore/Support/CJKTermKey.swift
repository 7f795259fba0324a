/// A CJK search term — one character or a bigram of two — packed into one integer, the
/// one packing the search index uses (bench/PERFORMANCE.md): a document adds a few
/// thousand such terms, and strings for them cost more than the rest of indexing.
///
/// A character is its scalar value; a bigram is `1 << 44 | first << 22 | second`. Scalar
/// values take at most 21 bits, so keys fit in 45 bits (the index keeps them shifted left
/// by four, with a document's field bits below), and a key is never 0 (key tables use 0
/// for an empty slot).
enum CJKTermKey {
    /// The key of the character `scalar`.
    @inline(__always)
    static func character(_ scalar: UInt32) -> UInt64 {
        UInt64(scalar)
    }

    /// The key of the bigram `first` `second`.
    @inline(__always)
    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        (1 << 44) | (UInt64(first) << 22) | UInt64(second)
    }

    /// The scalar values of `key`: `second` is nil for a character.
    @inline(__always)
    static func scalars(of key: UInt64) -> (first: UInt32, second: UInt32?) {
        if key >> 44 == 1 { return (UInt32((key >> 22) & 0x3F_FFFF), UInt32(key & 0x3F_FFFF)) }
        return (UInt32(key), nil)
    }

    /// The term's text.
    static func text(of key: UInt64) -> String {
        let (first, second) = scalars(of: key)
        var view = String.UnicodeScalarView()
        view.append(Unicode.Scalar(first)!)
        if let second { view.append(Unicode.Scalar(second)!) }
        return String(view)
    }
}
