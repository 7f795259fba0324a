import Foundation

extension AnnualReportData {
    /// Pretty-printed JSON with sorted keys.
    public var json: String {
        SortedJSON.string(self) + "\n"
    }

    /// CSV in long form, one number a line (`单位,年度,表,项目,列,数值`), so the files of many
    /// agencies can be stacked and pivoted; UTF-8 with a byte order mark for Excel.
    public var csv: String {
        var rows: [[String]] = [["单位", "年度", "表", "项目", "列", "数值"]]
        func add(_ table: String, _ item: String, _ column: String, _ value: String) {
            rows.append([agency, String(year), table, item, column, value])
        }
        for row in table2 ?? [] {
            for (column, value) in zip(row.columns, row.values) {
                add("二、主动公开政府信息情况", "\(row.section) \(row.item)", column, Self.number(value))
            }
        }
        for row in table3 ?? [] {
            for (column, value) in zip(table3Columns ?? [], row.values) {
                add("三、收到和处理政府信息公开申请情况", row.row, column, String(value))
            }
        }
        for group in table4 ?? [] {
            for (column, value) in zip(table4Columns ?? [], group.values) {
                add("四、政府信息公开行政复议、行政诉讼情况", group.group, column, String(value))
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(YearStatistics.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// `52`, `1.5`, `12.34`: no trailing zeros.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return AnnualReportTableHTML.money(hundredths)
    }

    /// The JSON and CSV files beside a report page (`xxgknb/2024-nianbao.html` →
    /// `xxgknb/2024-nianbao.json`, `xxgknb/2024-nianbao.csv`).
    func files(outputPath: String) -> [OutputFile] {
        [
            OutputFile(path: URLBuilder.reportDataPath(documentPath: outputPath, format: "json"), contents: .bytes(Array(json.utf8))),
            OutputFile(path: URLBuilder.reportDataPath(documentPath: outputPath, format: "csv"), contents: .bytes(Array(csv.utf8))),
        ]
    }
}
