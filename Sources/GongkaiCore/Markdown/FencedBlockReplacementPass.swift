import CCmark

/// Replaces fenced code blocks with HTML the caller renders, such as the annual report's
/// ```` ```年报表三 ```` blocks (their data read elsewhere, their tables drawn by Render).
enum FencedBlockReplacementPass {
    /// Calls `replacement` with each fenced block's first info word and the line of its
    /// opening fence in the Markdown text; a block for which it returns HTML becomes that HTML.
    static func apply(to root: OpaquePointer, replacement: (String, Int) -> String?) {
        let blocks = CmarkNode.blocks(of: root) { node in
            CmarkNode.type(node) == CMARK_NODE_CODE_BLOCK && !CmarkNode.fenceInfo(node).isEmpty
        }
        for block in blocks {
            let word = CmarkNode.fenceInfo(block).split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            guard let html = replacement(word, CmarkNode.startLine(block)) else { continue }
            cmark_node_insert_before(block, CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: html, exit: ""))
            cmark_node_free(block)
        }
    }
}
