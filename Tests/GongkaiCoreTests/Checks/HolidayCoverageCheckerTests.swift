import Testing
@testable import GongkaiCore

@Suite("holiday coverage checker")
struct HolidayCoverageCheckerTests {
    private func written(_ serial: Int, _ written: String, _ published: String) -> String {
        document(serial, published: published, "written: \(written)")
    }

    @Test("a year the calendar does not know warns once, at the first document that needs it")
    func unknownYearOnce() throws {
        let found = try findings(of: HolidayCoverageChecker(), files: [
            "content/gzdt/a.md": written(1, "2019-03-01", "2019-03-05"),
            "content/gzdt/b.md": written(2, "2019-05-01", "2019-05-06"),
            "content/gzdt/c.md": written(3, "2024-05-01", "2024-05-06"),
        ])
        #expect(found.count == 1, "\(found.map(\.formatted))")
        let d = try #require(found.first)
        #expect(d.id == "holidays.unknown-year" && d.severity == .warning)
        #expect(d.file == "content/gzdt/a.md" && d.line == 4 && d.column == 12, "\(d.formatted)")
        #expect(d.message.contains("2019 年的节假日安排") && d.message.contains("2020、2021"), "\(d.message)")
        #expect(d.hint?.contains("\"+2019-10-12\"") == true)
    }

    @Test("the first span needing a year is the earliest start, then the first file, whatever order the documents are in")
    func firstByStartThenFile() throws {
        // Listed newest published first: z (03-08), c (03-06), b (03-05); c starts earliest.
        let files = [
            "content/gzdt/z.md": written(1, "2019-03-01", "2019-03-08"),
            "content/gzdt/c.md": written(2, "2019-02-01", "2019-03-06"),
            "content/gzdt/b.md": written(3, "2019-03-01", "2019-03-05"),
        ]
        #expect(try findings(of: HolidayCoverageChecker(), files: files).map(\.file) == ["content/gzdt/c.md"])
        // Without c, z and b start on one day: the file first in order wins, not the first listed.
        let tie = files.filter { $0.key != "content/gzdt/c.md" }
        let found = try findings(of: HolidayCoverageChecker(), files: tie)
        #expect(found.map(\.file) == ["content/gzdt/b.md"])
        #expect(found.first?.message.contains("2019-03-01 至 2019-03-05") == true, "\(found.map(\.message))")
    }

    @Test("a span across a year end needs both years")
    func acrossYearEnd() throws {
        let found = try findings(of: HolidayCoverageChecker(), files: ["content/gzdt/a.md": written(1, "2018-12-28", "2019-01-04")])
        #expect(found.map(\.message).map { $0.contains("2018 年") } == [true, false])
        #expect(found.count == 2)
    }

    @Test("no warning for known years, same-day spans, or a year site.json holidays gives")
    func quiet() throws {
        #expect(try findings(of: HolidayCoverageChecker(), files: ["content/gzdt/a.md": written(1, "2020-01-02", "2026-12-31")]).isEmpty)
        #expect(try findings(of: HolidayCoverageChecker(), files: ["content/gzdt/a.md": written(1, "2019-03-01", "2019-03-01")]).isEmpty)
        #expect(try findings(of: HolidayCoverageChecker(), files: ["content/gzdt/a.md": written(1, "2019-03-01", "2019-03-05")],
                             config: config(adding: "\"holidays\": [\"2019-10-01\"]")).isEmpty)
    }
}
