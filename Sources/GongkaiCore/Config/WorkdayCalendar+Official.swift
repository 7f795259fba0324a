extension WorkdayCalendar {
    /// The built-in calendar: every holiday and make-up working day of the 国务院办公厅
    /// notices in ``OfficialHolidayCalendar``, whose years are the known years (the 2023
    /// notice's 2022-12-31 does not make 2022 known). The default of every site; site.json
    /// `holidays` is laid over it.
    public static let official: WorkdayCalendar =
        parsing(holidays: OfficialHolidayCalendar.entries).calendar.knowing(years: OfficialHolidayCalendar.years)
}
