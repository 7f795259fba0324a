/// A top-level catalog node whose id is a folder gongkai writes its own pages into
/// (`topics`, `search`, …): an error at the node in site.json.
struct ReservedNodeChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.catalog.nodes.compactMap { node in
            guard node.parent == nil, URLBuilder.reservedRootNames.contains(node.id) else { return nil }
            return .error("config.node-reserved", "栏目 id \"\(node.id)\" 与 gongkai 生成的页面文件夹重名", at: node.position,
                          hint: "保留的名称：\(URLBuilder.reservedRootNames.sorted().joined(separator: "、"))")
        }
    }
}
