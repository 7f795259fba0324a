import Foundation
import Testing
@testable import GongkaiCore

/// site.json values that are more than text — the 索引号 pattern, the holidays, the base
/// URL — are parsed once by the loader, with their errors at the value in site.json.
@Suite("site.json values parsed once")
struct SiteConfigValueTests {
    private func load(_ text: String, baseURL: String? = nil) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigLoader.load(Array(text.utf8), baseURL: baseURL)
    }

    @Test("index_number.pattern becomes a pattern value")
    func pattern() throws {
        let (config, diagnostics) = load(#"{"catalog": [{"id": "a", "title": "A"}], "index_number": {"pattern": "QS-{year}-{serial:3}"}}"#)
        #expect(diagnostics.isEmpty)
        let pattern = try #require(config?.indexNumberPattern)
        #expect(pattern.source == "QS-{year}-{serial:3}")
        #expect(pattern.format(code: "x", year: 2024, serial: 7) == "QS-2024-007")
    }

    @Test("an unusable pattern is an error at its value in site.json", arguments: [
        ("{code}/{year}", "缺少流水号"),
        ("{code}/{yaer}-{serial:5}", "{yaer} 无法识别"),
        ("{code}/{year}-{serial:5", "没有闭合的 {"),
        ("{code}/{year}-{serial:five}", "{serial:five} 的位数"),
    ])
    func unusablePattern(_ pattern: String, _ says: String) throws {
        let (config, diagnostics) = load("{\n  \"catalog\": [{\"id\": \"a\", \"title\": \"A\"}],\n  \"index_number\": {\n    \"pattern\": \"\(pattern)\"\n  }\n}")
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.id == "config.index-number-pattern" && d.severity == .error && d.file == "site.json")
        #expect(d.line == 4 && d.column == 16, "\(d.formatted)")
        #expect(d.message.contains("index_number.pattern \"\(pattern)\" 无法使用") && d.message.contains(says), "\(d.message)")
        #expect(d.hint?.contains("{serial:5}") == true)
        #expect(config?.indexNumberPattern == IndexNumberPattern.standardPattern)
    }

    @Test("a pattern that is not a string is a type error")
    func patternType() throws {
        let (_, diagnostics) = load(#"{"catalog": [{"id": "a", "title": "A"}], "index_number": {"pattern": 5}}"#)
        #expect(diagnostics.map(\.id) == ["config.type"])
    }

    @Test("holidays become a working-day calendar")
    func calendar() throws {
        let (config, diagnostics) = load(#"{"catalog": [{"id": "a", "title": "A"}], "holidays": ["2024-10-01", "+2024-10-12", " 2024-10-02 "]}"#)
        #expect(diagnostics.isEmpty)
        let calendar = try #require(config?.workdayCalendar)
        #expect(calendar == WorkdayCalendar.parsing(holidays: ["2024-10-01", "+2024-10-12", "2024-10-02"], over: .official).calendar)
        #expect(!calendar.isWorkday(Day(year: 2024, month: 10, day: 2)!))
        #expect(calendar.isWorkday(Day(year: 2024, month: 10, day: 12)!))
    }

    @Test("a bad holiday is an error at its entry in site.json, and the good entries still count", arguments: [
        ("\"2024/10/01\"", "不是 YYYY-MM-DD 格式", "节假日写作"),
        ("\"2024-02-30\"", "不是存在的日期", "节假日写作"),
        ("\"10-01\"", "不是 YYYY-MM-DD 格式", "节假日写作"),
        ("\"+2024-10-01\"", "与第 1 项矛盾", "删去其中一项"),
    ])
    func badHoliday(_ entry: String, _ says: String, _ hint: String) throws {
        let (config, diagnostics) = load("{\n  \"catalog\": [{\"id\": \"a\", \"title\": \"A\"}],\n  \"holidays\": [\"2024-10-01\",\n      \(entry), \"2024-10-02\"]\n}")
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.id == "config.holidays" && d.severity == .error && d.file == "site.json")
        #expect(d.line == 4 && d.column == 7, "\(d.formatted)")
        #expect(d.message.contains("第 2 项") && d.message.contains(says), "\(d.message)")
        #expect(d.hint?.contains(hint) == true, "\(d.hint ?? "")")
        let calendar = try #require(config?.workdayCalendar)
        #expect(!calendar.isWorkday(Day(year: 2024, month: 10, day: 1)!) && !calendar.isWorkday(Day(year: 2024, month: 10, day: 2)!))
    }

    @Test("entries that are not strings are type errors and do not shift the others' numbers")
    func holidayTypes() throws {
        let (_, diagnostics) = load("{\"catalog\": [{\"id\": \"a\", \"title\": \"A\"}],\n\"holidays\": [7, \"2024-02-30\"]}")
        #expect(diagnostics.map(\.id) == ["config.type", "config.holidays"])
        #expect(diagnostics.last?.message.contains("第 1 项") == true)
        #expect(diagnostics.last?.line == 2 && diagnostics.last?.column == 17)
    }

    @Test("a site with a bad holiday or pattern stops at the config, like every site.json error", arguments: [
        "\"holidays\": [\"2024-02-30\"]",
        "\"index_number\": { \"pattern\": \"{code}\" }",
    ])
    func stopsAtConfig(_ member: String) throws {
        let site = try TestSite(files: ["content/gzdt/a.md": document(1)], config: config(adding: member))
        defer { site.remove() }
        let (loaded, report) = site.load()
        #expect(loaded == nil)
        #expect(report.diagnostics.count == 1 && report.diagnostics.allSatisfy { $0.file == "site.json" && $0.severity == .error }, "\(report.diagnostics.map(\.formatted))")
    }

    @Test("base_url and --base-url become the site's one URL builder")
    func baseURL() throws {
        let text = #"{"catalog": [{"id": "a", "title": "A"}], "base_url": "https://www.example.gov.cn/xxgk/"}"#
        #expect(load(text).0?.urls == URLBuilder(baseURL: "https://www.example.gov.cn/xxgk/"))
        #expect(load(text, baseURL: "/staging/").0?.urls == URLBuilder(baseURL: "/staging/"))
        #expect(load(text, baseURL: "/staging/").1.isEmpty)
    }

    @Test("an unusable base_url or --base-url is one error each", arguments: [
        (#"{"catalog": [{"id": "a", "title": "A"}], "base_url": "ftp://x/"}"#, nil as String?, "base_url \"ftp://x/\" 不是有效的网址", 1, 54),
        (#"{"catalog": [{"id": "a", "title": "A"}]}"#, "ht tp://x y", "--base-url \"ht tp://x y\" 不是有效的网址", 1, 1),
    ])
    func badBaseURL(_ text: String, _ override: String?, _ says: String, _ line: Int, _ column: Int) throws {
        let (_, diagnostics) = load(text, baseURL: override)
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.id == "config.base-url" && d.severity == .error && d.message == says, "\(d.message)")
        #expect(d.line == line && d.column == column, "\(d.formatted)")
    }

    @Test("a bad --base-url stops build and check with the one error")
    func badBaseURLBuild() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": document(1)])
        defer { site.remove() }
        let report = site.build { $0.baseURL = "ht tp://x y" }
        #expect(!report.succeeded && !report.wroteOutput)
        #expect(report.diagnostics.map(\.id) == ["config.base-url"])
    }
}
