import Foundation

/// 空白栏目: a list node with no published document in it or below it, or a page node
/// with no text (a warning, README “检查项目”), reported at the node in site.json.
struct EmptyNodeChecker: Checker {
    func check(_ site: Site) -> [Diagnostic] {
        site.catalog.nodes.enumerated().compactMap { i, node in
            let folder = "content/\(node.path)/"
            // 依申请公开 is made from site.json; ApplicationChecker looks at its channels.
            if node.kind == .application { return nil }
            if node.kind == .page {
                let text = site.nodeIntroductions[i]?.body.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard text.isEmpty else { return nil }
                return .warning("node.empty", "单页栏目“\(node.title)”（\(node.path)）没有内容（空白栏目）", at: node.position,
                                hint: "在 \(folder)_index.md 中写入本页的正文")
            }
            guard site.count(inTreeOf: i) == 0 else { return nil }
            return .warning("node.empty", "栏目“\(node.title)”（\(node.path)）没有任何已发布的信息（空白栏目）", at: node.position,
                            hint: "在 \(folder) 中发布信息；确实没有可公开的信息时，发布一篇说明（如“本机关本年度无此类信息”），或从 site.json 的 catalog 中删去该栏目")
        }
    }
}
