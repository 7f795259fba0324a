/// site.json `holidays` entries that are not dates or contradict each other (SPEC §3),
/// reported at the entry in site.json.
struct HolidayChecker: Checker {
    func check(_ site: Site) -> [Diagnostic] {
        let config = site.config
        return WorkdayCalendar.parsing(holidays: config.holidays).errors.map { error in
            let position = config.holidayPositions.indices.contains(error.index)
                ? config.holidayPositions[error.index] : SourcePosition(file: "site.json")
            let hint: String
            switch error.reason {
            case .malformed, .nonexistentDate:
                hint = "节假日写作 \"2024-10-01\"，调休上班日在前面加 +，写作 \"+2024-10-12\""
            case .conflictsWithEntry:
                hint = "删去其中一项：节假日不加 +，调休上班日加 +"
            }
            return .error("config.holidays", error.message, at: position, hint: hint)
        }
    }
}
