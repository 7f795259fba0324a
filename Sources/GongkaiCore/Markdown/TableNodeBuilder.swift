import CCmark

/// Builds a table out of cmark custom nodes, which cmark's HTML renderer writes out as
/// given (also in safe mode), with the cells' inline nodes inside:
/// `<table>`, `<thead>`, `<tbody>` (only when there are body rows), `<tr>`, `<th>`, `<td>`.
enum TableNodeBuilder {
    /// Marks the custom nodes so other passes recognise the parts of a table.
    enum Part {
        case table, row, cell

        init?(_ node: OpaquePointer) {
            let type = CmarkNode.type(node)
            guard type == CMARK_NODE_CUSTOM_BLOCK || type == CMARK_NODE_CUSTOM_INLINE else { return nil }
            let enter = CmarkNode.onEnter(node)
            if enter.hasPrefix("<table") {
                self = .table
            } else if enter.hasPrefix("<tr") {
                self = .row
            } else if enter.hasPrefix("<th") && !enter.hasPrefix("<thead") || enter.hasPrefix("<td") {
                self = .cell
            } else {
                return nil
            }
        }
    }

    /// A table node. `fill` is called once for every cell, header row first, with the
    /// row (0 is the header), the column and the cell node to append inline nodes to.
    static func table(alignments: [TableAlignment], bodyRows: Int, fill: (_ row: Int, _ column: Int, _ cell: OpaquePointer) -> Void) -> OpaquePointer {
        let table = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<table>", exit: "</table>")
        let head = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<thead>", exit: "</thead>")
        cmark_node_append_child(table, head)
        cmark_node_append_child(head, row(alignments: alignments, tag: "th", index: 0, fill: fill))
        if bodyRows > 0 {
            let body = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<tbody>", exit: "</tbody>")
            cmark_node_append_child(table, body)
            for index in 1...bodyRows {
                cmark_node_append_child(body, row(alignments: alignments, tag: "td", index: index, fill: fill))
            }
        }
        return table
    }

    private static func row(alignments: [TableAlignment], tag: String, index: Int,
                            fill: (_ row: Int, _ column: Int, _ cell: OpaquePointer) -> Void) -> OpaquePointer {
        let row = CmarkNode.custom(CMARK_NODE_CUSTOM_BLOCK, enter: "<tr>", exit: "</tr>")
        for (column, alignment) in alignments.enumerated() {
            let cell = CmarkNode.custom(CMARK_NODE_CUSTOM_INLINE, enter: "<\(tag)\(alignment.htmlAttribute)>", exit: "</\(tag)>\n")
            cmark_node_append_child(row, cell)
            fill(index, column, cell)
        }
        return row
    }
}
