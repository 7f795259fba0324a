/// What one member of a site group offers the others for `interprets` across the group
/// (README “站群”: 跨成员的政策解读): its documents with a 索引号, as an interpretation of another
/// member shows them, and its interpretations with the 索引号 they name.
///
/// It depends on the member's own files only (never on the other members), so it is kept in
/// the member's part (`MemberPart.entries`) and reused with the part.
struct MemberIndexEntries: Sendable, Codable, Equatable {
    struct Interpretation: Sendable, Codable, Equatable {
        var entry: CrossMemberLinks.Entry
        /// The 索引号 its `interprets` names.
        var numbers: [String]

        enum CodingKeys: String, CodingKey {
            case entry, numbers
        }
    }

    /// Every resolved document with a 索引号, in the site's order.
    var documents: [CrossMemberLinks.Entry] = []
    var interpretations: [Interpretation] = []

    enum CodingKeys: String, CodingKey {
        case documents, interpretations
    }

    init() {}

    /// Of a member resolved as the group resolves it.
    init(member: GroupMember, site: Site) {
        for (i, d) in site.documents.enumerated() {
            guard let number = d.indexNumber, !number.isEmpty else { continue }
            let entry = CrossMemberLinks.Entry(memberID: member.id, memberTitle: member.title, title: d.title,
                                               href: site.urls.href(site.outputPaths[i]), published: d.published.day,
                                               docNumber: d.docNumber, indexNumber: number, interpretationForm: d.interpretationForm)
            documents.append(entry)
            if !d.interprets.isEmpty { interpretations.append(Interpretation(entry: entry, numbers: d.interprets)) }
        }
    }
}
