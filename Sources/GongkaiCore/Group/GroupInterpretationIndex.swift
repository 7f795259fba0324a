/// `interprets` across a site group (README “站群”: 跨成员的政策解读): of every member, its
/// documents by 索引号 and its interpretations with the 索引号 they name (`MemberIndexEntries`);
/// `links(for:)` then gives each member the other members' documents its interpretations name
/// and the other members' interpretations of its own documents, before the member is checked
/// and rendered.
///
/// A 索引号 is unique across the group (`group.index-no-duplicate`), so an interpretation
/// names another member's policy simply by that policy's 索引号; one found in the
/// interpretation's own member is linked there as before. Where two members use one 索引号
/// (an error), the earlier member's document is the target.
///
/// A member's entries can be replaced (`set`) as members are built one after another, at the
/// cost of that member's documents only.
struct GroupInterpretationIndex {
    /// Per 索引号, the members' documents with it, in member order (one per member: its first).
    private var documents: [String: [(member: Int, entry: CrossMemberLinks.Entry)]] = [:]
    /// Per member, its entries as last set.
    private var members: [Int: MemberIndexEntries] = [:]

    /// Member number `index` (group.json order), resolved without the others.
    mutating func add(_ index: Int, member: GroupMember, site: Site) {
        set(index, MemberIndexEntries(member: member, site: site))
    }

    /// Member number `index`'s entries, replacing any it had; nil removes them.
    mutating func set(_ index: Int, _ entries: MemberIndexEntries?) {
        if let old = members[index] {
            for entry in old.documents {
                documents[entry.indexNumber]?.removeAll { $0.member == index }
                if documents[entry.indexNumber]?.isEmpty == true { documents[entry.indexNumber] = nil }
            }
        }
        members[index] = entries
        for entry in entries?.documents ?? [] {
            var list = documents[entry.indexNumber] ?? []
            guard !list.contains(where: { $0.member == index }) else { continue }
            list.insert((index, entry), at: list.firstIndex { $0.member > index } ?? list.endIndex)
            documents[entry.indexNumber] = list
        }
    }

    /// What member number `index` needs of the others.
    func links(for index: Int) -> CrossMemberLinks {
        var links = CrossMemberLinks()
        for member in members.keys.sorted() {
            for interpretation in members[member]?.interpretations ?? [] {
                for number in interpretation.numbers {
                    guard let target = documents[number]?.first, target.member != member else { continue }
                    if member == index { links.documents[number] = target.entry }
                    if target.member == index { links.interpretations[number, default: []].append(interpretation.entry) }
                }
            }
        }
        return links
    }
}
