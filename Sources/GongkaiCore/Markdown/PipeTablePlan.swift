/// A pipe table found in the lines of a paragraph, and what happens to the other lines.
struct PipeTablePlan {
    struct Row {
        /// Index into the block's lines.
        var line: Int
        var cells: [PipeTableSyntax.Cell]
    }

    /// Lines before this index stay a paragraph.
    var headerLine: Int
    var header: [PipeTableSyntax.Cell]
    var alignments: [TableAlignment]
    var rows: [Row]
    /// Lines from this index on (up to the end) are parsed again as blocks: the table
    /// ended because one of them starts another block.
    var restLine: Int
}
