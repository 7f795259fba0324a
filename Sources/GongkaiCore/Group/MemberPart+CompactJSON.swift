/// The part summary by hand: compact JSON in `Codable`'s shape (what `JSONDecoder` reads the
/// same), keys sorted, written and read without `JSONEncoder`/`JSONDecoder`. A summary of a
/// 2,000-document member is about 1 MB; `JSONEncoder` wrote it serially between members and
/// `JSONDecoder` read it back on every rebuild and in `--assemble` (bench/PERFORMANCE.md,
/// “The group's internal files”).
extension MemberPart: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.diagnostics, diagnostics)
        json.field(CodingKeys.documentCount, documentCount)
        json.field(CodingKeys.entries, entries)
        json.field(CodingKeys.facts, facts)
        json.field(CodingKeys.failed, failed)
        json.field(CodingKeys.filesWritten, filesWritten)
        json.field(CodingKeys.format, format)
        json.field(CodingKeys.id, id)
        json.field(CodingKeys.index, index)
        json.field(CodingKeys.inputs, inputs)
        json.field(CodingKeys.links, links)
        json.field(CodingKeys.pagesWritten, pagesWritten)
        json.field(CodingKeys.portal, portal)
        json.field(CodingKeys.stamp, stamp)
        json.field(CodingKeys.today, today)
        json.field(CodingKeys.version, version)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        diagnostics = try json.field(CodingKeys.diagnostics)
        documentCount = try json.field(CodingKeys.documentCount)
        entries = try json.field(CodingKeys.entries)
        facts = try json.field(CodingKeys.facts)
        failed = try json.field(CodingKeys.failed)
        filesWritten = try json.field(CodingKeys.filesWritten)
        format = try json.field(CodingKeys.format)
        id = try json.field(CodingKeys.id)
        index = try json.field(CodingKeys.index)
        inputs = try json.field(CodingKeys.inputs)
        links = try json.field(CodingKeys.links)
        pagesWritten = try json.field(CodingKeys.pagesWritten)
        portal = try json.field(CodingKeys.portal)
        stamp = try json.field(CodingKeys.stamp)
        today = try json.field(CodingKeys.today)
        version = try json.field(CodingKeys.version)
        try json.endObject()
    }
}
