import Foundation

/// 公示期 of a 公示 (README “公示期”): its first and last day. A 公示 with an end is withdrawn
/// once the end plus the site's grace days has passed.
public struct PublicityPeriod: Sendable, Hashable {
    public var start: Day
    /// The last day of the period; nil when only a start was written.
    public var end: Day?

    public init(start: Day, end: Day?) {
        self.start = start
        self.end = end
    }

    /// Whether the period runs on `day` (an open end runs from its start on).
    public func runs(on day: Day) -> Bool {
        start <= day && end.map { day <= $0 } ?? true
    }

    /// Whether a document with this period is withdrawn on `day`: after `end + graceDays`.
    public func withdrawn(on day: Day, graceDays: Int) -> Bool {
        guard let end else { return false }
        return day > end.adding(days: graceDays)
    }

    /// `2025年11月10日至2025年11月16日`, or `自2025年11月10日起` without an end.
    public var chinese: String {
        guard let end else { return "自\(start.chinese)起" }
        return "\(start.chinese)至\(end.chinese)"
    }

    /// Reads `2025-11-10至2025-11-16` (also `~`, `～`, `—`, ` - `, `到`) or one date (a start
    /// only); nil when a part is not a date.
    public init?(parsing text: String) {
        let separators = ["至", "到", "～", "~", "——", "—", " - "]
        var parts = [text]
        for separator in separators where text.contains(separator) {
            parts = text.components(separatedBy: separator)
            break
        }
        let trimmed = parts.map { $0.trimmingWhitespace() }
        guard (1...2).contains(trimmed.count), let start = DocumentDate(parsing: trimmed[0])?.day else { return nil }
        if trimmed.count == 2 {
            guard let end = DocumentDate(parsing: trimmed[1])?.day else { return nil }
            self.init(start: start, end: end)
        } else {
            self.init(start: start, end: nil)
        }
    }

    /// Whether a document's title names it a 公示.
    static func titleSaysPublicity(_ title: String) -> Bool { title.contains("公示") }
}
