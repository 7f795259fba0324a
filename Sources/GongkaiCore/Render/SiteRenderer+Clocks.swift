/// The parts of pages that depend on a clock (README “意见征集” and “公示期”): a consultation's
/// state, window and ways to respond; the links between a consultation, its 采纳情况 and its
/// decision; a running 公示's banner; and the notice that stands where a withdrawn 公示 was.
extension SiteRenderer {
    private func link(_ j: Int, first: Bool) -> TemplateValue {
        let d = site.documents[j]
        return ["text": .text("《\(d.title)》"), "href": .text(site.urls.href(site.outputPaths[j])), "first": .bool(first)]
    }

    private func note(_ key: String, _ fallback: String, _ documents: [Int]) -> TemplateValue? {
        guard !documents.isEmpty else { return nil }
        return ["label": .text(theme.labels[key] ?? fallback), "links": .list(documents.enumerated().map { link($0.element, first: $0.offset == 0) })]
    }

    /// The build's today as consultation pages state it: 本页生成于 2025年11月22日…
    var buildDateNote: String {
        PageContext.filling(theme.labels["consultation_build_date"] ?? "本页生成于 {{date}}，征集状态按当天计算。", ["date": site.today.chinese])
    }

    /// The 征集 section of a consultation's page, absent on every other document.
    func consultationSection(_ i: Int) -> TemplateValue {
        let d = site.documents[i]
        guard let state = site.consultationStates[i], let start = d.consultation.start, let end = d.consultation.end else { return .absent }
        let labels = theme.labels
        let window = PageContext.filling(labels["consultation_window_value"] ?? "{{start}}至{{end}}（共 {{days}} 天）",
                                         ["start": start.chinese, "end": end.chinese, "days": String(end.dayNumber - start.dayNumber + 1)])
        return [
            "state": .text(state.text(labels: labels)),
            "isOpen": .bool(state.isOpen),
            "window": .text(window),
            "shortened": .text(d.consultation.shortenedReason),
            "email": .text(d.consultation.email),
            "address": .text(d.consultation.address),
            "url": .text(d.consultation.url),
            "hasWays": .bool(d.consultation.email != nil || d.consultation.address != nil || d.consultation.url != nil),
            "buildDate": .text(buildDateNote),
        ]
    }

    /// The links of a consultation to its 采纳情况 and decision, of a 采纳情况 to its consultation
    /// and the decision, of a decision to the consultation and its 采纳情况.
    func consultationNotes(_ i: Int) -> TemplateValue {
        let links = site.consultationLinks
        var notes: [TemplateValue?] = []
        if site.consultationStates[i] != nil || ConsultationLinks.isConsultation(site.documents[i], in: site.catalog) {
            notes.append(note("consultation_feedback", "意见采纳情况：", links.feedbacks[i] ?? []))
            notes.append(note("consultation_decision", "决策文件：", links.decisions[i].map { [$0] } ?? []))
        }
        if let consultation = links.consultationOfFeedback[i] {
            notes.append(note("consultation_of_feedback", "本文是以下征求意见的采纳情况：", [consultation]))
            notes.append(note("consultation_decision", "决策文件：", links.decisions[consultation].map { [$0] } ?? []))
        }
        if let consultation = links.consultationOfDecision[i] {
            notes.append(note("consultation_of_decision", "本决策此前公开征求意见：", [consultation]))
            notes.append(note("consultation_feedback", "意见采纳情况：", links.feedbacks[consultation] ?? []))
        }
        return .list(notes.compactMap { $0 })
    }

    /// 本公示正在公示期内（…） while the 公示期 runs; absent before it, after it, and without one.
    func publicityBanner(_ i: Int) -> TemplateValue {
        guard let period = site.documents[i].publicity, period.runs(on: site.today) else { return .absent }
        return .text(PageContext.filling(theme.labels["publicity_running_banner"] ?? "本公示正在公示期内（{{period}}）。", ["period": period.chinese]))
    }

    /// The metadata box's entries of the clocks: 征集期 and 征集状态 of a consultation, 公示期 of a 公示.
    func clockMetadata(_ i: Int, item: (String, String?) -> TemplateValue) -> [TemplateValue] {
        let d = site.documents[i]
        var items: [TemplateValue] = []
        if let state = site.consultationStates[i], let start = d.consultation.start, let end = d.consultation.end {
            items.append(item("consultation_window", "\(start.chinese)至\(end.chinese)"))
            items.append(item("consultation_state", state.text(labels: theme.labels)))
        }
        if let period = d.publicity { items.append(item("publicity_period", period.chinese)) }
        return items
    }

    /// Consultations open today, newest first: the column home lists them before anything else.
    var openConsultations: [Int] {
        site.documents.indices.filter { site.consultationStates[$0]?.isOpen == true }
    }

    /// A consultation column's documents with the open consultations first, each part newest first.
    func openFirst(_ documents: [Int]) -> [Int] {
        let open = documents.filter { site.consultationStates[$0]?.isOpen == true }
        return open + documents.filter { site.consultationStates[$0]?.isOpen != true }
    }

    /// The page at a withdrawn 公示's URL: the notice alone, nothing of the document (its title
    /// may name people too).
    func renderWithdrawn(_ w: Int) -> PageOutput {
        let withdrawn = site.withdrawn[w]
        let labels = theme.labels
        let title = labels["withdrawn_title"] ?? "公示期满"
        let notice = PageContext.filling(labels["withdrawn_notice"] ?? "本公示已于 {{date}} 期满，依法不再公开。", ["date": withdrawn.end.chinese])
        let node = withdrawn.document.node
        let root = site.catalog.ancestry(of: node).first.flatMap { site.catalog.index(ofPath: $0.path) }
        let common = context.common(pageTitle: title, columnName: site.catalog.nodes[node].title, currentRoot: root, outputPath: withdrawn.outputPath,
                                    description: notice)
        return PageOutput(files: [page("withdrawn", path: withdrawn.outputPath, [
            "notice": .text(notice),
            "breadcrumbs": context.breadcrumbs(node: node, extra: title),
            "catalogTreeHTML": catalogTree(current: node),
        ], common: common)])
    }
}
