/// The data of one 政府信息公开工作年度报告, read from the document's ```` ```年报表二 ````,
/// ```` ```年报表三 ```` and ```` ```年报表四 ```` blocks.
///
/// Every number remembers where the editor typed it, so each check points at it. A number
/// the editor did not type is nil: a 总计 is then the sum of its parts, any other number 0,
/// and table 二's 行政规范性文件 row comes from the site (`YearStatistics`).
public struct AnnualReport: Sendable, Hashable {
    /// A number as typed: a count, or for 行政事业性收费 hundredths of 万元 (1234 = 12.34 万元).
    public struct Value: Sendable, Hashable {
        public var amount: Int
        public var position: SourcePosition

        public init(amount: Int, position: SourcePosition) {
            self.amount = amount
            self.position = position
        }
    }

    /// Table 二: per `AnnualReportForm.TwoRow`, its numbers (three or one).
    public struct TableTwo: Sendable, Hashable {
        public var values: [[Value?]]
        /// Where the block's opening fence is, for problems that concern the whole table.
        public var position: SourcePosition

        public init(position: SourcePosition) {
            self.values = AnnualReportForm.TwoRow.allCases.map { Array(repeating: nil, count: $0.width) }
            self.position = position
        }

        public subscript(row: AnnualReportForm.TwoRow, column: Int) -> Value? {
            get { values[row.rawValue][column] }
            set { values[row.rawValue][column] = newValue }
        }

        /// True when the editor typed any number of the row.
        public func typed(_ row: AnnualReportForm.TwoRow) -> Bool { values[row.rawValue].contains { $0 != nil } }
    }

    /// Table 三: 25 rows (`AnnualReportForm.threeRows`) × 7 columns (`applicantColumns`).
    public struct TableThree: Sendable, Hashable {
        public var values: [[Value?]]
        public var position: SourcePosition

        public init(position: SourcePosition) {
            values = Array(repeating: Array(repeating: nil, count: AnnualReportForm.applicantColumns.count), count: AnnualReportForm.threeRows.count)
            self.position = position
        }

        /// The number shown in row `row`, column `column`: as typed, else computed.
        public func amount(_ row: Int, _ column: Int) -> Int {
            if let value = values[row][column] { return value.amount }
            if column == AnnualReportForm.threeTotalColumn { return rowSum(row) }
            if row == AnnualReportForm.threeRowIndex(.total) { return resultSum(column) }
            return 0
        }

        /// The six applicant columns of a row added up.
        public func rowSum(_ row: Int) -> Int {
            (0..<AnnualReportForm.threeTotalColumn).reduce(0) { $0 + amount(row, $1) }
        }

        /// The rows (一)…(六) of a column added up, sub-rows included.
        public func resultSum(_ column: Int) -> Int {
            AnnualReportForm.threeRows.indices.filter {
                let group = AnnualReportForm.threeRows[$0].group
                return group.isResult && group != .total
            }.reduce(0) { $0 + amount($1, column) }
        }

        public func amount(_ group: AnnualReportForm.ThreeGroup, _ column: Int) -> Int {
            amount(AnnualReportForm.threeRowIndex(group), column)
        }

        public func value(_ group: AnnualReportForm.ThreeGroup, _ column: Int) -> Value? {
            values[AnnualReportForm.threeRowIndex(group)][column]
        }
    }

    /// Table 四: 3 groups (`fourGroups`) × 5 columns (`fourColumns`).
    public struct TableFour: Sendable, Hashable {
        public var values: [[Value?]]
        public var position: SourcePosition

        public init(position: SourcePosition) {
            values = Array(repeating: Array(repeating: nil, count: AnnualReportForm.fourColumns.count), count: AnnualReportForm.fourGroups.count)
            self.position = position
        }

        public func amount(_ group: Int, _ column: Int) -> Int {
            if let value = values[group][column] { return value.amount }
            return column == AnnualReportForm.fourTotalColumn ? partsSum(group) : 0
        }

        /// 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
        public func partsSum(_ group: Int) -> Int {
            (0..<AnnualReportForm.fourTotalColumn).reduce(0) { $0 + amount(group, $1) }
        }
    }

    /// The year reported on (报告年度).
    public var year: Int
    /// Where the year came from: the 报告年度 value, or the title when it was inferred.
    public var yearPosition: SourcePosition
    public var two: TableTwo?
    public var three: TableThree?
    public var four: TableFour?
    /// Body lines (1-based, of the Markdown body) of each block's opening fence, with the
    /// table it holds, so the renderer replaces the right block.
    public var blockLines: [Int: Table]

    /// The three tables a report's blocks can hold.
    public enum Table: String, Sendable, Hashable, CaseIterable {
        case two = "年报表二"
        case three = "年报表三"
        case four = "年报表四"
    }

    public init(year: Int, yearPosition: SourcePosition) {
        self.year = year
        self.yearPosition = yearPosition
        self.blockLines = [:]
    }
}
