import Foundation
import Testing
@testable import GongkaiCore

/// The byte-level fast paths of the 文号, 索引号 and placeholder checks against the general
/// code they stand in front of, on generated text.
struct CheckFastPathTests {
    private static func generated(_ atoms: [String], seed: UInt64, count: Int, pieces: ClosedRange<Int>) -> [String] {
        var random = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: pieces, using: &random)).map { _ in atoms.randomElement(using: &random)! }.joined()
        }
    }

    // MARK: 文号

    static let documentNumberAtoms = [
        "青", "政", "办", "明环", "国发", "A", "b", "Z", "0", "1", "2", "9", "2024", "1949", "1948", "2101", "2100", "03", "3", "12", "0",
        "〔", "〕", "[", "]", "（", "）", "【", "】", "号", "號", "第", "年", "-", " ", "\u{3000}", "２", "〇", "二", "﹝",
        "\u{0301}", "\u{FE0F}", "é", "㐀", "\u{9FFF}", "\u{20000}", "문", "ａ", "\r\n", "。",
    ]

    @Test("the 文号 fast path accepts only what the full check accepts, and takes the common good form")
    func documentNumberFastPath() {
        let format = DocumentNumberFormat()
        var accepted = 0
        let texts = Self.generated(Self.documentNumberAtoms, seed: 11, count: 20_000, pieces: 1...9)
        var structured: [String] = []
        for agency in ["明环", "青政办", "A", "A明", "明2", "", "明 ", "ａ明", "㐀"] {
            for year in ["〔2024〕", "〔1949〕", "〔2100〕", "〔2101〕", "〔1948〕", "〔024〕", "[2024]", "〔2024]", "〔２０２４〕", ""] {
                for serial in ["1号", "10号", "0号", "05号", "3", "第3号", "3號", "3号文", "号", "三号"] {
                    structured.append(agency + year + serial)
                }
            }
        }
        let allTexts = texts + structured
        for text in allTexts {
            let detailed = format.checkInDetail(text, fallbackYear: 2024)
            if format.isPlainlyWellFormed(text) {
                accepted += 1
                #expect(detailed == nil, "\(text.debugDescription)")
            }
            #expect(format.check(text, fallbackYear: 2024) == detailed, "\(text.debugDescription)")
        }
        #expect(accepted >= 24)
        for good in ["青政办〔2024〕3号", "国发〔2023〕12号", "明环〔2021〕5号", "国办发明电〔1949〕100号", "A1青〔2100〕7号"] {
            #expect(format.isPlainlyWellFormed(good), "\(good)")
        }
        for bad in ["〔2024〕3号", "AB〔2024〕3号", "青〔2024〕03号", "青〔2024〕0号", "青〔1948〕3号", "青〔2024〕3", "青 〔2024〕3号", "青〔2024〕3号文"] {
            #expect(!format.isPlainlyWellFormed(bad), "\(bad)")
            #expect(format.check(bad) != nil, "\(bad)")
        }
    }

    // MARK: 索引号

    static let indexNumberAtoms = [
        "12345678-9", "12345678-8", "1234", "5678", "-9", "/", "-", "2024", "24", "00017", "17", "0", "1", "9", "12345", "123456",
        "QS-", "号", "２", " ", "\r\n", "\r", "\u{0301}", "x", "0000000000000000000", "99999999999999999999",
    ]

    @Test("the 索引号 fast path says yes only where the general check finds nothing wrong", arguments: [
        IndexNumberPattern.standard, "QS-{year}-{serial:3}", "{code}{serial}", "{serial:2}-{code}/{year}", "{code}-{serial}{year}",
    ])
    func indexNumberFastPath(source: String) throws {
        let pattern = try IndexNumberPattern(source)
        let code = "12345678-9"
        let fast = try #require(IndexNumberFastMatch(pattern: pattern, code: code))
        var fitting = 0
        let texts = Self.generated(Self.indexNumberAtoms, seed: 21, count: 20_000, pieces: 1...7)
            + [pattern.format(code: code, year: 2024, serial: 17), pattern.format(code: code, year: 1999, serial: 123_456_789_012)]
        for text in texts {
            let general = pattern.mismatch(in: text, code: code)
            if fast.fits(text) {
                fitting += 1
                #expect(general == nil, "\(text.debugDescription): \(general ?? "")")
            } else if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }),
                      text.split(whereSeparator: { !$0.isASCIIDigit }).allSatisfy({ $0.count <= 18 }) {
                // On plain ASCII without very long digit runs the fast path decides alone.
                #expect(general != nil, "\(text.debugDescription)")
            }
        }
        #expect(fitting >= 2)
    }

    @Test("the 索引号 fast path stands aside for non-ASCII codes and patterns")
    func indexNumberFastPathDeclines() throws {
        #expect(IndexNumberFastMatch(pattern: try IndexNumberPattern(IndexNumberPattern.standard), code: "【请填写机构代码】") == nil)
        #expect(IndexNumberFastMatch(pattern: try IndexNumberPattern(IndexNumberPattern.standard), code: "") == nil)
        #expect(IndexNumberFastMatch(pattern: try IndexNumberPattern("{code}／{year}－{serial:5}"), code: "1") == nil)
    }

    // MARK: Placeholders

    @Test("the placeholder search in bodies finds the marker exactly where a byte-by-byte search does")
    func placeholderSearch() {
        let atoms = ["【", "请", "填写", "【请", "【请填", "【请填写", "】", "政务", "，", "\n", "a", "写", "😀", ""]
        let marker = Array(SiteInitializer.placeholderMarker.utf8)
        for text in Self.generated(atoms, seed: 31, count: 5_000, pieces: 0...12) {
            // The reference: every byte offset compared in turn, sharing no code with the search.
            let bytes = Array(text.utf8)
            let expected = bytes.count >= marker.count && (0...(bytes.count - marker.count)).contains { Array(bytes[$0..<($0 + marker.count)]) == marker }
            #expect(text.containsUTF8(SiteInitializer.placeholderMarker) == expected, "\(text.debugDescription)")
        }
    }
}
