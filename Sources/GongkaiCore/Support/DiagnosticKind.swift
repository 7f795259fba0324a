/// One kind of diagnostic: its stable id, its severity (before `--strict`), and what an
/// editor reads about it in the README's 检查项目 table.
public struct DiagnosticKind: Sendable, Hashable {
    public var id: String
    public var severity: Diagnostic.Severity
    /// A short Chinese name for the problem.
    public var title: String
    /// One line: what the problem is and how to fix it.
    public var explanation: String

    public init(_ id: String, _ severity: Diagnostic.Severity, _ title: String, _ explanation: String) {
        self.id = id
        self.severity = severity
        self.title = title
        self.explanation = explanation
    }
}
