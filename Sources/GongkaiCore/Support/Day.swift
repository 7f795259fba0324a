/// A calendar date with no time zone: the unit of 发布日期, deadlines and working days.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Its keys in JSON, for `Codable` and the group's hand-written files (`Day+CompactJSON`).
    enum CodingKeys: String, CodingKey {
        case day, month, year
    }

    /// A real date in the proleptic Gregorian calendar, years 1…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2024-03-19` exactly.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// From a day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday.
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// The date in Asia/Shanghai (UTC+8, no daylight saving) of a Unix time.
    public init(unixTimeInShanghai seconds: Int) {
        let local = seconds + 8 * 3600
        self.init(dayNumber: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2024-03-19`. Written digit by digit into the string's own storage: pages show dates in
    /// every list row, some 50 a document (bench/PERFORMANCE.md). Years outside 0…9999 keep
    /// the general form.
    public var description: String {
        guard (0...9999).contains(year) else {
            return String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2) + "-" + String(day).leftPadded(to: 2)
        }
        let (year, month, day) = (year, month, day)
        return String(unsafeUninitializedCapacity: 10) { out in
            @inline(__always) func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n) }
            out[0] = digit(year / 1000); out[1] = digit(year / 100 % 10); out[2] = digit(year / 10 % 10); out[3] = digit(year % 10)
            out[4] = UInt8(ascii: "-"); out[5] = digit(month / 10 % 10); out[6] = digit(month % 10)
            out[7] = UInt8(ascii: "-"); out[8] = digit(day / 10 % 10); out[9] = digit(day % 10)
            return 10
        }
    }

    /// `2024年3月19日`.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public static func < (a: Day, b: Day) -> Bool { a.dayNumber < b.dayNumber }
}
