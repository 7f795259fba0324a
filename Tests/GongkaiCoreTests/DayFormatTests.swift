import Foundation
@testable import GongkaiCore
import Testing

@Suite("Day formatting")
struct DayFormatTests {
    /// The general form the fast one must equal: each part zero-padded, joined by hyphens.
    private static func reference(_ day: Day) -> String {
        String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
    }

    @Test("a date is written as yyyy-mm-dd, zero-padded, for every day from year 1 to 9999 (every 7th day)")
    func isoForm() {
        let first = Day(year: 1, month: 1, day: 1)!.dayNumber, last = Day(year: 9999, month: 12, day: 31)!.dayNumber
        for n in stride(from: first, through: last, by: 7) {
            let day = Day(dayNumber: n)
            #expect(day.description == Self.reference(day))
        }
        #expect(Day(year: 2024, month: 3, day: 9)!.description == "2024-03-09")
        #expect(Day(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(Day(iso: Day(year: 987, month: 10, day: 20)!.description) == Day(year: 987, month: 10, day: 20))
    }

    @Test("a year before 1 keeps the general form")
    func yearsBeforeOne() {
        let day = Day(dayNumber: Day(year: 1, month: 1, day: 1)!.dayNumber - 1)
        #expect(day.year == 0)
        #expect(day.description == "0000-12-31")
        let earlier = Day(dayNumber: Day(year: 1, month: 1, day: 1)!.dayNumber - 800)
        #expect(earlier.description == String(earlier.year).leftPadded(to: 4) + "-" + String(earlier.month).leftPadded(to: 2) + "-" + String(earlier.day).leftPadded(to: 2))
    }
}
