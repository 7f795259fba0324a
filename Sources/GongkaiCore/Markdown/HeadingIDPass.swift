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
        // Ids rarely hold a character to escape; walking Characters cost grapheme breaking.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) else {
            return value
        }
        var result: [UInt8] = []
        result.reserveCapacity(value.utf8.count + 16)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
