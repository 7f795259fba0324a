/// The validity period of policy documents (issue 15), on the build's today:
///
/// - `validity.order` (error): 有效期至 before 施行日期;
/// - `validity.missing`: a 行政规范性文件 without 有效期至 (`policy_documents.require_validity`);
/// - `validity.trial-too-long`: a 试行 or 暂行 title whose period exceeds `trial_max_years`;
/// - `validity.too-long`: a period over `max_years`;
/// - `validity.expiring`: a document in force whose period ends within `expiry_warning_days`;
/// - `validity.status-conflict`: a written 有效性 that the dates or relations contradict.
///
/// A period runs from 施行日期 (else 发布日期) to 有效期至, both days included; N years from
/// 2024-03-01 end on 2026-02-28 at the latest, and so do N years from 2024-02-29.
struct ValidityChecker: Checker {
    let readsDocumentBodies = false
    static let trialWords = ["试行", "暂行", "試行", "暫行"]

    func check(_ site: Site) -> [Diagnostic] {
        let rules = site.config.policyDocuments
        var found: [Diagnostic] = []
        for (i, document) in site.documents.enumerated() {
            let lifecycle = site.lifecycles[i]
            let start = document.validFrom ?? document.published.day
            let endKey: FrontMatterKey = document.validUntil != nil ? .validUntil : .expires
            if let end = document.validityEnd {
                if end < start {
                    found.append(.error("validity.order", "有效期至 \(end) 早于\(document.validFrom != nil ? "施行日期" : "发布日期") \(start)", at: document.valuePosition(of: endKey),
                                        hint: "有效期至是有效期的最后一天，应在施行日期之后"))
                    continue
                }
                let isTrial = Self.trialWords.contains { document.title.contains($0) }
                if isTrial, rules.trialMaxYears > 0, end > start.lastDay(ofYears: rules.trialMaxYears) {
                    found.append(.warning("validity.trial-too-long", "标题含“试行”或“暂行”，有效期 \(start) 至 \(end) 超过 \(rules.trialMaxYears) 年", at: document.valuePosition(of: endKey),
                                          hint: "试行、暂行文件的有效期一般不超过 \(rules.trialMaxYears) 年，最晚到 \(start.lastDay(ofYears: rules.trialMaxYears))"))
                } else if rules.maxYears > 0, end > start.lastDay(ofYears: rules.maxYears) {
                    found.append(.warning("validity.too-long", "有效期 \(start) 至 \(end) 超过 \(rules.maxYears) 年", at: document.valuePosition(of: endKey),
                                          hint: "行政规范性文件的有效期一般不超过 \(rules.maxYears) 年，最晚到 \(start.lastDay(ofYears: rules.maxYears))"))
                }
                let left = end.dayNumber - site.today.dayNumber
                if rules.expiryWarningDays > 0, lifecycle.inForce, left >= 0, left <= rules.expiryWarningDays {
                    found.append(.warning("validity.expiring", "《\(document.title)》的有效期至 \(end)，还有 \(left) 天到期：即将到期，请组织评估", at: document.valuePosition(of: endKey),
                                          hint: "评估后需要继续施行的，重新发布或延长有效期（修改 有效期至）；不再施行的，到期自动显示为失效"))
                }
            } else if rules.requireValidity, lifecycle.inForce, RegulatoryDocumentRule.isRegulatory(document, in: site.catalog) {
                found.append(.warning("validity.missing", "行政规范性文件《\(document.title)》没有写明有效期", at: document.position(of: .title),
                                      hint: "加一行 有效期至: \(start.lastDay(ofYears: rules.maxYears > 0 ? rules.maxYears : 5))（有效期的最后一天），可加 施行日期: \(start)"))
            }
            if let conflict = statusConflict(i, site: site) { found.append(conflict) }
        }
        return found
    }

    /// A written 有效性 that differs from what the dates and relations give today; a status
    /// declared ahead of a later 废止日期 is not a contradiction.
    private func statusConflict(_ i: Int, site: Site) -> Diagnostic? {
        let document = site.documents[i]
        guard document.keyPositions[.status] != nil else { return nil }
        let derived = site.lifecycles[i]
        if document.declaredStatus == .expired, derived.relation == nil, document.abolished == nil, let end = document.validityEnd, end >= site.today {
            return .warning("validity.status-conflict", "有效性写的是“失效”，但有效期至 \(end)，尚未到期",
                            at: document.valuePosition(of: .status), hint: "删去 有效性 这一行，到期后自动显示为失效；提前失效的，写 废止日期 或由新文件废止")
        }
        guard derived.status != document.declaredStatus else { return nil }
        if document.declaredStatus != .valid, let abolished = document.abolished, abolished > site.today, derived.relation == nil { return nil }
        let reason: String
        if let relation = derived.relation {
            reason = "它已被《\(site.documents[relation.source].title)》\(relation.kind.verb)（\(relation.effective)）"
        } else if derived.status == .expired, let end = document.validityEnd {
            reason = "有效期至 \(end) 已过"
        } else if derived.status == .abolished, let abolished = document.abolished {
            reason = "废止日期 \(abolished) 已到"
        } else if let end = document.validityEnd {
            reason = "有效期至 \(end)，尚未到期，也没有文件代替、修订或废止它"
        } else {
            reason = "没有有效期，也没有文件代替、修订或废止它"
        }
        return .warning("validity.status-conflict", "有效性写的是“\(document.declaredStatus.rawValue)”，但\(reason)，页面显示为“\(derived.status.rawValue)”",
                        at: document.valuePosition(of: .status), hint: "删去 有效性 这一行，让 gongkai 根据有效期和代替、废止关系自动判断；或改正日期")
    }
}
