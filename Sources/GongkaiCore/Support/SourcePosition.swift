/// A 1-based line and column in a file relative to the site folder.
public struct SourcePosition: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    enum CodingKeys: String, CodingKey {
        case column, file, line
    }

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
}
