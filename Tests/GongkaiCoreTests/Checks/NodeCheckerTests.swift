import Testing
@testable import GongkaiCore

/// A catalog with `fresh_days` on 工作动态 and a 规划计划 node, for the node checkers.
private func nodeConfig(freshDays: Int = 30) -> String {
    """
    {
      "title": "测试", "base_url": "/", "agency": { "name": "测试镇人民政府", "code": "12345678-9" },
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
    "content/fdzdgknr/ghjh/b.md": document(2, published: "2024-01-05"),
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
        #expect(d.message == "栏目“工作动态”（fdzdgknr/gzdt）已 31 天没有更新：最新的《测试文件》发布于 2025-06-01，超过了 fresh_days 规定的 30 天（栏目不更新）")
        #expect(d.hint?.contains("2025-07-02") == true)
    }

    @Test("every node with fresh_days is measured on its own")
    func several() throws {
        let found = try findings(of: FreshnessChecker(), files: fullSite, config: nodeConfig(), today: "2025-08-01")
        #expect(found.count == 2)
        #expect(found.first?.message.contains("工作动态") == true && found.last?.message.contains("政策解读") == true)
    }

    @Test("nodes without fresh_days and empty nodes are left alone")
    func notMeasured() throws {
        var files = fullSite
        files["content/fdzdgknr/gzdt/a.md"] = nil
        files["content/zcjd/c.md"] = document(3, published: "2025-07-01", "interprets: 12345678-9/2024-00002")
        #expect(try findings(of: FreshnessChecker(), files: files, config: nodeConfig(), today: "2025-07-20").isEmpty)
    }
}
