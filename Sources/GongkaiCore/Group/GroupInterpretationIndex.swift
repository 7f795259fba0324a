import Foundation

/// `interprets` across a site group (README “站群”: 跨成员的政策解读): a first pass resolves
/// every member on its own and keeps, of each, its documents by 索引号 and its interpretations
/// with the 索引号 they name; `links(for:)` then gives each member the other members'
/// documents its interpretations name and the other members' interpretations of its own
/// documents, before the member is checked and rendered.
///
/// A 索引号 is unique across the group (`group.index-no-duplicate`), so an interpretation
/// names another member's policy simply by that policy's 索引号; one found in the
/// interpretation's own member is linked there as before.
struct GroupInterpretationIndex {
    private var documents: [String: (member: Int, entry: CrossMemberLinks.Entry)] = [:]
    private var interpretations: [(member: Int, entry: CrossMemberLinks.Entry, numbers: [String])] = []

    /// Member number `index` (group.json order), resolved without the others.
    mutating func add(_ index: Int, member: GroupMember, site: Site) {
        for (i, d) in site.documents.enumerated() {
            guard let number = d.indexNumber, !number.isEmpty else { continue }
            let entry = CrossMemberLinks.Entry(memberID: member.id, memberTitle: member.title, title: d.title,
                                               href: site.urls.href(site.outputPaths[i]), published: d.published.day,
                                               docNumber: d.docNumber, indexNumber: number, interpretationForm: d.interpretationForm)
            if documents[number] == nil { documents[number] = (index, entry) }
            if !d.interprets.isEmpty { interpretations.append((index, entry, d.interprets)) }
        }
    }

    /// A member's inputs (`MemberInputs`) with what it takes from the others, so a member is
    /// rebuilt when another member's interpretation of it (or its target) changes.
    static func inputs(_ memberInputs: String, links: CrossMemberLinks) -> String {
        guard links != CrossMemberLinks() else { return memberInputs }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var digest = ContentDigest()
        digest.add(memberInputs)
        digest.add((try? encoder.encode(links)).map { Array($0) } ?? [])
        return digest.hex
    }

    /// What member number `index` needs of the others.
    func links(for index: Int) -> CrossMemberLinks {
        var links = CrossMemberLinks()
        for (member, entry, numbers) in interpretations {
            for number in numbers {
                guard let target = documents[number], target.member != member else { continue }
                if member == index { links.documents[number] = target.entry }
                if target.member == index { links.interpretations[number, default: []].append(entry) }
            }
        }
        return links
    }
}
