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

    /// The policy a 解读 span starts from: its title, 发布日期 and, for a policy of another
    /// member of a group, that member's name.
    struct Policy {
        var title: String
        var published: Day
        var member: String?
    }

    /// Each interpretation with each policy it interprets, in index order: the site's own,
    /// then those of other members of its group.
    static func interpretationSpans(in site: Site) -> [(span: WorkdaySpan, policy: Policy)] {
        var spans: [(span: WorkdaySpan, policy: Policy)] = []
        let interpreting = Set(site.interpretedDocuments.keys).union(site.otherMembersInterpreted.keys).sorted()
        for i in interpreting {
            let interpretation = site.documents[i]
            for p in site.interpretedDocuments[i] ?? [] {
                let policy = site.documents[p]
                spans.append((WorkdaySpan(document: interpretation, from: policy.published.day, to: interpretation.published.day),
                              Policy(title: policy.title, published: policy.published.day)))
            }
            for other in site.otherMembersInterpreted[i] ?? [] {
                spans.append((WorkdaySpan(document: interpretation, from: other.published, to: interpretation.published.day),
                              Policy(title: other.title, published: other.published, member: other.memberTitle)))
            }
        }
        return spans
    }
}
