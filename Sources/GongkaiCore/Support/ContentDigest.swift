import Foundation

/// A 128-bit digest of bytes, the same on every machine and in every process (unlike Swift's
/// seeded `Hasher`): it tells whether a group member's inputs changed since its part was built
/// (README “站群”). It guards against accidents, not adversaries, so it is fast, not cryptographic.
struct ContentDigest {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    init() {}

    /// Adds bytes, led by their length, so `("ab", "c")` and `("a", "bc")` differ.
    ///
    /// Sixteen bytes a round, one word into each half: a group build digests every input file
    /// of every member it builds (`MemberInputStats`), and mixing each word into both halves
    /// cost 0.6 % of its instructions. Each step is a bijection of its half for a given word, so
    /// a change of any one word still changes the digest; inputs under 16 bytes digest as before.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var i = 0
        while i + 16 <= bytes.count {
            mixA(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            mixB(bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            i += 16
        }
        if i + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    private mutating func mix(_ word: UInt64) {
        mixA(word)
        mixB(word)
    }

    @inline(__always)
    private mutating func mixA(_ word: UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01b3
        a = (a << 27) | (a >> 37)
    }

    @inline(__always)
    private mutating func mixB(_ word: UInt64) {
        b = (b ^ word) &* 0x9e37_79b9_7f4a_7c15
        b ^= b >> 29
    }

    /// The digest folded into one word (both halves mixed into it), where 64 bits are enough.
    var word: UInt64 { a ^ ((b << 32) | (b >> 32)) }

    /// The digest as 32 lowercase hex digits.
    var hex: String { Self.hex(a, b) }

    /// `a` then `b`, each as 16 lowercase hex digits. Written digit by digit into the string's
    /// own storage: a group build formats one digest per input file, and `String(_:radix:)`
    /// with padding cost some 40,000 instructions a digest (bench/PERFORMANCE.md).
    static func hex(_ a: UInt64, _ b: UInt64) -> String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            for (start, word) in [(0, a), (16, b)] {
                for k in 0..<16 {
                    let nibble = UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * k)) & 0xf
                    buffer[start + k] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
                }
            }
            return 32
        }
    }
}
