/// A problem found in the site's input, with the position an editor can jump to.
///
/// Diagnostics are values: every stage returns them instead of printing or throwing,
/// so `build`, `check` and the tests all see the same list. Every `id` is listed, with its
/// severity, Chinese title and explanation, in ``DiagnosticRegistry``.
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

    /// Path relative to the site folder, with `/` separators; nil for a problem that is in no
    /// file of the site (the output folder could not be written, say).
    public var file: String?
    /// Where in `file` the problem is: its first character, and its end where a fix would
    /// replace a known stretch of text. Nil when `file` is nil.
    public var range: SourceRange?
    public var severity: Severity
    /// A stable identifier such as `index-no.duplicate`, for CI systems.
    public var id: String
    public var message: String
    public var hint: String?

    /// Its keys in JSON, for `Codable` and a group part's hand-written summary (`Diagnostic+CompactJSON`).
    enum CodingKeys: String, CodingKey {
        case file, hint, id, message, range, severity
    }

    /// 1-based line of the start, 0 when the diagnostic has no location.
    public var line: Int { range?.start.line ?? 0 }
    /// 1-based column (in characters) of the start, 0 when the diagnostic has no location.
    public var column: Int { range?.start.column ?? 0 }

    public init(file: String, line: Int = 1, column: Int = 1, end: SourcePoint? = nil, severity: Severity, id: String, message: String, hint: String? = nil) {
        let start = SourcePoint(line: max(line, 1), column: max(column, 1))
        self.file = file
        self.range = SourceRange(start: start, end: end.map { max($0, start) } ?? start)
        self.severity = severity
        self.id = id
        self.message = message
        self.hint = hint
    }

    /// A diagnostic about no file of the site: output and I/O failures.
    public init(unlocated severity: Severity, id: String, message: String, hint: String? = nil) {
        self.file = nil
        self.range = nil
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

    /// An error in no file of the site.
    public static func error(_ id: String, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(unlocated: .error, id: id, message: message, hint: hint)
    }

    /// `path:line:col: 错误: message` (`gongkai: 错误: message` without a location), followed
    /// by an indented hint line when there is one.
    public var formatted: String {
        var text = file.map { "\($0):\(line):\(column): " } ?? "gongkai: "
        text += "\(severity.label): \(message)"
        if let hint { text += "\n    提示: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file (diagnostics without one first), line, column, then id, so output
    /// never depends on discovery order.
    public func sortedForReport() -> [Diagnostic] {
        sorted { a, b in
            if a.file != b.file { return (a.file ?? "") < (b.file ?? "") || a.file == nil }
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
