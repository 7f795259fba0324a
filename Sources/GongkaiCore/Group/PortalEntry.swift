/// A member's document as the portal lists it: on its home, and in the combined feed. Written
/// into the member's part summary (`MemberPart`), so the portal can be assembled elsewhere.
struct PortalEntry: Sendable, Codable, Equatable {
    var title: String
    /// The document's link, from the member's `URLBuilder`.
    var href: String
    var absoluteURL: String
    var published: DocumentDate
    var publisher: String
    /// 文号 and 内容概述, for the feed's summary.
    var summary: String
    var interpretationForm: String?
    /// Where the document comes from: the member's position in group.json, then the document's in its site.
    var memberIndex: Int
    var documentIndex: Int

    enum CodingKeys: String, CodingKey {
        case absoluteURL, documentIndex, href, interpretationForm, memberIndex, published, publisher, summary, title
    }

    /// What the portal orders entries by: the date, the member's position, the document's.
    private typealias OrderKey = (published: DocumentDate, member: Int, document: Int)

    private var orderKey: OrderKey { (published, memberIndex, documentIndex) }

    /// Newest first; on one date, in group.json order, then in the member's own order.
    private static func precedes(_ x: OrderKey, _ y: OrderKey) -> Bool {
        if x.published != y.published { return x.published > y.published }
        if x.member != y.member { return x.member < y.member }
        return x.document < y.document
    }

    static func newestFirst(_ a: PortalEntry, _ b: PortalEntry) -> Bool {
        precedes(a.orderKey, b.orderKey)
    }

    /// The first `limit` of `entries` in ``newestFirst(_:_:)`` order. The sort moves the
    /// entries' positions by their keys, not the entries with their six strings each, which
    /// it copied and released at every step.
    static func newest(_ entries: [PortalEntry], limit: Int) -> [PortalEntry] {
        let keys = entries.map(\.orderKey)
        return keys.indices.sorted { precedes(keys[$0], keys[$1]) }.prefix(limit).map { entries[$0] }
    }
}
