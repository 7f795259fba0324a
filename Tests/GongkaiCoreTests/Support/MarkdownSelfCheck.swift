import CCmark
@testable import GongkaiCore
import Foundation

/// Checks for the tests: the emphasis pass, run with CommonMark's own flanking rules on
/// every paragraph and heading, must give back exactly the HTML cmark produced.
enum MarkdownSelfCheck {
    struct EmphasisRoundTrip {
        var cmarkHTML: String
        var rebuiltHTML: String
        var blocks: Int
        var unaligned: Int
    }

    static func emphasisRoundTrip(_ markdown: String) -> EmphasisRoundTrip {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        let plain = CmarkNode.parse(markdown, options: options)
        defer { cmark_node_free(plain) }
        let rebuilt = CmarkNode.parse(markdown, options: options)
        defer { cmark_node_free(rebuilt) }
        let source = MarkdownSource(markdown)
        let blocks = CmarkNode.descendants(of: rebuilt) { CmarkNode.isInlineContainer(CmarkNode.type($0)) }
        var unaligned = 0
        for block in blocks where CJKEmphasisPass.apply(to: block, source: source, rule: .commonMark, rebuildAlways: true) == .unaligned {
            unaligned += 1
        }
        return EmphasisRoundTrip(cmarkHTML: html(plain), rebuiltHTML: html(rebuilt), blocks: blocks.count, unaligned: unaligned)
    }

    private static func html(_ root: OpaquePointer) -> String {
        let pointer = cmark_render_html(root, CMARK_OPT_UNSAFE)!
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
