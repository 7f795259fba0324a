import Foundation

/// 空白栏目: a list node with no published document in it or below it, or a page node
/// with no text (a warning, README “检查项目”), reported at the node in site.json.
struct EmptyNodeChecker: Checker {
    let readsDocumentBodies = true
    /// The empty nodes on `day`, in catalog order: the rule the check and the group's `stats`
    /// share. Documents published after `day` do not count.
    static func emptyNodes(of site: Site, on day: Day) -> [Int] {
        site.catalog.nodes.indices.filter { i in
            let node = site.catalog.nodes[i]
            // 依申请公开 is made from site.json; ApplicationChecker looks at its channels.
            if node.kind == .application { return false }
            if node.kind == .page {
                return (site.nodeIntroductions[i]?.body.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty
            }
            return !site.documents(inTreeOf: i).contains { site.documents[$0].published.day <= day }
        }
    }

    func check(_ site: Site) -> [Diagnostic] {
        Self.emptyNodes(of: site, on: site.today).map { i in
            let node = site.catalog.nodes[i]
            let folder = "content/\(node.path)/"
            if node.kind == .page {
                return .warning("node.empty", "单页栏目“\(node.title)”（\(node.path)）没有内容（空白栏目）", at: node.position,
                                hint: "在 \(folder)_index.md 中写入本页的正文")
            }
            return .warning("node.empty", "栏目“\(node.title)”（\(node.path)）没有任何已发布的信息（空白栏目）", at: node.position,
                            hint: "在 \(folder) 中发布信息；确实没有可公开的信息时，发布一篇说明（如“本机关本年度无此类信息”），或从 site.json 的 catalog 中删去该栏目")
        }
    }
}
