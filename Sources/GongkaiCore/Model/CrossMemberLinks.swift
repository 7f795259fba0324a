/// What a member of a site group needs to know of the other members to resolve `interprets`
/// across the group (README “站群”: 跨成员的政策解读): the documents of other members that
/// some interpretation names, and the other members' interpretations of this member's
/// documents, each by 索引号 (unique across the group: `group.index-no-duplicate`).
///
/// Made by the group build before any member is resolved (`GroupInterpretationIndex`); nil
/// for a site built on its own, where an `interprets` naming another agency's 索引号 is only
/// a warning (`interprets.other-member`).
public struct CrossMemberLinks: Sendable, Codable, Equatable {
    /// A document of another member, as this member's pages link and show it.
    public struct Entry: Sendable, Codable, Equatable {
        public var memberID: String
        public var memberTitle: String
        public var title: String
        /// The document's link (root-relative, under the other member's base).
        public var href: String
        public var published: Day
        public var docNumber: String?
        public var indexNumber: String
        public var interpretationForm: String?

        enum CodingKeys: String, CodingKey {
            case docNumber, href, indexNumber, interpretationForm, memberID, memberTitle, published, title
        }
    }

    /// Other members' documents by 索引号.
    public var documents: [String: Entry] = [:]
    /// Other members' interpretations by the 索引号 they interpret, in group order.
    public var interpretations: [String: [Entry]] = [:]

    enum CodingKeys: String, CodingKey {
        case documents, interpretations
    }

    public init() {}
}
