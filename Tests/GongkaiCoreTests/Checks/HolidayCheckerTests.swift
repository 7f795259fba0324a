import Testing
@testable import GongkaiCore

@Suite("holidays checker")
struct HolidayCheckerTests {
    private func check(_ holidays: String) throws -> [Diagnostic] {
        try findings(of: HolidayChecker(), files: ["content/gzdt/a.md": document(1)], config: config(adding: "\"holidays\": \(holidays)"))
    }

    @Test("well-formed holidays and make-up days give nothing")
    func clean() throws {
        #expect(try check("[\"2024-10-01\", \"+2024-10-12\", \" 2024-10-02 \"]").isEmpty)
    }

    @Test("a bad entry is an error at its place in site.json", arguments: [
        ("\"2024/10/01\"", "不是 YYYY-MM-DD 格式"),
        ("\"2024-02-30\"", "不是存在的日期"),
        ("\"10-01\"", "不是 YYYY-MM-DD 格式"),
    ])
    func badEntry(_ entry: String, _ message: String) throws {
        let found = try check("[\"2024-10-01\",\n    \(entry)]")
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "config.holidays" && d.severity == .error)
        #expect(d.file == "site.json")
        #expect(d.line == TestSite.minimalConfig.split(separator: "\n", omittingEmptySubsequences: false).count + 2 && d.column == 5, "\(d.formatted)")
        #expect(d.message.contains("第 2 项") && d.message.contains(message), "\(d.message)")
    }

    @Test("a day that is both a holiday and a make-up day names both entries")
    func conflict() throws {
        let d = try #require(try check("[\"2024-10-01\", \"+2024-10-01\"]").first)
        #expect(d.message.contains("与第 1 项矛盾"))
        #expect(d.hint?.contains("删去其中一项") == true)
    }
}
