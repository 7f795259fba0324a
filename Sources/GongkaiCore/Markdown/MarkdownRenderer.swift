import CCmark
import Foundation

/// Renders Markdown through cmark, adding what government documents need as passes over
/// cmark's syntax tree: pipe and CSV tables, CJK-friendly emphasis, heading ids and a
/// table of contents. It gives the caller a chance to rewrite each link.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`; `rewriteLink` receives each link or image destination and
    /// returns a replacement, or nil to keep it. `replaceBlock` receives each fenced code
    /// block's first info word and fence line and may return HTML to put in its place.
    public func render(_ source: String, rewriteLink: (String, Bool) -> String? = { _, _ in nil },
                       replaceBlock: ((String, Int) -> String?)? = nil) -> RenderedMarkdown {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift string is valid UTF-8 already, and cmark
        // replaces NUL bytes with U+FFFD whether it validates or not.
        var parseOptions = CMARK_OPT_SOURCEPOS
        if options.unsafeHTML { parseOptions |= CMARK_OPT_UNSAFE }
        let root = CmarkNode.parse(source, options: parseOptions)
        defer { cmark_node_free(root) }

        if let replaceBlock {
            FencedBlockReplacementPass.apply(to: root, replacement: replaceBlock)
        }
        var problems: [RenderedMarkdown.Problem] = []
        if options.tables {
            problems += CSVTablePass.apply(to: root)
        }
        let passes = MarkdownPassRunner(options: options, parseOptions: parseOptions, documentText: source)
        if options.tables || options.cjkFriendlyEmphasis {
            passes.run(root: root, source: MarkdownSource(source))
            problems += passes.problems
        }

        let collected = MarkdownTextCollector(root: root, linkPositions: passes.linkPositions, rewriteLink: rewriteLink)
        var slugger = HeadingSlugger()
        var headings: [RenderedMarkdown.Heading] = []
        var identified: [(node: OpaquePointer, level: Int, id: String)] = []
        for found in collected.headings {
            let id = options.headingIDs ? slugger.id(for: found.text) : ""
            headings.append(.init(level: found.level, text: found.text, id: id))
            identified.append((found.node, found.level, id))
        }
        // Read before HeadingIDPass, which replaces (and frees) the heading nodes.
        let headingPositions = collected.headings.map { (line: CmarkNode.startLine($0.node), column: CmarkNode.startColumn($0.node)) }
        var tableOfContents: [RenderedMarkdown.Heading] = []
        if options.headingIDs {
            HeadingIDPass.apply(identified)
            let sections = headings.filter { $0.level == 2 }.count
            if sections >= max(1, options.tableOfContentsMinimumSections) {
                tableOfContents = headings.filter { $0.level == 2 || $0.level == 3 }
            }
        }

        let renderOptions = options.unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let htmlPointer = cmark_render_html(root, renderOptions)!
        defer { free(htmlPointer) }
        // Kept as bytes: turning 20 KB of HTML into a String validates it for nothing.
        let htmlBytes = htmlPointer.withMemoryRebound(to: UInt8.self, capacity: 1) { Array(UnsafeBufferPointer(start: $0, count: strlen(htmlPointer))) }
        var rendered = RenderedMarkdown(
            htmlBytes: htmlBytes,
            plainTextBytes: collected.plainText,
            firstParagraph: collected.firstParagraph ?? "",
            headings: headings,
            links: collected.links,
            tableOfContents: tableOfContents,
            problems: problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        )
        rendered.hasTextOutsideImages = collected.hasTextOutsideImages
        rendered.headingPositions = headingPositions
        return rendered
    }
}
