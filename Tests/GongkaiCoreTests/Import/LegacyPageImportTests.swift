import Foundation
import Testing
@testable import GongkaiCore

@Suite("import: pages saved from an old column")
struct LegacyPageImportTests {
    @Test("a CMS page with a metadata table keeps its 索引号 and dates, and loses its navigation and footer")
    func metadataTable() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([ImportFixtures.page("weifang-gongshi.html")], node: "gzdt")
        let text = try site.writtenText(report)
        #expect(ImportSite.field("标题", in: text) == "青山镇2023年农村危房改造补助对象公示")
        #expect(ImportSite.field("索引号", in: text) == "00822061-4/2023-00031")
        #expect(ImportSite.field("发布日期", in: text) == "2023-08-11")
        #expect(ImportSite.field("成文日期", in: text) == "2023-08-10")
        #expect(ImportSite.field("发布机构", in: text) == "青山镇人民政府")
        #expect(ImportSite.field("主题分类", in: text) == "民政、扶贫、救灾")
        #expect(ImportSite.field("有效性", in: text) == "有效")
        #expect(text.contains("# 文号:"))
        let body = ImportSite.body(text)
        #expect(body.hasPrefix("\n根据《青山县2023年农村危房改造实施方案》"))
        for frame in ["当前位置", "首页", "索引号", "打印本页", "网站地图", "网站标识码", "互动交流"] {
            #expect(!body.contains(frame), "\(frame) left in the body")
        }
        #expect(body.contains("| 序号 | 姓名 | 所在村 | 身份证号码 | 补助金额（元） |"))
        // A page is not kept as an attachment unless asked.
        #expect(text.contains("# 附件:"))
        // The kept number is in the ledger, so it is never given again.
        #expect(site.site.read(IndexNumberAllocator.ledgerPath)?.contains("00822061-4/2023-00031\t2023-08-11\tcontent/fdzdgknr/gzdt/2023-00031.md") == true)
    }

    @Test("an imported 公示 full of ID numbers is caught on arrival, before anyone builds")
    func privacyOnArrival() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([ImportFixtures.page("weifang-gongshi.html")], node: "gzdt")
        let found = report.diagnostics.filter { $0.id == "privacy.resident-id" }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.file == "content/fdzdgknr/gzdt/2023-00031.md" && $0.severity == .error })
        #expect(report.hasErrors)
        #expect(report.summary(dryRun: false).contains("已按 gongkai check 检查：2 个错误"))
    }

    @Test("a page with a metadata line: empty 文号 and 时效性 stay empty, the title comes from the page")
    func metadataLine() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([ImportFixtures.page("caizheng-yusuan.html")], node: "czxx")
        let text = try site.writtenText(report)
        #expect(ImportSite.field("标题", in: text) == "青山镇2024年第一季度财政预算执行情况")
        #expect(ImportSite.field("索引号", in: text) == "00822061-4/2024-00008")
        #expect(ImportSite.field("发布日期", in: text) == "2024-04-12")
        #expect(ImportSite.field("成文日期", in: text) == "2024-04-10")
        #expect(ImportSite.field("主题分类", in: text) == "财政、金融、审计")
        #expect(ImportSite.field("有效性", in: text) == "有效")
        let body = ImportSite.body(text)
        #expect(body.contains("\n## 一、收入情况\n\n### （一）税收收入\n"))
        // The image saved beside the page is copied with its alt text; one left on the old site is listed as not found.
        #expect(body.contains("\n![2024年第一季度一般公共预算收支图](<files/caizheng-yusuan/chart.png>)\n"))
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/fdzdgknr/czxx/files/caizheng-yusuan/chart.png").path))
        #expect(!body.contains("logo.png"))
        #expect(report.outcomes.first?.missing.contains("图片 http://www.qingshan.gov.cn/xxgk/czxx/logo.png（原文件旁找不到，没有导入）") == true)
        for frame in ["您当前的位置", "办事服务", "分享到", "即将离开", "版权所有"] {
            #expect(!body.contains(frame), "\(frame) left in the body")
        }
        #expect(!report.hasErrors, "\(report.diagnostics.map(\.formatted))")
    }

    @Test("the real 年报 page saved as text: its metadata line, 署名 and date, without the site's footer")
    func realAnnualReport() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([ImportFixtures.realPage("dacheng-2020-nianbao.txt")], node: "gzdt")
        let text = try site.writtenText(report)
        #expect(ImportSite.field("标题", in: text) == "大成镇2020年政府信息公开工作年度报告")
        #expect(ImportSite.field("索引号", in: text) == "00822061-4/2021-00019")
        #expect(ImportSite.field("成文日期", in: text) == "2021-03-19")
        #expect(ImportSite.field("发布日期", in: text) == "2021-03-19")
        #expect(ImportSite.field("发布机构", in: text) == "儋州市大成镇")
        #expect(ImportSite.field("主题分类", in: text) == "综合政务")
        #expect(text.contains("# 文号:"))
        let body = ImportSite.body(text)
        #expect(body.hasPrefix("\n2020年,大成镇在市委、市政府的正确领导下"))
        #expect(body.contains("\n## 一、公开工作基本情况\n"))
        #expect(body.hasSuffix("儋州市大成镇人民政府\n\n2021年3月19日\n"))
        for frame in ["即将离开", "网站地图", "公网安备", "ICP", "标题:", "电脑版"] {
            #expect(!body.contains(frame), "\(frame) left in the body")
        }
    }

    @Test("the real 工作要点落实情况 page: 发布时间 as 发布日期, a date run together, the attachment id and QR note dropped")
    func realWorkReport() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([ImportFixtures.realPage("yangli-2016-yaodian.txt")], node: "gzdt")
        let text = try site.writtenText(report)
        #expect(ImportSite.field("标题", in: text) == "闽侯县洋里乡2016年政府信息公开工作要点落实情况")
        #expect(ImportSite.field("发布日期", in: text) == "2017-01-03")
        #expect(ImportSite.field("成文日期", in: text) == "2016-12-29")
        #expect(ImportSite.field("发布机构", in: text) == "洋里乡人民政府")
        // No 索引号 on the page: the next one of its year from the ledger.
        #expect(ImportSite.field("索引号", in: text) == "00822061-4/2017-00001")
        let body = ImportSite.body(text)
        #expect(body.contains("\n## 一、推进2016年政务公开工作的总体情况\n"))
        #expect(body.contains("\n### (一)推进“五公开情况\n"))
        #expect(body.contains("\n4、党政主要领导经常召开政策宣讲会,接受县电视台采访,\n"))
        #expect(body.hasSuffix("洋里乡人民政府\n\n20161229\n"))
        for frame in ["发布时间", "附件下载", "586cb2c2064b967629b627ee", "扫一扫"] {
            #expect(!body.contains(frame), "\(frame) left in the body")
        }
    }

    @Test("a whole folder imports in one go, reports duplicates instead of importing them twice, and is safe to run again")
    func folder() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let old = site.folder.appendingPathComponent("old-site/xxgk")
        try FileManager.default.createDirectory(at: old.appendingPathComponent("2021"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: old.appendingPathComponent("2023"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ImportFixtures.realPage("dacheng-2020-nianbao.txt"), to: old.appendingPathComponent("2021/dacheng.txt"))
        try FileManager.default.copyItem(at: ImportFixtures.page("weifang-gongshi.html"), to: old.appendingPathComponent("2023/gongshi.html"))
        // The same page saved twice, under another name.
        try FileManager.default.copyItem(at: ImportFixtures.page("weifang-gongshi.html"), to: old.appendingPathComponent("2023/gongshi-copy.html"))
        try Data("not a page".utf8).write(to: old.appendingPathComponent("2023/logo.png"))

        let notRecursive = try site.run([old], node: "gzdt") { $0.dryRun = true }
        #expect(notRecursive.outcomes.isEmpty)

        let first = try site.run([old], node: "gzdt") { $0.recursive = true }
        let written = first.outcomes.compactMap { if case .written(let path, _, let kept) = $0.result, kept { path } else { nil } }
        #expect(written == ["content/fdzdgknr/gzdt/2021-00019.md", "content/fdzdgknr/gzdt/2023-00031.md"])
        let duplicates = first.outcomes.filter { if case .duplicate = $0.result { true } else { false } }
        #expect(duplicates.map(\.source).allSatisfy { $0.hasSuffix("2023/gongshi.html") })
        #expect(duplicates.count == 1)

        let ledger = site.site.read(IndexNumberAllocator.ledgerPath)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.folder.appendingPathComponent("content/fdzdgknr/gzdt").path).sorted()
        let again = try site.run([old], node: "gzdt") { $0.recursive = true }
        #expect(again.outcomes.count == 3)
        #expect(again.outcomes.allSatisfy { if case .duplicate(_, let reason) = $0.result { reason.hasPrefix("索引号") } else { false } })
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.folder.appendingPathComponent("content/fdzdgknr/gzdt").path).sorted() == files)
        #expect(site.site.read(IndexNumberAllocator.ledgerPath) == ledger)
    }

    @Test("an import never overwrites an existing file")
    func neverOverwrites() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let existing = "content/fdzdgknr/gzdt/2021-00019.md"
        try site.site.write(existing, "---\n标题: 别的文件\n索引号: \"00822061-4/2020-00001\"\n发布日期: 2020-01-02\n---\n正文\n")
        let report = try site.run([ImportFixtures.realPage("dacheng-2020-nianbao.txt")], node: "gzdt")
        #expect(site.site.read(existing) == "---\n标题: 别的文件\n索引号: \"00822061-4/2020-00001\"\n发布日期: 2020-01-02\n---\n正文\n")
        guard case .written(let path, _, _)? = report.outcomes.first?.result else {
            Issue.record("not written: \(report.diagnostics.map(\.formatted))")
            return
        }
        #expect(path == "content/fdzdgknr/gzdt/2021-00019-2.md")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.appendingPathComponent("content/fdzdgknr/gzdt").path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a node that cannot hold documents is refused before anything is read")
    func pageNode() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        #expect(throws: DocumentCreator.Failure.self) { try site.run([ImportFixtures.page("weifang-gongshi.html")], node: "xxgkzn") }
        #expect(throws: DocumentCreator.Failure.self) { try site.run([ImportFixtures.page("weifang-gongshi.html")], node: "no-such-node") }
    }
}

@Suite("import: old pages in GBK")
struct LegacyPageEncodingTests {
    @Test("a page saved in GBK is converted before it is read")
    func gbk() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let page = site.folder.appendingPathComponent("gbk.txt")
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        iconv.arguments = ["iconv", "-f", "UTF-8", "-t", "GB18030", ImportFixtures.realPage("dacheng-2020-nianbao.txt").path]
        let output = Pipe()
        iconv.standardOutput = output
        try iconv.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        iconv.waitUntilExit()
        #expect(String(validating: data, as: UTF8.self) == nil)
        try data.write(to: page)
        let text = try site.writtenText(try site.run([page], node: "gzdt"))
        #expect(ImportSite.field("标题", in: text) == "大成镇2020年政府信息公开工作年度报告")
        #expect(ImportSite.field("索引号", in: text) == "00822061-4/2021-00019")
    }
}
