/// Where reports are and what they hold: a report outside a `reports` node
/// (`report.wrong-node`) and a report of the 2021 format without its data blocks, whose
/// tables cannot be checked (`report.tables-missing`). Both warnings.
struct ReportPlacementChecker: Checker {
    let readsDocumentBodies = false
    /// The first report year of the 2021 format (国办公开办函〔2021〕30号).
    static let firstFormatYear = 2021

    func check(_ site: Site) -> [Diagnostic] {
        site.documents.flatMap { document -> [Diagnostic] in
            guard let report = document.report else { return [] }
            var diagnostics: [Diagnostic] = []
            let node = site.catalog.nodes[document.node]
            if node.kind != .reports {
                let reportNodes = site.catalog.nodes.filter { $0.kind == .reports }.map { "“\($0.title)”（content/\($0.path)/）" }
                diagnostics.append(.warning("report.wrong-node", "年度报告放在栏目“\(node.title)”中，它不是年报栏目", at: report.yearPosition,
                                            hint: reportNodes.isEmpty ? "在 site.json 的 catalog 中加一个 \"kind\": \"reports\" 的栏目，把报告移过去" : "把报告移到 \(reportNodes.joined(separator: "或"))"))
            }
            if report.year >= Self.firstFormatYear {
                let missing = [(report.two == nil, "```年报表二"), (report.three == nil, "```年报表三"), (report.four == nil, "```年报表四")].filter(\.0).map(\.1)
                if !missing.isEmpty {
                    diagnostics.append(.warning("report.tables-missing", "\(report.year) 年度报告缺少数据块 \(missing.joined(separator: "、"))，这些表格无法核对", at: SourcePosition(file: document.sourcePath),
                                                hint: "把手写的表格换成数据块，格式见 README“年度报告”一节；gongkai new <年报栏目> --report \(report.year) 生成的骨架里有全部数据块"))
                }
            }
            return diagnostics
        }
    }
}
