import Foundation
import Testing
@testable import GongkaiCore

@Suite("the example group", .serialized)
struct ExampleGroupTests {
    static let folder = ExampleSite.root.appendingPathComponent("examples/qingshan-county")

    private func build(base: String?) -> (URL, BuildReport) {
        var options = BuildOptions(siteFolder: Self.folder)
        options.outputFolder = ExampleSite.temporaryOutput("group")
        options.baseURL = base
        options.today = Day(year: 2025, month: 11, day: 22)
        return (options.outputFolder!, GroupBuilder.build(options))
    }

    @Test("builds with no warnings, and every internal link of every page resolves under the sub-path",
          arguments: [nil, "https://www.qingshan.gov.cn/sub/dir/xxgk/", "/"])
    func everyLinkResolves(base: String?) throws {
        let (output, report) = build(base: base)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.prefix(10).map(\.formatted))")
        let urls = try #require(URLBuilder(baseURL: base ?? "https://www.qingshan.gov.cn/xxgk/"))
        let pages = (FileManager.default.enumerator(atPath: output.path)!.allObjects as! [String]).filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.contains("index.html") && pages.contains("sitemap.html"))
        #expect(pages.contains("qsz/index.html") && pages.contains("xzf/index.html") && pages.contains("mzj/index.html"))
        var broken: [String] = []
        var checked = 0
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            for var link in internalLinks(in: html) where !link.hasPrefix("#") && !link.hasPrefix("mailto:") {
                // The group's own absolute links (canonical) count too; other pages of the host
                // (the government's main website: 互动 links, 门户网站) are not the group's.
                if !urls.origin.isEmpty, link.hasPrefix(urls.origin + "/") {
                    guard link.hasPrefix(urls.origin + urls.basePath) else { continue }
                    link = String(link.dropFirst(urls.origin.count))
                }
                guard link.hasPrefix("/") else { continue }
                checked += 1
                if !resolves(link, basePath: urls.basePath, output: output) { broken.append("\(page) → \(link)") }
            }
        }
        #expect(checked > 3000)
        #expect(broken.isEmpty, "\(broken.prefix(20))")
    }

    @Test("the portal shows the three members by kind, and the sitemap index names their sitemaps")
    func portal() throws {
        let (output, report) = build(base: nil)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect(report.succeeded)
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for name in ["青山县人民政府", "青山县民政局", "青山镇人民政府", "机构导航", "乡镇（街道）"] { #expect(home.contains(name), "\(name)") }
        let index = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        for id in ["xzf", "mzj", "qsz"] { #expect(index.contains("<loc>https://www.qingshan.gov.cn/xxgk/\(id)/sitemap.xml</loc>")) }
    }

    /// Whether a root-relative link names a file of the output under `basePath`.
    private func resolves(_ link: String, basePath: String, output: URL) -> Bool {
        var path = link
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        guard path.hasPrefix(basePath) else { return false }
        path = String(path.dropFirst(basePath.count)).removingPercentEncoding ?? path
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }
}
