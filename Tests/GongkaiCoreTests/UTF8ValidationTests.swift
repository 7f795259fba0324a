import Testing
@testable import GongkaiCore

/// `UTF8Validation` decides exactly as the standard library's validator, and the strings it
/// makes without a second check are those `String(validating:as:)` makes.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The standard library's answer and the string it makes.
    private func reference(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    private func fast(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { String(fastValidating: $0) }
    }

    /// Every lead byte with every second byte, each followed by third and fourth bytes at the
    /// edges of the continuation range and outside it, at every offset within an eight-byte
    /// word and with ASCII, a Chinese character or nothing after it (the word-at-a-time tests
    /// read ahead).
    @Test("every one-, two-, three- and four-byte sequence is valid exactly when the standard library says so, at any offset")
    func agreesOnEverySequenceShape() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF]
        let prefixes: [[UInt8]] = [[], [0x41], [0x41, 0x42, 0x43], Array("一二".utf8), Array("abcdefg".utf8)]
        let suffixes: [[UInt8]] = [[], [0x41], Array("中".utf8), Array("abcdefgh".utf8)]
        var disagreements: [[UInt8]] = []
        var checked = 0
        for b0 in 0...255 {
            for b1 in 0...255 {
                // Below 0xC0 a byte is ASCII or never a lead: what follows it does not matter.
                let tails: [[UInt8]] = b0 < 0xC0 ? [[], [0x80]] : [[]] + edges.map({ [$0] }) + edges.map({ [$0, 0x80] }) + edges.map({ [0x80, $0] })
                for tail in tails {
                    let sequence = [UInt8(b0), UInt8(b1)] + tail
                    // Every offset for a few shapes; the first prefix and suffix for the rest.
                    let widen = b0 >= 0xE0 && b0 <= 0xF4 && (b1 == 0x80 || b1 == 0x9F || b1 == 0xA0 || b1 == 0xBF)
                    for prefix in widen ? prefixes : [prefixes[0]] {
                        for suffix in widen ? suffixes : [suffixes[0], suffixes[2]] {
                            let bytes = prefix + sequence + suffix
                            checked += 1
                            if fast(bytes) != reference(bytes) { disagreements.append(bytes) }
                        }
                    }
                }
            }
        }
        #expect(checked > 1_000_000)
        #expect(disagreements.count == 0, "first: \(disagreements.prefix(5).map { $0.map { String($0, radix: 16) } })")
    }

    @Test("a Chinese document, and the same document with any one byte changed or cut short, is judged as the standard library judges it")
    func agreesOnMutatedText() throws {
        let text = Array("""
        # 关于印发《明川县耕地保护和粮食安全管理办法》的通知

        **（一）强化组织领导。**各乡镇人民政府、县直各部门：现将《办法》印发给你们，请认真贯彻执行。\
        电话：0599-1234567；邮箱：gk@example.gov.cn。😀 Ünïcødé — “引号” 、。

        """.utf8)
        #expect(fast(text) == reference(text))
        #expect(fast(text) != nil)
        var generator = SystemRandomNumberGenerator()
        var disagreements = 0
        for position in 0..<text.count {
            for replacement: UInt8 in [0x00, 0x41, 0x80, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, UInt8.random(in: 0...255, using: &generator)] {
                var mutated = text
                mutated[position] = replacement
                if fast(mutated) != reference(mutated) { disagreements += 1 }
            }
            let cut = Array(text[..<position])
            if fast(cut) != reference(cut) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    @Test("the string made without a second check is the validated string, ASCII or not")
    func makesTheSameString() {
        for sample in ["", "a", "plain ASCII text longer than a word", "中文", "混合 text 和 digits 123", "😀𠀀", "é"] {
            let bytes = Array(sample.utf8)
            let made = fast(bytes)
            #expect(made == sample)
            #expect(made?.utf8.count == bytes.count)
            // The ASCII flag is right, so comparisons and counts that rely on it agree.
            #expect(made?.count == sample.count)
            #expect(made.map { $0 + "尾" } == sample + "尾")
        }
        #expect(Array("abc".utf8).withUnsafeBufferPointer { UTF8Validation.check($0) } == (true, true))
        #expect(Array("abc中".utf8).withUnsafeBufferPointer { UTF8Validation.check($0) } == (true, false))
    }

    @Test("a piece of a string cut at character boundaries, made without a check, is that piece as decoded, hashed and compared alike")
    func knownUTF8PiecesAreTheDecodedPieces() {
        let text = "title: 关于印发《青山镇2025年工作要点》的通知 (ASCII) é😀 ab"
        let bytes = Array(text.utf8)
        var cuts = [0]
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += String(scalar).utf8.count
            cuts.append(offset)
        }
        bytes.withUnsafeBufferPointer { b in
            for start in cuts {
                for end in cuts where end >= start {
                    let piece = UnsafeBufferPointer(rebasing: b[start..<end])
                    let made = String(knownUTF8: piece), decoded = String(decoding: piece, as: UTF8.self)
                    #expect(made == decoded)
                    #expect(made.hashValue == decoded.hashValue)
                    #expect(made.count == decoded.count)
                    #expect(Set([decoded]).contains(made))
                }
            }
        }
    }

    @Test("a file that is not UTF-8 is still reported at its first bad byte")
    func sourceFileReportsTheBadByte() {
        var bytes = Array("---\ntitle: 标题\n---\n正文".utf8)
        bytes.insert(0xFF, at: bytes.count - 3)
        guard case .failure(let problem) = SourceFile.split(bytes, path: "a.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(problem == .notUTF8(line: 4, column: 2))
    }
}
