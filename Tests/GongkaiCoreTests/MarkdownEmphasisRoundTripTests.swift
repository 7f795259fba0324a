@testable import GongkaiCore
import Testing

/// The CJK-friendly pass takes cmark's emphasis apart and matches it again. Run with
/// CommonMark's own flanking rules on every block, it must give cmark's output back: this
/// checks the source alignment and the emphasis algorithm on the spec's examples and on
/// generated text.
@Suite("Markdown emphasis round trip")
struct MarkdownEmphasisRoundTripTests {
    @Test("rebuilding emphasis with CommonMark's rules reproduces cmark on every spec example")
    func specExamples() {
        var blocks = 0
        var unaligned = 0
        for example in MarkdownSpecExample.load("commonmark-spec-0.30.txt") {
            let check = MarkdownSelfCheck.emphasisRoundTrip(example.markdown)
            #expect(check.rebuiltHTML == check.cmarkHTML, "example \(example.number):\n\(example.markdown)")
            blocks += check.blocks
            unaligned += check.unaligned
        }
        // Nearly every block must align, or the pass would silently skip real documents.
        #expect(unaligned * 50 < blocks, "\(unaligned) of \(blocks) blocks could not be aligned")
    }

    /// A small deterministic generator (linear congruential), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "*", "**", "***", "_", "__", "\\*", "\\_", "&amp;", "&#42;", "&copy;", "[", "]", "](/u)", "](/u \"t\")", "[x]",
        "![", "`", "``", "<b>", "</b>", "<http://a.b>", " ", "  ", "\n", "  \n", "\\\n", "a", "foo", "bar", "(", ")",
        "\"", "'", ".", ",", "!", "-", "中", "文", "。", "、", "（", "）", "“", "”", "《", "》", "是", "한", "\u{FE0E}",
        "\n> ", "\n- ", "\n1. ", "\n# ", "\n\n", "\n[x]: /ref\n", "\u{3000}", "😀", "ä",
    ]

    @Test("rebuilding emphasis with CommonMark's rules reproduces cmark on generated text")
    func generatedText() {
        var generator = Generator(state: 20_240_104)
        var failures = 0
        for _ in 0..<3000 {
            var markdown = ""
            for _ in 0..<(1 + generator.next(24)) {
                markdown += Self.pieces[generator.next(Self.pieces.count)]
            }
            let check = MarkdownSelfCheck.emphasisRoundTrip(markdown)
            if check.rebuiltHTML != check.cmarkHTML {
                failures += 1
                if failures <= 5 {
                    Issue.record("round trip differs for \(markdown.debugDescription):\n\(check.cmarkHTML)\nvs\n\(check.rebuiltHTML)")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test("generated text renders without crashing, tables and CJK passes on")
    func generatedTextRenders() {
        var generator = Generator(state: 7)
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))
        let pieces = Self.pieces + ["|", " | ", "\n| --- | --- |\n", "\n|-|\n", ":-:", "\n```csv\na,b\n```\n"]
        for _ in 0..<2000 {
            var markdown = ""
            for _ in 0..<(1 + generator.next(30)) {
                markdown += pieces[generator.next(pieces.count)]
            }
            _ = renderer.render(markdown)
        }
    }
}
