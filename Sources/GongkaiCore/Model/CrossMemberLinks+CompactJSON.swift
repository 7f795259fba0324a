/// What a member took from the others, in its part summary (`MemberPart.links`), in `Codable`'s shape.
extension CrossMemberLinks: CompactJSONCodable {
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

extension CrossMemberLinks.Entry: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.docNumber, docNumber)
        json.field(CodingKeys.href, href)
        json.field(CodingKeys.indexNumber, indexNumber)
        json.field(CodingKeys.interpretationForm, interpretationForm)
        json.field(CodingKeys.memberID, memberID)
        json.field(CodingKeys.memberTitle, memberTitle)
        json.field(CodingKeys.published, published)
        json.field(CodingKeys.title, title)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        docNumber = try json.field(CodingKeys.docNumber)
        href = try json.field(CodingKeys.href)
        indexNumber = try json.field(CodingKeys.indexNumber)
        interpretationForm = try json.field(CodingKeys.interpretationForm)
        memberID = try json.field(CodingKeys.memberID)
        memberTitle = try json.field(CodingKeys.memberTitle)
        published = try json.field(CodingKeys.published)
        title = try json.field(CodingKeys.title)
        try json.endObject()
    }
}
