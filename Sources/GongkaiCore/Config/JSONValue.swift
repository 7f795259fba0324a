/// A JSON value that remembers where it stood in its file, so site.json problems
/// can be reported at the right line and column.
public indirect enum JSONValue: Sendable, Hashable {
    case object([Member], SourcePosition)
    case array([JSONValue], SourcePosition)
    case string(String, SourcePosition)
    case number(Double, String, SourcePosition)
    case bool(Bool, SourcePosition)
    case null(SourcePosition)

    /// One `"key": value` pair of an object, with the key's own position.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: JSONValue
    }

    public var position: SourcePosition {
        switch self {
        case .object(_, let p), .array(_, let p), .string(_, let p), .number(_, _, let p), .bool(_, let p), .null(let p):
            return p
        }
    }

    /// The Chinese name of the value's type, for diagnostics.
    public var typeName: String {
        switch self {
        case .object: return "对象"
        case .array: return "列表"
        case .string: return "字符串"
        case .number: return "数字"
        case .bool: return "布尔值"
        case .null: return "null"
        }
    }
}
