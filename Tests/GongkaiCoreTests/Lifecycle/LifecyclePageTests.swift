import Foundation
import Testing
@testable import GongkaiCore

@Suite("document pages, lists and the 政策文件库 show the lifecycle", .serialized)
struct LifecyclePageTests {
    static let labels = ["索引号", "主题分类", "发布机构", "成文日期", "文号", "发布日期", "有效性", "体裁分类", "标题"]

    private func build(_ files: [(String, String)], today: String = "2025-06-30", config: String = TestSite.minimalConfig) throws -> TestSite {
        let site = try TestSite(files: Dictionary(uniqueKeysWithValues: files), config: config)
        let report = site.build { $0.today = Day(iso: today) }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return site
    }

    /// The metadata box's labels in order.
    private func metadataLabels(_ html: String) -> [String] {
        html.components(separatedBy: "<dt>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test("the metadata box always has every standard label in the same place, empty values as empty cells")
    func wholeMetadataBox() throws {
        let site = try build([("content/gzdt/bare.md", markdown("title: 最少的\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-01")),
                              policy(2, "doc_no: 测政〔2024〕2号\ntopic: 综合政务\ngenre: 通知\nvalid_from: 2024-03-01\nvalid_until: 2029-02-28")])
        defer { site.remove() }
        let bare = try #require(site.read("gzdt/bare.html"))
        #expect(metadataLabels(bare) == Self.labels)
        #expect(bare.contains("<dt>文号</dt><dd></dd>"))
        #expect(bare.contains("<dt>主题分类</dt><dd></dd>"))
        let full = try #require(site.read("fgwj/gfxwj/p2.html"))
        #expect(Array(metadataLabels(full).prefix(9)) == Self.labels)
        #expect(full.contains("<div class=\"meta-item wide\"><dt>有效期</dt><dd>2024年3月1日至2029年2月28日</dd></div>"))
    }

    @Test("a replaced document's page, its list row and the replacing page")
    func replacedPages() throws {
        let site = try build([policy(1, title: "旧办法（试行）", published: "2023-03-01", "doc_no: 测政〔2023〕1号"),
                              policy(2, title: "新办法", published: "2025-03-10", "doc_no: 测政〔2025〕3号\nreplaces: [\"\(number(1))\"]")])
        defer { site.remove() }
        let old = try #require(site.read("fgwj/gfxwj/p1.html"))
        #expect(old.contains("［废止］</strong>本文件已被<a href=\"/xxgk/fgwj/gfxwj/p2.html\">《新办法》（测政〔2025〕3号）</a>代替。"))
        #expect(old.contains("<dt>有效性</dt><dd>废止</dd>"))
        #expect(old.contains("<dt>废止/失效日期</dt><dd>2025年3月10日</dd>"))
        #expect(old.contains("<dt>代替本文件</dt><dd><a href=\"/xxgk/fgwj/gfxwj/p2.html\">《新办法》（测政〔2025〕3号）</a></dd>"))
        let new = try #require(site.read("fgwj/gfxwj/p2.html"))
        #expect(new.contains("<p class=\"relation-note\">本文件代替<a href=\"/xxgk/fgwj/gfxwj/p1.html\">《旧办法（试行）》（测政〔2023〕1号）</a>。</p>"))
        #expect(!new.contains("status-banner"))
        let list = try #require(site.read("fgwj/gfxwj/index.html"))
        #expect(list.contains("旧办法（试行）</a> <span class=\"status-tag\">［废止］</span>"))
    }

    @Test("the 政策文件库 lists the 法规文件 subtree with a filter page per value, and the 已废止、失效文件 list")
    func library() throws {
        let site = try build([
            policy(1, title: "旧办法", published: "2023-03-01", "topic: 综合政务"),
            policy(2, title: "新办法", published: "2025-03-10", "topic: 综合政务\nreplaces: \(number(1))\nvalid_until: 2030-03-09"),
            policy(3, title: "过期办法", published: "2023-05-01", "publisher: 测试镇财政所\nvalid_until: 2024-12-31"),
            ("content/gzdt/news.md", document(4, title: "一条动态")),
        ])
        defer { site.remove() }
        let all = try #require(site.read("zcwjk/index.html"))
        #expect(all.contains("旧办法") && all.contains("新办法") && all.contains("过期办法"))
        #expect(!all.contains("一条动态</a>"))
        #expect(all.contains("<a href=\"/xxgk/zcwjk/status/in-force/\">现行有效<span class=\"count\">（1）</span></a>"))
        let inForce = try #require(site.read("zcwjk/status/in-force/index.html"))
        #expect(inForce.contains("新办法") && !inForce.contains(">旧办法<") && !inForce.contains("过期办法"))
        #expect(inForce.contains("<a href=\"/xxgk/zcwjk/status/in-force/\" aria-current=\"page\" class=\"current\">现行有效"))
        #expect(try #require(site.read("zcwjk/status/expired/index.html")).contains("过期办法"))
        #expect(try #require(site.read("zcwjk/status/abolished/index.html")).contains("旧办法"))
        #expect(try #require(site.read("zcwjk/status/revised/index.html")).contains("本栏目暂无信息"))
        #expect(try #require(site.read("zcwjk/publisher/测试镇财政所/index.html")).contains("过期办法"))
        #expect(try #require(site.read("zcwjk/year/2025/index.html")).contains("新办法"))
        #expect(try #require(site.read("zcwjk/topic/综合政务/index.html")).contains("旧办法"))
        let invalid = try #require(site.read("zcwjk/invalid/index.html"))
        #expect(invalid.contains("旧办法") && invalid.contains("过期办法") && !invalid.contains(">新办法</a></td>"))
        #expect(invalid.contains("<div class=\"replaced-by\">本文件已被<a href=\"/xxgk/fgwj/gfxwj/p2.html\">《新办法》</a>代替</div>"))
        for page in ["sitemap.html", "gzdt/index.html"] {
            let html = try #require(site.read(page))
            #expect(html.contains("href=\"/xxgk/zcwjk/\""), "\(page)")
            #expect(html.contains("href=\"/xxgk/zcwjk/invalid/\""), "\(page)")
        }
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("https://www.example.gov.cn/xxgk/zcwjk/status/in-force/"))
    }

    @Test("the library's filter pages are paginated like node indexes")
    func libraryPagination() throws {
        let files = (1...5).map { policy($0, title: "办法\($0)", published: "2024-03-0\($0)") }
        let site = try build(files, config: config(adding: "\"pagination\": 2"))
        defer { site.remove() }
        #expect(site.read("zcwjk/index_3.html") != nil)
        #expect(site.read("zcwjk/index_4.html") == nil)
        #expect(site.read("zcwjk/status/in-force/index_3.html")?.contains("办法1") == true)
    }

    @Test("which nodes count is configurable; an unknown node is an error with the closest path")
    func configuredNodes() throws {
        let site = try build([policy(1), ("content/gzdt/news.md", document(2, title: "一条动态"))],
                             config: config(adding: "\"policy_documents\": { \"nodes\": [\"gzdt\"] }"))
        defer { site.remove() }
        let all = try #require(site.read("zcwjk/index.html"))
        #expect(all.contains("一条动态") && !all.contains("测试办法</a>"))
        let (loaded, diagnostics) = SiteConfigLoader.load(Array(config(adding: "\"policy_documents\": { \"nodes\": [\"fgwj/gfxwjj\"], \"max_year\": 3 }").utf8))
        #expect(loaded != nil)
        #expect(diagnostics.map(\.id).sorted() == ["config.policy-node", "config.unknown-key"])
        #expect(diagnostics.first { $0.id == "config.policy-node" }?.hint == "是否应为 \"fgwj/gfxwj\"？")
    }

    @Test("a site without a 法规文件 or 行政规范性文件 node has no 政策文件库 and no links to it")
    func noLibrary() throws {
        let plain = """
        { "title": "测试", "base_url": "/", "agency": { "name": "测试镇人民政府", "code": "12345678-9" },
          "catalog": [ { "id": "gzdt", "title": "工作动态" } ] }
        """
        let site = try build([("content/gzdt/a.md", document(1))], config: plain)
        defer { site.remove() }
        #expect(site.read("zcwjk/index.html") == nil)
        #expect(site.read("index.html")?.contains("zcwjk") == false)
    }
}
