import CCmark

/// Walks the finished tree once: collects the plain text, the first paragraph, the
/// headings and every link, and lets the caller rewrite link destinations on the way.
struct MarkdownTextCollector {
    /// A heading with the node it came from, before ids are assigned.
    struct FoundHeading {
        var node: OpaquePointer
        var level: Int
        var text: String
    }

    var plainText = ""
    var firstParagraph: String?
    var headings: [FoundHeading] = []
    var links: [RenderedMarkdown.Link] = []

    init(root: OpaquePointer, linkPositions: [OpaquePointer: (line: Int, column: Int)], rewriteLink: (String, Bool) -> String?) {
        var paragraphText: String?
        var headingText: String?
        func add(_ text: String) {
            plainText += text
            paragraphText? += text
            headingText? += text
        }

        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = CmarkNode.type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard entering else { break }
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let isImage = type == CMARK_NODE_IMAGE
                let position = linkPositions[node] ?? (CmarkNode.startLine(node), CmarkNode.startColumn(node))
                links.append(.init(url: url, isImage: isImage, line: position.line, column: position.column))
                if let replacement = rewriteLink(url, isImage) {
                    cmark_node_set_url(node, replacement)
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                add(CmarkNode.literal(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                add(" ")
            case CMARK_NODE_CODE_BLOCK:
                plainText += CmarkNode.literal(node) + "\n"
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    if firstParagraph == nil { paragraphText = "" }
                } else {
                    plainText += "\n"
                    if let finished = paragraphText {
                        firstParagraph = finished
                        paragraphText = nil
                    }
                }
            case CMARK_NODE_HEADING:
                if entering {
                    headingText = ""
                } else {
                    headings.append(.init(node: node, level: Int(cmark_node_get_heading_level(node)), text: headingText ?? ""))
                    headingText = nil
                    plainText += "\n"
                }
            case CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
                guard !entering, let part = TableNodeBuilder.Part(node) else { break }
                switch part {
                case .cell: plainText += " "
                case .row, .table: plainText += "\n"
                }
            default:
                break
            }
        }
    }
}
