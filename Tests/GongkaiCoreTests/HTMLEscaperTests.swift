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
        TemplateOutput.page(capacity: 16) { out in bytes.withUnsafeBufferPointer { HTMLEscaper.append($0, to: &out) } }
    }

    @Test("each of the five is escaped at every position of values up to 24 bytes long, next to its look-alikes")
    func escapesAtEveryPosition() {
        // `#` and `=`, `?` share the bits the word test folds together; the others are ordinary.
        for bytes in ByteVariants.atEveryPosition(filler: Array("政务公开a1/".utf8), specials: Array("<>&\"'#=?;%".utf8), maxLength: 24) {
            #expect(escaped(bytes) == escapedByteByByte(bytes), "\(bytes)")
        }
    }

    @Test("random values of titles, links and bytes above 0x7F escape as byte by byte")
    func matchesByteByByteOnRandomValues() {
        let alphabet = Array("<>&\"'#=?;%/.-_ 0123456789abcXYZ".utf8) + Array("《关于》“引号”、。".utf8) + [0x00, 0x7F, 0x80, 0xBC, 0xBE, 0xFF]
        for bytes in ByteVariants.random(from: alphabet, count: 3000, maxLength: 70, seed: 20261207) {
            #expect(escaped(bytes) == escapedByteByByte(bytes))
        }
    }

    @Test("a template output grown many times from its first 64 bytes holds every byte appended, in order")
    func outputGrowsKeepingBytes() {
        var expected: [UInt8] = []
        let page = TemplateOutput.page(capacity: 1) { out in
            for (k, bytes) in ByteVariants.random(from: Array("政务公开ab<&".utf8), count: 400, maxLength: 300, seed: 7).enumerated() {
                if k % 3 == 0 {
                    out.append(bytes)
                    expected += bytes
                } else {
                    bytes.withUnsafeBufferPointer { HTMLEscaper.append($0, to: &out) }
                    expected += escapedByteByByte(bytes)
                }
                #expect(out.count == expected.count)
            }
        }
        #expect(expected.count > 40_000)
        #expect(page == expected)
    }

    @Test("a page one byte short of its first storage, filling it exactly or one byte over, or empty, is every byte written")
    func pageAtItsFirstCapacity() {
        let bytes = Array(ByteVariants.random(from: Array("政务公开ab<&".utf8), count: 40, maxLength: 300, seed: 11).joined())
        #expect(bytes.count > 300)
        for total in [255, 256, 257] {
            let page = TemplateOutput.page(capacity: 256) { out in
                out.append(Array(bytes.prefix(total - 2)))
                out.insert([0x41, 0x42], at: 0)
                #expect(out.count == total)
            }
            #expect(page == [0x41, 0x42] + bytes.prefix(total - 2), "\(total) bytes")
        }
        #expect(TemplateOutput.page(capacity: 256) { _ in }.isEmpty)
    }

    @Test("a word holds an escapable byte exactly when the byte-by-byte test says so, but for #")
    func wordTestHasNoFalseNegatives() {
        for (b, lane, word) in ByteVariants.singleBytesInWords() {
            #expect(HTMLEscaper.mayHoldEscapable(word) == "<>&\"'#".utf8.contains(b), "byte \(b) in lane \(lane)")
        }
    }
}
