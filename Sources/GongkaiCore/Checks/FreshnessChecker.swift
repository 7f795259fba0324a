/// 栏目不更新: a node with `fresh_days` whose newest document is older than that on
/// the build date (a warning, SPEC §7), reported at the node in site.json.
///
/// A list node counts the documents of its whole subtree; a page node counts the
/// 发布日期 of its `_index.md` when one is written. A node with no documents at all is
/// left to ``EmptyNodeChecker``.
struct FreshnessChecker: Checker {
    func check(_ site: Site) -> [Diagnostic] {
        site.catalog.nodes.enumerated().compactMap { i, node in
            guard let freshDays = node.freshDays else { return nil }
            let newest: (day: Day, title: String)?
            if !node.holdsDocuments {
                newest = site.nodeIntroductions[i].flatMap { $0.keyPositions[.published] == nil ? nil : ($0.published.day, $0.title) }
            } else {
                newest = site.documents(inTreeOf: i).first.map { (site.documents[$0].published.day, site.documents[$0].title) }
            }
            guard let newest else { return nil }
            let age = site.today.dayNumber - newest.day.dayNumber
            guard age > freshDays else { return nil }
            return .warning(
                "node.stale",
                "栏目“\(node.title)”（\(node.path)）已 \(age) 天没有更新：最新的《\(newest.title)》发布于 \(newest.day)，超过了 fresh_days 规定的 \(freshDays) 天（栏目不更新）",
                at: node.position,
                hint: "及时发布本栏目的新信息；如本栏目本来更新较少，可在 site.json 中调大 fresh_days。检查以 \(site.today) 为“今天”，可用 --today 指定")
        }
    }
}
