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
