import Foundation
import Testing
@testable import GongkaiCore

@Suite("site.json")
struct SiteConfigLoaderTests {
    private func load(_ text: String) -> (SiteConfig?, [Diagnostic]) {
        SiteConfigLoader.load(Array(text.utf8))
    }

    @Test("the example site's site.json loads with every key and no diagnostics")
    func exampleConfigLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("site.json"))
        let (config, diagnostics) = SiteConfigLoader.load(Array(data))
        #expect(diagnostics.isEmpty)
        let c = try #require(config)
        #expect(c.agency.code == "00822061-4")
        #expect(c.catalog.node(atPath: "fdzdgknr/fgwj/gfxwj")?.title == "行政规范性文件")
        #expect(c.catalog.node(atPath: "fdzdgknr/zcjd")?.kind == .interpretations)
        #expect(c.catalog.resolve("gfxwj")?.path == "fdzdgknr/fgwj/gfxwj")
        #expect(c.topics.classes.count == 22)
        #expect(c.genres.count == 15)
        #expect(c.workdayCalendar.isWorkday(Day(year: 2024, month: 10, day: 12)!))  // a Saturday, 调休
        #expect(!c.workdayCalendar.isWorkday(Day(year: 2024, month: 10, day: 1)!))
    }

    @Test("defaults fill every optional key")
    func defaults() throws {
        let (config, diagnostics) = load(#"{"title": "t", "catalog": [{"id": "a", "title": "A"}]}"#)
        #expect(diagnostics.isEmpty)
        let c = try #require(config)
        #expect(c.pagination == 20)
        #expect(c.interpretationDeadlineWorkdays == 3)
        #expect(c.publishDeadlineWorkdays == 20)
        #expect(c.search && c.feeds && c.externalLinkNotice && !c.unsafeHTML)
        #expect(c.theme == "default" && c.language == "zh-CN")
        #expect(c.indexNumberPattern == IndexNumberPattern.standardPattern)
        #expect(c.workdayCalendar == WorkdayCalendar.official)
        #expect(c.topics.contains("综合政务/政务公开"))
        #expect(!c.topics.contains("不存在的分类"))
    }

    @Test("an unknown key is an error at its line and column, at every level", arguments: [
        (#"{"title": "t", "catalog": [], "paginaton": 10}"#, 1, 31, "paginaton"),
        ("{\n  \"title\": \"t\",\n  \"agency\": { \"nmae\": \"x\" },\n  \"catalog\": []\n}", 3, 15, "nmae"),
        ("{\"catalog\": [\n  {\"id\": \"a\", \"title\": \"A\", \"kidn\": \"page\"}\n]}", 2, 29, "kidn"),
        (#"{"footer": {"icp": "x", "police": "y"}, "catalog": []}"#, 1, 25, "police"),
    ])
    func unknownKey(text: String, line: Int, column: Int, key: String) throws {
        let (_, diagnostics) = load(text)
        let d = try #require(diagnostics.first { $0.id == "config.unknown-key" })
        #expect(d.file == "site.json")
        #expect(d.line == line && d.column == column)
        #expect(d.message.contains(key))
        #expect(d.severity == .error)
    }

    @Test("an unknown key suggests the closest known one")
    func unknownKeySuggestion() throws {
        let (_, diagnostics) = load(#"{"catalog": [], "paginaton": 10}"#)
        #expect(diagnostics.first { $0.id == "config.unknown-key" }?.hint?.contains("pagination") == true)
    }

    @Test("malformed JSON is reported with its position in Chinese")
    func syntaxError() throws {
        let (config, diagnostics) = load("{\n  \"title\": \"t\",\n}")
        #expect(config == nil)
        let d = try #require(diagnostics.first)
        #expect(d.id == "config.syntax")
        #expect(d.line == 3 && d.column == 1)
        #expect(d.formatted.hasPrefix("site.json:3:1: 错误: site.json 语法错误"))
    }

    @Test("a value of the wrong type is an error naming the expected type")
    func wrongType() throws {
        let (_, diagnostics) = load(#"{"catalog": [], "pagination": "20"}"#)
        #expect(diagnostics.contains { $0.id == "config.type" && $0.message.contains("正整数") })
    }

    @Test("catalog nodes nest into paths and bad kinds and ids are errors")
    func catalog() throws {
        let (config, diagnostics) = load(#"{"catalog": [{"id": "a", "title": "A", "children": [{"id": "b", "title": "B", "kind": "interpretations", "fresh_days": 30}]}, {"id": "中文", "title": "X"}, {"id": "c", "title": "C", "kind": "blog"}]}"#)
        let b = try #require(config?.catalog.node(atPath: "a/b"))
        #expect(b.kind == .interpretations && b.freshDays == 30 && b.depth == 1)
        #expect(diagnostics.contains { $0.id == "config.node-id" })
        #expect(diagnostics.contains { $0.id == "config.node-kind" })
    }

    @Test("an explicit topic list replaces the default table")
    func topicList() throws {
        let (config, diagnostics) = load(#"{"catalog": [], "topics": ["综合政务", {"name": "城乡建设", "children": ["村庄规划"]}]}"#)
        #expect(diagnostics.allSatisfy { $0.id == "config.catalog-empty" })
        let topics = try #require(config?.topics)
        #expect(topics.contains("城乡建设/村庄规划"))
        #expect(!topics.contains("城乡建设/其他"))
        #expect(!topics.contains("财政、金融、审计"))
    }
}
