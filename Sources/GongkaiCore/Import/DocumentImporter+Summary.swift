extension DocumentImporter.Report {
    /// What `gongkai import` prints on standard output: a line per file with what became of
    /// it, indented lines with what was found and not found, and the totals.
    public func summary(dryRun: Bool) -> String {
        var lines: [String] = []
        var written = 0
        var duplicates = 0
        var failed = 0
        for outcome in outcomes {
            switch outcome.result {
            case .written(let path, let number, let kept):
                written += 1
                lines.append("\(outcome.source) → \(path)（索引号 \(number)\(kept ? "，沿用原网站" : "")）")
            case .wouldWrite(let kept):
                written += 1
                lines.append("\(outcome.source) → 将导入" + (kept.map { "，沿用原网站的索引号 \($0)" } ?? "，分配新的索引号"))
            case .duplicate(let path, let reason):
                duplicates += 1
                lines.append("\(outcome.source) → 跳过：与 \(path) 重复（\(reason)）")
            case .failed:
                failed += 1
                lines.append("\(outcome.source) → 没有导入（原因见下方错误）")
            }
            for item in outcome.found { lines.append("    找到 \(item)") }
            for item in outcome.missing { lines.append("    没找到 \(item)") }
            for file in outcome.files { lines.append("    附带文件 \(file)") }
        }
        let verb = dryRun ? "将导入" : "导入"
        var total = "\(verb) \(written) 个文件"
        if duplicates > 0 { total += "，跳过重复 \(duplicates) 个" }
        if failed > 0 { total += "，\(failed) 个无法导入" }
        if dryRun { total += "（--dry-run：没有写入任何文件）" }
        let problems = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - problems
        if !dryRun, written > 0 {
            total += problems + warnings == 0 ? "；已按 gongkai check 检查，没有发现问题" : "；已按 gongkai check 检查：\(problems) 个错误，\(warnings) 个警告（见下方）"
        }
        lines.append(total)
        return lines.joined(separator: "\n")
    }
}
