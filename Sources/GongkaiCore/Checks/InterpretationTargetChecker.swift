/// Interpretations that interpret nothing (README “写一篇文件”（政策解读）): one in an interpretations node without
/// `interprets`, and each `interprets` entry the resolver could not link — the document
/// itself, a draft or future document, or a 索引号 no document has (with the closest one).
struct InterpretationTargetChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        let catalog = site.catalog
        var diagnostics: [Diagnostic] = site.documents.compactMap { document in
            guard catalog.nodes[document.node].kind == .interpretations, document.interprets.isEmpty else { return nil }
            return .error("interprets.missing", "政策解读缺少字段 解读对象（interprets）", at: SourcePosition(file: document.sourcePath),
                          hint: "填写所解读文件的索引号，如 interprets: \(site.config.agency.code)/2024-00001")
        }
        var known: [String]?
        for entry in site.unresolvedInterpretations {
            let document = site.documents[entry.document]
            let position = document.position(of: .interprets)
            switch entry.reason {
            case .itself:
                diagnostics.append(.error("interprets.self", "解读对象不能是文档自己", at: position))
            case .leftOut(let excluded):
                diagnostics.append(.error("interprets.unpublished", "解读对象 \"\(entry.number)\" 是草稿或尚未到发布日期（\(excluded.sourcePath)），解读无法链接到它", at: position))
            case .unknown:
                // Built on its own, a member cannot see the other members: a 索引号 with
                // another agency's code is resolved only in the group build (README “站群”).
                let code = site.config.agency.code
                if !site.inGroup, !code.isEmpty, let slash = entry.number.firstIndex(of: "/"), entry.number[..<slash] != code {
                    diagnostics.append(.warning("interprets.other-member",
                                                "解读对象 \"\(entry.number)\" 的机构代码 \(entry.number[..<slash]) 不是本网站的（\(code)）：它只在站群构建中查找，单独构建本网站时不链接",
                                                at: position, hint: "在站群文件夹中运行 gongkai build 或 gongkai check；若它应是本网站的文件，改正索引号"))
                    continue
                }
                if known == nil { known = Set(site.documents.compactMap(\.indexNumber)).sorted() }
                let suggestion = ClosestMatch.closest(to: entry.number, in: known!)
                diagnostics.append(.error("interprets.target-missing", "解读对象 \"\(entry.number)\" 找不到：\(site.inGroup ? "站群的所有成员中都" : "")没有文档使用这个索引号", at: position,
                                          hint: suggestion.map { "是否应为 \"\($0)\"？" }))
            }
        }
        return diagnostics
    }
}
