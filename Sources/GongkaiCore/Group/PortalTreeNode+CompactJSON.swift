/// A catalog node of a member, in its part summary (`PortalMember.tree`), in `Codable`'s shape.
extension PortalTreeNode: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.children, children)
        json.field(CodingKeys.count, count)
        json.field(CodingKeys.href, href)
        json.field(CodingKeys.title, title)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        children = try json.field(CodingKeys.children)
        count = try json.field(CodingKeys.count)
        href = try json.field(CodingKeys.href)
        title = try json.field(CodingKeys.title)
        try json.endObject()
    }
}
