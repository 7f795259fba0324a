import GongkaiCore
import Testing

/// Every example of the CommonMark 0.30 spec, through the renderer documents use: tables
/// and CJK-friendly emphasis stay on, raw HTML is allowed as the spec expects, and heading
/// ids are off because the spec's HTML has none.
@Suite("CommonMark 0.30 conformance")
struct MarkdownConformanceTests {
    static let examples = MarkdownSpecExample.load("commonmark-spec-0.30.txt")
    static let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, headingIDs: false))

    @Test("the spec file has all 652 examples")
    func specHasAllExamples() {
        #expect(Self.examples.count == 652)
    }

    @Test("each CommonMark example renders as the spec says", arguments: examples)
    func rendersExample(_ example: MarkdownSpecExample) {
        let html = Self.renderer.render(example.markdown).html
        #expect(MarkdownHTMLNormalizer.normalize(html) == MarkdownHTMLNormalizer.normalize(example.html),
                "Markdown:\n\(example.markdown)")
    }
}

@Suite("Markdown input safety")
struct MarkdownInputSafetyTests {
    @Test("a NUL character in the text becomes U+FFFD, as CommonMark requires")
    func nulBecomesReplacementCharacter() {
        let html = MarkdownRenderer().render("甲\u{0}乙\n\n\u{0}").html
        #expect(html == "<p>甲\u{FFFD}乙</p>\n<p>\u{FFFD}</p>\n")
    }
}
