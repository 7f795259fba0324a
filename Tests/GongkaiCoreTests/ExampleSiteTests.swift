import Foundation
import Testing
@testable import GongkaiCore

@Suite("the example site", .serialized)
struct ExampleSiteTests {
    /// Builds the example site under `base` and returns the output folder.
    private func build(base: String? = nil) throws -> (URL, BuildReport) {
        let output = ExampleSite.temporaryOutput("build")
        let report = SiteBuilder.build(ExampleSite.options(output: output, baseURL: base))
        return (output, report)
    }

    private func htmlFiles(_ output: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: output.path)!
        return (enumerator.allObjects as! [String]).filter { $0.hasSuffix(".html") }.sorted()
    }

    /// Maps a root-relative link under `basePath` to a file of the output, or nil.
    private func target(of link: String, basePath: String, output: URL) -> String? {
        var path = link
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        guard path.hasPrefix(basePath) else { return nil }
        path = String(path.dropFirst(basePath.count)).removingPercentEncoding ?? path
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) ? path : nil
    }

    @Test("builds without errors, with documents in every list node", arguments: [nil, "/", "https://www.qingshan.gov.cn/sub/dir/xxgk/"])
    func everyInternalLinkResolves(base: String?) throws {
        let (output, report) = try build(base: base)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        #expect(report.documentCount >= 40)
        for node in report.nodeCounts where !node.path.contains("xxgkzn") && !node.path.contains("ysqgk") {
            #expect(node.count > 0, "empty node \(node.path)")
        }
        let basePath = URLBuilder(baseURL: base ?? "https://www.qingshan.gov.cn/xxgk/")!.basePath
        var broken: [String] = []
        var checked = 0
        for file in htmlFiles(output) {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            for link in internalLinks(in: html) where !link.hasPrefix("http") && !link.hasPrefix("mailto:") && !link.hasPrefix("#") {
                checked += 1
                if target(of: link, basePath: basePath, output: output) == nil { broken.append("\(file) → \(link)") }
            }
        }
        #expect(checked > 1000)
        #expect(broken.isEmpty, "\(broken.prefix(20))")
    }

    @Test("every page the spec names exists")
    func pagesExist() throws {
        let (output, report) = try build()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        for path in ["index.html", "sitemap.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml",
                     "fdzdgknr/index.html", "fdzdgknr/fgwj/gfxwj/index.html", "fdzdgknr/gzdt/feed.xml", "xxgkzn/index.html",
                     "topics/index.html", "publishers/index.html", "years/index.html", "assets/style.css"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        let robots = try String(contentsOf: output.appendingPathComponent("robots.txt"), encoding: .utf8)
        #expect(robots.contains("Sitemap: https://www.qingshan.gov.cn/xxgk/sitemap.xml"))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for meta in ["SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ArticleTitle", "ContentSource", "keywords", "description"] {
            #expect(home.contains("<meta name=\"\(meta)\""), "\(meta)")
        }
        for footer in ["主办单位", "承办单位", "网站标识码", "闽ICP备12345678号-1", "闽公网安备"] {
            #expect(home.contains(footer), "\(footer)")
        }
    }

    @Test("a build that leaves its site to the process's exit, as the CLI's does, writes the same files and report as one that frees it")
    func leavingTheSiteForExitChangesNoOutput() throws {
        var options = ExampleSite.options(output: ExampleSite.temporaryOutput("freed"))
        let freed = SiteBuilder.build(options)
        let freedOutput = try #require(options.outputFolder)
        options.outputFolder = ExampleSite.temporaryOutput("left")
        options.leavesSiteForExit = true
        let left = SiteBuilder.build(options)
        let leftOutput = try #require(options.outputFolder)
        defer {
            for folder in [freedOutput, leftOutput] { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        }
        #expect(freed.succeeded && left.succeeded)
        #expect(left.diagnostics == freed.diagnostics)
        #expect(left.documentCount == freed.documentCount && left.pagesWritten == freed.pagesWritten)
        let leftFiles = folderSnapshot(leftOutput)
        #expect(leftFiles.count > 100)
        #expect(leftFiles == folderSnapshot(freedOutput))
    }

    @Test("interpretations and policies link to each other both ways")
    func interpretationLinks() throws {
        let output = ExampleSite.temporaryOutput("interp")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let options = ExampleSite.options(output: output)
        let (loaded, _, _) = SiteBuilder.load(options)
        let site = try #require(loaded)
        #expect(SiteBuilder.build(options).succeeded)
        let pairs = site.interpretedDocuments.flatMap { interpretation, policies in policies.map { (interpretation, $0) } }
        #expect(pairs.count >= 5)
        for (interpretation, policy) in pairs {
            let interpretationPage = try String(contentsOf: output.appendingPathComponent(site.outputPaths[interpretation]), encoding: .utf8)
            let policyPage = try String(contentsOf: output.appendingPathComponent(site.outputPaths[policy]), encoding: .utf8)
            #expect(interpretationPage.contains("href=\"\(site.urls.href(site.outputPaths[policy]))\""))
            #expect(policyPage.contains("相关解读"))
            #expect(policyPage.contains("href=\"\(site.urls.href(site.outputPaths[interpretation]))\""))
        }
        // Every 行政规范性文件 in the example has an interpretation.
        let gfxwj = try #require(site.catalog.index(ofPath: "fdzdgknr/fgwj/gfxwj"))
        for i in site.documentsByNode[gfxwj] {
            #expect(site.interpretations[i]?.isEmpty == false, "\(site.documents[i].sourcePath)")
        }
        // The 政策解读 column lists each interpretation with its policy.
        let column = try String(contentsOf: output.appendingPathComponent("fdzdgknr/zcjd/index.html"), encoding: .utf8)
        for (_, policy) in pairs { #expect(column.contains(site.urls.href(site.outputPaths[policy]))) }
    }

    @Test("the same input gives byte-identical output")
    func deterministic() throws {
        let (first, a) = try build()
        let (second, b) = try build()
        defer {
            try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
        }
        #expect(a.succeeded && b.succeeded)
        let tester = try TestSite(files: [:])
        defer { tester.remove() }
        let one = tester.snapshot(of: first)
        let two = tester.snapshot(of: second)
        #expect(one.count > 100)
        #expect(one.keys.sorted() == two.keys.sorted())
        #expect(one.filter { two[$0.key] != $0.value }.map(\.key).isEmpty)
    }

    @Test("a status banner marks the 废止 and 失效 documents")
    func statusBanners() throws {
        let output = ExampleSite.temporaryOutput("status")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let options = ExampleSite.options(output: output)
        let site = try #require(SiteBuilder.load(options).0)
        #expect(SiteBuilder.build(options).succeeded)
        let statuses = site.documents.indices.map { site.status(of: $0) }
        #expect(statuses.contains(.abolished))
        #expect(statuses.contains(.expired))
        for (i, d) in site.documents.enumerated() where site.status(of: i) != .valid {
            let page = try String(contentsOf: output.appendingPathComponent(site.outputPaths[i]), encoding: .utf8)
            #expect(page.contains("status-banner"), "\(d.sourcePath)")
        }
    }

    @Test("the 2023 建房管理办法（试行） is replaced by the 2025 one through replaces, and both pages say so from data")
    func replacedFromData() throws {
        let output = ExampleSite.temporaryOutput("replaced")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let options = ExampleSite.options(output: output)
        let site = try #require(SiteBuilder.load(options).0)
        #expect(SiteBuilder.build(options).succeeded)
        let old = try #require(site.documentIndexByNumber["00822061-4/2023-00006"])
        let new = try #require(site.documentIndexByNumber["00822061-4/2025-00004"])
        #expect(site.lifecycles[old].status == .abolished)
        #expect(site.lifecycles[old].since == Day(iso: "2025-03-10"))
        #expect(site.lifecycles[old].relation?.source == new)
        // The old file no longer says it in prose: the page says it from the relation.
        let source = try String(contentsOf: ExampleSite.root.appendingPathComponent(site.documents[old].sourcePath), encoding: .utf8)
        #expect(!source.contains("代替"))
        #expect(site.documents[old].keyPositions[.status] == nil)
        let oldPage = try String(contentsOf: output.appendingPathComponent(site.outputPaths[old]), encoding: .utf8)
        #expect(oldPage.contains("本文件已被<a href=\"\(site.urls.href(site.outputPaths[new]))\">《青山镇人民政府关于印发《青山镇农村村民建房管理办法》的通知》（青政〔2025〕3号）</a>代替。"))
        let newPage = try String(contentsOf: output.appendingPathComponent(site.outputPaths[new]), encoding: .utf8)
        #expect(newPage.contains("<p class=\"relation-note\">本文件代替<a href=\"\(site.urls.href(site.outputPaths[old]))\">"))
        // Lists, the library, the feed and the search fragment all show it as 废止.
        let list = try String(contentsOf: output.appendingPathComponent("fdzdgknr/fgwj/gfxwj/index.html"), encoding: .utf8)
        #expect(list.contains("［废止］"))
        let invalid = try String(contentsOf: output.appendingPathComponent("zcwjk/invalid/index.html"), encoding: .utf8)
        #expect(invalid.contains(site.urls.href(site.outputPaths[old])))
        let inForce = try String(contentsOf: output.appendingPathComponent("zcwjk/status/in-force/index.html"), encoding: .utf8)
        #expect(!inForce.contains(site.urls.href(site.outputPaths[old])))
        #expect(inForce.contains(site.urls.href(site.outputPaths[new])))
        let feed = try String(contentsOf: output.appendingPathComponent("fdzdgknr/fgwj/gfxwj/feed.xml"), encoding: .utf8)
        #expect(feed.contains("［废止］已被《青山镇人民政府关于印发《青山镇农村村民建房管理办法》的通知》代替"))
        let fragment = try String(contentsOf: output.appendingPathComponent(URLBuilder.searchFragmentPath(old)), encoding: .utf8)
        #expect(fragment.contains("废止"))
        let stats = YearStatistics(site: site, year: 2025)
        #expect(stats.regulatoryAbolished.documents?.map(\.indexNumber) == ["00822061-4/2023-00006"])
        #expect(stats.regulatoryInForce.documents?.map(\.indexNumber).contains("00822061-4/2023-00006") == false)
    }
}
