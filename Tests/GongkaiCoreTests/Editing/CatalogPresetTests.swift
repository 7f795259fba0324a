import Foundation
import Testing
@testable import GongkaiCore

/// `gongkai init --catalog`: the columns of 条例 第二十条 and 第二十一条 for each kind of agency.
@Suite("init --catalog presets")
struct CatalogPresetTests {
    /// A site made by init with `preset`, built on the day it was made.
    static func built(_ preset: CatalogPreset) throws -> (folder: URL, site: Site, report: BuildReport) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-preset-\(UUID().uuidString)")
        var options = SiteInitializer.Options(today: Day(year: 2026, month: 12, day: 6)!)
        options.agencyName = "白水乡人民政府"
        options.agencyCode = "00123456-7"
        options.catalog = preset
        try SiteInitializer(folder: folder).create(options)
        var build = BuildOptions(siteFolder: folder)
        build.today = options.today
        let report = SiteBuilder.build(build)
        let site = try #require(SiteBuilder.load(build).0)
        return (folder, site, report)
    }

    @Test("each preset builds with no error, and its catalog is the preset's, column for column", arguments: CatalogPreset.allCases)
    func builds(_ preset: CatalogPreset) throws {
        let (folder, site, report) = try Self.built(preset)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        #expect(site.catalog.nodes.map(\.path) == preset.flattened.map(\.path))
        #expect(site.catalog.nodes.map(\.title) == preset.flattened.map(\.column.title))
    }

    @Test("the 第二十条 columns a township needs, and 第二十一条's township items", arguments: [
        (CatalogPreset.township, ["机构职能", "行政规范性文件", "规划计划", "财政信息", "政府采购", "重大建设项目", "社会保障和就业", "突发事件应对", "监督检查", "人事信息",
                                  "农业农村政策", "农田水利工程", "土地承包经营权流转", "宅基地审核", "土地征收和房屋征收", "筹资筹劳", "社会救助", "政策解读", "工作动态"]),
        (.countyGovernment, ["统计信息", "行政许可和政务服务", "行政处罚和行政强制", "行政事业性收费", "治安管理", "市政建设和公共服务", "土地征收和房屋征收", "社会救助", "其他法定公开信息"]),
        (.countyDepartment, ["行政许可和政务服务", "行政处罚和行政强制", "行政事业性收费", "政府采购", "监督检查", "其他法定公开信息"]),
    ])
    func columns(_ preset: CatalogPreset, _ titles: [String]) {
        let all = Set(preset.flattened.map(\.column.title))
        for title in titles { #expect(all.contains(title), "\(preset.rawValue) lacks \(title)") }
        #expect(!(preset == .countyDepartment && all.contains("农田水利工程")))
    }

    @Test("every column that lists documents says in its _index.md what belongs there; an empty one still shows 本栏目暂无信息 and is 空白栏目", arguments: [CatalogPreset.township])
    func introductions(_ preset: CatalogPreset) throws {
        let (folder, site, report) = try Self.built(preset)
        defer { try? FileManager.default.removeItem(at: folder) }
        for ((i, node), (_, column)) in zip(site.catalog.nodes.enumerated(), preset.flattened) where node.holdsDocuments {
            #expect(site.nodeIntroductions[i]?.body.trimmingCharacters(in: .whitespacesAndNewlines) == column.about, "\(node.path)")
        }
        let page = try String(contentsOf: folder.appendingPathComponent("public/fdzdgknr/xzgk/zjd/index.html"), encoding: .utf8)
        #expect(page.contains("宅基地使用情况审核") && page.contains("本栏目暂无信息"))
        #expect(report.diagnostics.contains { $0.id == "node.empty" && $0.message.contains("宅基地审核") })
    }

    @Test("the guide's 分类、编排体系 lists the catalog as it is, linked, from a 公开目录 block")
    func guideOutline() throws {
        let (folder, site, _) = try Self.built(.township)
        defer { try? FileManager.default.removeItem(at: folder) }
        let guide = try String(contentsOf: folder.appendingPathComponent("public/xxgkzn/index.html"), encoding: .utf8)
        #expect(guide.contains("<ul class=\"catalog-outline\">"))
        for node in site.catalog.nodes {
            #expect(guide.contains("<a href=\"\(site.urls.href(URLBuilder.nodePath(node.path)))\">\(node.title)</a>"), "\(node.path)")
        }
        #expect(!guide.contains("```") && !guide.contains("language-公开目录"))
    }
}
