/// The one UTF-8 decoder of the byte-level fast paths (bench/PERFORMANCE.md): Swift's
/// `unicodeScalars` iterator and `String(decoding:)` were a large part of the search
/// tokenizer's, the CJK emphasis pass's and the checks' cost.
///
/// The bytes are valid UTF-8 (they come from Swift strings or from cmark, which writes
/// valid UTF-8), so nothing is checked: the first byte alone gives the length — below
/// 0x80 one byte, below 0xE0 two, below 0xF0 three, otherwise four — and each following
/// byte gives its low six bits. On bytes that are not valid UTF-8 the result is what that
/// arithmetic gives (a stray continuation byte reads as the lead of a two-byte sequence);
/// callers never pass such bytes, and the tests pin the behaviour.
enum UTF8Scalars {
    /// The scalar value starting at byte `i` and its length in bytes.
    @inline(__always)
    static func decode<Bytes: UTF8Bytes>(_ bytes: Bytes, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes.byte(i))
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes.byte(i &+ 1) & 0x3F), 2) }
        if b0 < 0xF0 { return (threeByteValue(bytes, at: i), 3) }
        let value = (b0 & 0x07) << 18 | UInt32(bytes.byte(i &+ 1) & 0x3F) << 12
            | UInt32(bytes.byte(i &+ 2) & 0x3F) << 6 | UInt32(bytes.byte(i &+ 3) & 0x3F)
        return (value, 4)
    }

    /// The value of the three-byte sequence at byte `i` (U+0800…U+FFFF: CJK text), for
    /// callers that have already looked at the first byte.
    @inline(__always)
    static func threeByteValue<Bytes: UTF8Bytes>(_ bytes: Bytes, at i: Int) -> UInt32 {
        UInt32(bytes.byte(i) & 0x0F) << 12 | UInt32(bytes.byte(i &+ 1) & 0x3F) << 6 | UInt32(bytes.byte(i &+ 2) & 0x3F)
    }

    /// Calls `body` with each scalar value of `bytes`, in order.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let (value, length) = decode(bytes, at: i)
            body(value)
            i &+= length
        }
    }

    /// How many scalars (characters, as editors count columns) `bytes[start..<end]` holds.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        for i in start..<end where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// `bytes[start..<end]` as a string.
    static func string(in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// `bytes[start..<end]`, a piece of valid UTF-8 cut at character boundaries, as a string
    /// made without validating it again (`String(knownUTF8:)`).
    static func knownString(in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(knownUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
}
