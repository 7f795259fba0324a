import Foundation
import Testing
@testable import GongkaiCore

@Suite struct YearStatisticsTests {
    /// 2024: four 工作动态 (one 依申请公开), two 行政规范性文件; plus documents of other
    /// years, a draft and a future one that must not count.
    static let files: [String: String] = [
        "content/gzdt/a.md": markdown("title: 动态一\nindex_no: \"12345678-9/2024-00001\"\npublished: 2024-01-10\ntopic: 综合政务/政务公开\ngenre: 通知"),
        "content/gzdt/b.md": markdown("title: 动态二\nindex_no: \"12345678-9/2024-00002\"\npublished: 2024-02-10\ntopic: 综合政务"),
        "content/gzdt/c.md": markdown("title: 动态三\nindex_no: \"12345678-9/2024-00003\"\npublished: 2024-12-31 23:59\ntopic: 农业、林业、水利"),
        "content/gzdt/d.md": markdown("title: 依申请公开的\nindex_no: \"12345678-9/2024-00004\"\npublished: 2024-05-10\ndisclosure: 依申请公开"),
        "content/gzdt/old.md": markdown("title: 去年的\nindex_no: \"12345678-9/2023-00009\"\npublished: 2023-12-31"),
        "content/gzdt/draft.md": markdown("title: 草稿\nindex_no: \"12345678-9/2024-00005\"\npublished: 2024-06-01\ndraft: true"),
        "content/gzdt/future.md": markdown("title: 未来的\nindex_no: \"12345678-9/2025-00010\"\npublished: 2025-12-01"),
        "content/fgwj/gfxwj/a.md": markdown("title: 规范性文件甲\nindex_no: \"12345678-9/2024-00006\"\npublished: 2024-02-01\ntopic: 城乡建设、环境保护\ngenre: 通知"),
        "content/fgwj/gfxwj/b.md": markdown("title: 规范性文件乙\nindex_no: \"12345678-9/2023-00001\"\npublished: 2023-05-01\nstatus: 废止\nabolished: 2024-06-01"),
        "content/fgwj/gfxwj/c.md": markdown("title: 规范性文件丙\nindex_no: \"12345678-9/2022-00001\"\npublished: 2022-05-01\nexpires: 2024-03-01"),
        "content/fgwj/gfxwj/d.md": markdown("title: 规范性文件丁\nindex_no: \"12345678-9/2024-00007\"\npublished: 2024-11-01\nstatus: 废止"),
        "content/fgwj/gfxwj/e.md": markdown("title: 规范性文件戊\nindex_no: \"12345678-9/2023-00002\"\npublished: 2023-03-01"),
    ]

    static func statistics() throws -> YearStatistics {
        let site = try TestSite(files: files)
        defer { site.remove() }
        let (loaded, report) = site.load()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return YearStatistics(site: try #require(loaded), year: 2024)
    }

    @Test func publishedAndProactiveCountsLeaveOutOtherYearsDraftsAndFutureDocuments() throws {
        let stats = try Self.statistics()
        #expect(stats.published.count == 6)
        #expect(stats.proactive.count == 5)
        #expect(stats.proactive.derivation.contains("依申请公开 1 条"))
    }

    @Test func nodeCountsGiveTheNodeAndItsSubtree() throws {
        let stats = try Self.statistics()
        let byPath = Dictionary(uniqueKeysWithValues: stats.byNode.map { ($0.path, $0) })
        #expect(byPath["gzdt"]?.count == 4)
        #expect(byPath["fgwj"]?.count == 0)
        #expect(byPath["fgwj"]?.countInTree == 2)
        #expect(byPath["fgwj/gfxwj"]?.count == 2)
    }

    @Test func topicsCountByClassAndGenresByName() throws {
        let stats = try Self.statistics()
        #expect(stats.byTopic == [
            .init(name: "综合政务", count: 2), .init(name: "农业、林业、水利", count: 1),
            .init(name: "城乡建设、环境保护", count: 1), .init(name: YearStatistics.unknownTopic, count: 2),
        ])
        #expect(stats.byGenre == [.init(name: "通知", count: 2), .init(name: YearStatistics.unknownGenre, count: 4)])
    }

    @Test func tableTwoCountsRegulatoryDocumentsIssuedAbolishedAndInForce() throws {
        let stats = try Self.statistics()
        #expect(stats.regulatoryIssued.count == 2)
        #expect(stats.regulatoryIssued.documents?.map(\.title) == ["规范性文件甲", "规范性文件丁"])
        #expect(stats.regulatoryAbolished.count == 1)
        #expect(stats.regulatoryAbolished.documents?.map(\.title) == ["规范性文件乙"])
        #expect(stats.regulatoryInForce.count == 2)
        #expect(stats.regulatoryInForce.documents?.map(\.title).sorted() == ["规范性文件戊", "规范性文件甲"].sorted())
        #expect(stats.asOf == "2024-12-31")
    }

    @Test func documentsThatCannotBeCountedWithCertaintyAreNamed() throws {
        let stats = try Self.statistics()
        #expect(stats.notes.contains { $0.hasPrefix("content/fgwj/gfxwj/d.md") && $0.contains("没有填写废止日期") })
        #expect(stats.notes.contains { $0.hasPrefix("content/fgwj/gfxwj/c.md") && $0.contains("有效期至 2024-03-01") })
    }

    @Test func everyFormatCarriesTheNumbersAndHowTheyWereDerived() throws {
        let stats = try Self.statistics()
        #expect(stats.text.contains("本年制发件数：2"))
        #expect(stats.text.contains("算法："))
        let decoded = try JSONDecoder().decode(YearStatistics.self, from: Data(stats.json.utf8))
        #expect(decoded == stats)
        #expect(stats.csv.contains("年报表二 行政规范性文件,现行有效件数,,2,,"))
    }

    @Test func theCSVStartsWithAByteOrderMarkSoExcelReadsItAsUTF8() throws {
        let stats = try Self.statistics()
        #expect(Array(stats.csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(stats.csv.dropFirst().hasPrefix("分类,名称,栏目路径,数量,含下级栏目,算法\r\n"))
    }
}
