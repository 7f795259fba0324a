/// Walks the scalar values of valid UTF-8 (the bytes of a Swift `String`), decoded by
/// hand: Swift's `unicodeScalars` iterator and `String(decoding:)` per line were a large
/// part of the search tokenizer's and the CJK emphasis pass's cost.
enum UTF8Scalars {
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                body(b0)
                i += 1
            } else if b0 < 0xE0 {
                body((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                i += 2
            } else if b0 < 0xF0 {
                body((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
                i += 3
            } else {
                body((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F))
                i += 4
            }
        }
    }
}
