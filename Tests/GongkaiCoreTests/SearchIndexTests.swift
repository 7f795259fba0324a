import Foundation
import Testing
@testable import GongkaiCore

@Suite("search index", .serialized)
struct SearchIndexTests {
    /// Four documents; numbered newest first in the index: b 0, a 1, c 2, d 3.
    static let files: [String: String] = [
        "content/gzdt/a.md": markdown("title: 测试镇召开防汛工作会议\nindex_no: 12345678-9/2024-00001\npublished: 2024-05-06\npublisher: 测试镇应急办",
                                      body: "会议要求各村做好一段简单而重要的准备工作。"),
        "content/fgwj/gfxwj/b.md": markdown("title: 测试镇人民政府办公室关于印发防汛应急预案的通知\n文号: 测政办〔2024〕3号\nindex_no: 12345678-9/2024-00017\npublished: 2024-06-03\ntopic: 农业、林业、水利/水利",
                                            body: "各村（社区）：现将预案印发给你们，请认真贯彻执行。"),
        "content/gzdt/c.md": markdown("title: 测试镇开展安全检查\nindex_no: 12345678-9/2023-00005\npublished: 2023-03-01",
                                      body: "检查组对照测政办[2024]3号文件要求，逐项落实防汛责任。"),
        "content/gzdt/d.md": markdown("title: 测试镇部署防汛工作\nindex_no: 12345678-9/2022-00002\npublished: 2022-04-01",
                                      body: "镇党委召开会议。深化改革，强化基础，夯实基层。"),
    ]

    private func built(_ config: String = TestSite.minimalConfig) throws -> (TestSite, SearchTestIndex) {
        let site = try TestSite(files: Self.files, config: config)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return (site, try SearchTestIndex(output: site.output))
    }

    private func titles(_ index: SearchTestIndex, _ hits: [Int]) throws -> [String] {
        try hits.map { try index.fragment($0)["t"] ?? "?" }
    }

    @Test("finds a Chinese phrase from a document's body")
    func bodyPhrase() throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try titles(index, index.search("准备工作")) == ["测试镇召开防汛工作会议"])
        #expect(try titles(index, index.search("认真贯彻执行")) == ["测试镇人民政府办公室关于印发防汛应急预案的通知"])
    }

    @Test("finds a substring inside a word, and a single character")
    func substringInsideWord() throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try titles(index, index.search("段简")) == ["测试镇召开防汛工作会议"])
        #expect(try index.search("汛").count == 4)
        #expect(try index.search("单而重").count == 1)
    }

    @Test("finds a 文号 in either bracket style, the document first and a body mention after it",
          arguments: ["测政办〔2024〕3号", "测政办[2024]3号", "测政办（2024）第3号", "〔2024〕3号"])
    func documentNumber(_ query: String) throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try titles(index, index.search(query)) == ["测试镇人民政府办公室关于印发防汛应急预案的通知", "测试镇开展安全检查"])
    }

    @Test("finds a 索引号 whole or by its part after the slash", arguments: ["12345678-9/2024-00017", "2024-00017", "２０２４－０００１７"])
    func indexNumber(_ query: String) throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try index.search(query) == [0])
    }

    @Test("title matches rank above body matches, newer first on ties")
    func ranking() throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try titles(index, index.search("防汛")) == ["测试镇人民政府办公室关于印发防汛应急预案的通知", "测试镇召开防汛工作会议", "测试镇部署防汛工作", "测试镇开展安全检查"])
    }

    @Test("filters by node (with the nodes above it), year, topic and publisher narrow the results")
    func filters() throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try index.search("防汛", filters: ["node": "fgwj"]) == [0])
        #expect(try index.search("防汛", filters: ["node": "fgwj/gfxwj"]) == [0])
        #expect(try index.search("防汛", filters: ["year": "2023"]) == [2])
        #expect(try index.search("防汛", filters: ["topic": "农业、林业、水利"]) == [0])
        #expect(try index.search("防汛", filters: ["publisher": "测试镇应急办"]) == [1])
        #expect(try index.search("", filters: ["node": "gzdt"]) == [1, 2, 3])
    }

    @Test("a query that matches nothing finds nothing, even when its characters are in the site")
    func noResults() throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try index.search("量子计算").isEmpty)
        #expect(try index.search("防汛 量子").isEmpty)
        #expect(try index.search("汛防").isEmpty)
    }

    @Test("a phrase finds only the documents that hold it as written, not its bigrams apart")
    func phraseAsWritten() throws {
        var (site, index) = try built()
        defer { site.remove() }
        // d has 深化, 化基 (强化基础) and 基层 (夯实基层), never 深化基层.
        #expect(try index.search("深化 化基 基层") == [3])
        #expect(try index.search("深化基层").isEmpty)
        #expect(try index.search("夯实基层") == [3])
        #expect(try index.search("强化基础 夯实基层") == [3])
        // Across punctuation, and across two fields (the end of the title and the body).
        #expect(try index.search("基础夯实").isEmpty)
        #expect(try index.search("工作镇党委").isEmpty)
        #expect(try index.search("工作 镇党委") == [3])
        // Offsets 0, 2 and the last cover an odd and an even length.
        #expect(try titles(index, index.search("认真贯彻执行")) == ["测试镇人民政府办公室关于印发防汛应急预案的通知"])
        #expect(try titles(index, index.search("请认真贯彻执行")) == ["测试镇人民政府办公室关于印发防汛应急预案的通知"])
        #expect(try index.search("请认真执行").isEmpty)
    }

    @Test("every bigram's phrase list sits in the phrase shard its hash names, with the document list of its shard")
    func phraseShards() throws {
        var (site, index) = try built()
        defer { site.remove() }
        var bigrams = 0
        for n in 0..<index.phraseShardCount {
            for (term, postings) in try index.readShard(n, phrase: true) {
                bigrams += 1
                #expect(term.unicodeScalars.count == 2 && index.shardNumber(of: term, phrase: true) == n, "\(term)")
                #expect(try index.postings(term).map(\.document) == postings.map(\.document), "\(term)")
                #expect(postings.allSatisfy { !$0.positions.isEmpty && $0.positions == $0.positions.sorted() }, "\(term)")
            }
        }
        #expect(bigrams > 100)
        // 基层 in d: 夯实基层 is the last run of its body.
        let d = try index.postings("基层", phrase: true).first { $0.document == 3 }
        let shi = try index.postings("实基", phrase: true).first { $0.document == 3 }
        #expect(d?.positions.count == 1 && shi.map { $0.positions.map { $0 + 1 } } == d?.positions)
    }

    @Test("metadata is searchable: publisher, node title and status")
    func metadata() throws {
        var (site, index) = try built()
        defer { site.remove() }
        #expect(try index.search("应急办") == [1])
        #expect(try index.search("行政规范性文件") == [0])
    }

    @Test("every term sits in the shard its hash names, and every shard file is well formed")
    func shardRouting() throws {
        let (site, index) = try built()
        defer { site.remove() }
        var terms = 0
        for n in 0..<index.shardCount {
            for (term, postings) in try index.readShard(n) {
                terms += 1
                #expect(index.shardNumber(of: term) == n, "\(term)")
                #expect(postings.map(\.document) == postings.map(\.document).sorted())
                #expect(postings.allSatisfy { $0.document < index.documentCount })
            }
        }
        #expect(terms > 100)
        #expect(index.documentCount == 4)
    }

    @Test("a result fragment carries the title, link under the base path, date, 文号, 索引号 and body text")
    func fragments() throws {
        let (site, index) = try built()
        defer { site.remove() }
        let f = try index.fragment(0)
        #expect(f["t"] == "测试镇人民政府办公室关于印发防汛应急预案的通知")
        #expect(f["u"] == "/xxgk/fgwj/gfxwj/b.html")
        #expect(f["d"] == "2024-06-03")
        #expect(f["n"] == "测政办〔2024〕3号")
        #expect(f["i"] == "12345678-9/2024-00017")
        #expect(f["x"]?.hasPrefix("各村（社区）") == true)
        #expect(f["s"] == nil)
    }

    @Test("the index is byte-identical from one build to the next")
    func deterministic() throws {
        let (site, _) = try built()
        defer { site.remove() }
        let first = site.snapshot().filter { $0.key.hasPrefix("search/") }
        #expect(site.build().succeeded)
        let second = site.snapshot().filter { $0.key.hasPrefix("search/") }
        #expect(first.count > 4)
        #expect(first == second)
    }
}

@Suite("search page")
struct SearchPageTests {
    @Test("the search page has a GET form with q and the four filters, and without JavaScript links to the catalog and 网站地图")
    func page() throws {
        let site = try TestSite(files: SearchIndexTests.files)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("search/index.html"))
        #expect(html.contains("<form class=\"search-form\" role=\"search\" action=\"/xxgk/search/\" method=\"get\""))
        #expect(html.contains("<input id=\"search-q\" type=\"search\" name=\"q\""))
        #expect(html.contains("<label for=\"search-q\">"))
        for filter in ["node", "year", "topic", "publisher"] { #expect(html.contains("<select id=\"search-\(filter)\" name=\"\(filter)\">")) }
        #expect(html.contains("<option value=\"fgwj/gfxwj\">"))
        #expect(html.contains("<option value=\"2024\">2024年</option>"))
        #expect(html.contains("data-index=\"/xxgk/search/\""))
        #expect(html.contains("<script src=\"/xxgk/assets/search.js\" defer></script>"))
        let noscript = try #require(html.range(of: "<noscript>").flatMap { start in html.range(of: "</noscript>").map { html[start.lowerBound..<$0.upperBound] } })
        #expect(noscript.contains("JavaScript"))
        #expect(noscript.contains("href=\"/xxgk/\""))
        #expect(noscript.contains("href=\"/xxgk/sitemap.html\""))
        #expect(site.read("assets/search.js") != nil)
    }

    @Test("every page has a search box that submits q to the search page")
    func searchBoxOnEveryPage() throws {
        let site = try TestSite(files: SearchIndexTests.files)
        defer { site.remove() }
        #expect(site.build().succeeded)
        for path in ["index.html", "gzdt/index.html", "gzdt/a.html", "sitemap.html", "404.html", "topics/index.html"] {
            let html = try #require(site.read(path), "\(path)")
            #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"/xxgk/search/\" method=\"get\""), "\(path)")
            #expect(html.contains("<label class=\"visually-hidden\" for=\"site-search-q\">"), "\(path)")
        }
        #expect(site.read("index.html")?.contains("action=\"/xxgk/search/\" method=\"get\" aria-label=\"站内搜索\"><label for=\"home-search-q\">") == true)
    }

    @Test("\"search\": false writes no search page, no index and no search box")
    func disabled() throws {
        let config = TestSite.minimalConfig.replacingOccurrences(of: "\"title\": \"测试镇信息公开\",", with: "\"title\": \"测试镇信息公开\", \"search\": false,")
        let site = try TestSite(files: SearchIndexTests.files, config: config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.read("search/index.html") == nil)
        #expect(site.read("search/index.json") == nil)
        #expect(site.read("index.html")?.contains("site-search") == false)
    }

    @Test("the search links follow a sub-path base URL")
    func subPath() throws {
        let site = try TestSite(files: SearchIndexTests.files)
        defer { site.remove() }
        #expect(site.build { $0.baseURL = "https://www.example.gov.cn/a/b/" }.succeeded)
        let html = try #require(site.read("search/index.html"))
        #expect(html.contains("data-index=\"/a/b/search/\""))
        #expect(try SearchTestIndex(output: site.output).fragment(0)["u"] == "/a/b/fgwj/gfxwj/b.html")
    }
}
