/// A `holidays` entry in site.json that ``WorkdayCalendar`` could not use.
///
/// `index` is the entry's 0-based position in the list, so `SiteConfigLoader` can report
/// the error at that entry's line and column; ``message`` is the Chinese text for the
/// diagnostic and names the entry 1-based ("第 2 项").
public struct HolidayEntryError: Error, Sendable, Hashable {
    /// What is wrong with the entry.
    public enum Reason: Sendable, Hashable {
        /// Not `YYYY-MM-DD` (optionally prefixed `+`), e.g. `2024/10/1` or `10-01`.
        case malformed
        /// The right shape but no such day, e.g. `2024-02-30`.
        case nonexistentDate
        /// The same day is listed both as a holiday and as a make-up working day (调休);
        /// `otherIndex` is the 0-based position of the earlier, conflicting entry.
        case conflictsWithEntry(otherIndex: Int)
    }

    /// 0-based position of the entry in the `holidays` list.
    public let index: Int
    /// The entry as written.
    public let entry: String
    /// What is wrong with it.
    public let reason: Reason

    /// An error for the entry at 0-based `index`.
    public init(index: Int, entry: String, reason: Reason) {
        self.index = index
        self.entry = entry
        self.reason = reason
    }

    /// A Chinese sentence for the diagnostic, e.g.
    /// `holidays 第 2 项 "2024-02-30" 不是存在的日期`.
    public var message: String {
        let subject = "holidays 第 \(index + 1) 项 \"\(entry)\""
        switch reason {
        case .malformed:
            return "\(subject) 不是 YYYY-MM-DD 格式的日期；节假日写作 \"2024-10-01\"，调休上班日写作 \"+2024-10-12\""
        case .nonexistentDate:
            return "\(subject) 不是存在的日期"
        case .conflictsWithEntry(let other):
            return "\(subject) 与第 \(other + 1) 项矛盾：同一天不能既是节假日又是调休上班日"
        }
    }
}
