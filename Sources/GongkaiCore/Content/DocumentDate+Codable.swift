/// A date is written as its day and its minutes after midnight (when a time was given), e.g. in
/// a group member's part summary (README “站群”).
extension DocumentDate: Codable {
    private enum CodingKeys: String, CodingKey {
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
