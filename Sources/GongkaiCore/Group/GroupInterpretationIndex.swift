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
/// cost of that member's entries only; `links(for:)` costs the member's own entries, not the
/// group's (it is asked for each member two or three times while the others render: going
/// over every member's interpretations each time took 2 % of a 50-member group's CPU).
struct GroupInterpretationIndex {
    /// Per 索引号, the members' documents with it, in member order (one per member: its first).
    private var documents: [String: [(member: Int, entry: CrossMemberLinks.Entry)]] = [:]
    /// Per 索引号, the interpretations naming it, in member order, then each member's
    /// interpretations in order (one per time an interpretation names it).
    private var interpreters: [String: [(member: Int, entry: CrossMemberLinks.Entry)]] = [:]
    /// Per member, its entries as last set.
    private var members: [Int: MemberIndexEntries] = [:]

    /// Member number `index` (group.json order), resolved without the others.
    mutating func add(_ index: Int, member: GroupMember, site: Site) {
        set(index, MemberIndexEntries(member: member, site: site))
    }

    /// Member number `index`'s entries, replacing any it had; nil removes them.
    mutating func set(_ index: Int, _ entries: MemberIndexEntries?) {
        if let old = members[index] {
            for entry in old.documents { Self.remove(index, at: entry.indexNumber, from: &documents) }
            for interpretation in old.interpretations {
                for number in interpretation.numbers { Self.remove(index, at: number, from: &interpreters) }
            }
        }
        members[index] = entries
        for entry in entries?.documents ?? [] where !(documents[entry.indexNumber]?.contains { $0.member == index } ?? false) {
            Self.insert([(index, entry)], at: entry.indexNumber, into: &documents)
        }
        var named: [String: [(member: Int, entry: CrossMemberLinks.Entry)]] = [:]
        for interpretation in entries?.interpretations ?? [] {
            for number in interpretation.numbers { named[number, default: []].append((index, interpretation.entry)) }
        }
        for (number, list) in named { Self.insert(list, at: number, into: &interpreters) }
    }

    /// What member number `index` needs of the others: the documents its interpretations name
    /// in other members (the first member with that 索引号), and the other members'
    /// interpretations of its documents (where it is that first member).
    func links(for index: Int) -> CrossMemberLinks {
        var links = CrossMemberLinks()
        guard let own = members[index] else { return links }
        for interpretation in own.interpretations {
            for number in interpretation.numbers {
                guard let target = documents[number]?.first, target.member != index else { continue }
                links.documents[number] = target.entry
            }
        }
        for entry in own.documents where links.interpretations[entry.indexNumber] == nil {
            let number = entry.indexNumber
            guard documents[number]?.first?.member == index, let named = interpreters[number] else { continue }
            let others = named.filter { $0.member != index }.map(\.entry)
            if !others.isEmpty { links.interpretations[number] = others }
        }
        return links
    }

    /// `list` (all of one member) into the list at `key`, before the first entry of a later member.
    private static func insert(_ list: [(member: Int, entry: CrossMemberLinks.Entry)], at key: String,
                               into table: inout [String: [(member: Int, entry: CrossMemberLinks.Entry)]]) {
        let member = list[0].member
        var current = table.removeValue(forKey: key) ?? []
        current.insert(contentsOf: list, at: current.firstIndex { $0.member > member } ?? current.endIndex)
        table[key] = current
    }

    /// Member `member`'s entries out of the list at `key`, and the key when nothing is left.
    private static func remove(_ member: Int, at key: String, from table: inout [String: [(member: Int, entry: CrossMemberLinks.Entry)]]) {
        table[key]?.removeAll { $0.member == member }
        if table[key]?.isEmpty == true { table[key] = nil }
    }
}
