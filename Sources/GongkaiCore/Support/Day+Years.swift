extension Day {
    /// The same month and day `years` later (or earlier); 29 February in a year without
    /// one becomes 1 March, so a period that starts on 29 February ends on 28 February.
    public func adding(years: Int) -> Day {
        let year = self.year + years
        return Day(year: year, month: month, day: day) ?? Day(year: year, month: 3, day: 1)!
    }

    /// The last day of a period of `years` years that starts on this day (its first day):
    /// 2024-03-01 + 2 years ends on 2026-02-28, 2024-02-29 + 2 years too.
    public func lastDay(ofYears years: Int) -> Day {
        adding(years: years).adding(days: -1)
    }
}
