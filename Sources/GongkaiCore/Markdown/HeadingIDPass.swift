import CCmark

/// Writes `id` attributes on headings. cmark's HTML renderer has no attributes for
/// headings, so each heading becomes custom nodes that write `<hN id="…">` and `</hN>`
/// around the same inline content.
enum HeadingIDPass {
    static func apply(_ headings: [(node: OpaquePointer, level: Int, id: String)]) {
        for heading in headings {
            let block = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "", exit: "")
            let inline = CmarkNode.custom(CMARK_NODE_CUSTOM_INLINE,
                                          enter: "<h\(heading.level) id=\"\(escapeAttribute(heading.id))\">",
                                          exit: "</h\(heading.level)>")
            cmark_node_append_child(block, inline)
            CmarkNode.moveChildren(from: heading.node, to: inline)
            cmark_node_insert_before(heading.node, block)
            cmark_node_free(heading.node)
        }
    }

    static func escapeAttribute(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
