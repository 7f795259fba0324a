import Foundation
import Testing
@testable import GongkaiCore

/// A catalog with `fresh_days` on 工作动态 and a 规划计划 node, for the node checkers; the
/// column home's own freshness (top-level `fresh_days`) is off unless `home` is given.
private func nodeConfig(freshDays: Int = 30, home: Int = 0) -> String {
    """
    {
      "title": "测试", "base_url": "/", "agency": { "name": "测试镇人民政府", "code": "12345678-9" }, "fresh_days": \(home),
      "catalog": [
        { "id": "zn", "title": "政府信息公开指南", "kind": "page" },
        { "id": "fdzdgknr", "title": "法定主动公开内容", "children": [
          { "id": "gzdt", "title": "工作动态", "fresh_days": \(freshDays) },
          { "id": "ghjh", "title": "规划计划" }
        ] },
        { "id": "zcjd", "title": "政策解读", "kind": "interpretations", "fresh_days": 90 }
      ]
    }
    """
}

private let fullSite: [String: String] = [
    "content/zn/_index.md": "---\ntitle: 指南\n---\n本机关的政府信息公开指南。\n",
    "content/fdzdgknr/gzdt/a.md": document(1, published: "2025-06-01"),
    "content/fdzdgknr/ghjh/b.md": document(2, published: "2025-01-05"),
    "content/zcjd/c.md": document(3, published: "2025-05-01", "interprets: 12345678-9/2024-00001"),
]

@Suite("empty node checker")
struct EmptyNodeCheckerTests {
    @Test("a site with something in every node gives nothing")
    func full() throws {
        #expect(try findings(of: EmptyNodeChecker(), files: fullSite, config: nodeConfig()).isEmpty)
    }

    @Test("an empty list node warns at its entry in site.json")
    func emptyList() throws {
        var files = fullSite
        files["content/fdzdgknr/ghjh/b.md"] = nil
        files["content/zcjd/c.md"] = nil
        let found = try findings(of: EmptyNodeChecker(), files: files, config: nodeConfig())
        #expect(found.map(\.id) == ["node.empty", "node.empty"])
        let d = try #require(found.first)
        #expect(d.severity == .warning && d.file == "site.json" && d.line == 7 && d.column == 7, "\(d.formatted)")
        #expect(d.message == "栏目“规划计划”（fdzdgknr/ghjh）没有任何已发布的信息（空白栏目）")
        #expect(found[1].message.contains("政策解读"))
    }

    @Test("a node with only drafts or future documents is still empty")
    func onlyUnpublished() throws {
        var files = fullSite
        files["content/fdzdgknr/ghjh/b.md"] = document(2, published: "2030-01-01")
        files["content/fdzdgknr/ghjh/c.md"] = document(4, "draft: true")
        #expect(try findings(of: EmptyNodeChecker(), files: files, config: nodeConfig()).map(\.message) == ["栏目“规划计划”（fdzdgknr/ghjh）没有任何已发布的信息（空白栏目）"])
    }

    @Test("a parent node counts its children's documents")
    func parent() throws {
        var files = fullSite
        files["content/fdzdgknr/gzdt/a.md"] = nil
        files["content/zcjd/c.md"] = document(3, published: "2025-05-01", "interprets: 12345678-9/2024-00002")
        let found = try findings(of: EmptyNodeChecker(), files: files, config: nodeConfig())
        #expect(found.map(\.message) == ["栏目“工作动态”（fdzdgknr/gzdt）没有任何已发布的信息（空白栏目）"])
    }

    @Test("a page node without text is empty", arguments: [nil, "---\ntitle: 指南\n---\n\n   \n"])
    func emptyPage(_ text: String?) throws {
        var files = fullSite
        files["content/zn/_index.md"] = text
        let found = try findings(of: EmptyNodeChecker(), files: files, config: nodeConfig())
        #expect(found.map(\.message) == ["单页栏目“政府信息公开指南”（zn）没有内容（空白栏目）"])
        #expect(found.first?.line == 4)
    }
}

@Suite("freshness checker")
struct FreshnessCheckerTests {
    @Test("a node updated within fresh_days gives nothing")
    func fresh() throws {
        #expect(try findings(of: FreshnessChecker(), files: fullSite, config: nodeConfig(), today: "2025-07-01").isEmpty)
    }

    @Test("a node whose newest document is older than fresh_days warns, measured from today")
    func stale() throws {
        let found = try findings(of: FreshnessChecker(), files: fullSite, config: nodeConfig(), today: "2025-07-02")
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "node.stale" && d.severity == .warning && d.file == "site.json" && d.line == 6 && d.column == 7, "\(d.formatted)")
        #expect(d.message == "栏目“工作动态”（fdzdgknr/gzdt）已 31 天没有更新：最新的《测试文件》发布于 2025-06-01，超过了site.json 中 fresh_days 规定的 30 天（栏目不更新）")
        #expect(d.hint?.contains("2025-07-02") == true)
    }

    @Test("every node with fresh_days is measured on its own")
    func several() throws {
        let found = try findings(of: FreshnessChecker(), files: fullSite, config: nodeConfig(), today: "2025-08-01")
        #expect(found.count == 2)
        #expect(found.first?.message.contains("工作动态") == true && found.last?.message.contains("政策解读") == true)
    }

    @Test("empty nodes are left alone, and fresh_days 0 turns a node's limit off")
    func notMeasured() throws {
        var files = fullSite
        files["content/fdzdgknr/gzdt/a.md"] = nil
        files["content/zcjd/c.md"] = document(3, published: "2025-07-01", "interprets: 12345678-9/2024-00002")
        #expect(try findings(of: FreshnessChecker(), files: files, config: nodeConfig(), today: "2025-07-20").isEmpty)
        #expect(try findings(of: FreshnessChecker(), files: fullSite, config: nodeConfig(freshDays: 0), today: "2025-07-20").isEmpty)
    }
}

/// Freshness without any setting: each node's limit from its column type.
@Suite("freshness defaults per column type")
struct FreshnessDefaultTests {
    /// The standard catalog without a single fresh_days.
    static let config = """
    {
      "title": "测试", "base_url": "/", "agency": { "name": "测试镇人民政府", "code": "12345678-9" },
      "catalog": [
        { "id": "xxgkzn", "title": "政府信息公开指南", "kind": "page" },
        { "id": "xxgkzd", "title": "政府信息公开制度" },
        { "id": "fdzdgknr", "title": "法定主动公开内容", "children": [
          { "id": "gzdt", "title": "工作动态" },
          { "id": "gfxwj", "title": "行政规范性文件" },
          { "id": "ghjh", "title": "规划计划" },
          { "id": "xzdt", "title": "乡镇要闻", "column_type": "规划" }
        ] },
        { "id": "zcjd", "title": "政策解读", "kind": "interpretations" }
      ]
    }
    """

    /// One document per node, all published on `day`.
    static func files(_ day: String) -> [String: String] {
        [
            "content/xxgkzn/_index.md": "---\ntitle: 指南\npublished: \(day)\n---\n指南。\n",
            "content/xxgkzd/a.md": document(1, title: "制度", published: day),
            "content/fdzdgknr/gzdt/b.md": document(2, title: "动态", published: day),
            "content/fdzdgknr/gfxwj/c.md": document(3, title: "规范性文件", published: day),
            "content/fdzdgknr/ghjh/d.md": document(4, title: "规划", published: day),
            "content/fdzdgknr/xzdt/e.md": document(5, title: "要闻", published: day),
            "content/zcjd/f.md": document(6, title: "解读", published: day, "interprets: 12345678-9/2024-00003"),
        ]
    }

    /// Which nodes are stale `days` after everything was published on 2024-03-01.
    static func stale(after days: Int) throws -> [String] {
        let today = Day(iso: "2024-03-01")!.adding(days: days)
        return try findings(of: FreshnessChecker(), files: files("2024-03-01"), config: config, today: today.description)
            .map { $0.id == "home.stale" ? "首页" : String($0.message.split(separator: "（")[1].split(separator: "）")[0]) }
    }

    @Test("each limit is quiet on its last day and fires the day after",
          arguments: [(14, [String]()), (15, ["首页", "fdzdgknr/gzdt"]),
                      (180, ["首页", "fdzdgknr/gzdt"]), (181, ["首页", "fdzdgknr/gzdt", "fdzdgknr/gfxwj", "zcjd"]),
                      (365, ["首页", "fdzdgknr/gzdt", "fdzdgknr/gfxwj", "zcjd"]),
                      (366, ["首页", "fdzdgknr/gzdt", "fdzdgknr/gfxwj", "fdzdgknr/ghjh", "fdzdgknr/xzdt", "zcjd"])])
    func edges(days: Int, expected: [String]) throws {
        #expect(try Self.stale(after: days).sorted() == expected.sorted())
    }

    @Test("the guide, the rules and the functions columns, and parents of other columns, have no limit")
    func unlimited() throws {
        let found = try Self.stale(after: 3000)
        #expect(!found.contains("xxgkzn") && !found.contains("xxgkzd") && !found.contains("fdzdgknr"))
    }

    @Test("the message names the column type and the rule it comes from")
    func message() throws {
        let found = try findings(of: FreshnessChecker(), files: Self.files("2024-03-01"), config: Self.config, today: "2024-03-16")
        let d = try #require(found.first { $0.id == "node.stale" })
        #expect(d.message == "栏目“工作动态”（fdzdgknr/gzdt）已 15 天没有更新：最新的《动态》发布于 2024-03-01，超过了“动态”类栏目 14 天的更新要求（国办秘函〔2019〕19号）（栏目不更新）")
        let home = try #require(found.first { $0.id == "home.stale" })
        #expect(home.message.hasPrefix("专栏首页已 15 天没有更新：全站最新的《") && home.message.hasSuffix("》发布于 2024-03-01，超过了 14 天（栏目不更新）"))
        #expect(home.file == "site.json" && home.line == 2)
    }

    @Test("standard catalog ids and titles get their column types", arguments: [
        ("gzdt", "工作动态", CatalogNode.Kind.list, ColumnType.news), ("tzgg", "通知公告", .list, .notices),
        ("gfxwj", "行政规范性文件", .list, .policies), ("qtwj", "其他文件", .list, .policies), ("zcjd", "政策解读", .interpretations, .interpretations),
        ("rsxx", "人事信息", .list, .personnel), ("ghjh", "规划计划", .list, .plans), ("czxx", "财政信息", .list, .finance),
        ("xxgkzn", "政府信息公开指南", .page, .guide), ("xxgkzd", "政府信息公开制度", .list, .rules), ("jgzn", "机构职能", .list, .functions),
        ("xxgknb", "政府信息公开年报", .reports, .reports), ("abc", "乡镇要闻", .list, .news), ("xyz", "其他事项", .list, .other),
    ])
    func inferred(id: String, title: String, kind: CatalogNode.Kind, type: ColumnType) {
        #expect(ColumnType.inferred(id: id, title: title, kind: kind) == type)
    }

    @Test("an unknown column_type is an error at its value with the closest type")
    func unknownType() throws {
        let site = try TestSite(files: [:], config: Self.config.replacingOccurrences(of: "\"column_type\": \"规划\"", with: "\"column_type\": \"规划类\""))
        defer { site.remove() }
        let (_, report) = site.load()
        let d = try #require(report.diagnostic("config.column-type"))
        #expect(d.file == "site.json" && d.line == 10 && d.severity == .error, "\(d.formatted)")
        #expect(d.hint?.hasPrefix("是否应为 \"规划\"？") == true)
    }
}
