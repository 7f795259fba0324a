import Foundation
import Testing
@testable import GongkaiCore

@Suite("stats follows the derived statuses")
struct LifecycleStatisticsTests {
    static let files: [(String, String)] = [
        policy(1, title: "被代替的", published: "2022-03-01"),
        policy(2, title: "代替它的", published: "2024-06-01", "valid_until: 2029-05-31\nreplaces: \(number(1))"),
        policy(3, title: "年内到期的", published: "2022-04-01", "valid_until: 2024-09-30"),
        policy(4, title: "明年才被废止的", published: "2022-05-01"),
        policy(5, title: "废止它的", published: "2025-01-02", "abolishes: \(number(4))"),
        policy(6, title: "一年内到期的", published: "2022-06-01", "valid_until: 2025-12-31"),
        policy(7, title: "一年多以后到期的", published: "2022-06-01", "valid_until: 2026-07-01"),
    ]

    @Test("本年废止 counts documents replaced or abolished during the year; 现行有效 leaves out expired and replaced ones")
    func tableTwo() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: Self.files), today: "2025-06-30")
        let stats = YearStatistics(site: site, year: 2024)
        #expect(stats.regulatoryAbolished.documents?.map(\.title) == ["被代替的"])
        #expect(stats.regulatoryInForce.documents?.map(\.title).sorted() == ["一年内到期的", "一年多以后到期的", "代替它的", "明年才被废止的"].sorted())
        #expect(stats.notes.contains { $0.hasPrefix("content/fgwj/gfxwj/p3.md") && $0.contains("有效期至 2024-09-30") })
        let next = YearStatistics(site: site, year: 2025)
        #expect(next.regulatoryAbolished.documents?.map(\.title) == ["明年才被废止的"])
    }

    @Test("the review plan lists documents in force that expire within a year, soonest first")
    func expiring() throws {
        let site = try lifecycleSite(Dictionary(uniqueKeysWithValues: Self.files), today: "2025-06-30")
        let stats = YearStatistics(site: site, year: 2025)
        #expect(stats.expiringNextYear.documents?.map(\.title) == ["一年内到期的"])
        #expect(stats.text.contains("未来一年内到期的文件（评估计划）：1"))
        let later = try lifecycleSite(Dictionary(uniqueKeysWithValues: Self.files), today: "2025-07-01")
        #expect(YearStatistics(site: later, year: 2025).expiringNextYear.documents?.map(\.title) == ["一年内到期的", "一年多以后到期的"])
    }
}
