import CCmark

/// Finds a GFM pipe table in the lines cmark parsed as one paragraph (or setext heading).
///
/// Follows cmark-gfm: the first delimiter row decides; the line before it is the header
/// and must have as many cells; rows follow until a line that starts another block.
enum PipeTableFinder {
    /// `lines` are the block's lines; for a setext heading the last one is its underline.
    static func plan(lines: [BlockLine], source: MarkdownSource, isSetextHeading: Bool) -> PipeTablePlan? {
        let candidates = isSetextHeading ? lines.count - 1 : lines.count
        guard candidates >= 2 else { return nil }
        let bytes = source.bytes
        for index in 1..<candidates {
            let line = lines[index]
            guard !line.isLazy, line.indent < 4, line.start < line.end else { continue }
            guard let alignments = PipeTableSyntax.delimiterRow(bytes[line.start..<line.end]) else { continue }
            let headerLine = lines[index - 1]
            guard let header = PipeTableSyntax.cells(bytes[headerLine.start..<headerLine.end]), header.count == alignments.count else {
                return nil
            }
            var rows: [PipeTablePlan.Row] = []
            var next = index + 1
            while next < lines.count {
                let row = lines[next]
                if row.isLazy || startsBlock(row, source: source) { break }
                guard let cells = PipeTableSyntax.cells(bytes[row.start..<row.end]) else { break }
                rows.append(.init(line: next, cells: cells))
                next += 1
            }
            return PipeTablePlan(headerLine: index - 1, header: header, alignments: alignments, rows: rows, restLine: next)
        }
        return nil
    }

    /// True when the line, standing after a table rather than in a paragraph, would start
    /// another block: a block quote, heading, fence, HTML block, thematic break, list item
    /// or indented code. cmark decides, on the line alone.
    static func startsBlock(_ line: BlockLine, source: MarkdownSource) -> Bool {
        if line.indent >= 4 { return true }
        guard line.start < line.end else { return true }
        switch source.bytes[line.start] {
        case UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "<"),
             UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "_"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            break
        default:
            return false
        }
        let root = CmarkNode.parse(String(repeating: " ", count: line.indent) + source.string(line.start..<line.end), options: CMARK_OPT_DEFAULT)
        defer { cmark_node_free(root) }
        guard let first = cmark_node_first_child(root) else { return false }
        return CmarkNode.type(first) != CMARK_NODE_PARAGRAPH
    }
}
