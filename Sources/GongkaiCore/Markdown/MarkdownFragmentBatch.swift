import CCmark

/// Pieces of Markdown cut out of a document — table cells, the paragraph text before a
/// table, the lines after it — parsed together as one cmark document.
///
/// The document's own text follows the pieces, so reference links in them resolve as
/// they would in place. A marker HTML comment after each piece keeps the pieces apart
/// and finds their nodes again after the passes have run over them.
struct MarkdownFragmentBatch {
    /// A parsed batch; free `root` when done.
    struct Parsed {
        var root: OpaquePointer
        var source: MarkdownSource
        /// The last line that belongs to a piece; later lines are the reference text.
        var lastLine: Int
        var count: Int

        /// The top-level nodes of each piece, in order; nil when a piece swallowed a marker
        /// (an unclosed fence, say), so the pieces cannot be told apart.
        func nodesByFragment() -> [[OpaquePointer]]? {
            var groups: [[OpaquePointer]] = [[]]
            for node in CmarkNode.children(root) {
                if CmarkNode.type(node) == CMARK_NODE_HTML_BLOCK, CmarkNode.literal(node).hasPrefix(MarkdownFragmentBatch.marker) {
                    if groups.count == count { return groups }
                    groups.append([])
                } else {
                    groups[groups.count - 1].append(node)
                }
            }
            return nil
        }
    }

    static let marker = "<!--gongkai-fragment-->"
    /// Put before inline pieces so that `# x`, `- x` or `> x` in a cell stay text: it is
    /// Unicode white space for emphasis, as the start of a line is, and is removed after parsing.
    static let inlineLead = "\u{00A0}"

    private var text = ""
    private var line = 1
    private var origins: [MarkdownSource.Origin?] = []
    private(set) var count = 0

    /// Adds lines of block Markdown; returns the piece's number.
    mutating func add(lines: [String], origins lineOrigins: [MarkdownSource.Origin?]) -> Int {
        for (index, content) in lines.enumerated() {
            text += content
            text += "\n"
            origins.append(index < lineOrigins.count ? lineOrigins[index] : nil)
        }
        line += lines.count
        return finishPiece()
    }

    /// Adds one line of inline Markdown (a table cell); returns the piece's number.
    mutating func add(inline content: String, origin: MarkdownSource.Origin?) -> Int {
        text += Self.inlineLead + content + "\n"
        origins.append(origin)
        line += 1
        return finishPiece()
    }

    private mutating func finishPiece() -> Int {
        text += "\n" + Self.marker + "\n\n"
        origins.append(contentsOf: [nil, nil, nil])
        line += 3
        count += 1
        return count - 1
    }

    /// Parses the pieces followed by `referenceText`.
    func parse(referenceText: String?, options: Int32) -> Parsed {
        let whole = text + (referenceText ?? "")
        var source = MarkdownSource(whole)
        source.origins = origins
        let root = CmarkNode.parse(whole, options: options)
        return Parsed(root: root, source: source, lastLine: line - 1, count: count)
    }

    /// Removes the lead put before an inline piece from the first text node of `paragraph`.
    static func removeInlineLead(from paragraph: OpaquePointer) {
        guard let first = cmark_node_first_child(paragraph), CmarkNode.type(first) == CMARK_NODE_TEXT else { return }
        let literal = CmarkNode.literal(first)
        guard literal.hasPrefix(inlineLead) else { return }
        let rest = String(literal.unicodeScalars.dropFirst())
        if rest.isEmpty {
            cmark_node_free(first)
        } else {
            cmark_node_set_literal(first, rest)
        }
    }
}
