/// An interpretation (政策解读) published more than `interpretation_deadline_workdays`
/// working days after the policy it interprets (a warning, README “写一篇文件”（政策解读）).
struct InterpretationDeadlineChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let calendar = site.config.workdayCalendar
        let limit = site.config.interpretationDeadlineWorkdays
        return WorkdaySpan.interpretationSpans(in: site).compactMap { span, policy in
            let interpretation = span.document
            let late = calendar.workdays(from: span.from, to: span.to)
            guard late > limit else { return nil }
            return .warning(
                "interpretation.late",
                "政策解读发布于 \(interpretation.published.day)，比所解读的《\(policy.title)》（\(policy.member.map { $0 + "，" } ?? "")\(policy.published) 发布）晚 \(late) 个工作日，超过了 \(limit) 个工作日的时限",
                at: interpretation.valuePosition(of: .published),
                hint: "解读材料应与政策文件同步发布；如日期写错请更正。时限由 site.json 的 interpretation_deadline_workdays 设定；节假日和调休按内置的国务院办公厅节假日安排，另有的写在 holidays")
        }
    }
}
