/// The 国务院办公厅 部分节假日安排 notices built into gongkai: every year from 2020 whose
/// holidays (放假调休) and make-up working days (调休上班) were checked, day by day, against
/// the notice's own text. ``WorkdayCalendar/official`` is made from this table; site.json
/// `holidays` adds to or overrides it (README “节假日”).
///
/// Each entry cites its notice (title, 文号, date signed) and says which copy of the
/// notice's full text was read. A year whose text could not be read is not listed: the
/// deadline checks warn when they need it (`holidays.unknown-year`).
///
/// Each holiday is a range with the day count the notice states (“共N天”), so a typing
/// slip in a range fails a test; each make-up day is one the notice names with its
/// weekday (“（星期日）上班”).
enum OfficialHolidayCalendar {
    /// One festival of a notice: the days off (first and last day, inclusive), the count
    /// the notice states for them, and the make-up working days it names.
    struct Festival: Sendable {
        let name: String
        let first: String
        let last: String
        let days: Int
        let makeUpWorkdays: [String]

        init(_ name: String, _ first: String, _ last: String, days: Int, workdays makeUpWorkdays: [String] = []) {
            self.name = name
            self.first = first
            self.last = last
            self.days = days
            self.makeUpWorkdays = makeUpWorkdays
        }
    }

    /// One year's arrangement and where it comes from.
    struct Notice: Sendable {
        let year: Int
        /// The notice(s) the data follows, with 文号 and the date signed.
        let citation: String
        /// Which copy of the full text was checked against the data.
        let checkedText: String
        let festivals: [Festival]
    }

    static let notices: [Notice] = [
        Notice(
            year: 2020,
            citation: "国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号，2019年11月21日）；春节按国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）延长至2月2日，2月3日起正常上班，原定2月1日（星期六）上班随之取消",
            checkedText: "两份通知的全文（新华社播发稿及其转载；延长通知全文含“延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班”）",
            festivals: [
                Festival("元旦", "2020-01-01", "2020-01-01", days: 1),
                Festival("春节（含延长）", "2020-01-24", "2020-02-02", days: 10, workdays: ["2020-01-19"]),
                Festival("清明节", "2020-04-04", "2020-04-06", days: 3),
                Festival("劳动节", "2020-05-01", "2020-05-05", days: 5, workdays: ["2020-04-26", "2020-05-09"]),
                Festival("端午节", "2020-06-25", "2020-06-27", days: 3, workdays: ["2020-06-28"]),
                Festival("国庆节、中秋节", "2020-10-01", "2020-10-08", days: 8, workdays: ["2020-09-27", "2020-10-10"]),
            ]),
        Notice(
            year: 2021,
            citation: "国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号，2020年11月25日）",
            checkedText: "通知全文（中国政府网发布稿的转载，含文号；人民日报转载稿）",
            festivals: [
                Festival("元旦", "2021-01-01", "2021-01-03", days: 3),
                Festival("春节", "2021-02-11", "2021-02-17", days: 7, workdays: ["2021-02-07", "2021-02-20"]),
                Festival("清明节", "2021-04-03", "2021-04-05", days: 3),
                Festival("劳动节", "2021-05-01", "2021-05-05", days: 5, workdays: ["2021-04-25", "2021-05-08"]),
                Festival("端午节", "2021-06-12", "2021-06-14", days: 3),
                Festival("中秋节", "2021-09-19", "2021-09-21", days: 3, workdays: ["2021-09-18"]),
                Festival("国庆节", "2021-10-01", "2021-10-07", days: 7, workdays: ["2021-09-26", "2021-10-09"]),
            ]),
        Notice(
            year: 2022,
            citation: "国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021年10月25日）",
            checkedText: "通知全文（北京市人民政府网站“政策文件”转载稿，含发文字号）",
            festivals: [
                Festival("元旦", "2022-01-01", "2022-01-03", days: 3),
                Festival("春节", "2022-01-31", "2022-02-06", days: 7, workdays: ["2022-01-29", "2022-01-30"]),
                Festival("清明节", "2022-04-03", "2022-04-05", days: 3, workdays: ["2022-04-02"]),
                Festival("劳动节", "2022-04-30", "2022-05-04", days: 5, workdays: ["2022-04-24", "2022-05-07"]),
                Festival("端午节", "2022-06-03", "2022-06-05", days: 3),
                Festival("中秋节", "2022-09-10", "2022-09-12", days: 3),
                Festival("国庆节", "2022-10-01", "2022-10-07", days: 7, workdays: ["2022-10-08", "2022-10-09"]),
            ]),
        Notice(
            year: 2023,
            citation: "国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022年12月8日）",
            checkedText: "通知全文（国务院公报2023年第1号收录稿；新华社播发稿的转载）",
            festivals: [
                Festival("元旦", "2022-12-31", "2023-01-02", days: 3),
                Festival("春节", "2023-01-21", "2023-01-27", days: 7, workdays: ["2023-01-28", "2023-01-29"]),
                Festival("清明节", "2023-04-05", "2023-04-05", days: 1),
                Festival("劳动节", "2023-04-29", "2023-05-03", days: 5, workdays: ["2023-04-23", "2023-05-06"]),
                Festival("端午节", "2023-06-22", "2023-06-24", days: 3, workdays: ["2023-06-25"]),
                Festival("中秋节、国庆节", "2023-09-29", "2023-10-06", days: 8, workdays: ["2023-10-07", "2023-10-08"]),
            ]),
        Notice(
            year: 2024,
            citation: "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）",
            checkedText: "通知全文（国务院公报2023年第31号收录稿；人民日报2023年10月26日第6版）",
            festivals: [
                Festival("元旦", "2024-01-01", "2024-01-01", days: 1),
                Festival("春节", "2024-02-10", "2024-02-17", days: 8, workdays: ["2024-02-04", "2024-02-18"]),
                Festival("清明节", "2024-04-04", "2024-04-06", days: 3, workdays: ["2024-04-07"]),
                Festival("劳动节", "2024-05-01", "2024-05-05", days: 5, workdays: ["2024-04-28", "2024-05-11"]),
                Festival("端午节", "2024-06-10", "2024-06-10", days: 1),
                Festival("中秋节", "2024-09-15", "2024-09-17", days: 3, workdays: ["2024-09-14"]),
                Festival("国庆节", "2024-10-01", "2024-10-07", days: 7, workdays: ["2024-09-29", "2024-10-12"]),
            ]),
        Notice(
            year: 2025,
            citation: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日；依据2024年11月修订的《全国年节及纪念日放假办法》）",
            checkedText: "通知全文（新华社播发稿，光明网转载；含文号的转载稿）",
            festivals: [
                Festival("元旦", "2025-01-01", "2025-01-01", days: 1),
                Festival("春节", "2025-01-28", "2025-02-04", days: 8, workdays: ["2025-01-26", "2025-02-08"]),
                Festival("清明节", "2025-04-04", "2025-04-06", days: 3),
                Festival("劳动节", "2025-05-01", "2025-05-05", days: 5, workdays: ["2025-04-27"]),
                Festival("端午节", "2025-05-31", "2025-06-02", days: 3),
                Festival("国庆节、中秋节", "2025-10-01", "2025-10-08", days: 8, workdays: ["2025-09-28", "2025-10-11"]),
            ]),
        Notice(
            year: 2026,
            citation: "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）",
            checkedText: "通知全文（新华社2025年11月4日播发稿，光明网转载，播发稿不印文号；文号据国务院公报收录稿的引用）",
            festivals: [
                Festival("元旦", "2026-01-01", "2026-01-03", days: 3, workdays: ["2026-01-04"]),
                Festival("春节", "2026-02-15", "2026-02-23", days: 9, workdays: ["2026-02-14", "2026-02-28"]),
                Festival("清明节", "2026-04-04", "2026-04-06", days: 3),
                Festival("劳动节", "2026-05-01", "2026-05-05", days: 5, workdays: ["2026-05-09"]),
                Festival("端午节", "2026-06-19", "2026-06-21", days: 3),
                Festival("中秋节", "2026-09-25", "2026-09-27", days: 3),
                Festival("国庆节", "2026-10-01", "2026-10-07", days: 7, workdays: ["2026-09-20", "2026-10-10"]),
            ]),
    ]

    /// The table as `holidays` entries: every day off, then `+` before every make-up day.
    static var entries: [String] {
        var entries: [String] = []
        for notice in notices {
            for festival in notice.festivals {
                guard let first = Day(iso: festival.first), let last = Day(iso: festival.last) else { continue }
                for n in first.dayNumber...last.dayNumber { entries.append(Day(dayNumber: n).description) }
                entries += festival.makeUpWorkdays.map { "+" + $0 }
            }
        }
        return entries
    }

    /// The years the table covers.
    static var years: [Int] { notices.map(\.year) }
}
