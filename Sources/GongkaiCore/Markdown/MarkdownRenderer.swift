import CCmark
import Foundation

/// Options that change how Markdown becomes HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Keep raw HTML and unsafe link schemes (site.json `unsafe_html`). Off by default.
    public var unsafeHTML: Bool

    public init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }
}

/// What one Markdown body turns into.
public struct RenderedMarkdown: Sendable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String
    }

    public struct Link: Sendable, Hashable {
        public var url: String
        public var isImage: Bool
        /// 1-based line and column inside the Markdown body (not the whole file).
        public var line: Int
        public var column: Int
    }

    public var html: String
    /// The text of the body without markup, for summaries and search.
    public var plainText: String
    /// The text of the first paragraph, for the default summary.
    public var firstParagraph: String
    public var headings: [Heading]
    /// Every link and image destination as written by the editor, before rewriting.
    public var links: [Link]
}

/// Renders Markdown through cmark, giving the caller a chance to rewrite each link.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`; `rewriteLink` receives each link or image destination and
    /// returns a replacement, or nil to keep it.
    public func render(_ source: String, rewriteLink: (String, Bool) -> String? = { _, _ in nil }) -> RenderedMarkdown {
        var parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        if options.unsafeHTML { parseOptions |= CMARK_OPT_UNSAFE }
        var source = source
        let root: OpaquePointer = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, parseOptions)! }
        }
        defer { cmark_node_free(root) }

        var links: [RenderedMarkdown.Link] = []
        var headings: [RenderedMarkdown.Heading] = []
        var text = ""
        var firstParagraph: String?
        var paragraphText: String?
        var headingText: String?

        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard entering else { break }
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let isImage = type == CMARK_NODE_IMAGE
                links.append(.init(url: url, isImage: isImage, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
                if let replacement = rewriteLink(url, isImage) {
                    cmark_node_set_url(node, replacement)
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                text += literal
                paragraphText? += literal
                headingText? += literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
                paragraphText? += " "
                headingText? += " "
            case CMARK_NODE_CODE_BLOCK:
                text += (cmark_node_get_literal(node).map { String(cString: $0) } ?? "") + "\n"
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    if firstParagraph == nil { paragraphText = "" }
                } else {
                    text += "\n"
                    if let finished = paragraphText {
                        firstParagraph = finished
                        paragraphText = nil
                    }
                }
            case CMARK_NODE_HEADING:
                if entering {
                    headingText = ""
                } else {
                    let title = headingText ?? ""
                    headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: title, id: ""))
                    headingText = nil
                    text += "\n"
                }
            default:
                break
            }
        }

        // Source positions are recorded while parsing; they must not show up as HTML attributes.
        let htmlPointer = cmark_render_html(root, parseOptions & ~CMARK_OPT_SOURCEPOS)!
        defer { free(htmlPointer) }
        return RenderedMarkdown(
            html: String(cString: htmlPointer),
            plainText: text,
            firstParagraph: firstParagraph ?? "",
            headings: headings,
            links: links
        )
    }
}
