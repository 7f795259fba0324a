import Testing
@testable import GongkaiCore

@Suite("status suggestions")
struct StatusSuggestionTests {
    @Test("common words and typos suggest the status meant", arguments: [
        ("作废", Document.Status.abolished), ("已失效", .expired), ("现行有效", .valid), ("有校", .valid), ("部分有效", .partlyExpired), ("已修订", .revised),
    ])
    func suggests(_ written: String, _ meant: Document.Status) {
        #expect(Document.Status.suggestion(for: written) == meant)
    }

    @Test("unrelated words suggest nothing", arguments: ["ab", "不知道", "valid"])
    func nothing(_ written: String) {
        #expect(Document.Status.suggestion(for: written) == nil)
    }

    @Test("an unknown status is an error at its value with the suggestion and every valid value")
    func diagnostic() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": document(1, "有效性: 作废")])
        defer { site.remove() }
        let d = try #require(site.load().1.diagnostic("status.unknown"))
        #expect(d.severity == .error && d.line == 5 && d.column == 6)
        #expect(d.hint == "是否应为 \"废止\"？可用：有效、失效、废止、修订、部分失效")
    }
}
