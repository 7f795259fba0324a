/// An annual report's tables as data, for the JSON and CSV copies beside its page and for
/// `gongkai stats --format json`: the numbers as the page shows them (typed, or computed
/// where the editor left a 总计 or the 行政规范性文件 row out), under the form's labels.
public struct AnnualReportData: Sendable, Codable, Hashable {
    /// One row of table 二. `values` follow `columns`; 行政事业性收费 is in 万元.
    public struct TwoRow: Sendable, Codable, Hashable {
        public var section: String
        public var item: String
        public var columns: [String]
        public var values: [Double]
    }

    /// One row of table 三: the row's label in the form and its seven numbers.
    public struct ThreeRow: Sendable, Codable, Hashable {
        public var row: String
        public var values: [Int]
    }

    /// Table 四: one group (行政复议, or one kind of 行政诉讼) and its five numbers.
    public struct FourGroup: Sendable, Codable, Hashable {
        public var group: String
        public var values: [Int]
    }

    /// 国办公开办函〔2021〕30号.
    public var format: String
    public var agency: String
    public var year: Int
    public var title: String
    /// The report page's absolute URL (or root-relative when `base_url` has no host).
    public var url: String
    public var published: String
    public var table2: [TwoRow]?
    /// The column labels of table 三: 自然人, the five 法人或其他组织, 总计.
    public var table3Columns: [String]?
    public var table3: [ThreeRow]?
    /// The column labels of each group of table 四.
    public var table4Columns: [String]?
    public var table4: [FourGroup]?

    /// The data of `document`'s report as the site shows it; `regulatory` is table 二's
    /// 行政规范性文件 row as counted on the site (`YearStatistics.regulatoryCounts`).
    public init(report: AnnualReport, document: Document, site: Site, outputPath: String, regulatory: [Int]) {
        typealias Form = AnnualReportForm
        format = "国办公开办函〔2021〕30号"
        agency = document.publisher
        year = report.year
        title = document.title
        url = site.urls.absolute(outputPath)
        published = document.published.day.description
        let tables = AnnualReportTableHTML(report: report, regulatory: regulatory)
        if let two = report.two {
            table2 = Form.twoSections.flatMap { section in
                section.rows.map { row in
                    TwoRow(section: section.heading, item: row.entry.label, columns: section.header,
                           values: (0..<row.width).map { column in
                               let amount = tables.amount(two, row, column)
                               return row.isMoney ? Double(amount) / 100 : Double(amount)
                           })
                }
            }
        }
        if let three = report.three {
            table3Columns = Form.applicantColumns.map(\.label)
            table3 = Form.threeRows.enumerated().map { index, row in
                ThreeRow(row: row.group.isResult ? "三、本年度办理结果 \(row.fullLabel)" : row.fullLabel,
                         values: Form.applicantColumns.indices.map { three.amount(index, $0) })
            }
        }
        if let four = report.four {
            table4Columns = Form.fourColumns.map(\.label)
            table4 = Form.fourGroups.indices.map { group in
                FourGroup(group: group == 0 ? "行政复议" : "行政诉讼（\(Form.fourGroups[group].label)）",
                          values: Form.fourColumns.indices.map { four.amount(group, $0) })
            }
        }
    }
}
