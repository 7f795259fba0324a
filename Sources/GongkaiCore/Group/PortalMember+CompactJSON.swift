/// The portal's half of a member's part summary (`MemberPart.portal`), in `Codable`'s shape.
extension PortalMember: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.documentCount, documentCount)
        json.field(CodingKeys.index, index)
        json.field(CodingKeys.latest, latest)
        json.field(CodingKeys.latestInterpretations, latestInterpretations)
        json.field(CodingKeys.member, member)
        json.field(CodingKeys.newest, newest)
        json.field(CodingKeys.search, search)
        json.field(CodingKeys.searchFilters, searchFilters)
        json.field(CodingKeys.sitemaps, sitemaps)
        json.field(CodingKeys.tree, tree)
        json.field(CodingKeys.urls, urls)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        documentCount = try json.field(CodingKeys.documentCount)
        index = try json.field(CodingKeys.index)
        latest = try json.field(CodingKeys.latest)
        latestInterpretations = try json.field(CodingKeys.latestInterpretations)
        member = try json.field(CodingKeys.member)
        newest = try json.field(CodingKeys.newest)
        search = try json.field(CodingKeys.search)
        searchFilters = try json.field(CodingKeys.searchFilters)
        sitemaps = try json.field(CodingKeys.sitemaps)
        tree = try json.field(CodingKeys.tree)
        urls = try json.field(CodingKeys.urls)
        try json.endObject()
    }
}
