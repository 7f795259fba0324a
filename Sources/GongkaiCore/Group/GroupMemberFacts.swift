/// What the checks across members need of one member: its 机构代码 and its 索引号, each with
/// its position named from the group folder.
struct GroupMemberFacts: Sendable, Codable {
    struct Number: Sendable, Codable {
        var number: String
        var position: SourcePosition
    }

    let member: GroupMember
    /// site.json `agency.code`, the `{code}` of the member's 索引号.
    let agencyCode: String
    let agencyCodePosition: SourcePosition
    /// The first document with each 索引号, in the member's own order.
    let numbers: [Number]

    init(member: GroupMember, site: Site) {
        self.member = member
        agencyCode = site.config.agency.code
        let prefix = member.filePrefix
        var position = site.config.valuePositions["agency.code"] ?? SourcePosition(file: SiteConfigLoader.file)
        position.file = prefix + position.file
        agencyCodePosition = position
        var seen: Set<String> = []
        var numbers: [Number] = []
        for d in site.documents {
            guard let number = d.indexNumber, !number.isEmpty, seen.insert(number).inserted else { continue }
            var at = d.position(of: .indexNo)
            at.file = prefix + at.file
            numbers.append(Number(number: number, position: at))
        }
        self.numbers = numbers
    }
}
