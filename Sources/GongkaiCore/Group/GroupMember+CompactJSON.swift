/// A member as its part summary (`MemberPart`) holds it, in `Codable`'s shape.
extension GroupMember: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.id, id)
        json.field(CodingKeys.idPosition, idPosition)
        json.field(CodingKeys.kind, kind.rawValue)
        json.field(CodingKeys.path, path)
        json.field(CodingKeys.pathPosition, pathPosition)
        json.field(CodingKeys.position, position)
        json.field(CodingKeys.title, title)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        id = try json.field(CodingKeys.id)
        idPosition = try json.field(CodingKeys.idPosition)
        try json.key(CodingKeys.kind)
        kind = try json.rawValue()
        path = try json.field(CodingKeys.path)
        pathPosition = try json.field(CodingKeys.pathPosition)
        position = try json.field(CodingKeys.position)
        title = try json.field(CodingKeys.title)
        try json.endObject()
    }
}
