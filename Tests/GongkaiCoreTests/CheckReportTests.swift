import Foundation
import Testing
@testable import GongkaiCore

@Suite("the check report")
struct CheckReportTests {
    /// A site with an error and warnings in two files.
    private func checkedSite(strict: Bool = false) throws -> BuildReport {
        let site = try TestSite(files: [
            "content/gzdt/b.md": document(2, "doc_no: 青政办[2024]3号\nindex_n0: x", body: "电话 13812345678"),
            "content/gzdt/a.md": document(1, body: "[下文](#没有)"),
        ])
        defer { site.remove() }
        var options = site.options()
        options.strict = strict
        return SiteBuilder.check(options)
    }

    @Test("text: one compiler-style line per diagnostic sorted by file and line, hints indented, then the counts")
    func text() throws {
        let report = try checkedSite()
        let text = report.diagnostics.textReport(documentCount: report.documentCount)
        let lines = text.split(separator: "\n").map(String.init)
        let diagnosticLines = lines.filter { !$0.hasPrefix("    提示: ") && !$0.hasPrefix("检查完成") }
        #expect(diagnosticLines.count == report.diagnostics.count)
        let keys = diagnosticLines.map { line -> (String, Int) in
            let parts = line.split(separator: ":")
            return (String(parts[0]), Int(parts[1])!)
        }
        #expect(keys.map(\.0) == keys.map(\.0).sorted())
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0 != $1.0 || $0.1 <= $1.1 })
        #expect(lines.contains { $0.hasPrefix("content/gzdt/b.md:8:4: 错误: 正文中有手机号码 138****5678") })
        #expect(lines.contains { $0.hasPrefix("    提示: ") })
        #expect(lines.last == "检查完成：2 篇文档，1 个错误，\(report.diagnostics.warningCount) 个警告")
        #expect(!text.contains("13812345678"))
    }

    @Test("JSON: an array of objects with all nine keys, hint null when there is none")
    func json() throws {
        let report = try checkedSite()
        let parsed = try JSONSerialization.jsonObject(with: Data(report.diagnostics.jsonReport().utf8)) as? [[String: Any]]
        let objects = try #require(parsed)
        #expect(objects.count == report.diagnostics.count)
        for object in objects {
            #expect(Set(object.keys) == ["file", "line", "column", "endLine", "endColumn", "severity", "id", "message", "hint"])
            #expect(["error", "warning"].contains(object["severity"] as? String))
            #expect(object["hint"] is String || object["hint"] is NSNull)
        }
        let ids = objects.compactMap { $0["id"] as? String }
        #expect(Set(ids).isSuperset(of: ["privacy.mobile", "doc-no.format", "front-matter.unknown-key", "link.anchor"]))
        #expect([Diagnostic]().jsonReport().filter { !$0.isWhitespace } == "[]")
    }

    @Test("a diagnostic in no file has null position keys in JSON and prints as gongkai: in text, before located ones")
    func unlocated() throws {
        let located = Diagnostic.warning("link.anchor", "锚点", at: SourcePosition(file: "content/a.md", line: 3, column: 5))
        let output = Diagnostic.error("output.write", "无法写入")
        let sorted = [located, output].sortedForReport()
        #expect(sorted.map(\.id) == ["output.write", "link.anchor"])
        #expect(output.formatted == "gongkai: 错误: 无法写入")
        #expect(located.formatted == "content/a.md:3:5: 警告: 锚点")
        let parsed = try JSONSerialization.jsonObject(with: Data(sorted.jsonReport().utf8)) as? [[String: Any]]
        let objects = try #require(parsed)
        for key in ["file", "line", "column", "endLine", "endColumn"] {
            #expect(objects[0][key] is NSNull, "\(key)")
        }
        #expect(objects[1]["line"] as? Int == 3 && objects[1]["endColumn"] as? Int == 5)
    }

    @Test("at a terminal, the first few of each id are shown and the rest summed up per id with the first files")
    func condensed() {
        let flood = (1...12).map { i in
            Diagnostic.warning("index-no.pattern", "索引号 \(i)", at: SourcePosition(file: "content/gzdt/\(String(format: "%02d", i)).md", line: 3))
        }
        let few = [Diagnostic.error("date.invalid", "日期", at: SourcePosition(file: "content/a.md", line: 2)),
                   Diagnostic.error("date.invalid", "日期", at: SourcePosition(file: "content/b.md", line: 2))]
        let lines = (few + flood).sortedForReport().condensedLines(limitPerID: 5)
        #expect(lines.count == 2 + 5 + 1)
        #expect(lines.filter { $0.contains("index-no.pattern") == false && $0.contains("索引号 ") }.count == 5)
        #expect(lines.last == "gongkai: 另有 7 条“索引号格式不符”（index-no.pattern）警告没有逐条显示，先是 content/gzdt/06.md、content/gzdt/07.md、content/gzdt/08.md 等；gongkai check --format json 列出全部")
        #expect(few.condensedLines(limitPerID: 5) == few.map(\.formatted))
        #expect(flood.textReport(documentCount: 12).split(separator: "\n").count == 12 + 1)
        #expect(flood.textReport(documentCount: 12, limitPerID: 5).split(separator: "\n").count == 5 + 1 + 1)
    }

    @Test("--strict makes every warning an error")
    func strict() throws {
        let report = try checkedSite(strict: true)
        #expect(!report.diagnostics.isEmpty)
        #expect(report.diagnostics.allSatisfy { $0.severity == .error })
        #expect(report.diagnostics.contains { $0.id == "link.anchor" })
    }
}
