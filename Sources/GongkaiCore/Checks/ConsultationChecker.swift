/// The clock of 意见征集 (README “意见征集”; 重大行政决策程序暂行条例 第十五条): a window with both
/// ends, in order, at least `consultations.min_days` long unless a 缩短理由 is given, not
/// published after it closed; a 采纳情况 within `consultations.feedback_days` of the close;
/// and `feedback` / `decision` entries that link to a document.
struct ConsultationChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let limits = site.config.consultations
        var diagnostics: [Diagnostic] = []
        for (i, document) in site.documents.enumerated() {
            let window = document.consultation
            guard ConsultationLinks.isConsultation(document, in: site.catalog) else {
                if window.hasWindow {
                    let key: FrontMatterKey = window.start != nil ? .consultationStart : .consultationEnd
                    diagnostics.append(.warning("consultation.window-outside", "征集开始、征集截止只用于意见征集栏目的征求意见，本文件不会显示征集状态", at: document.position(of: key),
                                                hint: document.consultation.feedbackFor != nil
                                                    ? "采纳情况的反馈不需要征集期，删去这两行"
                                                    : "把文件放到 kind 为 consultations 的栏目，或删去这两行"))
                }
                continue
            }
            guard let start = window.start, let end = window.end else {
                let missing = [window.start == nil ? "征集开始" : nil, window.end == nil ? "征集截止" : nil].compactMap { $0 }
                diagnostics.append(.error("consultation.window-missing", "意见征集缺少 \(missing.joined(separator: "、"))", at: SourcePosition(file: document.sourcePath),
                                          hint: "例如：征集开始: 2025-11-10 和 征集截止: 2025-12-09（首尾两天都算，一般不少于 \(limits.minDays) 天）"))
                continue
            }
            let endPosition = document.valuePosition(of: .consultationEnd)
            if end < start {
                diagnostics.append(.error("consultation.window-reversed", "征集截止 \(end) 早于征集开始 \(start)", at: endPosition, hint: "多半是年份或月份写错"))
                continue
            }
            let days = end.dayNumber - start.dayNumber + 1
            if limits.minDays > 0, days < limits.minDays, window.shortenedReason == nil {
                diagnostics.append(.error("consultation.window-short", "征集期只有 \(days) 天（\(start) 至 \(end)），少于 \(limits.minDays) 天，又没有写缩短理由", at: endPosition,
                                          hint: "重大行政决策草案征求意见一般不少于 30 日；延长征集截止，或加一行 缩短理由: …（会显示在页面上）"))
            }
            if document.published.day > end {
                diagnostics.append(.error("consultation.published-after-end", "发布日期 \(document.published.day) 晚于征集截止 \(end)：公众没有机会提意见", at: document.valuePosition(of: .published),
                                          hint: "核对发布日期和征集期；征求意见稿应在征集开始前或当天发布"))
            }
            if limits.feedbackDays > 0, site.consultationStates[i] == .ended, site.today.dayNumber - end.dayNumber > limits.feedbackDays {
                diagnostics.append(.warning("consultation.feedback-overdue", "征集已于 \(end) 结束 \(site.today.dayNumber - end.dayNumber) 天，还没有发布意见采纳情况", at: endPosition,
                                            hint: "发布一篇采纳情况的反馈，写 采纳情况: \(document.indexNumber ?? "（本文件的索引号）")；期限见 site.json consultations.feedback_days（默认 30 天）"))
            }
        }
        for entry in site.consultationLinks.unresolved {
            let document = site.documents[entry.document]
            let position = document.valuePosition(of: entry.key)
            switch (entry.key, entry.reason) {
            case (_, .notConsultation(let target)):
                diagnostics.append(.error("consultation.feedback-target", "采纳情况 \"\(entry.number)\" 是 \(site.documents[target].sourcePath)，不是意见征集栏目的征求意见", at: position,
                                          hint: "写所反馈的征求意见稿的索引号"))
            case (.feedback, .unknown):
                diagnostics.append(.error("consultation.feedback-target", "采纳情况 \"\(entry.number)\" 找不到：没有已发布的文档使用这个索引号", at: position,
                                          hint: suggestion(entry.number, site) ?? "写所反馈的征求意见稿的索引号"))
            default:
                diagnostics.append(.error("consultation.decision-missing", "决策文件 \"\(entry.number)\" 找不到：没有已发布的文档使用这个索引号", at: position,
                                          hint: suggestion(entry.number, site) ?? "决策文件印发并发布后再填写它的索引号"))
            }
        }
        return diagnostics
    }

    private func suggestion(_ number: String, _ site: Site) -> String? {
        ClosestMatch.closest(to: number, in: site.documentIndexByNumber.keys.sorted()).map { "是否应为 \"\($0)\"？" }
    }
}
