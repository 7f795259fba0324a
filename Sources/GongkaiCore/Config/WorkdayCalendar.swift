/// Working days (工作日) for deadline checks: Monday to Friday, minus the public
/// holidays, plus the make-up working days (调休).
///
/// Sites start from ``official`` (the 国务院办公厅 notices in ``OfficialHolidayCalendar``);
/// site.json `holidays` entries add to it or override it day by day
/// (``parsing(holidays:over:)``). `holidays` entries are `"2024-10-01"` (a holiday: not a working day even on a
/// weekday) and `"+2024-10-12"` (a make-up working day: a working day even on a
/// Saturday or Sunday). A holiday on a weekend and a make-up day on a weekday change
/// nothing. Days are pure calendar dates; no time zone is involved.
///
/// Counting is O(log n) in the number of entries, whatever the span of dates.
public struct WorkdayCalendar: Sendable, Hashable {
    /// Day numbers of holidays that fall on Monday–Friday, sorted.
    private let weekdayHolidays: [Int]
    /// Day numbers of make-up working days that fall on Saturday or Sunday, sorted.
    private let weekendWorkdays: [Int]
    /// Years whose holidays are known (from a built-in notice or a site.json entry), sorted.
    public let knownYears: [Int]

    /// Only Saturdays and Sundays are days off; no year's holidays are known.
    public init() {
        weekdayHolidays = []
        weekendWorkdays = []
        knownYears = []
    }

    /// A calendar from site.json's `holidays`; throws for the first entry it cannot use.
    ///
    /// Use ``parsing(holidays:)`` to report every bad entry at once and keep the good ones.
    public init(holidays: [String]) throws(HolidayEntryError) {
        let (calendar, errors) = Self.parsing(holidays: holidays)
        if let first = errors.first { throw first }
        self = calendar
    }

    /// A calendar from the usable entries of `holidays`, with one error per entry that was
    /// skipped (malformed, nonexistent, or contradicting an earlier entry), in list order.
    ///
    /// Entries may have surrounding whitespace; exact repeats are harmless.
    /// Entries override `base` day by day: a holiday entry makes a make-up day of `base` a
    /// day off again, a `+` entry makes a holiday of `base` a working day. The years of the
    /// entries join `base`'s known years.
    public static func parsing(holidays: [String], over base: WorkdayCalendar = WorkdayCalendar()) -> (calendar: WorkdayCalendar, errors: [HolidayEntryError]) {
        var errors: [HolidayEntryError] = []
        // Day number → (is make-up working day, index of the first entry for it).
        var seen: [Int: (makeUp: Bool, index: Int)] = [:]
        for (index, raw) in holidays.enumerated() {
            var text = Self.trimmed(raw)
            let makeUp = text.first == "+"
            if makeUp { text = text.dropFirst() }
            guard Self.hasISOShape(text) else {
                errors.append(HolidayEntryError(index: index, entry: raw, reason: .malformed))
                continue
            }
            guard let day = Day(iso: String(text)) else {
                errors.append(HolidayEntryError(index: index, entry: raw, reason: .nonexistentDate))
                continue
            }
            if let earlier = seen[day.dayNumber] {
                if earlier.makeUp != makeUp {
                    errors.append(HolidayEntryError(index: index, entry: raw, reason: .conflictsWithEntry(otherIndex: earlier.index)))
                }
                continue
            }
            seen[day.dayNumber] = (makeUp, index)
        }
        var holidaysOnWeekdays = Set(base.weekdayHolidays)
        var workdaysOnWeekends = Set(base.weekendWorkdays)
        var years = Set(base.knownYears)
        for (number, entry) in seen {
            let day = Day(dayNumber: number)
            years.insert(day.year)
            if entry.makeUp {
                holidaysOnWeekdays.remove(number)
                if day.weekday >= 6 { workdaysOnWeekends.insert(number) }
            } else {
                workdaysOnWeekends.remove(number)
                if day.weekday < 6 { holidaysOnWeekdays.insert(number) }
            }
        }
        let calendar = WorkdayCalendar(weekdayHolidays: holidaysOnWeekdays.sorted(), weekendWorkdays: workdaysOnWeekends.sorted(), knownYears: years.sorted())
        return (calendar, errors)
    }

    /// The same days with `years` as the known years.
    func knowing(years: [Int]) -> WorkdayCalendar {
        WorkdayCalendar(weekdayHolidays: weekdayHolidays, weekendWorkdays: weekendWorkdays, knownYears: years.sorted())
    }

    private init(weekdayHolidays: [Int], weekendWorkdays: [Int], knownYears: [Int]) {
        self.weekdayHolidays = weekdayHolidays
        self.weekendWorkdays = weekendWorkdays
        self.knownYears = knownYears
    }

    /// The years from `from` through `to` (either order) whose holidays are not known: a
    /// count of working days over them treats every weekday as a working day.
    public func unknownYears(from: Day, to: Day) -> [Int] {
        let low = min(from.year, to.year), high = max(from.year, to.year)
        return (low...high).filter { !Self.contains(knownYears, $0) }
    }

    /// Whether `day` is a working day.
    public func isWorkday(_ day: Day) -> Bool {
        let n = day.dayNumber
        if day.weekday >= 6 { return Self.contains(weekendWorkdays, n) }
        return !Self.contains(weekdayHolidays, n)
    }

    /// The number of working days after `from` up to and including `to`.
    ///
    /// The same day gives 0, Friday → next Monday gives 1, and a Saturday → Sunday span
    /// gives 0 unless one is a make-up day. When `to` is before `from` the result is the
    /// negated count the other way round, so "published before written" is never late.
    public func workdays(from: Day, to: Day) -> Int {
        let a = from.dayNumber, b = to.dayNumber
        if b < a { return -workdays(from: to, to: from) }
        return Self.weekdaysThrough(b) - Self.weekdaysThrough(a)
            - Self.count(weekdayHolidays, after: a, through: b)
            + Self.count(weekendWorkdays, after: a, through: b)
    }

    /// The working day that is `count` working days after `day` (for `count` ≥ 1), i.e. the
    /// last day of a deadline of `count` working days that starts counting after `day`.
    /// `count` ≤ 0 returns `day` itself.
    public func day(_ count: Int, workdaysAfter day: Day) -> Day {
        var remaining = count
        var current = day
        while remaining > 0 {
            current = current.adding(days: 1)
            if isWorkday(current) { remaining -= 1 }
        }
        return current
    }

    // MARK: - Arithmetic

    /// A running count of Monday–Friday days: `weekdaysThrough(n) - weekdaysThrough(n - 1)`
    /// is 1 exactly when day `n` is a weekday. Day 4 (1970-01-05) was a Monday.
    static func weekdaysThrough(_ n: Int) -> Int {
        let k = n - 4
        let weeks = k >= 0 ? k / 7 : (k - 6) / 7
        let dayOfWeek = k - weeks * 7  // 0 = Monday … 6 = Sunday
        return weeks * 5 + min(dayOfWeek + 1, 5)
    }

    private static func contains(_ sorted: [Int], _ n: Int) -> Bool {
        let i = lowerBound(sorted, n)
        return i < sorted.count && sorted[i] == n
    }

    /// How many elements of `sorted` lie in `a < x ≤ b`.
    private static func count(_ sorted: [Int], after a: Int, through b: Int) -> Int {
        lowerBound(sorted, b + 1) - lowerBound(sorted, a + 1)
    }

    /// The first index whose element is ≥ `n`.
    private static func lowerBound(_ sorted: [Int], _ n: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < n { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func trimmed(_ text: String) -> Substring {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
              let end = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[start...end]
    }

    private static func hasISOShape(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { i, b in i == 4 || i == 7 || (b >= 0x30 && b <= 0x39) }
    }
}

