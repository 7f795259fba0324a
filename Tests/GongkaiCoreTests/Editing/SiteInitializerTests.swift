import Foundation
import Testing
@testable import GongkaiCore

@Suite struct SiteInitializerTests {
    @Test func initThenNewThenBuildGivesASiteWithTheNewDocuments() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let a = try site.new("gzdt", "测试镇开展春季植树活动")
        let b = try site.new("gfxwj", "关于印发《测试镇农村建房管理办法》的通知", docNumber: "测政〔2024〕3号")
        try site.new("zcjd", "《测试镇农村建房管理办法》解读", interprets: [b.indexNumber])
        let report = SiteBuilder.build(site.options())
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.documentCount == 5)
        let page = try String(contentsOf: site.folder.appendingPathComponent("public/fdzdgknr/gzdt/2024-00003.html"), encoding: .utf8)
        #expect(page.contains("测试镇开展春季植树活动"))
        #expect(page.contains(a.indexNumber))
        let policy = try String(contentsOf: site.folder.appendingPathComponent("public/fdzdgknr/fgwj/gfxwj/2024-00004.html"), encoding: .utf8)
        #expect(policy.contains("解读"))
    }

    @Test func aFreshSiteBuildsAndItsPlaceholdersAreWarnings() throws {
        let site = try EditingSite(agency: nil, code: nil)
        defer { site.cleanUp() }
        let report = SiteBuilder.build(site.options())
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        let placeholders = report.diagnostics.filter { $0.id.hasSuffix(".placeholder") }
        #expect(placeholders.allSatisfy { $0.severity == .warning })
        let fields = placeholders.filter { $0.file == "site.json" }.map(\.message).joined()
        for key in ["agency.name", "agency.code", "footer.site_code", "footer.icp", "footer.police_record"] {
            #expect(fields.contains(key), "no warning for \(key)")
        }
        // Each at its value in site.json: the line holding the key, the column after the quote.
        let lines = try String(contentsOf: site.folder.appendingPathComponent("site.json"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for warning in placeholders where warning.file == "site.json" {
            let line = lines[warning.line - 1]
            let key = warning.message.split(separator: " ")[2].split(separator: "（")[0].split(separator: ".").last!
            #expect(line.contains("\"\(key)\""), "\(warning.formatted)")
            #expect(Array(line.unicodeScalars).dropFirst(warning.column - 1).starts(with: "【请填写".unicodeScalars), "\(warning.formatted)")
        }
        #expect(placeholders.contains { $0.file == "content/xxgkzn/_index.md" && $0.line > 1 })
    }

    @Test func filledInValuesGiveNoPlaceholderWarningsInSiteJSON() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let url = site.folder.appendingPathComponent("site.json")
        var json = try String(contentsOf: url, encoding: .utf8)
        while let start = json.range(of: "\"【请填写"), let end = json[start.upperBound...].range(of: "\"") {
            json.replaceSubrange(start.lowerBound..<end.upperBound, with: "\"已填写\"")
        }
        try Data(json.utf8).write(to: url)
        let (_, _, report) = SiteBuilder.load(site.options())
        #expect(!report.diagnostics.contains { $0.id == "config.placeholder" })
    }

    @Test func theGuideHasTheHeadingsArticle12Requires() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let guide = try #require(site.read("content/xxgkzn/_index.md"))
        for heading in ["分类、编排体系", "获取方式", "办公地址", "办公时间", "联系电话", "传真", "互联网联系方式"] {
            #expect(guide.contains(heading), "missing \(heading)")
        }
    }

    @Test func theTwoSamplesAreRecordedInTheLedger() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let ledger = try #require(site.read(IndexNumberAllocator.ledgerPath))
        #expect(ledger.contains("12345678-9/2024-00001"))
        #expect(ledger.contains("12345678-9/2024-00002"))
        #expect(site.read("content/fdzdgknr/gzdt/2024-00002.md") != nil)
    }

    @Test func aNonEmptyFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: SiteInitializer.Failure.notEmpty(folder.path)) {
            try SiteInitializer(folder: folder).create(.init(today: Day(year: 2024, month: 1, day: 1)!))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func themeFilesAreCopiedOnlyWhenAskedFor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = SiteInitializer.Options(today: Day(year: 2024, month: 1, day: 1)!)
        options.copyTheme = true
        let written = try SiteInitializer(folder: folder).create(options)
        #expect(written.contains("themes/default/templates/layout.mustache"))
    }
}
