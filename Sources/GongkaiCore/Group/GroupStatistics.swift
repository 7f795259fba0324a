/// A year of a site group at a glance (`gongkai stats --year N` in a group folder, README
/// “站群”): one row per member in group.json order and a total, so the county's 政务公开办
/// sees which agencies published nothing, which 栏目 are empty or not updated, and whose
/// annual report is missing or late.
///
/// Each number follows a rule the single site already has: documents as `YearStatistics`
/// counts them, 空白栏目 and 栏目不更新 as `gongkai check` judges them, the annual report's
/// deadline as ``ReportYearsChecker`` sets it.
public struct GroupStatistics: Sendable, Codable, Hashable {
    /// A catalog node named in a row.
    public struct Node: Sendable, Codable, Hashable {
        public var path: String
        public var title: String
    }

    /// A node not updated within its limit (栏目不更新).
    public struct StaleNode: Sendable, Codable, Hashable {
        public var path: String
        public var title: String
        /// The 发布日期 of its newest document (`YYYY-MM-DD`).
        public var newest: String
        public var days: Int
        public var limit: Int
    }

    /// Where a member's annual report for the year stands.
    public enum ReportState: String, Sendable, Codable, Hashable, CaseIterable {
        case onTime = "按时发布"
        case late = "逾期发布"
        case notYetDue = "未发布（未到期）"
        case missing = "逾期未发布"

        /// Whether the office has to follow it up.
        public var needsAttention: Bool { self == .late || self == .missing }
    }

    public struct Report: Sendable, Codable, Hashable {
        public var state: ReportState
        /// Its 发布日期, when published.
        public var published: String?
        /// Its file, from the group folder.
        public var path: String?
    }

    /// One member's year.
    public struct Member: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var kind: String
        /// Documents published in the year, and of them the 主动公开 ones.
        public var published: Int
        public var proactive: Int
        /// Documents published in each month of the year, January first.
        public var months: [Int]
        /// The newest 发布日期 up to `asOf` (`YYYY-MM-DD`), of any year; nil when nothing was published.
        public var newest: String?
        public var emptyNodes: [Node]
        public var staleNodes: [StaleNode]
        public var report: Report
    }

    /// The group's sums.
    public struct Total: Sendable, Codable, Hashable {
        public var members: Int
        public var published: Int
        public var proactive: Int
        public var months: [Int]
        public var emptyNodes: Int
        public var staleNodes: Int
        /// Ids of the members that published nothing in the year.
        public var silentMembers: [String]
        /// Ids of the members whose report is late or missing.
        public var reportsLate: [String]
        public var reportsMissing: [String]
    }

    /// The portal's name (group.json `title`).
    public var title: String
    public var year: Int
    /// The day the annual report's state is judged on (`--today`).
    public var today: String
    /// The day 空白栏目 and 栏目不更新 are judged on: 31 December of the year, or today if earlier.
    public var asOf: String
    /// The last day to publish the year's annual report: 31 January of the next year.
    public var reportDeadline: String
    public var members: [Member]
    public var total: Total

    /// The rows summed; `members` in group.json order.
    public init(title: String, year: Int, today: Day, members: [Member]) {
        self.title = title
        self.year = year
        self.today = today.description
        asOf = Self.asOf(year: year, today: today).description
        reportDeadline = ReportYearsChecker.deadline(for: year).description
        self.members = members
        total = Total(
            members: members.count,
            published: members.reduce(0) { $0 + $1.published },
            proactive: members.reduce(0) { $0 + $1.proactive },
            months: (0..<12).map { month in members.reduce(0) { $0 + $1.months[month] } },
            emptyNodes: members.reduce(0) { $0 + $1.emptyNodes.count },
            staleNodes: members.reduce(0) { $0 + $1.staleNodes.count },
            silentMembers: members.filter { $0.published == 0 }.map(\.id),
            reportsLate: members.filter { $0.report.state == .late }.map(\.id),
            reportsMissing: members.filter { $0.report.state == .missing }.map(\.id))
    }

    /// 31 December of `year`, or `today` when that is earlier (as `YearStatistics` judges 现行有效).
    static func asOf(year: Int, today: Day) -> Day {
        min(Day(year: year, month: 12, day: 31)!, today)
    }
}
