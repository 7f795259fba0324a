import Foundation

extension Array where Element == Diagnostic {
    /// `gongkai check`'s text report: one compiler-style line per diagnostic (with its hint
    /// indented below), in the order given — or, with `limitPerID`, ``condensedLines(limitPerID:)`` —
    /// then a count line.
    public func textReport(documentCount: Int, limitPerID: Int? = nil) -> String {
        var lines = limitPerID.map { condensedLines(limitPerID: $0) } ?? map(\.formatted)
        lines.append("检查完成：\(documentCount) 篇文档，\(errorCount) 个错误，\(warningCount) 个警告")
        return lines.joined(separator: "\n")
    }

    /// `gongkai check --format json`: an array of `{file, line, column, endLine, endColumn,
    /// severity, id, message, hint}` objects, every key always present, keys sorted. `hint` is
    /// null when there is none; the five position keys are null for a diagnostic in no file,
    /// and `endLine`/`endColumn` equal `line`/`column` when only the place is known.
    public func jsonReport() -> String {
        SortedJSON.string(map(JSONDiagnostic.init), fallback: "[]")
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

extension Array where Element == Diagnostic {
    /// The compiler-style lines for a person at a terminal: the first `limit` diagnostics of
    /// each id in the order given, then one line per id that had more, saying how many were
    /// left out, in which files first, and how to list them all. A site whose documents all
    /// carry another agency's 索引号 code would otherwise print ten thousand lines.
    public func condensedLines(limitPerID limit: Int) -> [String] {
        var shown: [String: Int] = [:]
        var left: [String: (count: Int, files: [String], severity: Diagnostic.Severity)] = [:]
        var order: [String] = []
        var lines: [String] = []
        for diagnostic in self {
            let count = shown[diagnostic.id, default: 0]
            if count < limit {
                shown[diagnostic.id] = count + 1
                lines.append(diagnostic.formatted)
                continue
            }
            if left[diagnostic.id] == nil {
                order.append(diagnostic.id)
                left[diagnostic.id] = (0, [], diagnostic.severity)
            }
            left[diagnostic.id]!.count += 1
            if let file = diagnostic.file, left[diagnostic.id]!.files.count < 3, !left[diagnostic.id]!.files.contains(file) {
                left[diagnostic.id]!.files.append(file)
            }
        }
        for id in order {
            let (count, files, severity) = left[id]!
            let title = DiagnosticRegistry.kind(id).map { "“\($0.title)”" } ?? ""
            let firstFiles = files.isEmpty ? "" : "，先是 " + files.joined(separator: "、") + (count > files.count ? " 等" : "")
            lines.append("gongkai: 另有 \(count) 条\(title)（\(id)）\(severity.label)没有逐条显示\(firstFiles)；gongkai check --format json 列出全部")
        }
        return lines
    }
}
