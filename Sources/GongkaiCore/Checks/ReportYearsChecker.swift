/// The annual reports across years:
///
/// - one report per year (`report.year-duplicate`, error);
/// - 二、上年结转 of year N equals 四、结转下年度继续办理 of year N−1, column by column, when
///   both reports are in the site (`report.carry-over`, error);
/// - the report for year N−1 is published by 31 January of year N (条例 第四十九、五十条):
///   missing after that day (`report.missing`) or published after it (`report.late`), warnings.
struct ReportYearsChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byYear: [Int: Document] = [:]
        for document in site.documents.filter({ $0.report != nil }).sorted(by: { $0.sourcePath < $1.sourcePath }) {
            let report = document.report!
            if let first = byYear[report.year] {
                diagnostics.append(.error("report.year-duplicate", "\(report.year) 年度有两篇年度报告：\(first.sourcePath) 与 \(document.sourcePath)", at: report.yearPosition,
                                          hint: "每年只发布一篇年度报告；检查 报告年度 是否写错"))
                continue
            }
            byYear[report.year] = document
            let deadline = Self.deadline(for: report.year)
            if document.published.day > deadline {
                diagnostics.append(.warning("report.late", "\(report.year) 年度报告发布于 \(document.published.day)，晚于 \(deadline.chinese)", at: document.valuePosition(of: .published),
                                            hint: "《条例》第四十九条：年度报告应于每年 1 月 31 日前公布；确是补发的，请在“六、其他需要报告的事项”中说明"))
            }
        }
        for (year, document) in byYear.sorted(by: { $0.key < $1.key }) {
            guard let three = document.report?.three, let previous = byYear[year - 1], let before = previous.report?.three else { continue }
            for (column, entry) in AnnualReportForm.applicantColumns.enumerated() {
                let carried = three.amount(.carried, column), carriedOver = before.amount(.carriedOver, column)
                guard carried != carriedOver else { continue }
                let there = before.value(.carriedOver, column)?.position ?? before.position
                diagnostics.append(.error("report.carry-over",
                                          "表三“\(entry.label)”列的 二、上年结转 是 \(carried)，但 \(year - 1) 年度报告的 四、结转下年度继续办理 是 \(carriedOver)（\(there.file):\(there.line)）",
                                          at: three.value(.carried, column)?.position ?? three.position,
                                          hint: "今年的上年结转就是去年结转到今年的申请；两份报告中有一个数字写错了"))
            }
        }
        if let missing = missingReport(site, byYear: byYear) { diagnostics.append(missing) }
        return diagnostics
    }

    /// 31 January of the year after `year`, the last day to publish its report.
    static func deadline(for year: Int) -> Day { Day(year: year + 1, month: 1, day: 31)! }

    /// The most recent year whose report is due on `today`.
    static func dueYear(on today: Day) -> Int {
        today > deadline(for: today.year - 1) ? today.year - 1 : today.year - 2
    }

    private func missingReport(_ site: Site, byYear: [Int: Document]) -> Diagnostic? {
        guard let node = site.catalog.nodes.indices.first(where: { site.catalog.nodes[$0].kind == .reports }) else { return nil }
        let year = Self.dueYear(on: site.today)
        guard byYear[year] == nil else { return nil }
        let catalogNode = site.catalog.nodes[node]
        let position = site.nodeIntroductions[node].map { SourcePosition(file: $0.sourcePath) } ?? catalogNode.position
        return .warning("report.missing", "今天是 \(site.today.chinese)，\(year) 年度政府信息公开工作年度报告应在 \(Self.deadline(for: year).chinese) 前公布，但栏目“\(catalogNode.title)”中没有它",
                        at: position, hint: "用 gongkai new \(catalogNode.path) --report \(year) 生成报告骨架，填写后发布；已发布的报告请检查 报告年度 是否填写正确")
    }
}
