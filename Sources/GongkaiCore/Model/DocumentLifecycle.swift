/// A document's status on one day, derived from its own fields (有效性, 废止日期, 有效期至) and
/// the newer documents that replace, revise or abolish it; every page, list, feed, search
/// filter and statistic shows this, not the declared status.
public struct DocumentLifecycle: Sendable, Hashable {
    public let status: Document.Status
    /// The day the status began, when known (废止日期, the relation's day, the day after 有效期至).
    public let since: Day?
    /// The relation that set the status, when a newer document did.
    public let relation: DocumentRelation?

    public init(status: Document.Status, since: Day?, relation: DocumentRelation?) {
        self.status = status
        self.since = since
        self.relation = relation
    }

    /// Whether the document is in force (有效 or 部分失效).
    public var inForce: Bool { status == .valid || status == .partlyExpired }

    /// Document `i`'s lifecycle on `day`: the earliest relation in effect that ends it (代替,
    /// 废止: 废止, or 部分失效 when so declared), else the earliest 修订 in effect, else its own
    /// fields. A status the document reached by itself before the relation (失效 after 有效期至,
    /// a 废止日期) stays.
    static func derive(_ i: Int, documents: [Document], relations: [DocumentRelation], incoming: [Int], on day: Day) -> DocumentLifecycle {
        let document = documents[i]
        let own = document.ownLifecycle(on: day)
        let inEffect = incoming.map { relations[$0] }.filter { $0.effective <= day }
        func earliest(_ list: [DocumentRelation]) -> DocumentRelation? {
            list.min { ($0.effective, $0.source) < ($1.effective, $1.source) }
        }
        let relation = earliest(inEffect.filter(\.kind.ends)) ?? earliest(inEffect.filter { !$0.kind.ends })
        guard let relation else { return DocumentLifecycle(status: own.status, since: own.since, relation: nil) }
        if own.status != .valid, let since = own.since, since < relation.effective {
            return DocumentLifecycle(status: own.status, since: own.since, relation: nil)
        }
        let status: Document.Status
        if relation.kind.ends {
            status = document.declaredStatus == .partlyExpired ? .partlyExpired : .abolished
        } else {
            status = .revised
        }
        return DocumentLifecycle(status: status, since: relation.effective, relation: relation)
    }
}
