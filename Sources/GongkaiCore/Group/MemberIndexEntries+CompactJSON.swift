/// A member's 索引号 entries in its part summary (`MemberPart.entries`), in `Codable`'s shape.
extension MemberIndexEntries: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.documents, documents)
        json.field(CodingKeys.interpretations, interpretations)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self.init()
        try json.beginObject()
        documents = try json.field(CodingKeys.documents)
        interpretations = try json.field(CodingKeys.interpretations)
        try json.endObject()
    }
}

extension MemberIndexEntries.Interpretation: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.entry, entry)
        json.field(CodingKeys.numbers, numbers)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        entry = try json.field(CodingKeys.entry)
        numbers = try json.field(CodingKeys.numbers)
        try json.endObject()
    }
}
