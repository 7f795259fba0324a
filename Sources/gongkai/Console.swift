import Foundation
import GongkaiCore

/// Printing for the CLI: diagnostics to standard error, the summary to standard output.
enum Console {
    /// How many diagnostics of one id a person at a terminal is shown before the rest are
    /// summed up in one line; a file or a pipe gets every line.
    static let linesPerIDOnTerminal = 5

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let lines = isatty(STDERR_FILENO) == 1
            ? diagnostics.condensedLines(limitPerID: linesPerIDOnTerminal)
            : diagnostics.map(\.formatted)
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func printSummary(_ report: BuildReport, output: URL, elapsed: TimeInterval) {
        var lines: [String] = []
        if report.succeeded && report.wroteOutput {
            lines.append("构建完成：\(report.documentCount) 篇文档，写出 \(report.pagesWritten) 个页面（共 \(report.filesWritten) 个文件），用时 \(String(format: "%.2f", elapsed)) 秒")
        } else {
            lines.append("构建失败：\(report.diagnostics.errorCount) 个错误，原有输出未改动")
        }
        if !report.nodeCounts.isEmpty {
            lines.append("各栏目文档数：")
            for node in report.nodeCounts {
                let indent = String(repeating: "  ", count: node.depth + 1)
                lines.append("\(indent)\(node.title)（\(node.path)）：\(node.count)")
            }
        }
        func section(_ title: String, _ items: [BuildReport.Named]) {
            guard !items.isEmpty else { return }
            lines.append("\(title)（\(items.count)）：")
            for item in items { lines.append("  \(item.path) 《\(item.title)》 \(item.detail)") }
        }
        section("未发布的草稿（加 --drafts 可预览）", report.drafts)
        section("未到发布日期、未发布的文档（加 --future 可预览）", report.futureDocuments)
        section("有效性由有效期或新文件得出的文档（失效、废止、修订）", report.expiredDocuments)
        section("依“公开理由”公开个人信息的文档", report.privacyExempt)
        section("公示期满已撤下的公示（原网址只留期满说明）", report.withdrawn)
        if report.membersBuilt + report.membersReused > 0 {
            lines.append("站群成员：构建 \(report.membersBuilt) 个，沿用已有构建结果 \(report.membersReused) 个")
        }
        let warnings = report.diagnostics.warningCount
        if warnings > 0 { lines.append("警告：\(warnings) 条（见上方）") }
        if report.wroteOutput { lines.append("输出文件夹：\(output.path)") }
        print(lines.joined(separator: "\n"))
    }
}
