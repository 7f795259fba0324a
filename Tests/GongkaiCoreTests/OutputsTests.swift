import Foundation
import Testing
@testable import GongkaiCore

@Suite("sitemap, feeds and robots")
struct OutputsTests {
    @Test("one sitemap.xml up to 50,000 URLs, a sitemap index above that")
    func sitemapSplitsAt50000() throws {
        let urls = try #require(URLBuilder(baseURL: "https://www.example.gov.cn/xxgk/"))
        let day = Day(year: 2024, month: 3, day: 19)
        let entries = (0..<50_001).map { SitemapFiles.Entry(path: "gzdt/\($0).html", lastModified: day) }
        let single = SitemapFiles(urls: urls).files(for: Array(entries.prefix(50_000)))
        #expect(single.map(\.path) == ["sitemap.xml"])
        let split = SitemapFiles(urls: urls).files(for: entries)
        #expect(split.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"])
        guard case .text(let index) = split[0].contents, case .text(let second) = split[2].contents else { Issue.record("not text"); return }
        #expect(index.contains("<sitemapindex"))
        #expect(index.contains("<loc>https://www.example.gov.cn/xxgk/sitemap-2.xml</loc>"))
        #expect(second.components(separatedBy: "<url>").count - 1 == 1)
    }

    @Test("the sitemap also splits by size")
    func sitemapSplitsBySize() throws {
        let urls = try #require(URLBuilder(baseURL: "https://www.example.gov.cn/"))
        var writer = SitemapFiles(urls: urls)
        writer.maxBytes = 2_000
        let files = writer.files(for: (0..<100).map { .init(path: "a/\($0).html", lastModified: nil) })
        #expect(files.count > 3)
        for file in files { if case .text(let text) = file.contents { #expect(text.utf8.count <= 2_000) } }
    }

    @Test("a generated site with more URLs than the limit gets a valid sitemap index")
    func generatedSiteSplits() throws {
        var files: [String: String] = [:]
        for i in 1...60 {
            files["content/gzdt/doc-\(i).md"] = markdown("title: 第\(i)号\nindex_no: 12345678-9/2024-\(String(i).leftPadded(to: 5))\npublished: 2024-03-\(String(i % 28 + 1).leftPadded(to: 2))")
        }
        let site = try TestSite(files: files)
        defer { site.remove() }
        let (loaded, _, _) = SiteBuilder.load(site.options())
        let s = try #require(loaded)
        var writer = SitemapFiles(urls: s.urls)
        writer.maxURLs = 25
        let entries = s.outputPaths.map { SitemapFiles.Entry(path: $0, lastModified: nil) }
        let out = writer.files(for: entries)
        #expect(out.count == 4)  // index + 3 parts of 25, 25, 10
        let report = site.build()
        #expect(report.succeeded)
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<urlset") && sitemap.contains("https://www.example.gov.cn/xxgk/gzdt/doc-60.html"))
    }

    @Test("feeds are Atom, for the column and per node, newest first")
    func feeds() throws {
        let site = try TestSite(files: [
            "content/gzdt/a.md": markdown("title: 旧 & 老\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02"),
            "content/gzdt/b.md": markdown("title: 新\nindex_no: 12345678-9/2024-00002\npublished: 2024-02-03 09:30"),
        ])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let feed = try #require(site.read("feed.xml"))
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(feed.contains("<updated>2024-02-03T09:30:00+08:00</updated>"))
        #expect(feed.contains("旧 &amp; 老"))
        #expect(feed.range(of: "新")!.lowerBound < feed.range(of: "旧")!.lowerBound)
        #expect(site.read("gzdt/feed.xml")?.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://www.example.gov.cn/xxgk/gzdt/\"/>") == true)
        #expect(site.read("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://www.example.gov.cn/xxgk/sitemap.xml\n")
    }
}

@Suite("XML text")
struct XMLTextTests {
    @Test("markup characters become entities and forbidden control characters go")
    func escapes() {
        #expect(XMLText.escape("关于<印发>“A&B”的'通知'\"") == "关于&lt;印发&gt;“A&amp;B”的&apos;通知&apos;&quot;")
        #expect(XMLText.escape("a\u{1}b\u{1F}c\td\ne\rf") == "abc\td\ne\rf")
    }

    @Test("text without them comes back unchanged")
    func unchanged() {
        #expect(XMLText.escape("明川县人民政府 2024-03-19 🎉") == "明川县人民政府 2024-03-19 🎉")
        #expect(XMLText.escape("") == "")
    }
}
