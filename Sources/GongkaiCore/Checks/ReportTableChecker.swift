/// The sums inside an annual report's tables 三 and 四 (国办公开办函〔2021〕30号), each
/// error at the typed number that disagrees:
///
/// - table 三, every applicant column: 一 + 二 = 三（七）总计 + 四 (`report.balance`);
/// - table 三, every column: （七）总计 = （一）…（六） with their sub-rows (`report.results-total`);
/// - table 三, every row: 总计 = the six applicant columns (`report.row-total`);
/// - table 四, each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (`report.review-total`).
struct ReportTableChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.documents.compactMap(\.report).flatMap { report in
            (report.three.map(Self.check) ?? []) + (report.four.map(Self.check) ?? [])
        }
    }

    private typealias Form = AnnualReportForm

    static func check(_ table: AnnualReport.TableThree) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let columns = Form.applicantColumns
        let totalRow = Form.threeRowIndex(.total)
        for (row, definition) in Form.threeRows.enumerated() {
            guard let typed = table.values[row][Form.threeTotalColumn] else { continue }
            let parts = (0..<Form.threeTotalColumn).map { table.amount(row, $0) }
            let sum = parts.reduce(0, +)
            guard typed.amount != sum else { continue }
            let terms = zip(columns, parts).map { "\($0.label) \($1)" }.joined(separator: " + ")
            diagnostics.append(.error("report.row-total", "表三“\(definition.fullLabel)”一行的总计是 \(typed.amount)，但六类申请人相加是 \(sum)（\(terms)）", at: typed.position,
                                      hint: "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他；总计也可以不写，由 gongkai 相加"))
        }
        for column in columns.indices {
            let name = columns[column].label
            if let typed = table.values[totalRow][column] {
                let sum = table.resultSum(column)
                if typed.amount != sum {
                    let parts = Form.threeRows.indices.filter { Form.threeRows[$0].group.isResult && $0 != totalRow && table.amount($0, column) != 0 }
                        .map { "\(Form.threeRows[$0].number == 0 ? Form.threeRows[$0].group.label : Form.threeRows[$0].fullLabel) \(table.amount($0, column))" }
                    diagnostics.append(.error("report.results-total", "表三“\(name)”列的（七）总计是 \(typed.amount)，但（一）至（六）各项相加是 \(sum)" + (parts.isEmpty ? "" : "（\(parts.joined(separator: "，"))）"),
                                              at: typed.position, hint: "（七）总计 = 予以公开 + 部分公开 + 不予公开 1–8 + 无法提供 1–3 + 不予处理 1–5 + 其他处理 1–3"))
                }
            }
            let received = table.amount(.received, column), carried = table.amount(.carried, column)
            let results = table.amount(totalRow, column), carriedOver = table.amount(.carriedOver, column)
            guard received + carried != results + carriedOver else { continue }
            let position = table.values[totalRow][column]?.position ?? table.value(.carriedOver, column)?.position
                ?? table.value(.received, column)?.position ?? table.position
            diagnostics.append(.error("report.balance", "表三“\(name)”列不平：一、本年新收 \(received) + 二、上年结转 \(carried) = \(received + carried)，但 三、（七）总计 \(results) + 四、结转下年度继续办理 \(carriedOver) = \(results + carriedOver)",
                                      at: position, hint: "每一列都应满足：第一项加第二项之和，等于第三项（七）总计加第四项之和；请核对这一列的收件、办结和结转数"))
        }
        return diagnostics
    }

    static func check(_ table: AnnualReport.TableFour) -> [Diagnostic] {
        Form.fourGroups.indices.compactMap { group in
            guard let typed = table.values[group][Form.fourTotalColumn] else { return nil }
            let parts = (0..<Form.fourTotalColumn).map { table.amount(group, $0) }
            let sum = parts.reduce(0, +)
            guard typed.amount != sum else { return nil }
            let name = group == 0 ? "行政复议" : "行政诉讼（\(Form.fourGroups[group].label)）"
            let terms = zip(Form.fourColumns, parts).map { "\($0.label) \($1)" }.joined(separator: " + ")
            return .error("report.review-total", "表四“\(name)”的总计是 \(typed.amount)，但 \(terms) = \(sum)", at: typed.position,
                          hint: "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结；总计也可以不写，由 gongkai 相加")
        }
    }
}
