import Testing
@testable import GongkaiCore

/// `CompactJSONWriter.string`'s word-at-a-time skip (bench/PERFORMANCE.md) against escaping
/// byte by byte.
@Suite("a JSON string in a group's internal files")
struct CompactJSONWriterStringTests {
    /// The definition: `"` and `\` after a backslash, the short escapes, `\u00XX` for other
    /// control characters, every other byte as it is.
    private func writtenByteByByte(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for b in bytes {
            switch b {
            case 0x22, 0x5C: out += [0x5C, b]
            case 0x0A: out += Array("\\n".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0..<0x20: out += Array("\\u00".utf8) + Array("0123456789abcdef".utf8)[Int(b >> 4)...Int(b >> 4)] + Array("0123456789abcdef".utf8)[Int(b & 0xF)...Int(b & 0xF)]
            default: out.append(b)
            }
        }
        return out + [0x22]
    }

    private func written(_ bytes: [UInt8]) -> [UInt8] {
        var writer = CompactJSONWriter()
        bytes.withUnsafeBufferPointer { writer.string(utf8: $0) }
        return writer.bytes
    }

    @Test("every byte that needs an escape is escaped at every position of strings up to 20 bytes long")
    func escapesAtEveryPosition() {
        let specials: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x22, 0x5C, 0x2F, 0x7F, 0x80, 0xFF]
        for bytes in ByteVariants.atEveryPosition(filler: Array("索引号/2025-0001".utf8), specials: specials, maxLength: 20) {
            #expect(written(bytes) == writtenByteByByte(bytes), "\(bytes)")
        }
    }

    @Test("random strings write as byte by byte")
    func matchesByteByByteOnRandomStrings() {
        let alphabet: [UInt8] = Array("\"\\/ 09azAZ".utf8) + Array("《明政办〔2025〕》".utf8) + [0x00, 0x0A, 0x1F, 0x7F, 0x80, 0xDC, 0xFF]
        for bytes in ByteVariants.random(from: alphabet, count: 3000, maxLength: 60, seed: 1207) {
            #expect(written(bytes) == writtenByteByByte(bytes))
        }
    }

    @Test("a word may need an escape exactly when one of its bytes does")
    func wordTestIsExact() {
        for (b, lane, word) in ByteVariants.singleBytesInWords() {
            #expect(CompactJSONWriter.mayNeedEscape(word) == (b < 0x20 || b == 0x22 || b == 0x5C), "byte \(b) in lane \(lane)")
        }
    }
}
