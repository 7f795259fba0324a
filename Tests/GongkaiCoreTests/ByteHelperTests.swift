import Testing
@testable import GongkaiCore

/// The shared byte-level helpers of Support/ that the fast paths are built on
/// (bench/PERFORMANCE.md): the UTF-8 decoder, the substring search and the CJK term keys.
@Suite("byte-level helpers")
struct ByteHelperTests {
    // MARK: UTF-8 decoder

    @Test("every scalar decodes to its value and UTF-8 length, from a buffer and from a pointer", arguments: [
        (1, 0x0...0x7F), (2, 0x80...0x7FF), (3, 0x800...0xFFFF), (4, 0x10000...0x10FFFF),
    ])
    func decodesEveryScalar(length: Int, values: ClosedRange<Int>) {
        var wrong: [Int] = []
        var bytes: [UInt8] = []
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }   // surrogates
            bytes.removeAll(keepingCapacity: true)
            UTF8.encode(scalar) { bytes.append($0) }
            // A byte after the scalar, which the decoder must not read into.
            bytes.append(0x41)
            let (fromBuffer, fromPointer, threeByte) = bytes.withUnsafeBufferPointer { buffer in
                (UTF8Scalars.decode(buffer, at: 0), UTF8Scalars.decode(buffer.baseAddress!, at: 0),
                 length == 3 ? UTF8Scalars.threeByteValue(buffer, at: 0) : UInt32(value))
            }
            if bytes.count != length + 1 || fromBuffer != (UInt32(value), length) || fromPointer != (UInt32(value), length)
                || (length == 3 && threeByte != UInt32(value)) {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "first wrong: \(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    @Test("bytes that are not UTF-8 take the lead byte's length and the next bytes' low six bits, as the hand-written decoders did",
          arguments: [
              ([0x80, 0x41], 0x01, 2),                     // a stray continuation byte reads as a two-byte lead
              ([0xBF, 0xBF], 0x7FF, 2),
              ([0xC0, 0x80], 0x00, 2),                     // overlong
              ([0xC3, 0x41], 0xC1, 2),                     // truncated: the next character's byte is taken
              ([0xE4, 0xB8, 0x41], 0x4E01, 3),             // truncated three-byte sequence
              ([0xE4, 0x41, 0x42], 0x4042, 3),
              ([0xED, 0xA0, 0x80], 0xD800, 3),             // a surrogate
              ([0xF4, 0x90, 0x80, 0x80], 0x110000, 4),     // above U+10FFFF
              ([0xF8, 0x88, 0x80, 0x80], 0x8000, 4),       // five-byte lead: four bytes, three bits
              ([0xFF, 0xBF, 0xBF, 0xBF], 0x1FFFFF, 4),
              ([0xF0, 0x9F, 0x41, 0x42], 0x1F042, 4),      // truncated four-byte sequence
          ] as [([UInt8], UInt32, Int)])
    func decodesInvalidBytesByArithmetic(bytes: [UInt8], value: UInt32, length: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            #expect(UTF8Scalars.decode(buffer, at: 0) == (value, length))
            #expect(UTF8Scalars.decode(buffer.baseAddress!, at: 0) == (value, length))
            var walked: [UInt32] = []
            UTF8Scalars.forEach(in: buffer) { walked.append($0) }
            #expect(walked.first == value)
            #expect(walked.count == 1 + (bytes.count - length))
        }
    }

    @Test("walking text gives its scalars in order")
    func walksScalars() {
        let text = "政务公开 Az\u{00E9}\u{0000}〔2024〕12号😀\u{10FFFF}\u{FFFD}\n"
        var utf8 = Array(text.utf8)
        var walked: [UInt32] = []
        utf8.withUnsafeMutableBufferPointer { UTF8Scalars.forEach(in: UnsafeBufferPointer($0)) { walked.append($0) } }
        #expect(walked == text.unicodeScalars.map(\.value))
        walked = []
        UTF8Scalars.forEach(in: UnsafeBufferPointer(start: nil, count: 0)) { walked.append($0) }
        #expect(walked.isEmpty)
    }

    // MARK: Substring search

    /// The reference: the needle compared at every offset in turn.
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }

    private static func search(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { n in haystack.withUnsafeBufferPointer { UTF8Search.contains(n, in: $0) } }
    }

    @Test("the byte search finds every piece of the text at every offset, and what the reference finds elsewhere")
    func searchAtEveryOffset() {
        // Few distinct bytes, so that near misses (the last byte right, an earlier one wrong) are everywhere.
        let alphabet: [UInt8] = [0x5D, 0x3A, 0xE3, 0x80, 0x90]
        var random = SeededGenerator(state: 7)
        for _ in 0..<400 {
            let haystack = (0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            for start in haystack.indices {
                for end in (start + 1)...min(haystack.count, start + 6) {
                    let piece = Array(haystack[start..<end])
                    #expect(Self.search(piece, in: haystack), "\(piece) in \(haystack)")
                }
            }
            for _ in 0..<8 {
                let needle = (0..<Int.random(in: 1...5, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
                #expect(Self.search(needle, in: haystack) == Self.occurs(needle, in: haystack), "\(needle) in \(haystack)")
            }
        }
    }

    @Test("an empty needle occurs in everything; a needle longer than the text nowhere")
    func searchEdges() {
        #expect(Self.search([], in: []))
        #expect(Self.search([], in: [0x41]))
        #expect(!Self.search([0x41], in: []))
        #expect(!Self.search([0x41, 0x42], in: [0x42]))
        #expect(!Self.search(Array("【请填写】".utf8), in: Array("【请填写".utf8)))
        #expect(Self.search(Array("【请填写".utf8), in: Array("【请填写".utf8)))
        #expect("正文【请填写机关名称】".containsUTF8("【请填写"))
        #expect(!"正文【请填】".containsUTF8("【请填写"))
        #expect("a.md.md".containsUTF8(".md") && !"".containsUTF8(".md") && "".containsUTF8(""))
    }

    // MARK: CJK term keys

    @Test("a CJK term key gives back its character or bigram, fits in 45 bits, is never 0, and no two terms share one")
    func cjkKeysRoundTrip() {
        let characters: [UInt32] = Array(0x3400...0x4DBF) + Array(0x4E00...0x9FFF) + [0x3007, 0xAC00, 0xF900, 0x20000, 0x3FFFF, 0x10FFFF, 0x61, 0x1]
        var keys = Set<UInt64>()
        for c in characters {
            let key = CJKTermKey.character(c)
            #expect(key != 0 && key < 1 << 45)
            let (first, second) = CJKTermKey.scalars(of: key)
            #expect(first == c && second == nil)
            keys.insert(key)
        }
        #expect(CJKTermKey.text(of: CJKTermKey.character(0x516C)) == "公")
        var random = SeededGenerator(state: 11)
        var pairs = Set<[UInt32]>()
        for _ in 0..<20_000 {
            let a = characters.randomElement(using: &random)!, b = characters.randomElement(using: &random)!
            let key = CJKTermKey.bigram(a, b)
            #expect(key != 0 && key < 1 << 45)
            let (first, second) = CJKTermKey.scalars(of: key)
            #expect(first == a && second == b)
            pairs.insert([a, b])
            keys.insert(key)
        }
        for pair in [(0x10FFFF, 0x10FFFF), (0x1, 0x1), (0x4E00, 0x9FFF)] as [(UInt32, UInt32)] {
            let (first, second) = CJKTermKey.scalars(of: CJKTermKey.bigram(pair.0, pair.1))
            #expect(first == pair.0 && second == pair.1)
        }
        #expect(CJKTermKey.text(of: CJKTermKey.bigram(0x516C, 0x5F00)) == "公开")
        // Distinct terms, distinct keys: one key for every character and every distinct pair drawn.
        #expect(keys.count == Set(characters).count + pairs.count)
    }

    @Test("a byte range's character count and text, for columns editors count")
    func countAndString() {
        let text = "标题：a\u{1F600}b"
        Array(text.utf8).withUnsafeBufferPointer { b in
            #expect(UTF8Scalars.count(in: b, 0, b.count) == text.unicodeScalars.count)
            #expect(UTF8Scalars.count(in: b, 0, 6) == 2 && UTF8Scalars.count(in: b, 3, 3) == 0)
            #expect(UTF8Scalars.string(in: b, 0, 6) == "标题" && UTF8Scalars.string(in: b, 9, b.count) == "a\u{1F600}b")
        }
    }

    // MARK: Byte lanes of a word

    @Test("a word has a zero lane, or a lane below a bound, exactly when one of its bytes is")
    func byteLanesAnswerAsTheBytesDo() {
        for (b, lane, word) in ByteVariants.singleBytesInWords() {
            #expect(word.hasZeroByte == (b == 0), "byte \(b) in lane \(lane)")
            for bound: UInt8 in [0x01, 0x20, 0x41, 0x80] {
                #expect(word.hasByte(below: bound) == (b < bound || bound > 0x41), "byte \(b) in lane \(lane) below \(bound)")
            }
        }
        // Two lanes that need a borrow: the answer is still the bytes' own.
        #expect(UInt64(0x0100).hasZeroByte)
        #expect(!UInt64.repeating(0x7F).hasZeroByte && !UInt64.repeating(0xFF).hasZeroByte)
        #expect(UInt64.repeating(0x20).hasByte(below: 0x21) && !UInt64.repeating(0x20).hasByte(below: 0x20))
    }

    @Test("a word has only high lanes exactly when each of its bytes is 0x80 or above")
    func onlyHighBytes() {
        for byte in 0...255 {
            for lane in 0..<8 {
                // One byte in a word of 0x80s, and of 0xE4s (the lead byte of most Han characters).
                for filler: UInt64 in [.repeating(0x80), .repeating(0xE4)] {
                    let word = filler & ~(UInt64(0xFF) << (8 * lane)) | UInt64(byte) << (8 * lane)
                    #expect(word.hasOnlyHighBytes == (byte >= 0x80), "byte \(byte) in lane \(lane)")
                }
            }
        }
        let han = Array("政务公开栏目".utf8.prefix(8))
        #expect(UInt64(littleEndian: han.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }).hasOnlyHighBytes)
    }
}
