import Foundation
import Testing
@testable import GongkaiCore

/// A small site with one regulatory document of 2024 and a valid 2024 annual report whose
/// tables add up; each test changes one line of the report to break one relation.
enum ReportFixture {
    static let reportPath = "content/nb/2024-nianbao.md"

    /// 行政规范性文件 of 2024: one issued, none abolished, one in force.
    static let regulatory = document(1, title: "测试镇村规民约管理办法", published: "2024-03-01")

    static let report = """
    ---
    title: 测试镇人民政府2024年政府信息公开工作年度报告
    index_no: 12345678-9/2025-00001
    published: 2025-01-20
    report_year: 2024
    ---
    本报告的统计期限为2024年1月1日至12月31日。

    ## 二、主动公开政府信息情况

    ```年报表二
    规章: [0, 0, 0]
    行政规范性文件: [1, 0, 1]
    行政许可: 5
    行政处罚: 2
    行政强制: 0
    行政事业性收费: 1.25
    ```

    ## 三、收到和处理政府信息公开申请情况

    ```年报表三
    # 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
    本年新收: [3, 1, 0, 0, 0, 0, 4]
    上年结转: [0, 0, 0, 0, 0, 0, 0]
    予以公开: [2, 1, 0, 0, 0, 0, 3]
    不予公开4: [1, 0, 0, 0, 0, 0, 1]
    总计: [3, 1, 0, 0, 0, 0, 4]
    结转下年度: [0, 0, 0, 0, 0, 0, 0]
    ```

    ## 四、政府信息公开行政复议、行政诉讼情况

    ```年报表四
    行政复议: [1, 0, 0, 0, 1]
    未经复议直接起诉: [0, 0, 0, 0, 0]
    复议后起诉: [0, 0, 0, 0, 0]
    ```

    """

    /// The report with each `(old, new)` line fragment replaced (each must occur).
    static func report(replacing edits: [(String, String)]) -> String {
        var text = report
        for (old, new) in edits {
            #expect(text.contains(old), "fixture has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    static func files(report: String = ReportFixture.report, extra: [String: String] = [:]) -> [String: String] {
        var files = ["content/fgwj/gfxwj/2024-03.md": regulatory, reportPath: report]
        for (path, text) in extra { files[path] = text }
        return files
    }

    /// Every `report.*` diagnostic of `gongkai check` on the site (`report.missing` only when asked).
    static func diagnostics(_ files: [String: String], today: String = "2025-06-30", keepMissing: Bool = false) throws -> [Diagnostic] {
        let site = try TestSite(files: files)
        defer { site.remove() }
        var options = site.options(today: today)
        options.strict = false
        return SiteBuilder.check(options).diagnostics.filter { $0.id.hasPrefix("report.") && (keepMissing || $0.id != "report.missing") }
    }

    /// 1-based line of the first line of `text` containing `line`, and the column (in
    /// characters) where `at` starts on it.
    static func position(in text: String, line: String, at: String) -> (line: Int, column: Int) {
        for (index, candidate) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where candidate.contains(line) {
            guard let range = candidate.range(of: at) else { break }
            return (index + 1, candidate[..<range.lowerBound].unicodeScalars.count + 1)
        }
        Issue.record("no line with \(line) and \(at)")
        return (0, 0)
    }
}
