import Foundation
import Testing
@testable import GongkaiCore

/// One resolver says where a body's links lead, for the renderer, `link.broken` and the
/// anchor checker, so `check` and `build` report the same link problems.
@Suite("links in bodies")
struct LinkResolverTests {
    static let files: [String: String] = [
        "content/gzdt/a.md": document(1, title: "动态", body: "## 第一节\n\n正文。"),
        "content/gzdt/files/表.pdf": "pdf",
        "content/gzdt/d.md": document(2, title: "草稿", "draft: true"),
        "content/fgwj/gfxwj/_index.md": markdown("title: 规范性文件", body: "## 说明\n\n说明。"),
        "content/zn/_index.md": markdown("title: 指南", body: "指南正文。"),
    ]

    @Test("a link resolves to the output URL of what it names, or is broken", arguments: [
        ("a.md", "/xxgk/gzdt/a.html", "content/gzdt/a.md"),
        ("./a.md#第一节", "/xxgk/gzdt/a.html#第一节", "content/gzdt/a.md"),
        ("a.md?x=1", "/xxgk/gzdt/a.html?x=1", "content/gzdt/a.md"),
        ("files/表.pdf", "/xxgk/gzdt/files/%E8%A1%A8.pdf", "content/gzdt/files/表.pdf"),
        ("../fgwj/gfxwj", "/xxgk/fgwj/gfxwj/", "content/fgwj/gfxwj/_index.md"),
        ("../fgwj/gfxwj/_index.md#说明", "/xxgk/fgwj/gfxwj/#说明", "content/fgwj/gfxwj/_index.md"),
        ("../fgwj", "/xxgk/fgwj/", nil),
    ] as [(String, String, String?)])
    func resolves(_ url: String, _ href: String, _ source: String?) throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let resolved = try #require(site.load().0)
        let resolution = LinkResolver(site: resolved).resolve(url, from: "content/gzdt")
        guard case .resolved(let got, let gotSource) = resolution else {
            Issue.record("\(url): \(resolution)")
            return
        }
        #expect(got.removingPercentEncoding == href.removingPercentEncoding, "\(got)")
        #expect(gotSource == source)
    }

    @Test("links to nothing published are broken; external and root-relative links are left alone", arguments: [
        ("none.md", true), ("d.md", true), ("../../../../x.md", true), ("files/无.pdf", true),
        ("https://www.gov.cn/#a", false), ("mailto:a@b.cn", false), ("/abs.md", false),
    ])
    func brokenOrUnchanged(_ url: String, _ broken: Bool) throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let resolved = try #require(site.load().0)
        #expect(LinkResolver(site: resolved).resolve(url, from: "content/gzdt") == (broken ? .broken : .unchanged))
    }

    @Test("#id is a place in the same body", arguments: ["#第一节", "#", "#top"])
    func sameBody(_ url: String) throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let resolved = try #require(site.load().0)
        #expect(LinkResolver(site: resolved).resolve(url, from: "content/gzdt") == .sameBody)
    }

    @Test("the fragment is the percent-decoded text after #, except #top", arguments: [
        ("#%E7%AC%AC%E4%B8%80%E8%8A%82", "第一节"), ("a.md#二", "二"), ("a.md#", nil), ("#top", nil), ("a.md", nil),
    ] as [(String, String?)])
    func fragment(_ url: String, _ expected: String?) {
        #expect(LinkResolver.fragment(of: url) == expected)
    }

    @Test("check and build report the same link problems, in documents and in nodes' _index.md")
    func checkAgreesWithBuild() throws {
        var files = Self.files
        files["content/gzdt/b.md"] = document(3, title: "链接", body: """
        ## 一

        见[无](none.md)、![图](img/y.png)、[草稿](d.md)、[锚](#二)、[他](a.md#无此)、[好](a.md#第一节)、[介](../fgwj/gfxwj#缺)、[表](files/表.pdf)。
        """)
        files["content/zn/_index.md"] = markdown("title: 指南", body: "## 指南\n\n详见[计划](none.md)、[锚](#无)、[回](../gzdt/b.md#一)、[错](../gzdt/b.md#二)。")
        files["content/fgwj/_index.md"] = markdown("title: 法规", body: "[坏](gfxwj/none.md)")
        let site = try TestSite(files: files)
        defer { site.remove() }

        let checked = SiteBuilder.check(site.options())
        let built = site.build()
        #expect(built.succeeded)
        let linkProblems = { (report: BuildReport) in report.diagnostics.filter { $0.id.hasPrefix("link.") } }
        #expect(linkProblems(checked) == linkProblems(built))
        let found = linkProblems(checked).map { "\($0.file ?? ""):\($0.line):\($0.column) \($0.id)" }
        #expect(found == [
            "content/fgwj/_index.md:4:1 link.broken",
            "content/gzdt/b.md:8:2 link.broken",
            "content/gzdt/b.md:8:15 link.broken",
            "content/gzdt/b.md:8:31 link.broken",
            "content/gzdt/b.md:8:42 link.anchor",
            "content/gzdt/b.md:8:50 link.anchor",
            "content/gzdt/b.md:8:77 link.anchor",
            "content/zn/_index.md:6:3 link.broken",
            "content/zn/_index.md:6:17 link.anchor",
            "content/zn/_index.md:6:45 link.anchor",
        ], "\(found)")
    }
}
