import Testing
@testable import GongkaiCore

@Suite("解读比例 in stats")
struct InterpretationRateTests {
    static func stats(_ files: [String: String], year: Int = 2024) throws -> YearStatistics {
        let site = try TestSite(files: files)
        defer { site.remove() }
        let (loaded, report) = site.load()
        let resolved = try #require(loaded, "\(report.diagnostics.map(\.formatted))")
        return YearStatistics(site: resolved, year: year)
    }

    static let files = [
        "content/fgwj/gfxwj/a.md": document(1, title: "办法甲", published: "2024-03-01"),
        "content/fgwj/gfxwj/b.md": document(2, title: "办法乙", published: "2024-05-01"),
        "content/fgwj/gfxwj/c.md": document(3, title: "办法丙", published: "2024-07-01"),
        "content/fgwj/gfxwj/old.md": document(4, title: "旧办法", published: "2023-07-01"),
        "content/zcjd/j.md": document(5, title: "解读甲", published: "2024-03-01", "interprets: 12345678-9/2024-00001\ninterpretation_form: 图解", body: "文字。"),
        "content/zcjd/k.md": document(6, title: "解读旧", published: "2024-03-01", "interprets: 12345678-9/2024-00004"),
    ]

    @Test("counts the year's 行政规范性文件 with a published interpretation, and lists those without")
    func rate() throws {
        let rate = try Self.stats(Self.files).interpretationRate
        #expect(rate.count == 1 && rate.total == 3 && rate.percent == "33.3%")
        #expect(rate.missing.map(\.title) == ["办法乙", "办法丙"])
        let stats = try Self.stats(Self.files)
        #expect(stats.text.contains("行政规范性文件解读比例：1 / 3（33.3%）"))
        #expect(stats.text.contains("尚无解读：12345678-9/2024-00002 《办法乙》"))
        #expect(stats.csv.contains("政策解读,行政规范性文件解读比例,,1/3（33.3%）,,"))
        #expect(stats.json.contains("\"percent\" : \"33.3%\""))
    }

    @Test("percentages", arguments: [(0, 0, "—"), (0, 4, "0%"), (4, 4, "100%"), (2, 3, "66.7%"), (1, 8, "12.5%")])
    func percent(count: Int, total: Int, expected: String) {
        #expect(YearStatistics.percent(count, of: total) == expected)
    }

    @Test("a year without 行政规范性文件 has no rate to give")
    func none() throws {
        let rate = try Self.stats(Self.files, year: 2022).interpretationRate
        #expect(rate.total == 0 && rate.percent == "—")
    }
}
