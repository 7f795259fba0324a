import Foundation
import Testing
@testable import GongkaiCore

@Suite("default theme")
struct DefaultThemeTests {
    @Test("the embedded theme is the same as themes/default (run scripts/embed-default-theme.py after editing)")
    func embeddedMatchesSource() throws {
        let folder = ExampleSite.root.appendingPathComponent("themes/default")
        let paths = (FileManager.default.enumerator(atPath: folder.path)!.allObjects as! [String])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .filter { var d: ObjCBool = false; _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &d); return !d.boolValue }
        #expect(Set(paths) == Set(DefaultThemeFiles.base64.keys))
        for path in paths {
            let disk = try Data(contentsOf: folder.appendingPathComponent(path))
            #expect(Data(base64Encoded: DefaultThemeFiles.base64[path] ?? "") == disk, "\(path)")
        }
    }

    @Test("a site without a themes folder builds with the built-in theme; a site file overrides one template")
    func overrides() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.read("assets/style.css") != nil)
        try site.write("themes/default/templates/notfound.mustache", "{{<layout}}{{$content}}<main id=\"main\"><h1>自定义404</h1></main>{{/content}}{{/layout}}")
        #expect(site.build().succeeded)
        #expect(site.read("404.html")?.contains("自定义404") == true)
        #expect(site.read("index.html")?.contains("最新公开") == true)
    }

    @Test("a template that uses a missing partial is an error at the tag, and the previous output stays")
    func missingPartial() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = try #require(site.read("index.html"))
        try site.write("themes/default/templates/home.mustache", "{{<layout}}{{$content}}\n<main id=\"main\">{{> latest-list}}</main>\n{{/content}}{{/layout}}")
        let report = site.build()
        #expect(!report.succeeded)
        let d = try #require(report.diagnostic("theme.template-missing"))
        #expect(d.file == "themes/default/templates/home.mustache")
        #expect(d.line == 2)
        #expect(d.column == 17)
        #expect(d.message.contains("templates/latest-list.mustache 不存在"))
        #expect(site.read("index.html") == before)
    }

    @Test("a template syntax error points at the template's line")
    func templateError() throws {
        let site = try TestSite(files: ["themes/default/templates/home.mustache": "<p>\n{{#a}}\n</p>\n"])
        defer { site.remove() }
        let report = site.build()
        let d = try #require(report.diagnostic("theme.template-syntax"))
        #expect(d.file == "themes/default/templates/home.mustache")
    }

    @Test("zh-TW sites get the traditional label set")
    func traditionalLabels() throws {
        let config = TestSite.minimalConfig.replacingOccurrences(of: "\"title\": \"测试镇信息公开\",", with: "\"title\": \"测试镇信息公开\", \"language\": \"zh-TW\",")
        let site = try TestSite(files: [:], config: config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.read("index.html")?.contains("網站地圖") == true)
    }
}
