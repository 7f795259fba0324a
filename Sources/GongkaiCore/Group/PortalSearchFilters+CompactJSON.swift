/// A member's search filter values, in its part summary (`PortalMember.searchFilters`), in `Codable`'s shape.
extension PortalSearchFilters: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.forms, forms)
        json.field(CodingKeys.nodes, nodes)
        json.field(CodingKeys.publishers, publishers)
        json.field(CodingKeys.statuses, statuses)
        json.field(CodingKeys.topics, topics)
        json.field(CodingKeys.years, years)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        self.init()
        try json.beginObject()
        forms = try json.field(CodingKeys.forms)
        nodes = try json.field(CodingKeys.nodes)
        publishers = try json.field(CodingKeys.publishers)
        statuses = try json.field(CodingKeys.statuses)
        topics = try json.field(CodingKeys.topics)
        years = try json.field(CodingKeys.years)
        try json.endObject()
    }
}

extension PortalSearchFilters.Node: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.depth, depth)
        json.field(CodingKeys.path, path)
        json.field(CodingKeys.title, title)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        depth = try json.field(CodingKeys.depth)
        path = try json.field(CodingKeys.path)
        title = try json.field(CodingKeys.title)
        try json.endObject()
    }
}
