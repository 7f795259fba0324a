import CCmark
import Foundation
import SwiftCSV

/// Turns fenced code blocks with the info string `csv` into tables.
///
/// The first record is the header unless the info string says `header=false`. Fields are
/// plain text (no Markdown), read by SwiftCSV, so quoted fields may hold commas, quotes
/// and line breaks; a line break inside a field becomes `<br />`.
enum CSVTablePass {
    /// Replaces the CSV blocks under `root`; returns the problems with blocks left as code.
    /// What went wrong, in Chinese: SwiftCSV's messages are English ("Can't have non-quote
    /// here: x"), so only the character it names is kept.
    static func describe(_ error: Error) -> String {
        if case CSVParseError.quotation(let message) = error, let colon = message.lastIndex(of: ":") {
            let character = message[message.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return "引号外面紧跟着“\(character)”"
        }
        return "引号没有成对"
    }

    static func apply(to root: OpaquePointer) -> [RenderedMarkdown.Problem] {
        var problems: [RenderedMarkdown.Problem] = []
        let blocks = CmarkNode.blocks(of: root) { node in
            CmarkNode.type(node) == CMARK_NODE_CODE_BLOCK && isCSV(CmarkNode.fenceInfo(node))
        }
        for block in blocks {
            let words = CmarkNode.fenceInfo(block).split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
            let hasHeader = !words.contains("header=false")
            let records: [[String]]
            do {
                let csv = try EnumeratedCSV(string: CmarkNode.literal(block), delimiter: .comma, loadColumns: false)
                records = ([csv.header] + csv.rows)
                    .map { record in record.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
                    .filter { record in record.contains { !$0.isEmpty } }
            } catch {
                problems.append(.init(line: CmarkNode.startLine(block), column: CmarkNode.startColumn(block), id: "markdown.csv",
                                      message: "CSV 表格无法解析，按代码块显示：\(describe(error))",
                                      hint: "用英文双引号括起的单元格，结束的引号后面只能是逗号或换行；单元格中的引号写成两个（\"\"）"))
                continue
            }
            guard let columns = records.map(\.count).max(), columns > 0 else { continue }
            let header = hasHeader ? records[0] : []
            let body = hasHeader ? Array(records.dropFirst()) : records
            let alignments = Array(repeating: TableAlignment.none, count: columns)
            let table = TableNodeBuilder.table(alignments: alignments, bodyRows: body.count) { row, column, cell in
                let record = row == 0 ? header : body[row - 1]
                guard column < record.count else { return }
                appendText(record[column], to: cell)
            }
            if !hasHeader {
                removeHeader(of: table)
                TableHeaderProblem.append(to: &problems, line: CmarkNode.startLine(block), column: CmarkNode.startColumn(block))
            }
            cmark_node_insert_before(block, table)
            cmark_node_free(block)
        }
        return problems
    }

    private static func isCSV(_ info: String) -> Bool {
        info.split(whereSeparator: \.isWhitespace).first?.lowercased() == "csv"
    }

    private static func appendText(_ field: String, to cell: OpaquePointer) {
        for (index, line) in field.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if index > 0 { cmark_node_append_child(cell, cmark_node_new(CMARK_NODE_LINEBREAK)) }
            let text = line.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { cmark_node_append_child(cell, CmarkNode.text(text)) }
        }
    }

    /// Drops the `<thead>` of a table built without a header row.
    private static func removeHeader(of table: OpaquePointer) {
        if let head = cmark_node_first_child(table) { cmark_node_free(head) }
    }
}
