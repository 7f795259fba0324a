import Foundation
import Testing
@testable import GongkaiCore

@Suite("loading documents")
struct DocumentLoadingTests {
    @Test("English keys and Chinese aliases read the same fields")
    func aliases() throws {
        let site = try TestSite(files: [
            "content/gzdt/a.md": markdown("title: 英文键\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-19\npublisher: 测试镇财政所\ndoc_no: 测政〔2024〕1号\ntopic: 综合政务/政务公开\ngenre: 通知\nkeywords: 预算，公开、财政"),
            "content/gzdt/b.md": markdown("标题: 中文键\n索引号: 12345678-9/2024-00002\n发布日期: 2024年3月20日\n发文机关: 测试镇财政所\n发文字号: 测政〔2024〕2号\n主题分类: 综合政务\n体裁分类: 通知\n关键词: [预算, 公开]"),
        ])
        defer { site.remove() }
        let (loaded, report) = site.load()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.formatted))")
        let s = try #require(loaded)
        let a = try #require(s.documents.first { $0.title == "英文键" })
        let b = try #require(s.documents.first { $0.title == "中文键" })
        #expect(a.publisher == b.publisher)
        #expect(a.genre == b.genre)
        #expect(a.keywords == ["预算", "公开", "财政"])
        #expect(b.keywords == ["预算", "公开"])
        #expect(b.published.day == Day(year: 2024, month: 3, day: 20))
        #expect(b.docNumber == "测政〔2024〕2号")
    }

    @Test("a BOM and CRLF line ends are accepted and positions stay right")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}---\r\ntitle: 带BOM\r\nindex_no: 12345678-9/2024-00001\r\npublished: 2024-13-40\r\n---\r\n正文\r\n"
        let site = try TestSite(files: ["content/gzdt/bom.md": text])
        defer { site.remove() }
        let (_, report) = site.load()
        let d = try #require(report.diagnostic("date.invalid"))
        #expect(d.file == "content/gzdt/bom.md" && d.line == 4 && d.column == 12)
    }

    @Test("dotted dates are read in every date field")
    func dottedDates() throws {
        let site = try TestSite(files: [
            "content/fgwj/gfxwj/a.md": markdown("标题: 办法\n索引号: 12345678-9/2025-00001\n发布日期: 2025.3.5\n成文日期: 2025.03.01\n失效日期: 2027.3.4\n有效性: 废止\n废止日期: 2025.6.1"),
        ])
        defer { site.remove() }
        let (loaded, report) = site.load()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.formatted))")
        let d = try #require(loaded?.documents.first)
        #expect(d.published.day == Day(year: 2025, month: 3, day: 5))
        #expect(d.written.day == Day(year: 2025, month: 3, day: 1))
        #expect(d.expires == Day(year: 2027, month: 3, day: 4))
        #expect(d.abolished == Day(year: 2025, month: 6, day: 1))
    }

    @Test("an impossible dotted date is a date.invalid error at the value", arguments: ["2025.2.30", "2025.13.1"])
    func impossibleDottedDate(_ date: String) throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: 测试\nindex_no: 12345678-9/2025-00001\n发布日期: \(date)")])
        defer { site.remove() }
        let (_, report) = site.load()
        let d = try #require(report.diagnostic("date.invalid"))
        #expect(d.line == 4 && d.column == 7)
        #expect(d.message == "发布日期 \"\(date)\" 不是有效日期（应为 2024-03-19、2024/3/19、2024.3.19 或 2024年3月19日，可加时间如 2024-03-19 09:30）")
    }

    @Test("unquoted YAML dates stay the calendar date written, not a UTC timestamp")
    func yamlTimestampIsNotUTC() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: 零点\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-19 00:30")])
        defer { site.remove() }
        let (loaded, _) = site.load()
        let d = try #require(loaded?.documents.first)
        #expect(d.published.day.description == "2024-03-19")
        #expect(d.published.metaString == "2024-03-19 00:30")
    }

    @Test("slugs come from ASCII file names, else from the 索引号")
    func slugs() throws {
        let site = try TestSite(files: [
            "content/gzdt/2024-budget.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02"),
            "content/gzdt/关于开展工作的通知.md": markdown("title: b\nindex_no: 12345678-9/2024-00017\npublished: 2024-01-03"),
            "content/gzdt/其他.md": markdown("title: c\nindex_no: 12345678-9/2024-00018\npublished: 2024-01-04\nslug: custom_name"),
        ])
        defer { site.remove() }
        let (loaded, report) = site.load()
        #expect(!report.diagnostics.hasErrors)
        let s = try #require(loaded)
        #expect(Set(s.outputPaths) == ["gzdt/2024-budget.html", "gzdt/2024-00017.html", "gzdt/custom_name.html"])
    }

    @Test("a slug that would escape the output folder is an error")
    func unsafeSlug() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02\nslug: ../../etc/passwd")])
        defer { site.remove() }
        let (_, report) = site.load()
        let d = try #require(report.diagnostic("slug.unsafe"))
        #expect(d.line == 5)
    }

    @Test("drafts and future documents are left out and named; expired ones show as 失效")
    func draftsFutureExpired() throws {
        let site = try TestSite(files: [
            "content/gzdt/draft.md": markdown("title: 草稿文件\nindex_no: 12345678-9/2025-00001\npublished: 2025-01-02\ndraft: true"),
            "content/gzdt/future.md": markdown("title: 未来文件\nindex_no: 12345678-9/2025-00002\npublished: 2025-12-01"),
            "content/gzdt/expired.md": markdown("title: 过期文件\nindex_no: 12345678-9/2025-00003\npublished: 2025-01-03\nexpires: 2025-05-31"),
            "content/gzdt/ok.md": markdown("title: 正常文件\nindex_no: 12345678-9/2025-00004\npublished: 2025-01-04"),
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.drafts.map(\.title) == ["草稿文件"])
        #expect(report.futureDocuments.map(\.title) == ["未来文件"])
        #expect(report.expiredDocuments.map(\.title) == ["过期文件"])
        #expect(site.read("gzdt/draft.html") == nil)
        #expect(site.read("gzdt/future.html") == nil)
        #expect(site.read("gzdt/expired.html")?.contains("本文件已失效") == true)
        #expect(site.read("gzdt/ok.html")?.contains("本文件已失效") == false)

        let withBoth = site.build { $0.includeDrafts = true; $0.includeFuture = true }
        #expect(withBoth.succeeded && withBoth.drafts.isEmpty && withBoth.futureDocuments.isEmpty)
        #expect(site.read("gzdt/draft.html") != nil && site.read("gzdt/future.html") != nil)
    }

    @Test("\"today\" comes from SOURCE_DATE_EPOCH when --today is not given")
    func sourceDateEpoch() {
        let options = BuildOptions(siteFolder: URL(fileURLWithPath: "/tmp"))
        #expect(options.resolvedToday(environment: ["SOURCE_DATE_EPOCH": "1710779400"]) == Day(year: 2024, month: 3, day: 19))
    }

    @Test("an unknown front-matter key is a warning naming the closest key")
    func unknownKey() throws {
        let site = try TestSite(files: ["content/gzdt/a.md": markdown("title: a\nindex_n0: 12345678-9/2024-00001\npublished: 2024-01-02")])
        defer { site.remove() }
        let (_, report) = site.load()
        let d = try #require(report.diagnostic("front-matter.unknown-key"))
        #expect(d.severity == .warning && d.line == 3)
        #expect(d.message == "未知字段 \"index_n0\"，是否应为 \"index_no\"（索引号）？")
        let strict = site.load { $0.strict = true }.1
        #expect(strict.diagnostic("front-matter.unknown-key")?.severity == .error)
    }

    @Test("files that are not UTF-8 are errors that mention GBK")
    func notUTF8() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        // "---\ntitle: " then 政府 in GBK.
        try site.write("content/gzdt/gbk.md", bytes: Array("---\ntitle: ".utf8) + [0xD5, 0xFE, 0xB8, 0xAE] + Array("\n---\n".utf8))
        let (_, report) = site.load()
        let d = try #require(report.diagnostic("file.encoding"))
        #expect(d.line == 2 && d.column == 8)
        #expect(d.message.contains("GBK"))
    }

    @Test("node introductions and the page node come from _index.md")
    func introductions() throws {
        let site = try TestSite(files: [
            "content/zn/_index.md": "## 一、公开的主体和范围\n\n本指南……\n",
            "content/gzdt/_index.md": markdown("title: 忽略", body: "本栏目发布工作动态。"),
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(site.read("zn/index.html")?.contains("公开的主体和范围") == true)
        #expect(site.read("gzdt/index.html")?.contains("本栏目发布工作动态。") == true)
        #expect(site.read("gzdt/index.html")?.contains("<h1>工作动态") == true)
    }
}

@Suite("Front-matter keys as dictionary keys")
struct FrontMatterKeyHashingTests {
    @Test("keys are equal exactly when their raw values are, and equal keys hash alike")
    func equalityFollowsRawValues() {
        #expect(MemoryLayout<FrontMatterKey>.size == 1)
        for a in FrontMatterKey.allCases {
            for b in FrontMatterKey.allCases {
                #expect((a == b) == (a.rawValue == b.rawValue))
            }
            #expect(a.hashValue == FrontMatterKey(rawValue: a.rawValue)!.hashValue)
        }
        let table = Dictionary(uniqueKeysWithValues: FrontMatterKey.allCases.map { ($0, $0.rawValue) })
        #expect(table.count == FrontMatterKey.allCases.count)
        #expect(FrontMatterKey.allCases.allSatisfy { table[$0] == $0.rawValue })
        #expect(Set(FrontMatterKey.allCases.map(\.hashValue)).count > FrontMatterKey.allCases.count / 2)
    }
}
