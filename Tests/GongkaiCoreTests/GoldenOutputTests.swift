import Foundation
import Testing
@testable import GongkaiCore

/// The complete output of a small fixture site, compared byte for byte with the recorded
/// copy in Fixtures/golden-output. After an intended change to the output, re-record with
///
///     GONGKAI_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests
///
/// and review the diff of Fixtures/golden-output in git before committing it.
@Suite("golden output")
struct GoldenOutputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("the golden site builds to exactly the recorded files")
    func goldenSite() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(siteFolder: Self.fixtures.appendingPathComponent("golden-site"))
        options.outputFolder = output
        options.today = Day(year: 2025, month: 1, day: 15)
        let report = SiteBuilder.build(options)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")

        let tester = try TestSite(files: [:])
        defer { tester.remove() }
        // Theme assets are compared with themes/default by DefaultThemeTests, not here.
        let actual = tester.snapshot(of: output).filter { !$0.key.hasPrefix("assets/") }
        let goldenFolder = Self.fixtures.appendingPathComponent("golden-output")
        if ProcessInfo.processInfo.environment["GONGKAI_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: goldenFolder)
            for (path, data) in actual {
                let url = goldenFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("golden output re-recorded; review it and run the tests again without GONGKAI_RECORD_GOLDEN")
            return
        }
        let expected = tester.snapshot(of: goldenFolder)
        #expect(!expected.isEmpty, "no golden output recorded")
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected where actual[path] != data {
            Issue.record("\(path) differs from the golden copy (re-record with GONGKAI_RECORD_GOLDEN=1 if intended)")
        }
    }
}
