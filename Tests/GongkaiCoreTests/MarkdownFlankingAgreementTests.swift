@testable import GongkaiCore
import Testing

/// The CJK emphasis pass leaves a block as cmark parsed it when `FlankingAgreement` finds
/// that every delimiter run flanks alike under both rules. That must never skip a block
/// whose rebuild with the CJK-friendly rules would come out differently from its rebuild
/// with CommonMark's rules (which the round-trip tests hold to cmark's own tree).
@Suite("Markdown flanking agreement")
struct MarkdownFlankingAgreementTests {
    typealias Generator = MarkdownEmphasisRoundTripTests.Generator

    @Test("the skip decision never skips a spec example's block whose rebuilds under the two rules differ")
    func specExamples() {
        var skipped = 0
        for example in MarkdownSpecExample.load("commonmark-spec-0.30.txt") {
            let decision = MarkdownSelfCheck.skipDecision(example.markdown)
            #expect(decision.wronglySkipped == 0, "example \(example.number):\n\(example.markdown)")
            skipped += decision.skipped
        }
        // Most spec examples have no CJK text: nearly all are skipped.
        #expect(skipped > 500)
    }

    @Test("the skip decision never skips a block of generated text whose rebuilds under the two rules differ")
    func generatedText() {
        var generator = Generator(state: 20_261_207)
        let pieces = MarkdownEmphasisRoundTripTests.pieces + [
            "**（一）强化组织领导。**", "县直各相关部门", "\\**", "\\__", "**“", "”**", "\u{FE01}", "\u{E0100}", "𰻞", "ｶ", "\\\\",
        ]
        var skipped = 0, changed = 0, kept = 0
        for _ in 0..<4000 {
            let markdown = (0..<(1 + generator.next(24))).map { _ in pieces[generator.next(pieces.count)] }.joined()
            let decision = MarkdownSelfCheck.skipDecision(markdown)
            #expect(decision.wronglySkipped == 0, "\(markdown.debugDescription)")
            skipped += decision.skipped
            changed += decision.changed
            kept += decision.kept
        }
        // Both sides of the decision are exercised, and many blocks really change.
        #expect(skipped > 1000 && kept > 500 && changed > 300, "skipped \(skipped), kept \(kept), changed \(changed)")
    }

    @Test("runs between CJK letters or away from CJK text are skipped; runs beside CJK punctuation are not", arguments: [
        ("这是**重点**内容", false),
        ("plain **bold** text", false),
        ("中文 **bold** 中文", false),
        ("no delimiters at all：中文", false),
        ("**（一）强化组织领导。**各村", true),
        ("这是**“重点”**内容", true),
        ("截至目前。**共受理申请**128件。", true),
        ("中\\**文**", true),
        ("中\\**（一）**", false),
        ("大塚\u{FE00}**(U+585A U+FE00)**", true),
    ])
    func decisionExamples(_ markdown: String, _ mayDiffer: Bool) {
        #expect(Array(markdown.utf8).withUnsafeBufferPointer { FlankingAgreement.mayDiffer($0) } == mayDiffer)
    }
}

extension MarkdownFlankingAgreementTests {
    /// Characters of every class the rules ask about.
    static let neighbours: [Unicode.Scalar] = [
        "\n", " ", "\t", "\u{A0}", "\u{3000}", "a", "Z", "0", "!", "\"", "*", "_", "\\", ")", "ä", "“", "”", "‘", "’", "…",
        "中", "文", "。", "、", "（", "）", "《", "》", "「", "！", "ｶ", "Ａ", "한", "\u{1100}", "あ", "𰻞", "😀", "☺",
        "\u{FE00}", "\u{FE01}", "\u{FE0E}", "\u{FE0F}", "\u{E0100}", "\u{2014}", "€", "\u{0300}",
    ]

    @Test("both rules at once give what CommonMark's and the CJK-friendly rules give one at a time, for every neighbour pair")
    func bothRulesAgreeWithEachRule() {
        var pairs = 0
        for delimiter in ["*", "_"] as [Unicode.Scalar] {
            for before in Self.neighbours {
                for after in Self.neighbours {
                    // The character before `before` counts only after a variation selector.
                    let selector = CJKCharacterClass.isNonEmojiVariationSelector(before)
                    for beforeBefore in selector ? [nil] + Self.neighbours.map(Optional.some) : [nil, "a", "中"] {
                        let around = DelimiterFlanking.Surroundings(before: before, beforeBefore: beforeBefore, after: after)
                        let both = DelimiterFlanking.bothRules(delimiter, around)
                        #expect(both.commonMark == DelimiterFlanking.commonMark(delimiter, around), "\(delimiter) \(before) \(after)")
                        #expect(both.cjkFriendly == DelimiterFlanking.cjkFriendly(delimiter, around), "\(delimiter) \(before) \(after)")
                        pairs += 1
                    }
                }
            }
        }
        #expect(pairs > 2 * Self.neighbours.count * Self.neighbours.count * 3)
    }
}
