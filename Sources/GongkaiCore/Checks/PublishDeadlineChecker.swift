/// A document published more than `publish_deadline_workdays` working days after its
/// 成文日期 (a warning, README “检查项目”; 条例 Art. 26). Only documents that give `written` and are
/// 主动公开 are checked.
struct PublishDeadlineChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let calendar = site.config.workdayCalendar
        let limit = site.config.publishDeadlineWorkdays
        return WorkdaySpan.publishSpans(in: site).compactMap { span in
            let document = span.document
            let late = calendar.workdays(from: span.from, to: span.to)
            guard late > limit else { return nil }
            return .warning(
                "publish.late",
                "发布日期 \(document.published.day) 比成文日期 \(document.written.day) 晚 \(late) 个工作日，超过了 \(limit) 个工作日的公开时限",
                at: document.valuePosition(of: .published),
                hint: "《政府信息公开条例》第二十六条：主动公开的政府信息应自形成或变更之日起 20 个工作日内公开。如日期写错请更正；时限由 site.json 的 publish_deadline_workdays 设定")
        }
    }
}
