/// A 公示 published with personal information (`privacy_exempt`) must come down when its period
/// ends (README “公示期”): without an end date in 公示期 gongkai cannot take it down.
struct PublicityChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.documents.compactMap { document in
            guard document.privacyExempt != nil, document.isPublicity, document.publicity?.end == nil else { return nil }
            let position = document.publicity == nil ? document.position(of: .privacyExempt) : document.valuePosition(of: .publicityPeriod)
            return .warning("publicity.no-end", "含个人信息的公示没有写公示期的结束日期，期满后不会自动撤下", at: position,
                            hint: "加一行 公示期: 2025-11-10至2025-11-16；期满（再加 site.json publicity.grace_days 天）后页面只留期满说明")
        }
    }
}
