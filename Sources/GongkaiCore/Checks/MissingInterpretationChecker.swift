/// A 行政规范性文件 in force with no published interpretation (a warning, README “写一篇文件”（政策解读）).
/// Which documents count is ``RegulatoryDocumentRule``; 失效 and 废止 documents are skipped.
struct MissingInterpretationChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let catalog = site.catalog
        let regulatory = Set(catalog.nodes.indices.filter { RegulatoryDocumentRule.isRegulatory(node: $0, in: catalog) })
        guard !regulatory.isEmpty else { return [] }
        let columns = catalog.nodes.filter { $0.kind == .interpretations }.map(\.path)
        return site.documents.enumerated().compactMap { i, document in
            guard regulatory.contains(document.node), site.interpretations[i]?.isEmpty ?? true,
                  site.otherMembersInterpretations[i] == nil else { return nil }
            let status = site.status(of: i)
            guard status != .expired, status != .abolished else { return nil }
            let number = document.indexNumber ?? "索引号"
            let hint = columns.first.map { "在政策解读栏目发布解读：gongkai new \($0) 标题 --interprets \(number)，或在已有解读中写 interprets: \(number)" }
                ?? "site.json 的 catalog 中还没有 kind 为 interpretations 的政策解读栏目"
            return .warning("interpretation.missing", "行政规范性文件《\(document.title)》没有政策解读", at: document.position(of: .title), hint: hint)
        }
    }
}
