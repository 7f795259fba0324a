import Testing
@testable import GongkaiCore

@Suite("WorkdayCalendar")
struct WorkdayCalendarTests {
    /// 2024 国庆: 10月1日–7日放假，9月29日（周日）、10月12日（周六）上班.
    static let nationalDay2024 = [
        "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07",
        "+2024-09-29", "+2024-10-12",
    ]

    static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { fatalError("bad test date \(iso)") }
        return day
    }

    // MARK: Plain weeks

    @Test("counts working days after the start up to and including the end", arguments: [
        ("2024-03-19", "2024-03-19", 0),  // same day
        ("2024-03-15", "2024-03-18", 1),  // Friday → Monday
        ("2024-03-18", "2024-03-22", 4),  // Monday → Friday
        ("2024-03-18", "2024-03-25", 5),  // Monday → next Monday
        ("2024-03-15", "2024-03-16", 0),  // Friday → Saturday
        ("2024-03-16", "2024-03-17", 0),  // Saturday → Sunday
        ("2024-03-16", "2024-03-18", 1),  // Saturday → Monday
        ("2024-03-17", "2024-03-23", 5),  // Sunday → Saturday
        ("2024-02-28", "2024-03-01", 2),  // across a leap day (Thursday, Friday)
        ("2023-12-29", "2024-01-02", 2),  // across a year end, no holidays configured
        ("2024-01-01", "2024-12-31", 261),
        ("1969-12-29", "1970-01-05", 5),  // across day number 0
    ])
    func countsPlainWeeks(from: String, to: String, expected: Int) {
        let calendar = WorkdayCalendar()
        #expect(calendar.workdays(from: Self.day(from), to: Self.day(to)) == expected)
    }

    @Test("counts backwards as a negative number")
    func countsBackwards() {
        let calendar = WorkdayCalendar()
        #expect(calendar.workdays(from: Self.day("2024-03-18"), to: Self.day("2024-03-15")) == -1)
        #expect(calendar.workdays(from: Self.day("2024-03-22"), to: Self.day("2024-03-18")) == -4)
    }

    @Test("treats only Saturday and Sunday as days off without a holiday list", arguments: [
        ("2024-03-18", true), ("2024-03-22", true), ("2024-03-23", false), ("2024-03-24", false),
    ])
    func weekendsAreOff(date: String, expected: Bool) {
        #expect(WorkdayCalendar().isWorkday(Self.day(date)) == expected)
    }

    // MARK: Holidays and make-up days

    @Test("knows holidays and make-up working days", arguments: [
        ("2024-09-27", true),   // Friday
        ("2024-09-28", false),  // Saturday
        ("2024-09-29", true),   // Sunday, 调休上班
        ("2024-09-30", true),   // Monday
        ("2024-10-01", false),  // Tuesday, 国庆
        ("2024-10-04", false),  // Friday, 国庆
        ("2024-10-06", false),  // Sunday and holiday
        ("2024-10-07", false),  // Monday, 国庆
        ("2024-10-08", true),   // Tuesday
        ("2024-10-12", true),   // Saturday, 调休上班
        ("2024-10-13", false),  // Sunday
    ])
    func knowsHolidays(date: String, expected: Bool) throws {
        let calendar = try WorkdayCalendar(holidays: Self.nationalDay2024)
        #expect(calendar.isWorkday(Self.day(date)) == expected)
    }

    @Test("skips holidays and counts make-up days in spans", arguments: [
        ("2024-09-30", "2024-10-08", 1),   // the whole holiday counts for nothing
        ("2024-09-27", "2024-09-30", 2),   // Sunday 9-29 is a working day
        ("2024-10-11", "2024-10-14", 2),   // Saturday 10-12 is a working day
        ("2024-09-27", "2024-10-08", 3),
        ("2024-10-01", "2024-10-07", 0),
        ("2024-09-25", "2024-10-15", 11),
    ])
    func countsAcrossHolidays(from: String, to: String, expected: Int) throws {
        let calendar = try WorkdayCalendar(holidays: Self.nationalDay2024)
        #expect(calendar.workdays(from: Self.day(from), to: Self.day(to)) == expected)
    }

    @Test("agrees with counting day by day over every pair in a two-month window")
    func agreesWithDayByDayCount() throws {
        let calendar = try WorkdayCalendar(holidays: Self.nationalDay2024 + ["2024-10-19", "+2024-10-16"])
        let start = Self.day("2024-09-01")
        let days = (0..<61).map { start.adding(days: $0) }
        for from in days {
            var expected = 0
            for to in days where to >= from {
                if to > from, calendar.isWorkday(to) { expected += 1 }
                #expect(calendar.workdays(from: from, to: to) == expected, "\(from) → \(to)")
                #expect(calendar.workdays(from: to, to: from) == -expected, "\(to) → \(from)")
            }
        }
    }

    @Test("a holiday on a weekend and a make-up day on a weekday change nothing")
    func redundantEntriesChangeNothing() throws {
        let calendar = try WorkdayCalendar(holidays: ["2024-03-16", "+2024-03-19"])
        #expect(calendar == WorkdayCalendar().knowing(years: [2024]))
        #expect(calendar.workdays(from: Self.day("2024-03-15"), to: Self.day("2024-03-22")) == 5)
    }

    @Test("finds the day a deadline of working days ends", arguments: [
        ("2024-09-27", 3, "2024-10-08"),
        ("2024-09-27", 1, "2024-09-29"),
        ("2024-09-30", 1, "2024-10-08"),
        ("2024-09-30", 0, "2024-09-30"),
        ("2024-10-11", 20, "2024-11-07"),
    ])
    func deadlineEnd(start: String, count: Int, expected: String) throws {
        let calendar = try WorkdayCalendar(holidays: Self.nationalDay2024)
        let end = calendar.day(count, workdaysAfter: Self.day(start))
        #expect(end.description == expected)
        #expect(calendar.workdays(from: Self.day(start), to: end) == count)
    }

    // MARK: Entries

    @Test("accepts surrounding whitespace and exact repeats")
    func lenientEntries() throws {
        let calendar = try WorkdayCalendar(holidays: [" 2024-10-01 ", "2024-10-01", "\t+2024-10-12"])
        #expect(!calendar.isWorkday(Self.day("2024-10-01")))
        #expect(calendar.isWorkday(Self.day("2024-10-12")))
    }

    @Test("rejects entries that are not YYYY-MM-DD", arguments: [
        "2024/10/01", "2024-10-1", "2024-1-01", "24-10-01", "10-01", "", "+", "++2024-10-01",
        "2024-10-01x", "2024年10月1日", "-2024-10-01", "２０２４-10-01", "2024–10–01",
    ])
    func rejectsMalformedEntries(entry: String) {
        let (_, errors) = WorkdayCalendar.parsing(holidays: ["2024-10-01", entry])
        #expect(errors == [HolidayEntryError(index: 1, entry: entry, reason: .malformed)])
        #expect(throws: HolidayEntryError(index: 1, entry: entry, reason: .malformed)) {
            try WorkdayCalendar(holidays: ["2024-10-01", entry])
        }
    }

    @Test("rejects dates that do not exist", arguments: [
        "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "+2024-10-32", "0000-01-01",
    ])
    func rejectsNonexistentDates(entry: String) {
        let (_, errors) = WorkdayCalendar.parsing(holidays: [entry])
        #expect(errors == [HolidayEntryError(index: 0, entry: entry, reason: .nonexistentDate)])
    }

    @Test("rejects a day listed both as holiday and as make-up working day, keeping the first")
    func rejectsContradiction() {
        let (calendar, errors) = WorkdayCalendar.parsing(holidays: ["+2024-10-12", "2024-10-01", "2024-10-12"])
        #expect(errors == [HolidayEntryError(index: 2, entry: "2024-10-12", reason: .conflictsWithEntry(otherIndex: 0))])
        #expect(calendar.isWorkday(Self.day("2024-10-12")))
        #expect(!calendar.isWorkday(Self.day("2024-10-01")))
    }

    @Test("reports every bad entry with its index and keeps the good ones")
    func reportsAllBadEntries() {
        let (calendar, errors) = WorkdayCalendar.parsing(holidays: ["2024-10-01", "2024-02-30", "2024/10/02", "2024-10-03"])
        #expect(errors.map(\.index) == [1, 2])
        #expect(errors.map(\.reason) == [.nonexistentDate, .malformed])
        #expect(!calendar.isWorkday(Self.day("2024-10-01")))
        #expect(calendar.isWorkday(Self.day("2024-10-02")))
        #expect(!calendar.isWorkday(Self.day("2024-10-03")))
    }

    @Test("throws the first bad entry")
    func throwsFirstBadEntry() {
        #expect(throws: HolidayEntryError(index: 1, entry: "2024-02-30", reason: .nonexistentDate)) {
            try WorkdayCalendar(holidays: ["2024-10-01", "2024-02-30", "x"])
        }
    }

    @Test("explains bad entries in Chinese with a 1-based position", arguments: [
        (HolidayEntryError(index: 0, entry: "2024/10/01", reason: .malformed), ["第 1 项", "\"2024/10/01\"", "YYYY-MM-DD", "+2024-10-12"]),
        (HolidayEntryError(index: 4, entry: "2024-02-30", reason: .nonexistentDate), ["第 5 项", "不是存在的日期"]),
        (HolidayEntryError(index: 2, entry: "2024-10-12", reason: .conflictsWithEntry(otherIndex: 0)), ["第 3 项", "第 1 项", "调休"]),
    ])
    func explainsErrors(error: HolidayEntryError, fragments: [String]) {
        for fragment in fragments {
            #expect(error.message.contains(fragment))
        }
    }
}
