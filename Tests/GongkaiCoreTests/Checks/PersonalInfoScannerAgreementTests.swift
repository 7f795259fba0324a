import Testing
@testable import GongkaiCore

/// The scanner's fast paths (the eight-byte jump to the next digit, the look-behind for what
/// precedes a run, lines and columns counted only up to a finding, the scan starting at the
/// first long group) against ``ReferencePersonalInfoScan``, which classifies every character.
struct PersonalInfoScannerAgreementTests {
    private static func described(_ found: [PersonalInfoScanner.Found]) -> [String] {
        found.map { "\($0.kind) \($0.start)..<\($0.end) \($0.line):\($0.column) \($0.masked)" }
    }

    private static func described(_ matches: [PersonalInfoMatch]) -> [String] {
        matches.map { "\($0.kind) \($0.utf8Range.lowerBound)..<\($0.utf8Range.upperBound) \($0.line):\($0.column) \($0.masked)" }
    }

    /// Pieces of text: Han, ASCII and full-width digits, separators, newlines, `X`, `+86`,
    /// masks, decimal points, units, currency signs, letters, emoji, and whole numbers.
    static let atoms: [String] = {
        let numbers = PersonalNumbers.sampleIDs + [
            PersonalNumbers.card16, PersonalNumbers.card17, PersonalNumbers.card19, PersonalNumbers.visa,
            "13812345678", "15912345678", "138 1234 5678", "138-1234-5678", "6222 0212 3456 789", "110105 19491231 002X",
            "0599-5231001", "00000000-0/2021-00066", "明环〔2021〕5号", "2024-03-19", "12,345,678.00",
        ]
        return numbers + numbers.map(PersonalNumbers.fullWidth) + [
            "政", "务", "公开", "，", "。", "（", "）", "：", "〔", "〕", "号", "年", "月", "日",
            "0", "1", "3", "8", "6", "9", "2", "０", "１", "８", "６", "９", "86", "0086", "+", "＋", "+86", "＋８６",
            " ", "-", "\u{00A0}", "\u{3000}", "－", "\n", "\r\n", "\t",
            "X", "x", "Ｘ", "ｘ", "a", "Z", "_", "ａ", "＿",
            "*", "＊", "****", ".", "．",
            "元", "万", "亿", "千", "百", "吨", "亩", "人", "户", "%", "％", "‰",
            "¥", "￥", "$", "＄", "👍🏽", "é", "\u{FEFF}",
        ]
    }()

    @Test("on generated text the scanner finds exactly what the character-by-character scan finds")
    func agreesWithReference() {
        var random = SeededGenerator(state: 20_260_301)
        var findings = 0
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...60, using: &random) {
                text += Self.atoms.randomElement(using: &random)!
            }
            let expected = Self.described(ReferencePersonalInfoScan.scan(text))
            let actual = Self.described(PersonalInfoScanner().scan(text))
            #expect(actual == expected, "round \(round): \(text.debugDescription)")
            if actual != expected { return }
            findings += expected.count
        }
        // The generated text must exercise the patterns, not only text without findings.
        #expect(findings > 1_000)
    }

    @Test("finds the first ASCII digit or 0xEF byte at every alignment")
    func nextDigitCandidate() {
        var random = SeededGenerator(state: 7)
        for _ in 0..<200 {
            let length = Int.random(in: 0...40, using: &random)
            let bytes = (0..<length).map { _ in
                // Mostly bytes near the boundaries of what is looked for.
                [UInt8(0x2F), 0x30, 0x39, 0x3A, 0xEE, 0xEF, 0xF0, 0x00, 0x7F, 0x80, 0xB0, 0xB9, 0xBF, 0xFF]
                    .randomElement(using: &random)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    let expected = (start..<length).first { (0x30...0x39).contains(bytes[$0]) || bytes[$0] == 0xEF }
                    #expect(PersonalInfoScanner.ByteScan.nextDigitCandidate(buffer, from: start) == expected)
                }
            }
        }
        for value in 0...255 {
            let bytes = [UInt8](repeating: 0x41, count: 11) + [UInt8(value)] + [UInt8](repeating: 0x41, count: 5)
            let isCandidate = (0x30...0x39).contains(value) || value == 0xEF
            bytes.withUnsafeBufferPointer { buffer in
                #expect(PersonalInfoScanner.ByteScan.nextDigitCandidate(buffer, from: 0) == (isCandidate ? 11 : nil))
            }
        }
    }
}
