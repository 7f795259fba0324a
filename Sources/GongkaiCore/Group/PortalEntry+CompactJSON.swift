/// A document the portal lists, in a member's part summary (`PortalMember`), in `Codable`'s shape.
extension PortalEntry: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.absoluteURL, absoluteURL)
        json.field(CodingKeys.documentIndex, documentIndex)
        json.field(CodingKeys.href, href)
        json.field(CodingKeys.interpretationForm, interpretationForm)
        json.field(CodingKeys.memberIndex, memberIndex)
        json.field(CodingKeys.published, published)
        json.field(CodingKeys.publisher, publisher)
        json.field(CodingKeys.summary, summary)
        json.field(CodingKeys.title, title)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        absoluteURL = try json.field(CodingKeys.absoluteURL)
        documentIndex = try json.field(CodingKeys.documentIndex)
        href = try json.field(CodingKeys.href)
        interpretationForm = try json.field(CodingKeys.interpretationForm)
        memberIndex = try json.field(CodingKeys.memberIndex)
        published = try json.field(CodingKeys.published)
        publisher = try json.field(CodingKeys.publisher)
        summary = try json.field(CodingKeys.summary)
        title = try json.field(CodingKeys.title)
        try json.endObject()
    }
}
