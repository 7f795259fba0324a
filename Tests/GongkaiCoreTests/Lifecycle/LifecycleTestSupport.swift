import Foundation
import Testing
@testable import GongkaiCore

/// A loaded in-memory site for lifecycle tests, on `today`.
func lifecycleSite(_ files: [String: String], today: String, config: String = TestSite.minimalConfig) throws -> Site {
    let site = try TestSite(files: files, config: config)
    defer { site.remove() }
    let (loaded, report) = site.load { $0.today = Day(iso: today) }
    return try #require(loaded, "\(report.diagnostics.map(\.formatted))")
}

/// A 行政规范性文件 of the minimal test site with serial `n` (索引号 12345678-9/2024-0000n).
func policy(_ n: Int, title: String = "测试办法", published: String = "2024-03-01", _ extra: String = "") -> (String, String) {
    ("content/fgwj/gfxwj/p\(n).md", document(n, title: title, published: published, extra))
}

/// What `checker` finds on a loaded in-memory site; unlike `findings(of:files:)`, the site may
/// have errors (the ones under test are errors).
func lifecycleFindings(of checker: some Checker, _ files: [(String, String)], today: String = "2025-06-30", config: String = TestSite.minimalConfig) throws -> [Diagnostic] {
    checker.check(try lifecycleSite(Dictionary(uniqueKeysWithValues: files), today: today, config: config))
}

func number(_ n: Int) -> String { "12345678-9/2024-" + String(n).leftPaddedForTests(to: 5) }

extension Site {
    /// The position in `documents` of the document with 索引号 `number(n)`.
    func index(_ n: Int) -> Int { documentIndexByNumber[number(n)]! }
}
