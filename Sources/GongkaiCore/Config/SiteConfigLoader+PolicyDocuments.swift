extension SiteConfigLoader {
    /// Reads `policy_documents`: `{ "nodes": [路径…], "require_validity": true, "trial_max_years": 2,
    /// "max_years": 5, "expiry_warning_days": 90 }`, every key optional.
    static func loadPolicyDocuments(_ value: JSONValue, catalog: Catalog, diagnostics: inout [Diagnostic]) -> PolicyDocumentsConfig {
        var result = PolicyDocumentsConfig()
        guard var reader = JSONObjectReader(value, context: "policy_documents", diagnostics: &diagnostics) else { return result }
        if let list = reader.value("nodes") {
            if case .array(let items, _) = list {
                for item in items {
                    guard case .string(let path, let position) = item else {
                        diagnostics.append(.error("config.type", "policy_documents.nodes 的每一项应为栏目路径字符串，如 \"fdzdgknr/fgwj\"", at: item.position))
                        continue
                    }
                    let trimmed = path.trimmingCharacters(in: ["/"])
                    guard catalog.index(ofPath: trimmed) != nil else {
                        let suggestion = ClosestMatch.closest(to: trimmed, in: catalog.allPaths)
                        diagnostics.append(.error("config.policy-node", "policy_documents.nodes 中的栏目 \"\(path)\" 不存在", at: position,
                                                  hint: suggestion.map { "是否应为 \"\($0)\"？" } ?? "写 catalog 中栏目的路径，如 \"fdzdgknr/fgwj\""))
                        continue
                    }
                    result.nodes.append(trimmed)
                    result.nodePositions.append(position)
                }
            } else {
                reader.typeError("nodes", "列表 […]", list)
            }
        }
        reader.bool("require_validity", into: &result.requireValidity)
        reader.positiveInt("trial_max_years", into: &result.trialMaxYears, allowZero: true)
        reader.positiveInt("max_years", into: &result.maxYears, allowZero: true)
        reader.positiveInt("expiry_warning_days", into: &result.expiryWarningDays, allowZero: true)
        diagnostics += reader.finish(known: PolicyDocumentsConfig.keys)
        return result
    }
}
