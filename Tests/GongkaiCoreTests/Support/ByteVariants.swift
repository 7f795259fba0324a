/// Byte strings for testing a word-at-a-time fast path against its byte-by-byte definition:
/// each byte that matters at every position, random strings, and single bytes in every lane
/// of a word.
enum ByteVariants {
    /// `filler` repeated to every length up to `maxLength`, with each of `specials` put at every
    /// position in turn (the empty string once per special).
    static func atEveryPosition(filler: [UInt8], specials: [UInt8], maxLength: Int) -> [[UInt8]] {
        var variants: [[UInt8]] = []
        for length in 0...maxLength {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var bytes = (0..<length).map { filler[$0 % filler.count] }
                    if position < length { bytes[position] = special }
                    variants.append(bytes)
                }
            }
        }
        return variants
    }

    /// `count` strings of up to `maxLength` bytes drawn from `alphabet`, the same for the same seed.
    static func random(from alphabet: [UInt8], count: Int, maxLength: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...maxLength, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
        }
    }

    /// Every byte value in every lane of a word whose other lanes hold `A` (0x41).
    static func singleBytesInWords() -> [(byte: UInt8, lane: Int, word: UInt64)] {
        var words: [(byte: UInt8, lane: Int, word: UInt64)] = []
        for b in 0...255 {
            for lane in 0..<8 {
                let shift = UInt64(8 * lane)
                let others: UInt64 = 0x4141_4141_4141_4141 & ~(0xFF << shift)
                words.append((UInt8(b), lane, UInt64(b) << shift | others))
            }
        }
        return words
    }
}
