/// Validating a whole source file's UTF-8 and making a `String` of it without a second pass.
///
/// `String(validating:as:)` checks Chinese text a byte at a time, some nine instructions a
/// byte: 3 % of a build's instructions went to validating the 8 KB of each Markdown file
/// (bench/PERFORMANCE.md). This check takes two three-byte characters (CJK text and its
/// punctuation) or eight ASCII bytes in one 64-bit test, and the string is then made by the
/// standard library's own unchecked initializer, which copies the bytes and validates nothing.
enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, no surrogates, nothing above
    /// U+10FFFF), exactly as `String(validating:as:)` decides; and whether they are all ASCII.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, isASCII: Bool) {
        let (firstInvalid, isASCII) = scan(bytes)
        return (firstInvalid == nil, isASCII)
    }

    /// Where the first sequence that is not UTF-8 starts (its lead byte), nil when there is none:
    /// the position a file's diagnostic gives (`SourceFile.split`).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        scan(bytes).firstInvalid
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (firstInvalid: Int?, isASCII: Bool) {
        guard let base = bytes.baseAddress else { return (nil, true) }
        let count = bytes.count
        var i = 0
        var sawNonASCII = false
        @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        while i < count {
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                // Eight ASCII bytes.
                if word & .repeating(0x80) == 0 {
                    i += 8
                    continue
                }
                // Two three-byte characters, `1110xxxx 10xxxxxx 10xxxxxx` twice, led by neither
                // E0 (overlong below U+0800) nor ED (surrogates): Chinese text.
                let first = word & 0xFF, second = (word >> 24) & 0xFF
                if word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
                   first != 0xE0, first != 0xED, second != 0xE0, second != 0xED {
                    sawNonASCII = true
                    i += 6
                    continue
                }
            }
            let b0 = base[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            sawNonASCII = true
            switch b0 {
            case 0xC2...0xDF:
                guard i + 1 < count, isContinuation(base[i + 1]) else { return (i, false) }
                i += 2
            case 0xE0...0xEF:
                guard i + 2 < count, isContinuation(base[i + 2]) else { return (i, false) }
                let b1 = base[i + 1]
                let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                guard b1 >= low && b1 <= high else { return (i, false) }
                i += 3
            case 0xF0...0xF4:
                guard i + 3 < count, isContinuation(base[i + 2]), isContinuation(base[i + 3]) else { return (i, false) }
                let b1 = base[i + 1]
                let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80, high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= low && b1 <= high else { return (i, false) }
                i += 4
            default:
                return (i, false)
            }
        }
        return (nil, !sawNonASCII)
    }
}

extension String {
    /// `String(validating: bytes, as: UTF8.self)`, validated by `UTF8Validation`.
    init?(fastValidating bytes: UnsafeBufferPointer<UInt8>) {
        let (valid, isASCII) = UTF8Validation.check(bytes)
        guard valid else { return nil }
        self = _uncheckedString(fromUTF8: bytes, isASCII: isASCII)
    }

    /// Bytes that are UTF-8 already — a piece of a string's UTF-8 cut at character
    /// boundaries — as a string, not validated again: only whether they are ASCII is looked
    /// at (an ASCII string is known to be normalised, which its hashing and comparison use).
    /// Debug builds, and so the tests, check that they are UTF-8.
    init(knownUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(UTF8Validation.check(bytes).valid, "not UTF-8: \(Array(bytes))")
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        self = _uncheckedString(fromUTF8: bytes, isASCII: high < 0x80)
    }
}

/// The standard library's `String._uncheckedFromUTF8(_:isASCII:)`: it is `@usableFromInline`,
/// so its symbol is part of the library's ABI (also in the static library the packages link),
/// but it cannot be named from outside. It copies valid UTF-8 into a new string and checks
/// nothing; `isASCII` must be true only if every byte is below 0x80. Only
/// `String(fastValidating:)`, after `UTF8Validation.check`, and `String(knownUTF8:)` call it.
@_silgen_name("$sSS18_uncheckedFromUTF8_7isASCIISSSRys5UInt8VG_SbtFZ")
private func _uncheckedString(fromUTF8 input: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String
