import Testing
@testable import GongkaiCore

@Suite("dates")
struct DocumentDateTests {
    @Test("the four date forms are accepted, with an optional time", arguments: [
        ("2024-03-19", 2024, 3, 19, nil),
        ("2024/3/19", 2024, 3, 19, nil),
        ("2026.3.5", 2026, 3, 5, nil),
        ("2026.03.05", 2026, 3, 5, nil),
        ("2026.12.31 09:30", 2026, 12, 31, 570),
        ("2024年3月19日", 2024, 3, 19, nil),
        ("2024-03-19 09:30", 2024, 3, 19, 570),
        ("2024年3月9日 14:05", 2024, 3, 9, 845),
        ("2024-03-19T23:59:00", 2024, 3, 19, 1439),
    ] as [(String, Int, Int, Int, Int?)])
    func accepted(text: String, year: Int, month: Int, day: Int, minutes: Int?) throws {
        let date = try #require(DocumentDate(parsing: text))
        #expect(date.day == Day(year: year, month: month, day: day))
        #expect(date.minutes == minutes)
    }

    @Test("impossible or malformed dates are rejected", arguments: [
        "2024-13-01", "2023-02-29", "2024-3-19x", "19/3/2024", "2024年13月1日", "2024-03-19 25:00", "", "明天",
        "2026.2.30", "2026.13.1", "2026.02.30", "2026.3", "2026.3.5.", "2026-3.5", "5.3.2026",
    ])
    func rejected(_ text: String) {
        #expect(DocumentDate(parsing: text) == nil)
    }

    @Test("a Unix time is read as a date in Asia/Shanghai")
    func shanghai() {
        // 2024-03-18T16:30:00Z is 2024-03-19 00:30 in Shanghai.
        #expect(Day(unixTimeInShanghai: 1_710_779_400) == Day(year: 2024, month: 3, day: 19))
    }

    @Test("day numbers round-trip and weekdays are right")
    func dayNumbers() throws {
        let day = try #require(Day(iso: "2024-10-12"))
        #expect(Day(dayNumber: day.dayNumber) == day)
        #expect(day.weekday == 6)  // a Saturday
        #expect(day.adding(days: 2).description == "2024-10-14")
    }
}
