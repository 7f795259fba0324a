/// A base URL is written as its text (`https://host/xxgk/mzj/`), e.g. in a group member's
/// part summary (README “站群”), and read back through `init?(baseURL:)`.
extension URLBuilder: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let urls = URLBuilder(baseURL: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a base URL: \(text)")
        }
        self = urls
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(origin + basePath)
    }
}

/// The same by hand, for a group member's part summary (`PortalMember.urls`).
extension URLBuilder: CompactJSONCodable {
    func write(to json: inout CompactJSONWriter) {
        json.string(origin + basePath)
    }

    init(reading json: inout CompactJSONReader) throws(CompactJSONReader.Failure) {
        guard let urls = URLBuilder(baseURL: try json.string()) else { throw json.invalid() }
        self = urls
    }
}
