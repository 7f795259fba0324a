/// A member's facts in its part summary (`MemberPart.facts`), in `Codable`'s shape.
extension GroupMemberFacts: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.agencyCode, agencyCode)
        json.field(CodingKeys.agencyCodePosition, agencyCodePosition)
        json.field(CodingKeys.member, member)
        json.field(CodingKeys.numbers, numbers)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        agencyCode = try json.field(CodingKeys.agencyCode)
        agencyCodePosition = try json.field(CodingKeys.agencyCodePosition)
        member = try json.field(CodingKeys.member)
        numbers = try json.field(CodingKeys.numbers)
        try json.endObject()
    }
}

extension GroupMemberFacts.Number: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.number, number)
        json.field(CodingKeys.position, position)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        number = try json.field(CodingKeys.number)
        position = try json.field(CodingKeys.position)
        try json.endObject()
    }
}
