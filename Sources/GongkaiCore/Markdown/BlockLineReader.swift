import CCmark

/// Recovers the raw lines of a leaf block from cmark's block source positions.
///
/// cmark keeps no raw text for paragraphs, so the lines are cut from the source: the
/// first line starts at the block's start column, later lines lose the prefixes of the
/// enclosing block quotes and list items.
enum BlockLineReader {
    private enum Prefix {
        case quote
        /// A list item whose content starts at this 0-based visual column.
        case item(column: Int)
    }

    /// The lines of a paragraph, or of a heading: one line for an ATX heading, the content
    /// lines and the underline for a setext heading.
    static func lines(of node: OpaquePointer, in source: MarkdownSource) -> [BlockLine] {
        let all = rawLines(of: node, in: source)
        guard CmarkNode.type(node) == CMARK_NODE_HEADING, let first = all.first else { return all }
        if isATXHeadingLine(first, in: source) { return [first] }
        // cmark 0.30 can report a setext heading as ending where the next block ends, so
        // the heading stops at its underline.
        for index in all.indices.dropFirst() where isSetextUnderline(all[index], in: source) {
            return Array(all[...index])
        }
        return all
    }

    /// True for the first line of an ATX heading: one to six `#` then white space or the end.
    static func isATXHeadingLine(_ line: BlockLine, in source: MarkdownSource) -> Bool {
        var position = line.start
        while position < line.end, source.bytes[position] == UInt8(ascii: "#") { position += 1 }
        let hashes = position - line.start
        return (1...6).contains(hashes) && (position == line.end || isSpaceOrTab(source.bytes[position]))
    }

    private static func isSetextUnderline(_ line: BlockLine, in source: MarkdownSource) -> Bool {
        guard !line.isLazy, line.indent < 4, line.start < line.end else { return false }
        let marker = source.bytes[line.start]
        guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return false }
        var position = line.start
        while position < line.end, source.bytes[position] == marker { position += 1 }
        while position < line.end, isSpaceOrTab(source.bytes[position]) { position += 1 }
        return position == line.end
    }

    private static func rawLines(of node: OpaquePointer, in source: MarkdownSource) -> [BlockLine] {
        let first = CmarkNode.startLine(node)
        let last = CmarkNode.endLine(node)
        guard first >= 1, last >= first, last <= source.lineCount else { return [] }
        let prefixes = containerPrefixes(of: node, in: source)
        var result: [BlockLine] = []
        result.reserveCapacity(last - first + 1)
        for number in first...last {
            let range = source.range(ofLine: number)
            if number == first {
                var start = min(range.upperBound, range.lowerBound + max(0, CmarkNode.startColumn(node) - 1))
                while start < range.upperBound, isSpaceOrTab(source.bytes[start]) { start += 1 }
                result.append(BlockLine(number: number, prefixEnd: start, start: start, end: range.upperBound, indent: 0, isLazy: false))
            } else {
                result.append(strip(range, prefixes: prefixes, number: number, in: source))
            }
        }
        return result
    }

    private static func strip(_ range: Range<Int>, prefixes: [Prefix], number: Int, in source: MarkdownSource) -> BlockLine {
        let bytes = source.bytes
        var position = range.lowerBound
        var column = 0
        var lazy = false
        func advance() {
            column = bytes[position] == 0x09 ? (column / 4 + 1) * 4 : column + 1
            position += 1
        }
        prefixLoop: for prefix in prefixes {
            switch prefix {
            case .quote:
                let indentStart = column
                let saved = (position, column)
                while position < range.upperBound, isSpaceOrTab(bytes[position]), column - indentStart < 4 { advance() }
                guard position < range.upperBound, bytes[position] == UInt8(ascii: ">"), column - indentStart < 4 else {
                    (position, column) = saved
                    lazy = true
                    break prefixLoop
                }
                advance()
                if position < range.upperBound, isSpaceOrTab(bytes[position]) { advance() }
            case .item(let contentColumn):
                let saved = (position, column)
                while position < range.upperBound, column < contentColumn, isSpaceOrTab(bytes[position]) { advance() }
                if column < contentColumn {
                    (position, column) = saved
                    lazy = true
                    break prefixLoop
                }
            }
        }
        let prefixEnd = position
        let contentColumn = column
        while position < range.upperBound, isSpaceOrTab(bytes[position]) { advance() }
        return BlockLine(number: number, prefixEnd: prefixEnd, start: position, end: range.upperBound,
                         indent: column - contentColumn, isLazy: lazy)
    }

    /// The prefixes of the enclosing containers, outermost first.
    private static func containerPrefixes(of node: OpaquePointer, in source: MarkdownSource) -> [Prefix] {
        var prefixes: [Prefix] = []
        var parent = cmark_node_parent(node)
        while let container = parent {
            let type = CmarkNode.type(container)
            if type == CMARK_NODE_BLOCK_QUOTE {
                prefixes.append(.quote)
            } else if type == CMARK_NODE_ITEM {
                let firstChild = cmark_node_first_child(container) ?? node
                prefixes.append(.item(column: visualColumn(line: CmarkNode.startLine(firstChild), byteColumn: CmarkNode.startColumn(firstChild), in: source)))
            }
            parent = cmark_node_parent(container)
        }
        return prefixes.reversed()
    }

    /// The 0-based column, tabs expanded to multiples of four, of a 1-based byte column.
    private static func visualColumn(line: Int, byteColumn: Int, in source: MarkdownSource) -> Int {
        let range = source.range(ofLine: line)
        var column = 0
        var position = range.lowerBound
        let target = min(range.upperBound, range.lowerBound + max(0, byteColumn - 1))
        while position < target {
            column = source.bytes[position] == 0x09 ? (column / 4 + 1) * 4 : column + 1
            position += 1
        }
        return column
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
