/// The checks only a group can make, across its members (README “站群”): a 机构代码 used by two
/// members, and a 索引号 issued by two members. Each error stands in the later member's file
/// (group.json order) and names the earlier member.
struct GroupChecker {
    func check(_ members: [GroupMemberFacts]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var codes: [String: GroupMember] = [:]
        var numbers: [String: (member: GroupMember, position: SourcePosition)] = [:]
        for facts in members {
            let member = facts.member
            if !facts.agencyCode.isEmpty {
                if let first = codes[facts.agencyCode] {
                    diagnostics.append(.error("group.agency-code", "成员“\(member.title)”（\(member.id)）的机构代码 \"\(facts.agencyCode)\" 与成员“\(first.title)”（\(first.id)）相同",
                                              at: facts.agencyCodePosition, hint: "机构代码是索引号的前缀，每个机构不同；改正 site.json 的 agency.code"))
                } else {
                    codes[facts.agencyCode] = member
                }
            }
            for entry in facts.numbers {
                if let first = numbers[entry.number] {
                    diagnostics.append(.error("group.index-no-duplicate",
                                              "索引号 \"\(entry.number)\" 在成员“\(member.title)”（\(member.id)）与成员“\(first.member.title)”（\(first.member.id)）中都已使用：\(first.position.file):\(first.position.line)",
                                              at: entry.position, hint: "索引号在整个站群中必须唯一；检查机构代码（agency.code）或改正索引号"))
                } else {
                    numbers[entry.number] = (member, entry.position)
                }
            }
        }
        return diagnostics
    }
}
