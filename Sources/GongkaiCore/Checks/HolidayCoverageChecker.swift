/// A deadline check counted working days in a year whose holidays neither the built-in
/// 国务院办公厅 calendar nor site.json `holidays` knows (a warning, once per year, at the first
/// span that needs it, by start date then file; README “节假日”). Such a year counts every
/// weekday as a working day.
struct HolidayCoverageChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let calendar = site.config.workdayCalendar
        // The first span by (start date, file) that needs each unknown year: one pass
        // keeping the least, not a sort of every span (most need no unknown year at all).
        // On a tie the earlier span in `WorkdaySpan.all`'s order stays, as a stable sort kept it.
        var firstNeed: [Int: WorkdaySpan] = [:]
        for span in WorkdaySpan.all(in: site) where span.from != span.to {
            for year in calendar.unknownYears(from: span.from, to: span.to) {
                if let kept = firstNeed[year], !Self.precedes(span, kept) { continue }
                firstNeed[year] = span
            }
        }
        let known = calendar.knownYears.isEmpty ? "没有任何一年" : "只有 \(calendar.knownYears.map(String.init).joined(separator: "、")) 年"
        return firstNeed.keys.sorted().map { year in
            let span = firstNeed[year]!
            return .warning(
                "holidays.unknown-year",
                "计算工作日需要 \(year) 年的节假日安排（\(span.from) 至 \(span.to)），但内置日历和 site.json 的 holidays \(known)；\(year) 年暂按周一至周五都上班计算",
                at: span.document.valuePosition(of: .published),
                hint: "在 site.json 的 holidays 中写上 \(year) 年的节假日（如 \"\(year)-10-01\"）和调休上班日（如 \"+\(year)-10-12\"），以国务院办公厅当年的节假日安排通知为准；这一警告每年只出现一次")
        }
    }

    /// Whether `a` comes before `b`: by start date, then by file.
    private static func precedes(_ a: WorkdaySpan, _ b: WorkdaySpan) -> Bool {
        a.from != b.from ? a.from < b.from : a.document.sourcePath < b.document.sourcePath
    }
}
