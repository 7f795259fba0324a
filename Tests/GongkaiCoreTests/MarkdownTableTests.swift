import GongkaiCore
import Testing

@Suite("Markdown pipe tables")
struct MarkdownTableTests {
    static let gfmExamples = MarkdownSpecExample.load("gfm-spec-0.29.txt").filter { $0.kind == "table" }
    static let extensionExamples = MarkdownSpecExample.load("gfm-extensions.txt").filter { $0.chapter == "Tables" }
    static let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, headingIDs: false))

    static func html(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownRenderer(options: options).render(markdown).html
    }

    @Test("the GFM spec's table examples and the extension tests' table section are all found")
    func examplesAreFound() {
        #expect(Self.gfmExamples.count == 8)
        #expect(Self.extensionExamples.count == 16)
    }

    @Test("each GFM spec table example renders as the spec says", arguments: gfmExamples)
    func gfmExample(_ example: MarkdownSpecExample) {
        let html = Self.renderer.render(example.markdown).html
        #expect(MarkdownHTMLNormalizer.normalize(html) == MarkdownHTMLNormalizer.normalize(example.html), "Markdown:\n\(example.markdown)")
    }

    @Test("each cmark-gfm extension table example renders as expected", arguments: extensionExamples)
    func extensionExample(_ example: MarkdownSpecExample) {
        let html = Self.renderer.render(example.markdown).html
        #expect(MarkdownHTMLNormalizer.normalize(html) == MarkdownHTMLNormalizer.normalize(example.html), "Markdown:\n\(example.markdown)")
    }
}
