import Testing
@testable import GongkaiCore

@Suite("built-in 国务院办公厅 holiday calendar")
struct OfficialHolidayCalendarTests {
    static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { fatalError("bad test date \(iso)") }
        return day
    }

    @Test("knows the holidays and 调休 working days of each year's notice", arguments: [
        ("2020-01-19", true),   // Sunday, 春节调休上班
        ("2020-01-31", false),  // Friday, 春节 as extended by 国办发明电〔2020〕1号
        ("2020-02-01", false),  // Saturday: its 调休上班 was cancelled by the extension
        ("2020-02-03", true),   // Monday, back at work
        ("2020-10-08", false),  // Thursday, 国庆节、中秋节
        ("2020-10-10", true),   // Saturday, 调休上班
        ("2021-02-07", true),   // Sunday, 春节调休上班
        ("2021-02-17", false),  // Wednesday, 春节
        ("2021-09-18", true),   // Saturday, 中秋调休上班
        ("2022-01-29", true),   // Saturday, 春节调休上班
        ("2022-04-04", false),  // Monday, 清明节
        ("2022-10-09", true),   // Sunday, 国庆调休上班
        ("2023-01-02", false),  // Monday, 元旦
        ("2023-06-23", false),  // Friday, 端午节
        ("2023-06-25", true),   // Sunday, 端午调休上班
        ("2023-10-06", false),  // Friday, 中秋节、国庆节
        ("2024-02-09", true),   // Friday, 除夕: a working day (the notice only encourages a day off)
        ("2024-02-18", true),   // Sunday, 春节调休上班
        ("2024-10-07", false),  // Monday, 国庆节
        ("2024-10-12", true),   // Saturday, 国庆调休上班
        ("2024-10-13", false),  // Sunday
        ("2025-01-28", false),  // Tuesday, 除夕 (a holiday from 2025)
        ("2025-02-08", true),   // Saturday, 春节调休上班
        ("2025-05-05", false),  // Monday, 劳动节
        ("2025-10-08", false),  // Wednesday, 国庆节、中秋节
        ("2025-10-11", true),   // Saturday, 调休上班
        ("2026-01-02", false),  // Friday, 元旦
        ("2026-01-04", true),   // Sunday, 元旦调休上班
        ("2026-02-23", false),  // Monday, 春节
        ("2026-02-28", true),   // Saturday, 春节调休上班
        ("2026-09-20", true),   // Sunday, 国庆调休上班
        ("2026-10-07", false),  // Wednesday, 国庆节
        ("2026-12-07", true),   // an ordinary Monday
    ])
    func knownDays(date: String, expected: Bool) {
        #expect(WorkdayCalendar.official.isWorkday(Self.day(date)) == expected, "\(date)")
    }

    @Test("every holiday range has the day count its notice states, inside its year")
    func rangesMatchStatedCounts() throws {
        for notice in OfficialHolidayCalendar.notices {
            for festival in notice.festivals {
                let first = try #require(Day(iso: festival.first)), last = try #require(Day(iso: festival.last))
                #expect(last.dayNumber - first.dayNumber + 1 == festival.days, "\(notice.year) \(festival.name)")
                #expect(last.year == notice.year, "\(notice.year) \(festival.name)")
                #expect(first.year == notice.year || festival.name == "元旦", "\(notice.year) \(festival.name)")
            }
        }
    }

    @Test("every 调休 working day is a Saturday or Sunday of its year outside every holiday")
    func makeUpDaysAreWeekends() throws {
        for notice in OfficialHolidayCalendar.notices {
            for festival in notice.festivals {
                for iso in festival.makeUpWorkdays {
                    let day = try #require(Day(iso: iso))
                    #expect(day.weekday >= 6 && day.year == notice.year, "\(iso)")
                    #expect(WorkdayCalendar.official.isWorkday(day), "\(iso)")
                }
            }
        }
    }

    @Test("each year cites its notice with a 文号 and says which text was checked")
    func citations() {
        #expect(OfficialHolidayCalendar.years == Array(2020...2026))
        for notice in OfficialHolidayCalendar.notices {
            #expect(notice.citation.contains("国务院办公厅关于\(notice.year)年部分节假日安排的通知"))
            #expect(notice.citation.contains("国办发明电〔\(notice.year - 1)〕"))
            #expect(!notice.checkedText.isEmpty)
        }
        #expect(OfficialHolidayCalendar.notices.first { $0.year == 2024 }?.citation.contains("国办发明电〔2023〕7号") == true)
    }

    @Test("knows 2020–2026 and no other year; 2022-12-31 of the 2023 notice does not make 2022 known")
    func knownYears() {
        let calendar = WorkdayCalendar.official
        #expect(calendar.knownYears == Array(2020...2026))
        #expect(calendar.unknownYears(from: Self.day("2024-01-05"), to: Self.day("2025-03-01")).isEmpty)
        #expect(calendar.unknownYears(from: Self.day("2019-12-20"), to: Self.day("2020-01-10")) == [2019])
        #expect(calendar.unknownYears(from: Self.day("2027-01-10"), to: Self.day("2026-12-20")) == [2027])
        #expect(calendar.unknownYears(from: Self.day("2022-12-30"), to: Self.day("2022-12-31")).isEmpty)
    }

    @Test("site entries add to and override the built-in days, and make their years known")
    func overlay() throws {
        let (calendar, errors) = WorkdayCalendar.parsing(
            holidays: ["+2024-10-07", "2024-10-12", "2024-11-04", "2027-01-01"], over: .official)
        #expect(errors.isEmpty)
        #expect(calendar.isWorkday(Self.day("2024-10-07")))   // the site works on a 国庆 Monday
        #expect(!calendar.isWorkday(Self.day("2024-10-12")))  // and not on the 调休 Saturday
        #expect(!calendar.isWorkday(Self.day("2024-11-04")))  // a local holiday
        #expect(!calendar.isWorkday(Self.day("2024-10-04")))  // the rest of the notice stays
        #expect(calendar.isWorkday(Self.day("2024-09-29")))
        #expect(calendar.knownYears == Array(2020...2027))
    }
}
