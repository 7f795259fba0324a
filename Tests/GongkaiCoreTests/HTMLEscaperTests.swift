import Testing
@testable import GongkaiCore

/// `HTMLEscaper`'s word-at-a-time skip (bench/PERFORMANCE.md) against escaping byte by byte.
@Suite("escaping a template value")
struct HTMLEscaperTests {
    /// The definition: every `< > & " '` replaced, every other byte kept.
    private func escapedByteByByte(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for b in bytes {
            switch b {
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            default: out.append(b)
            }
        }
        return out
    }

    private func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var out = TemplateOutput(capacity: 16)
        bytes.withUnsafeBufferPointer { HTMLEscaper.append($0, to: &out) }
        return out.bytes()
    }

    @Test("each of the five is escaped at every position of values up to 24 bytes long, next to its look-alikes")
    func escapesAtEveryPosition() {
        // `#` and `=`, `?` share the bits the word test folds together; the others are ordinary.
        let specials = Array("<>&\"'#=?;%".utf8)
        let filler = Array("政务公开a1/".utf8)
        for length in 0...24 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var bytes = (0..<length).map { filler[$0 % filler.count] }
                    if position < length { bytes[position] = special }
                    #expect(escaped(bytes) == escapedByteByByte(bytes), "length \(length), \(special) at \(position)")
                }
            }
        }
    }

    @Test("random values of titles, links and bytes above 0x7F escape as byte by byte")
    func matchesByteByByteOnRandomValues() {
        var random = SeededGenerator(state: 20261207)
        let alphabet = Array("<>&\"'#=?;%/.-_ 0123456789abcXYZ".utf8) + Array("《关于》“引号”、。".utf8) + [0x00, 0x7F, 0x80, 0xBC, 0xBE, 0xFF]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...70, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            #expect(escaped(bytes) == escapedByteByByte(bytes))
        }
    }

    @Test("a word holds an escapable byte exactly when the byte-by-byte test says so, but for #")
    func wordTestHasNoFalseNegatives() {
        for b in 0...255 {
            for lane in 0..<8 {
                let word = UInt64(b) << (8 * lane) | (0x4141_4141_4141_4141 & ~(0xFF << (8 * UInt64(lane))))
                let expected = "<>&\"'#".utf8.contains(UInt8(b))
                #expect(HTMLEscaper.mayHoldEscapable(word) == expected, "byte \(b) in lane \(lane)")
            }
        }
    }
}
