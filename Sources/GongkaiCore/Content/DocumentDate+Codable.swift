/// A date is written as its day and its minutes after midnight (when a time was given), e.g. in
/// a group member's part summary (README “站群”).
extension DocumentDate: Codable {
    enum CodingKeys: String, CodingKey {
        case day, minutes
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(day: try container.decode(Day.self, forKey: .day), minutes: try container.decodeIfPresent(Int.self, forKey: .minutes))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(day, forKey: .day)
        try container.encodeIfPresent(minutes, forKey: .minutes)
    }
}

/// The same shape by hand, for a group member's part summary (`PortalEntry.published`).
extension DocumentDate: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.beginObject()
        json.field(CodingKeys.day, day)
        json.field(CodingKeys.minutes, minutes)
        json.endObject()
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        try json.beginObject()
        let day: Day = try json.field(CodingKeys.day)
        let minutes: Int? = try json.field(CodingKeys.minutes)
        try json.endObject()
        self.init(day: day, minutes: minutes)
    }
}
