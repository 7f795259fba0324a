/// What the checks across members need of one member: its 机构代码 and its 索引号, each with
/// its position named from the group folder.
struct GroupMemberFacts: Sendable, Codable, Equatable {
    struct Number: Sendable, Codable, Equatable {
        var number: String
        var position: SourcePosition

        enum CodingKeys: String, CodingKey {
            case number, position
        }
    }

    var member: GroupMember
    /// site.json `agency.code`, the `{code}` of the member's 索引号.
    var agencyCode: String
    var agencyCodePosition: SourcePosition
    /// The first document with each 索引号, in the member's own order.
    var numbers: [Number]

    enum CodingKeys: String, CodingKey {
        case agencyCode, agencyCodePosition, member, numbers
    }

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
