/// 栏目不更新 (a warning; a 单项否决 in inspections, 国办秘函〔2019〕19号), on by default:
/// a node whose newest document is older than its limit (`fresh_days`, else its column
/// type's default, see ``ColumnType``), reported at the node in site.json; and the column
/// home, whose newest document anywhere is older than site.json's top-level `fresh_days`
/// (default 14 days).
///
/// A list node counts the documents of its whole subtree; a page node counts the
/// 发布日期 of its `_index.md` when one is written; a 公示 withdrawn after its 公示期 still
/// counts as an update of its node. A node with no documents at all is
/// left to ``EmptyNodeChecker``.
struct FreshnessChecker: Checker {
    let readsDocumentBodies = false
    /// A node past its limit on some day: the rule the check and the group's `stats` share.
    struct StaleNode: Sendable, Hashable {
        var node: Int
        var newest: Day
        var newestTitle: String
        /// Days from `newest` to the day judged on.
        var age: Int
        var limit: Int
    }

    /// The nodes older than their limit on `day`, in catalog order; documents published after
    /// `day` do not count (a site's `documents` hold nothing after its today).
    static func staleNodes(of site: Site, on day: Day) -> [StaleNode] {
        site.catalog.nodes.enumerated().compactMap { i, node in
            guard let limit = node.freshnessLimit else { return nil }
            let newest: (day: Day, title: String)?
            if !node.holdsDocuments {
                newest = site.nodeIntroductions[i].flatMap { $0.keyPositions[.published] == nil || $0.published.day > day ? nil : ($0.published.day, $0.title) }
            } else {
                let published = site.documents(inTreeOf: i).first { site.documents[$0].published.day <= day }
                    .map { (day: site.documents[$0].published.day, title: site.documents[$0].title) }
                // A 公示 withdrawn after its 公示期 was an update all the same (README “公示期”).
                let subtree = Set([i] + site.catalog.descendants(of: i))
                let withdrawn = site.withdrawn.filter { subtree.contains($0.document.node) && $0.document.published.day <= day }
                    .map { (day: $0.document.published.day, title: $0.document.title) }.max { $0.day < $1.day }
                newest = [published, withdrawn].compactMap { $0 }.max { $0.day < $1.day }
            }
            guard let newest else { return nil }
            let age = day.dayNumber - newest.day.dayNumber
            guard age > limit else { return nil }
            return StaleNode(node: i, newest: newest.day, newestTitle: newest.title, age: age, limit: limit)
        }
    }

    func check(_ site: Site) -> [Diagnostic] {
        var found: [Diagnostic] = Self.staleNodes(of: site, on: site.today).map { stale in
            let node = site.catalog.nodes[stale.node]
            let rule = node.freshDays != nil
                ? "site.json 中 fresh_days 规定的 \(stale.limit) 天"
                : "“\(node.columnType.rawValue)”类栏目 \(stale.limit) 天的更新要求（\(node.columnType.limitSource)）"
            return .warning(
                "node.stale",
                "栏目“\(node.title)”（\(node.path)）已 \(stale.age) 天没有更新：最新的《\(stale.newestTitle)》发布于 \(stale.newest)，超过了\(rule)（栏目不更新）",
                at: node.position,
                hint: "及时发布本栏目的新信息；栏目类型不对时在 site.json 中给栏目写 column_type，确实更新较少的可写 fresh_days（0 为不检查）。检查以 \(site.today) 为“今天”，可用 --today 指定")
        }
        let limit = site.config.homeFreshDays
        if limit > 0, let first = site.documents.first {
            let age = site.today.dayNumber - first.published.day.dayNumber
            if age > limit {
                let position = site.config.valuePositions["fresh_days"] ?? site.config.valuePositions["title"] ?? SourcePosition(file: "site.json")
                found.append(.warning(
                    "home.stale",
                    "专栏首页已 \(age) 天没有更新：全站最新的《\(first.title)》发布于 \(first.published.day)，超过了 \(limit) 天（栏目不更新）",
                    at: position,
                    hint: "动态类信息至少每两周更新；site.json 顶层的 fresh_days 可以改这个天数（0 为不检查）。检查以 \(site.today) 为“今天”，可用 --today 指定"))
            }
        }
        return found
    }
}
