/// A table without a header row (`a11y.table-header`, a warning; README “无障碍检查”): a screen
/// reader cannot say which column a cell belongs to.
enum TableHeaderProblem {
    static func append(to problems: inout [RenderedMarkdown.Problem], line: Int, column: Int) {
        problems.append(.init(line: line, column: column, id: "a11y.table-header", message: "表格没有表头行，读屏软件无法读出每个单元格属于哪一列",
                              hint: "表格第一行写各列的名称（如 | 项目 | 金额（万元） |）；csv 表格去掉 header=false，把列名写在第一行"))
    }
}
