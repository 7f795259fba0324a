import Foundation

/// A date with an optional time of day, as editors write it, in Asia/Shanghai.
///
/// Accepted: `2024-03-19`, `2024/3/19`, `2024.3.19` (as many offices write dates),
/// `2024年3月19日`, each optionally followed by `HH:MM` (or `HH:MM:SS`). Dates are never
/// read as UTC timestamps.
public struct DocumentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var day: Day
    /// Minutes after midnight, when a time was given.
    public var minutes: Int?

    public init(day: Day, minutes: Int? = nil) {
        self.day = day
        self.minutes = minutes
    }

    /// The date forms, for messages that ask for a day without a time (`gongkai new --date`).
    public static let acceptedDayForms = "2024-03-19、2024/3/19、2024.3.19 或 2024年3月19日"

    /// The date forms, for messages about front-matter dates, which may carry a time.
    public static let acceptedForms = acceptedDayForms + "，可加时间如 2024-03-19 09:30"

    public init?(parsing raw: String) {
        if let day = Self.isoDay(raw) {
            self.day = day
            minutes = nil
            return
        }
        let text = raw.trimmingWhitespace(andNewlines: false)
        var scanner = Substring(text)
        guard let year = Self.number(&scanner, digits: 4...4) else { return nil }
        let chinese = scanner.hasPrefix("年")
        let separator: Character
        if chinese { separator = "年" } else if scanner.hasPrefix("-") { separator = "-" } else if scanner.hasPrefix("/") { separator = "/" } else if scanner.hasPrefix(".") { separator = "." } else { return nil }
        scanner = scanner.dropFirst()
        guard let month = Self.number(&scanner, digits: 1...2) else { return nil }
        if chinese {
            guard scanner.hasPrefix("月") else { return nil }
        } else {
            guard scanner.first == separator else { return nil }
        }
        scanner = scanner.dropFirst()
        guard let dayNumber = Self.number(&scanner, digits: 1...2) else { return nil }
        if chinese {
            if scanner.hasPrefix("日") || scanner.hasPrefix("号") { scanner = scanner.dropFirst() } else { return nil }
        }
        guard let day = Day(year: year, month: month, day: dayNumber) else { return nil }
        var minutes: Int?
        let rest = scanner.drop { $0 == " " || $0 == "T" || $0 == "\u{3000}" }
        if !rest.isEmpty {
            guard rest.count < scanner.count || rest.first?.isNumber == true else { return nil }
            var time = rest
            guard let hour = Self.number(&time, digits: 1...2), time.first == ":" || time.first == "：" else { return nil }
            time = time.dropFirst()
            guard let minute = Self.number(&time, digits: 2...2), hour < 24, minute < 60 else { return nil }
            if time.first == ":" {
                time = time.dropFirst()
                guard let second = Self.number(&time, digits: 2...2), second < 60 else { return nil }
            }
            guard time.isEmpty else { return nil }
            minutes = hour * 60 + minute
        }
        self.day = day
        self.minutes = minutes
    }

    /// `2024-03-19`, `2024/03/19` or `2024.03.19` exactly, as most front matter has it, read
    /// from the bytes; anything else takes the general path.
    private static func isoDay(_ raw: String) -> Day? {
        var raw = raw
        return raw.withUTF8 { b -> Day? in
            guard b.count == 10, b[4] == b[7], b[4] == UInt8(ascii: "-") || b[4] == UInt8(ascii: "/") || b[4] == UInt8(ascii: ".") else { return nil }
            var value = 0
            for i in [0, 1, 2, 3, 5, 6, 8, 9] {
                let digit = Int(b[i]) - 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return Day(year: value / 10000, month: value / 100 % 100, day: value % 100)
        }
    }

    private static func number(_ s: inout Substring, digits: ClosedRange<Int>) -> Int? {
        let run = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.contains(run.count), let value = Int(run) else { return nil }
        s = s.dropFirst(run.count)
        return value
    }

    /// `2024-03-19 09:30` (the `PubDate` meta tag form); the day alone (`2024-03-19`) when no
    /// time was given: a made-up `00:00` would claim a time nobody wrote.
    public var metaString: String {
        guard let m = minutes else { return day.description }
        return "\(day) \(String(m / 60).leftPadded(to: 2)):\(String(m % 60).leftPadded(to: 2))"
    }

    /// RFC 3339 in +08:00, for feeds and sitemaps.
    public var rfc3339: String {
        let m = minutes ?? 0
        return "\(day)T\(String(m / 60).leftPadded(to: 2)):\(String(m % 60).leftPadded(to: 2)):00+08:00"
    }

    public var description: String { day.description }

    public static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        if a.day != b.day { return a.day < b.day }
        return (a.minutes ?? 0) < (b.minutes ?? 0)
    }
}
