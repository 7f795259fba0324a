/// Table 二's 行政规范性文件 row against the site: what the editor typed must equal what
/// `gongkai stats` counts (`report.regulatory-mismatch`), naming both figures and the
/// documents counted. A row left out is filled in from the site and cannot disagree.
struct ReportSiteAgreementChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.documents.compactMap(\.report).flatMap { report -> [Diagnostic] in
            guard let two = report.two, two.typed(.regulatory) else { return [] }
            let statistics = YearStatistics(site: site, year: report.year)
            let counts = [statistics.regulatoryIssued, statistics.regulatoryAbolished, statistics.regulatoryInForce]
            return counts.enumerated().compactMap { column, count in
                guard let typed = two[.regulatory, column], typed.amount != count.count else { return nil }
                let documents = count.documents ?? []
                let listed = documents.prefix(8).map { "\($0.path)《\($0.title)》" }.joined(separator: "、")
                let more = documents.count > 8 ? " 等 \(documents.count) 篇" : ""
                let counted = documents.isEmpty ? "网站上没有符合条件的文档" : "计入的文档：\(listed)\(more)"
                return .error("report.regulatory-mismatch",
                              "表二“行政规范性文件”的\(AnnualReportForm.documentColumns[column].label)写的是 \(typed.amount)，但按网站上的文档统计是 \(count.count)（\(count.derivation)；\(counted)）",
                              at: typed.position,
                              hint: "改正这个数字或相关文档的成文日期、废止日期、有效性；也可以删去“行政规范性文件”这一行，由 gongkai 按网站统计填写（gongkai stats --year \(report.year) 列出明细）")
            }
        }
    }
}
