/// The annual report's tables as the 2021 format lays them out, cell by cell: grouped
/// header cells, the row groups of 三、本年度办理结果 with their sub-rows, merged cells as
/// `colspan`/`rowspan`, `<th scope>` on every header. Each table sits in a focusable,
/// labelled box that scrolls sideways on a phone (style.css `.report-table`).
struct AnnualReportTableHTML {
    let report: AnnualReport
    /// Table 二's 行政规范性文件 row as counted on the site (本年制发, 本年废止, 现行有效),
    /// shown for each number of the row the editor left out.
    let regulatory: [Int]

    private typealias Form = AnnualReportForm

    func html(_ table: AnnualReport.Table) -> String? {
        switch table {
        case .two: return report.two.map(two)
        case .three: return report.three.map(three)
        case .four: return report.four.map(four)
        }
    }

    /// The caption and the box's name.
    static func title(_ table: AnnualReport.Table) -> String {
        switch table {
        case .two: return "主动公开政府信息情况"
        case .three: return "收到和处理政府信息公开申请情况"
        case .four: return "政府信息公开行政复议、行政诉讼情况"
        }
    }

    private func box(_ table: AnnualReport.Table, columns: String, _ rows: String) -> String {
        let title = Self.title(table)
        let kind = table == .two ? "two" : table == .three ? "three" : "four"
        return "<div class=\"table-wrap report-table\" role=\"region\" aria-label=\"\(title)\" tabindex=\"0\">\n"
            + "<table class=\"report-form report-\(kind)\">\n<caption>\(title)</caption>\n\(columns)\(rows)</table>\n</div>\n"
    }

    private static func th(_ text: String, scope: String, colspan: Int = 1, rowspan: Int = 1, className: String? = nil) -> String {
        var attributes = " scope=\"\(scope)\""
        if colspan > 1 { attributes += " colspan=\"\(colspan)\"" }
        if rowspan > 1 { attributes += " rowspan=\"\(rowspan)\"" }
        if let className { attributes += " class=\"\(className)\"" }
        return "<th\(attributes)>\(XMLText.escape(text))</th>"
    }

    private static func td(_ text: String, colspan: Int = 1) -> String {
        colspan > 1 ? "<td colspan=\"\(colspan)\">\(text)</td>" : "<td>\(text)</td>"
    }

    /// Hundredths of 万元 as the form prints them: `0`, `1.5`, `12.34`.
    static func money(_ hundredths: Int) -> String {
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    // MARK: 二

    /// The number shown in table 二: typed, else the site's count for a 行政规范性文件 column, else 0.
    func amount(_ two: AnnualReport.TableTwo, _ row: AnnualReportForm.TwoRow, _ column: Int) -> Int {
        if let value = two[row, column] { return value.amount }
        if row == .regulatory, column < regulatory.count { return regulatory[column] }
        return 0
    }

    private func two(_ table: AnnualReport.TableTwo) -> String {
        var rows = ""
        for section in Form.twoSections {
            rows += "<tbody>\n<tr>" + Self.th(section.heading, scope: "rowgroup", colspan: 4, className: "report-section") + "</tr>\n"
            rows += "<tr>" + Self.th("信息内容", scope: "col")
            rows += section.header.count == 3 ? section.header.map { Self.th($0, scope: "col") }.joined() : Self.th(section.header[0], scope: "col", colspan: 3)
            rows += "</tr>\n"
            for row in section.rows {
                rows += "<tr>" + Self.th(row.entry.label, scope: "row")
                if row.width == 3 {
                    rows += (0..<3).map { Self.td(String(amount(table, row, $0))) }.joined()
                } else {
                    let value = amount(table, row, 0)
                    rows += Self.td(row.isMoney ? Self.money(value) : String(value), colspan: 3)
                }
                rows += "</tr>\n"
            }
            rows += "</tbody>\n"
        }
        return box(.two, columns: "<colgroup><col class=\"report-label\"></colgroup><colgroup span=\"3\"></colgroup>\n", rows)
    }

    // MARK: 三

    private func three(_ table: AnnualReport.TableThree) -> String {
        let columns = Form.applicantColumns
        var head = "<thead>\n<tr>"
        head += Self.th("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", scope: "col", colspan: 3, rowspan: 3, className: "report-relation")
        head += Self.th("申请人情况", scope: "colgroup", colspan: 7) + "</tr>\n<tr>"
        head += Self.th(columns[0].label, scope: "col", rowspan: 2) + Self.th("法人或其他组织", scope: "colgroup", colspan: 5)
        head += Self.th(columns[6].label, scope: "col", rowspan: 2) + "</tr>\n<tr>"
        head += columns[1...5].map { Self.th($0.label, scope: "col") }.joined() + "</tr>\n</thead>\n"

        func numbers(_ row: Int) -> String {
            columns.indices.map { Self.td(String(table.amount(row, $0))) }.joined()
        }
        var body = "<tbody>\n"
        let resultRows = Form.threeRows.indices.filter { Form.threeRows[$0].group.isResult }
        for (index, row) in Form.threeRows.enumerated() {
            if row.group == .carriedOver { body += "</tbody>\n<tbody>\n" }
            body += "<tr>"
            if row.group.isResult {
                if index == resultRows.first {
                    body += Self.th("三、本年度办理结果", scope: "rowgroup", rowspan: resultRows.count, className: "report-group")
                }
                if row.number == 0 {
                    body += Self.th(row.group.label, scope: "row", colspan: 2)
                } else {
                    if row.number == 1 {
                        let count = Form.threeRows.filter { $0.group == row.group }.count
                        body += Self.th(row.group.label, scope: "row", rowspan: count, className: "report-group")
                    }
                    body += Self.th(row.label, scope: "row", className: "report-sub")
                }
            } else {
                body += Self.th(row.group.label, scope: "row", colspan: 3)
            }
            body += numbers(index) + "</tr>\n"
            if row.group == .carried { body += "</tbody>\n<tbody>\n" }
        }
        body += "</tbody>\n"
        // Three label columns (group, sub-group, item), then seven number columns of one width.
        let number = "<col class=\"report-number\">"
        let columnGroups = "<colgroup><col class=\"report-col-group\"><col class=\"report-col-sub\"><col class=\"report-col-item\"></colgroup>"
            + "<colgroup>\(number)</colgroup><colgroup>\(String(repeating: number, count: 5))</colgroup><colgroup>\(number)</colgroup>\n"
        return box(.three, columns: columnGroups, head + body)
    }

    // MARK: 四

    private func four(_ table: AnnualReport.TableFour) -> String {
        let columns = Form.fourColumns.map(\.label)
        var head = "<thead>\n<tr>" + Self.th("行政复议", scope: "colgroup", colspan: 5) + Self.th("行政诉讼", scope: "colgroup", colspan: 10) + "</tr>\n<tr>"
        head += columns.map { Self.th($0, scope: "col", rowspan: 2) }.joined()
        head += Self.th(Form.fourGroups[1].label, scope: "colgroup", colspan: 5) + Self.th(Form.fourGroups[2].label, scope: "colgroup", colspan: 5) + "</tr>\n<tr>"
        head += (columns + columns).map { Self.th($0, scope: "col") }.joined() + "</tr>\n</thead>\n"
        let cells = Form.fourGroups.indices.flatMap { group in columns.indices.map { Self.td(String(table.amount(group, $0))) } }
        let body = "<tbody>\n<tr>" + cells.joined() + "</tr>\n</tbody>\n"
        let group = "<colgroup>" + String(repeating: "<col class=\"report-number\">", count: 5) + "</colgroup>"
        return box(.four, columns: String(repeating: group, count: 3) + "\n", head + body)
    }
}
