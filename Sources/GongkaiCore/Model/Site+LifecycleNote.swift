extension Site {
    /// Why document `i` shows the status it does today, in the words of the build summary:
    /// `被 content/….md 代替（2025-03-10）` or `有效期至 2024-12-31`.
    public func lifecycleNote(of i: Int) -> String {
        let lifecycle = lifecycles[i]
        let document = documents[i]
        if let relation = lifecycle.relation {
            return "被 \(documents[relation.source].sourcePath) \(relation.kind.verb)（\(relation.effective)）"
        }
        if lifecycle.status == .expired, let end = document.validityEnd, end < today {
            return "有效期至 \(end)"
        }
        if let abolished = document.abolished {
            return "废止日期 \(abolished)"
        }
        return lifecycle.status.rawValue
    }
}
