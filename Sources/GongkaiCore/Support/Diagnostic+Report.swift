import Foundation

extension Array where Element == Diagnostic {
    /// `gongkai check`'s text report: one compiler-style line per diagnostic (with its hint
    /// indented below), in the order given, then a count line.
    public func textReport(documentCount: Int) -> String {
        var lines = map(\.formatted)
        lines.append("检查完成：\(documentCount) 篇文档，\(errorCount) 个错误，\(warningCount) 个警告")
        return lines.joined(separator: "\n")
    }

    /// `gongkai check --format json`: an array of `{file, line, column, endLine, endColumn,
    /// severity, id, message, hint}` objects, every key always present, keys sorted. `hint` is
    /// null when there is none; the five position keys are null for a diagnostic in no file,
    /// and `endLine`/`endColumn` equal `line`/`column` when only the place is known.
    public func jsonReport() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(map(JSONDiagnostic.init))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// One diagnostic in the JSON report, with a null `hint` written out.
private struct JSONDiagnostic: Encodable {
    let diagnostic: Diagnostic

    enum CodingKeys: String, CodingKey {
        case file, line, column, endLine, endColumn, severity, id, message, hint
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostic.file, forKey: .file)
        try container.encode(diagnostic.range?.start.line, forKey: .line)
        try container.encode(diagnostic.range?.start.column, forKey: .column)
        try container.encode(diagnostic.range?.end.line, forKey: .endLine)
        try container.encode(diagnostic.range?.end.column, forKey: .endColumn)
        try container.encode(diagnostic.severity.rawValue, forKey: .severity)
        try container.encode(diagnostic.id, forKey: .id)
        try container.encode(diagnostic.message, forKey: .message)
        try container.encode(diagnostic.hint, forKey: .hint)
    }
}
