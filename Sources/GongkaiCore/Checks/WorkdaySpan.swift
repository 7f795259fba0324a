/// A span of working days that a deadline check counts: from `from` (exclusive) to `to`
/// (inclusive), for `document`, whose 发布日期 is where a finding about it points.
struct WorkdaySpan {
    let document: Document
    let from: Day
    let to: Day

    /// Every span the deadline checks count, in a fixed order: the 公开时限 spans
    /// (成文日期 → 发布日期, ``PublishDeadlineChecker``), then the 解读 spans (policy's 发布日期 →
    /// interpretation's 发布日期, ``InterpretationDeadlineChecker``).
    static func all(in site: Site) -> [WorkdaySpan] {
        publishSpans(in: site) + interpretationSpans(in: site).map(\.span)
    }

    /// 主动公开 documents that give `written`, live or future.
    static func publishSpans(in site: Site) -> [WorkdaySpan] {
        (site.documents + site.futureDocuments).compactMap { document in
            guard document.keyPositions[.written] != nil, document.disclosure == "主动公开" else { return nil }
            return WorkdaySpan(document: document, from: document.written.day, to: document.published.day)
        }
    }

    /// Each interpretation with each policy it interprets, in index order.
    static func interpretationSpans(in site: Site) -> [(span: WorkdaySpan, policy: Document)] {
        var spans: [(span: WorkdaySpan, policy: Document)] = []
        for (i, policies) in site.interpretedDocuments.sorted(by: { $0.key < $1.key }) {
            let interpretation = site.documents[i]
            for p in policies {
                let policy = site.documents[p]
                spans.append((WorkdaySpan(document: interpretation, from: policy.published.day, to: interpretation.published.day), policy))
            }
        }
        return spans
    }
}
