import CCmark

/// Runs the passes cmark lacks over a parsed document: pipe tables, then CJK-friendly
/// emphasis. Table cells and the lines around a table are parsed again as fragments
/// and go through the same passes before they are moved into the document.
final class MarkdownPassRunner {
    private struct TableJob {
        var node: OpaquePointer
        var lines: [BlockLine]
        var plan: PipeTablePlan
        var prefix: Int?
        var header: [Int?]
        var rows: [[Int?]]
        var rest: Int?
    }

    let options: MarkdownOptions
    let parseOptions: Int32
    private let documentText: String
    /// The document's text, appended to fragment parses when it may define link references.
    private lazy var referenceText: String? = Self.mayDefineReferences(documentText) ? documentText : nil
    /// Positions in the document of links and images that were parsed in fragments.
    private(set) var linkPositions: [OpaquePointer: (line: Int, column: Int)] = [:]
    /// Tables whose header row has no text (`a11y.table-header`), at the header line.
    private(set) var problems: [RenderedMarkdown.Problem] = []

    init(options: MarkdownOptions, parseOptions: Int32, documentText: String) {
        self.options = options
        self.parseOptions = parseOptions
        self.documentText = documentText
    }

    /// Every link reference definition has `]:`; a byte search is far cheaper than
    /// Foundation's `contains`.
    private static func mayDefineReferences(_ text: String) -> Bool {
        text.containsUTF8("]:")
    }

    /// Runs the passes over the blocks of `root` that start on or before `lastLine`.
    func run(root: OpaquePointer, source: MarkdownSource, lastLine: Int = .max) {
        var jobs: [TableJob] = []
        var inlineBlocks: [OpaquePointer] = []
        let blocks = CmarkNode.blocks(of: root) { node in
            CmarkNode.isInlineContainer(CmarkNode.type(node)) && CmarkNode.startLine(node) <= lastLine
        }
        for block in blocks {
            let isParagraph = CmarkNode.type(block) == CMARK_NODE_PARAGRAPH
            if options.tables, CmarkNode.endLine(block) > CmarkNode.startLine(block) {
                let lines = BlockLineReader.lines(of: block, in: source)
                let isSetext = !isParagraph && lines.count > 1
                if isParagraph || isSetext, let plan = PipeTableFinder.plan(lines: lines, source: source, isSetextHeading: isSetext) {
                    jobs.append(TableJob(node: block, lines: lines, plan: plan, prefix: nil, header: [], rows: [], rest: nil))
                    continue
                }
            }
            inlineBlocks.append(block)
        }
        if options.cjkFriendlyEmphasis {
            for block in inlineBlocks { CJKEmphasisPass.apply(to: block, source: source) }
        }
        guard !jobs.isEmpty else { return }

        var batch = MarkdownFragmentBatch()
        for index in jobs.indices {
            addFragments(for: &jobs[index], to: &batch, source: source)
        }
        let parsed = batch.parse(referenceText: referenceText, options: parseOptions)
        defer { cmark_node_free(parsed.root) }
        run(root: parsed.root, source: parsed.source, lastLine: parsed.lastLine)
        guard let fragments = parsed.nodesByFragment() else {
            // Leave the paragraphs as they are rather than guess.
            if options.cjkFriendlyEmphasis {
                for job in jobs { CJKEmphasisPass.apply(to: job.node, source: source) }
            }
            return
        }
        for job in jobs {
            replace(job, fragments: fragments, source: parsed.source)
        }
    }

    // MARK: Fragments

    private func addFragments(for job: inout TableJob, to batch: inout MarkdownFragmentBatch, source: MarkdownSource) {
        let plan = job.plan
        let columns = plan.alignments.count
        func blockLines(_ range: Range<Int>) -> Int {
            var texts: [String] = []
            var origins: [MarkdownSource.Origin?] = []
            for line in job.lines[range] {
                let indent = String(repeating: " ", count: line.indent)
                texts.append(indent + source.string(line.start..<line.end))
                let position = documentPosition(of: line.start, line: line.number, in: source)
                origins.append(.init(line: position.line, columnOffset: position.column - 1 - line.indent))
            }
            return batch.add(lines: texts, origins: origins)
        }
        func cell(_ cell: PipeTableSyntax.Cell, line: BlockLine) -> Int? {
            guard !cell.text.isEmpty else { return nil }
            let position = documentPosition(of: line.start + cell.offset, line: line.number, in: source)
            let lead = MarkdownFragmentBatch.inlineLead.utf8.count
            return batch.add(inline: cell.text, origin: .init(line: position.line, columnOffset: position.column - 1 - lead))
        }
        if plan.headerLine > 0 { job.prefix = blockLines(0..<plan.headerLine) }
        job.header = plan.header.prefix(columns).map { cell($0, line: job.lines[plan.headerLine]) }
        job.rows = plan.rows.map { row in row.cells.prefix(columns).map { cell($0, line: job.lines[row.line]) } }
        if plan.restLine < job.lines.count { job.rest = blockLines(plan.restLine..<job.lines.count) }
    }

    private func documentPosition(of byte: Int, line: Int, in source: MarkdownSource) -> (line: Int, column: Int) {
        let column = byte - source.range(ofLine: line).lowerBound + 1
        return source.documentPosition(line: line, column: column)
    }

    private func replace(_ job: TableJob, fragments: [[OpaquePointer]], source: MarkdownSource) {
        func fragment(_ index: Int?) -> [OpaquePointer] {
            guard let index, index < fragments.count else { return [] }
            return fragments[index]
        }
        for node in fragment(job.prefix) {
            recordLinkPositions(in: node, source: source)
            cmark_node_insert_before(job.node, node)
        }
        if job.header.allSatisfy({ $0 == nil }) {
            let line = job.lines[job.plan.headerLine]
            // The header line, at the column where the table's paragraph starts.
            let position = documentPosition(of: line.start, line: line.number, in: source)
            TableHeaderProblem.append(to: &problems, line: position.line, column: CmarkNode.startColumn(job.node))
        }
        let table = TableNodeBuilder.table(alignments: job.plan.alignments, bodyRows: job.rows.count) { row, column, cell in
            let cells = row == 0 ? job.header : job.rows[row - 1]
            guard column < cells.count, let paragraph = fragment(cells[column]).first,
                  CmarkNode.type(paragraph) == CMARK_NODE_PARAGRAPH else { return }
            MarkdownFragmentBatch.removeInlineLead(from: paragraph)
            recordLinkPositions(in: paragraph, source: source)
            CmarkNode.moveChildren(from: paragraph, to: cell)
        }
        cmark_node_insert_before(job.node, table)
        for node in fragment(job.rest) {
            recordLinkPositions(in: node, source: source)
            cmark_node_insert_before(job.node, node)
        }
        cmark_node_free(job.node)
    }

    private func recordLinkPositions(in node: OpaquePointer, source: MarkdownSource) {
        let links = CmarkNode.descendants(of: node) { candidate in
            let type = CmarkNode.type(candidate)
            return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
        }
        for link in links where linkPositions[link] == nil {
            linkPositions[link] = source.documentPosition(line: CmarkNode.startLine(link), column: CmarkNode.startColumn(link))
        }
    }
}
