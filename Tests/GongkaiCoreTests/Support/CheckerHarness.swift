import Foundation
import Testing
@testable import GongkaiCore

/// Loads a throwaway site and runs one checker on it, so each checker's suite sees only
/// its own findings.
func findings(of checker: some Checker, files: [String: String], config: String = TestSite.minimalConfig,
              today: String = "2025-06-30") throws -> [Diagnostic] {
    let site = try TestSite(files: files, config: config)
    defer { site.remove() }
    let (loaded, report) = site.load { $0.today = Day(iso: today) }
    let resolved = try #require(loaded, "\(report.diagnostics.map(\.formatted))")
    #expect(!report.diagnostics.contains { $0.severity == .error && !$0.id.hasPrefix("privacy.") },
            "the site itself should load cleanly: \(report.diagnostics.map(\.formatted))")
    return checker.check(resolved)
}

/// The minimal test site's config with extra top-level members spliced in, e.g.
/// `config(adding: "\"holidays\": [\"2024-10-01\"]")`.
func config(adding members: String) -> String {
    let base = TestSite.minimalConfig
    let end = base.lastIndex(of: "}")!
    return String(base[..<end]) + ",\n  " + members + "\n}"
}

/// A document with the fields every list node needs, plus `extra` front-matter lines.
func document(_ serial: Int, title: String = "测试文件", published: String = "2024-03-01", _ extra: String = "", body: String = "正文内容。") -> String {
    let number = String(serial).leftPaddedForTests(to: 5)
    return markdown("title: \(title)\nindex_no: 12345678-9/2024-\(number)\npublished: \(published)" + (extra.isEmpty ? "" : "\n" + extra), body: body)
}

extension String {
    func leftPaddedForTests(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
