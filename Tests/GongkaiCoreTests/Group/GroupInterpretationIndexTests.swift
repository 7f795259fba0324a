import Testing
@testable import GongkaiCore

/// `GroupInterpretationIndex.links(for:)`, which reads only the member's own entries, against
/// the definition it replaced: every member's interpretations gone over for each question.
@Suite("the group's index of interpretations across members")
struct GroupInterpretationIndexTests {
    /// The definition: for every member in order, every interpretation and every 索引号 it
    /// names, linked to the first member holding a document with that 索引号 when that is
    /// another member.
    static func referenceLinks(_ members: [Int: MemberIndexEntries], for index: Int) -> CrossMemberLinks {
        var first: [String: (member: Int, entry: CrossMemberLinks.Entry)] = [:]
        for member in members.keys.sorted() {
            for entry in members[member]!.documents where first[entry.indexNumber] == nil { first[entry.indexNumber] = (member, entry) }
        }
        var links = CrossMemberLinks()
        for member in members.keys.sorted() {
            for interpretation in members[member]!.interpretations {
                for number in interpretation.numbers {
                    guard let target = first[number], target.member != member else { continue }
                    if member == index { links.documents[number] = target.entry }
                    if target.member == index { links.interpretations[number, default: []].append(interpretation.entry) }
                }
            }
        }
        return links
    }

    /// A member's entries drawn from a small pool of 索引号, so that numbers are shared, named
    /// twice, named by several members and held by several members (an error the index still
    /// answers: the earlier member's document).
    static func entries(of member: Int, _ random: inout SeededGenerator) -> MemberIndexEntries {
        var entries = MemberIndexEntries()
        let pool = 12
        for k in 0..<Int.random(in: 0...5, using: &random) {
            let number = "N\(Int.random(in: 0..<pool, using: &random))"
            let entry = CrossMemberLinks.Entry(memberID: "m\(member)", memberTitle: "成员\(member)", title: "文件\(member)-\(k)",
                                               href: "/m\(member)/\(k).html", published: Day(year: 2025, month: 1, day: 1 + k)!,
                                               docNumber: nil, indexNumber: number, interpretationForm: nil)
            entries.documents.append(entry)
            if Bool.random(using: &random) {
                let named = (0..<Int.random(in: 1...3, using: &random)).map { _ in "N\(Int.random(in: 0..<pool, using: &random))" }
                entries.interpretations.append(.init(entry: entry, numbers: named))
            }
        }
        return entries
    }

    @Test("every member's links are the definition's after any sequence of members set, replaced and removed")
    func linksFollowTheDefinition() {
        var random = SeededGenerator(state: 20261207)
        for _ in 0..<60 {
            var index = GroupInterpretationIndex()
            var members: [Int: MemberIndexEntries] = [:]
            for _ in 0..<Int.random(in: 1...14, using: &random) {
                let member = Int.random(in: 0..<6, using: &random)
                let entries: MemberIndexEntries? = Int.random(in: 0..<5, using: &random) == 0 ? nil : Self.entries(of: member, &random)
                index.set(member, entries)
                members[member] = entries
                for asked in 0..<6 {
                    #expect(index.links(for: asked) == Self.referenceLinks(members, for: asked))
                }
            }
        }
    }

    @Test("a document interpreted by two other members lists both interpretations in member order")
    func interpretationsComeInMemberOrder() {
        var policy = MemberIndexEntries()
        policy.documents = [CrossMemberLinks.Entry(memberID: "m0", memberTitle: "县政府", title: "办法", href: "/m0/p.html",
                                                   published: Day(year: 2025, month: 6, day: 20)!, docNumber: nil, indexNumber: "P", interpretationForm: nil)]
        func explaining(_ member: Int) -> MemberIndexEntries {
            var entries = MemberIndexEntries()
            let entry = CrossMemberLinks.Entry(memberID: "m\(member)", memberTitle: "部门\(member)", title: "解读\(member)", href: "/m\(member)/j.html",
                                               published: Day(year: 2025, month: 6, day: 23)!, docNumber: nil, indexNumber: "J\(member)", interpretationForm: "政策问答")
            entries.documents = [entry]
            entries.interpretations = [.init(entry: entry, numbers: ["P"])]
            return entries
        }
        var index = GroupInterpretationIndex()
        index.set(2, explaining(2))
        index.set(1, explaining(1))
        index.set(0, policy)
        #expect(index.links(for: 0).interpretations["P"]?.map(\.title) == ["解读1", "解读2"])
        #expect(index.links(for: 2).documents["P"]?.title == "办法")
        index.set(1, nil)
        #expect(index.links(for: 0).interpretations["P"]?.map(\.title) == ["解读2"])
    }
}
