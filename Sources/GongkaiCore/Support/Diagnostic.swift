/// A problem found in the site's input, with the position an editor can jump to.
///
/// Diagnostics are values: every stage returns them instead of printing or throwing,
/// so `build`, `check` and the tests all see the same list.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case warning
        case error

        /// The Chinese label printed in compiler-style lines.
        public var label: String { self == .error ? "错误" : "警告" }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Path relative to the site folder, with `/` separators.
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// A stable identifier such as `index-no.duplicate`, for CI systems.
    public var id: String
    public var message: String
    public var hint: String?

    public init(file: String, line: Int = 1, column: Int = 1, severity: Severity, id: String, message: String, hint: String? = nil) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.severity = severity
        self.id = id
        self.message = message
        self.hint = hint
    }

    public static func error(_ id: String, _ message: String, at position: SourcePosition, hint: String? = nil) -> Diagnostic {
        Diagnostic(file: position.file, line: position.line, column: position.column, severity: .error, id: id, message: message, hint: hint)
    }

    public static func warning(_ id: String, _ message: String, at position: SourcePosition, hint: String? = nil) -> Diagnostic {
        Diagnostic(file: position.file, line: position.line, column: position.column, severity: .warning, id: id, message: message, hint: hint)
    }

    /// `path:line:col: 错误: message`, followed by an indented hint line when there is one.
    public var formatted: String {
        var text = "\(file):\(line):\(column): \(severity.label): \(message)"
        if let hint { text += "\n    提示: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then id, so output never depends on discovery order.
    public func sortedForReport() -> [Diagnostic] {
        sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            if a.id != b.id { return a.id < b.id }
            return a.message < b.message
        }
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
