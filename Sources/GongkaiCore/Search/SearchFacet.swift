/// The filters of the search page. Each value of a filter is an exact term of the index
/// (`f:<parameter>:<value>`), so a filter is one more posting list to intersect; the
/// parameter is also the name of the filter in the search page's URL (`?node=…`).
enum SearchFacet: String, Sendable, CaseIterable {
    /// A catalog node's path; a document counts for its node and every node above it.
    case node
    /// The year of 发布日期.
    case year
    /// The class of 主题分类 (the part before `/`).
    case topic
    /// 发布机构.
    case publisher
    /// 有效性 as readers see it on the build's today (derived from 有效期 and relations);
    /// not `status`, which is the id of the search page's status line.
    case validity
    /// 解读形式 (`interpretation_form`) of a 政策解读.
    case form
    /// A site group's member (README “站群”), on the portal's search page only: not a term of
    /// the index but the member's range of document numbers in the portal's `index.json`.
    case member

    func term(_ value: String) -> String { "f:\(rawValue):\(value)" }
}
