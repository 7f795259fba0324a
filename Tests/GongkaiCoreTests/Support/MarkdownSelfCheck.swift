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

    static func html(_ root: OpaquePointer) -> String {
        let pointer = cmark_render_html(root, CMARK_OPT_UNSAFE)!
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

extension MarkdownSelfCheck {
    /// How many of a document's paragraphs and headings align, and how many align
    /// differently with text nodes matched by `memcmp` (`InlineSourceAlignment.alignPlainText`)
    /// than scalar by scalar.
    static func bytewiseAlignment(_ markdown: String) -> (aligned: Int, differing: Int) {
        let root = CmarkNode.parse(markdown, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE)
        defer { cmark_node_free(root) }
        let source = MarkdownSource(markdown)
        var aligned = 0, differing = 0
        for block in CmarkNode.descendants(of: root, where: { CmarkNode.isInlineContainer(CmarkNode.type($0)) }) {
            guard let subject = InlineSubject(node: block, source: source) else { continue }
            let fast = InlineSourceAlignment(container: block, subject: subject)
            let plain = InlineSourceAlignment(container: block, subject: subject, bytewise: false)
            if fast != nil { aligned += 1 }
            if describe(fast) != describe(plain) { differing += 1 }
        }
        return (aligned, differing)
    }

    private static func describe(_ alignment: InlineSourceAlignment?) -> [String] {
        guard let alignment else { return ["unaligned"] }
        let text = alignment.textDelimiters.map { node, delimiters in
            "\(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(node)))) " + delimiters.map { "\($0.offset):\($0.index)" }.joined(separator: ",")
        }
        let emphasis = alignment.emphasisDelimiters.map { node, positions in
            "\(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(node)))) \(positions.opener) \(positions.closer)"
        }
        return (text + emphasis).sorted()
    }
}

extension MarkdownSelfCheck {
    /// For every paragraph and heading of `markdown`: whether `FlankingAgreement` lets the
    /// pass skip it, and whether rebuilding it anyway with the CJK-friendly rules gives
    /// other HTML than rebuilding it with CommonMark's (which the round-trip tests hold to
    /// cmark's own). A skipped block whose two rebuilds differ is a wrong skip.
    static func skipDecision(_ markdown: String) -> (skipped: Int, changed: Int, wronglySkipped: Int, kept: Int) {
        var skipped = 0, changed = 0, wronglySkipped = 0, kept = 0
        forEachBlockTwice(markdown) { source, block, plainBlock in
            guard let subject = InlineSubject(node: block, source: source) else { return }
            let skip = !subject.bytes.withUnsafeBufferPointer { FlankingAgreement.mayDiffer($0) }
            CJKEmphasisPass.apply(to: block, source: source, rule: .cjkFriendly, rebuildAlways: true)
            CJKEmphasisPass.apply(to: plainBlock, source: source, rule: .commonMark, rebuildAlways: true)
            let differs = html(block) != html(plainBlock)
            if skip { skipped += 1 } else { kept += 1 }
            if differs { changed += 1 }
            if skip && differs { wronglySkipped += 1 }
        }
        return (skipped, changed, wronglySkipped, kept)
    }
}

extension MarkdownSelfCheck {
    /// For every paragraph and heading of `markdown`, rebuilt with `rule` once from tokens
    /// read straight from the line (`CJKEmphasisPass.directTokens`, where it applies) and
    /// once from the aligned nodes: how many blocks the direct path took, and how many of
    /// all blocks came out with other HTML than the aligned rebuild.
    static func directTokensAgreement(_ markdown: String, rule: CJKEmphasisPass.Rule) -> (direct: Int, differing: Int) {
        var taken = 0, differing = 0
        forEachBlockTwice(markdown) { source, block, alignedBlock in
            if let subject = InlineSubject(node: block, source: source),
               subject.bytes.withUnsafeBufferPointer({ CJKEmphasisPass.directTokens(of: block, subject: $0) }) != nil {
                taken += 1
            }
            CJKEmphasisPass.apply(to: block, source: source, rule: rule, rebuildAlways: true)
            CJKEmphasisPass.apply(to: alignedBlock, source: source, rule: rule, rebuildAlways: true, direct: false)
            if html(block) != html(alignedBlock) { differing += 1 }
        }
        return (taken, differing)
    }

    /// Parses `markdown` twice and calls `body` with each paragraph or heading of the first
    /// tree beside the same block of the second, for rebuilding them two ways and comparing.
    private static func forEachBlockTwice(_ markdown: String, _ body: (MarkdownSource, OpaquePointer, OpaquePointer) -> Void) {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
        let source = MarkdownSource(markdown)
        let first = CmarkNode.parse(markdown, options: options)
        defer { cmark_node_free(first) }
        let second = CmarkNode.parse(markdown, options: options)
        defer { cmark_node_free(second) }
        let isInline = { (node: OpaquePointer) in CmarkNode.isInlineContainer(CmarkNode.type(node)) }
        for (a, b) in zip(CmarkNode.descendants(of: first, where: isInline), CmarkNode.descendants(of: second, where: isInline)) {
            body(source, a, b)
        }
    }
}
