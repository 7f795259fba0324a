/// A day in the group's internal files, as `Codable` writes it (`{"day":19,"month":3,"year":2024}`).
extension Day: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.day, day)
        json.field(CodingKeys.month, month)
        json.field(CodingKeys.year, year)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        let d: Int = try json.field(CodingKeys.day)
        let m: Int = try json.field(CodingKeys.month)
        let y: Int = try json.field(CodingKeys.year)
        guard let value = Day(year: y, month: m, day: d) else { throw json.invalid() }
        try json.endObject()
        self = value
    }
}
