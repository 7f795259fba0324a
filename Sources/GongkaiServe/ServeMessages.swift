import Foundation
import GongkaiCore

/// What `gongkai serve` prints after each build, kept here so it is tested with the server.
public enum ServeMessages {
    /// The diagnostics to print: after a failed build only the errors, which are what the
    /// editor has to fix now; after a good one the warnings not in `shownBefore` (the last
    /// good build's), so a save prints what it changed rather than every warning again.
    /// `gongkai check` lists them all.
    public static func diagnostics(of report: BuildReport, shownBefore: Set<Diagnostic> = []) -> [Diagnostic] {
        guard succeeded(report) else { return report.diagnostics.filter { $0.severity == .error } }
        return report.diagnostics.filter { !shownBefore.contains($0) }
    }

    /// The summary line after a build.
    public static func summary(of report: BuildReport, seconds: Double, rebuild: Bool, hasGoodBuild: Bool) -> String {
        let time = String(format: "%.2f", seconds)
        let warnings = report.diagnostics.warningCount
        if succeeded(report) {
            return "\(rebuild ? "重新构建" : "构建")完成：\(report.documentCount) 篇文档，\(report.pagesWritten) 个页面，用时 \(time) 秒"
                + (warnings > 0 ? "，\(warnings) 条警告" + (rebuild ? "（只列出新出现的；gongkai check 可查看全部）" : "") : "")
        }
        let also = warnings > 0 ? "，另有 \(warnings) 条警告（gongkai check 可查看）" : ""
        let browser = hasGoodBuild
            ? "浏览器中仍显示上一次成功构建的页面"
            : "网站还没有成功构建过，浏览器中显示错误说明"
        return "构建失败：\(report.diagnostics.errorCount) 个错误（见上方）\(also)；\(browser)，改正并保存后自动刷新"
    }

    private static func succeeded(_ report: BuildReport) -> Bool {
        report.succeeded && report.wroteOutput
    }
}
