import CCmark
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

    /// The spec's examples, the CJK reference phrases and 3,000 texts generated from `pieces`,
    /// the bench's lead-in and body, NUL, U+FFFD and `more`.
    static func specPhrasesAndGenerated(seed: UInt64, more: [String]) -> [String] {
        var inputs = MarkdownSpecExample.load("commonmark-spec-0.30.txt").map(\.markdown)
        inputs += MarkdownCJKEmphasisTests.referencePhrases
        var generator = Generator(state: seed)
        let pieces = Self.pieces + ["**（一）强化组织领导。**", "县直各相关部门要积极探索义务教育优质均衡发展工作", "\u{0}", "\u{FFFD}",
                                    "各村（居）民委员会"] + more
        for _ in 0..<3000 {
            inputs.append((0..<(1 + generator.next(24))).map { _ in pieces[generator.next(pieces.count)] }.joined())
        }
        return inputs
    }

    @Test("text nodes matched by memcmp align exactly as matched scalar by scalar, on spec examples, CJK phrases and generated text")
    func bytewiseAlignmentAgrees() {
        var aligned = 0
        for markdown in Self.specPhrasesAndGenerated(seed: 20_261_206, more: ["&ZeroWidthSpace;", "a_b", "\u{3000}\n"]) {
            let check = MarkdownSelfCheck.bytewiseAlignment(markdown)
            #expect(check.differing == 0, "\(markdown.debugDescription)")
            aligned += check.aligned
        }
        #expect(aligned > 3000)
    }

    @Test("a line of text and emphasis read straight from its subject rebuilds as the aligned nodes do, under both rules",
          arguments: [CJKEmphasisPass.Rule.cjkFriendly, .commonMark])
    func directTokensAgree(rule: CJKEmphasisPass.Rule) {
        var direct = 0
        for markdown in Self.specPhrasesAndGenerated(seed: 20_261_207, more: ["a_b", "\t", "    ", "\n  ", "\n\t", "\n- \t"]) {
            let check = MarkdownSelfCheck.directTokensAgreement(markdown, rule: rule)
            #expect(check.differing == 0, "\(markdown.debugDescription)")
            direct += check.direct
        }
        // The direct path is the common one, not a corner case the inputs miss.
        #expect(direct > 1000)
    }

    @Test("a line is read straight from its subject only when cmark's text nodes are that subject without delimiters")
    func directTokensCheckTheSubject() throws {
        let markdown = "**（一）加强组织领导。**各村*落实*。"
        try Self.withFirstParagraph(markdown) { paragraph in
            func tokens(_ subject: String) -> [InlineToken]? {
                Array(subject.utf8).withUnsafeBufferPointer { CJKEmphasisPass.directTokens(of: paragraph, subject: $0) }
            }
            let read = try #require(tokens(markdown))
            #expect(read.count == 10)
            #expect(read.filter { if case .delimiter = $0 { return true } else { return false } }.count == 6)
            // A byte too many or too few, or another character, and cmark read something else.
            #expect(tokens(" " + markdown) == nil)
            #expect(tokens(String(markdown.dropLast())) == nil)
            #expect(tokens(markdown.replacingOccurrences(of: "各村", with: "各乡")) == nil)
            #expect(tokens(markdown + "*") != nil)   // a delimiter more is still all text and delimiters
        }
        // Anything else that cmark reads as more than text: the aligned path decides.
        for other in ["各村\\*落实", "&amp;各村", "`各村`", "<b>各村</b>", "[各村](/u)", "各村\n落实"] {
            try Self.withFirstParagraph(other) { block in
                #expect(Array(other.utf8).withUnsafeBufferPointer { CJKEmphasisPass.directTokens(of: block, subject: $0) } == nil, "\(other)")
            }
        }
    }

    /// Calls `body` with the first paragraph of `markdown` as cmark parses it.
    static func withFirstParagraph(_ markdown: String, _ body: (OpaquePointer) throws -> Void) throws {
        let root = CmarkNode.parse(markdown, options: CMARK_OPT_SOURCEPOS)
        defer { cmark_node_free(root) }
        try body(try #require(CmarkNode.descendants(of: root, where: { CmarkNode.type($0) == CMARK_NODE_PARAGRAPH }).first))
    }

    @Test("a stretch of a text node is matched by memcmp only when it is the subject's bytes and holds no escape, reference, delimiter or NUL")
    func plainTextFastPath() throws {
        let markdown = "县直各部门要**加强**领导，&amp;各村\\*落实*。"
        try Self.withFirstParagraph(markdown) { paragraph in
            let subject = try #require(InlineSubject(node: paragraph, source: MarkdownSource(markdown)))
            #expect(subject.bytes == Array(markdown.utf8))
            /// Where the fast path leaves `p` (a byte offset) for the whole of `literal`, or nil when it stands aside.
            func fast(_ literal: String, at start: Int) -> Int? {
                var p = start
                var bytes = Array(literal.utf8)
                return bytes.withUnsafeMutableBufferPointer { buffer -> Int? in
                    let literal = UnsafeBufferPointer(buffer)
                    let (end, _) = InlineSourceAlignment.plainStretch(literal, from: 0)
                    guard end == literal.count, end > 0 else { return nil }
                    let matched = subject.bytes.withUnsafeBufferPointer { InlineSourceAlignment.matchBytes(literal, 0, end, $0, &p) }
                    if !matched { #expect(p == start) }
                    return matched ? p : nil
                }
            }
            #expect(fast("县直各部门要", at: 0) == 18)
            #expect(fast("县直各部门要**", at: 0) == nil)      // a delimiter: left to the scalar walk
            #expect(fast("加强", at: 20) == 26)
            #expect(fast("加强", at: 18) == nil)                // not the subject's bytes there
            #expect(fast("领导，&各村", at: 28) == nil)          // a reference: the literal is not the source
            #expect(fast("领导，", at: 28) == 37)
            #expect(fast("各村", at: 42) == 48)
        }
    }

    @Test("a plain stretch ends at the first escape, reference, delimiter or NUL byte and counts its continuation bytes, from every offset")
    func plainStretchFromEveryOffset() {
        let text = "县直各相关部门a要积极探索。1\\义务教育优质均衡发展&工作*各村（居）民_委员会\u{0}é😀政府信息公开专栏"
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let literal = UnsafeBufferPointer(buffer)
            for start in 0...literal.count {
                var end = start
                while end < literal.count, ![UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "_"), 0].contains(literal[end]) { end += 1 }
                let continuations = literal[start..<end].filter { $0 & 0xC0 == 0x80 }.count
                let found = InlineSourceAlignment.plainStretch(literal, from: start)
                #expect(found.end == end && found.continuations == continuations, "from \(start)")
            }
        }
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
