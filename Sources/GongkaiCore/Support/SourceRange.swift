/// A 1-based line and column (in characters) inside a file.
public struct SourcePoint: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    enum CodingKeys: String, CodingKey {
        case column, line
    }

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePoint, b: SourcePoint) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The stretch of a file a diagnostic is about: from `start` up to, not including, `end`.
/// `end == start` when only the place is known, not the length.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: SourcePoint
    public var end: SourcePoint

    enum CodingKeys: String, CodingKey {
        case end, start
    }

    public init(start: SourcePoint, end: SourcePoint) {
        self.start = start
        self.end = end
    }
}
