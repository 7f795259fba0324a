extension SiteConfig {
    /// Working days per site.json `holidays`; entries it cannot use are left out here and
    /// reported by ``HolidayChecker``.
    var workdayCalendar: WorkdayCalendar {
        WorkdayCalendar.parsing(holidays: holidays).calendar
    }
}
