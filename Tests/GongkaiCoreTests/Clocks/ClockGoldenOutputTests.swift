import Foundation
import Testing
@testable import GongkaiCore

/// Golden pages of the clocks (README “意见征集” and “公示期”): an open consultation with its
/// ways to respond, an answered one linked to its 采纳情况 and decision, the consultation
/// column, and the notice where a withdrawn 公示 stood — byte for byte, built on 2025-04-10.
/// Re-record after an intended change with
///
///     GONGKAI_RECORD_GOLDEN=1 swift test --filter "GoldenOutputTests|ReportOutputTests"
///
/// and review the diff of Fixtures/clock-golden before committing it.
@Suite("clock golden pages")
struct ClockGoldenOutputTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/clock-golden")

    static let files: [(String, String)] = [
        consultation(1, "2025-03-01", "2025-03-30", published: "2025-02-26", title: "关于《测试镇垃圾分类办法（征求意见稿）》公开征求意见的公告", "决策文件: \(number(3))\n意见邮箱: yj@example.gov.cn"),
        feedback(2, of: 1, published: "2025-04-08"),
        ("content/gzdt/d3.md", document(3, title: "测试镇垃圾分类办法", published: "2025-04-09")),
        consultation(4, "2025-04-01", "2025-04-20", title: "关于《测试镇停车管理规定（征求意见稿）》公开征求意见的公告",
                     "缩短理由: 停车位改造工程须在汛期前开工\n通信地址: 测试镇人民路1号（邮编 100000）\n在线提交: https://yj.example.gov.cn/4"),
        publicity(5, period: "2025-03-01至2025-03-07"),
    ]

    static let pages = ["yjzj/c1.html", "yjzj/c4.html", "yjzj/index.html", "gsgg/g5.html"]

    @Test("the clock pages are exactly the recorded ones")
    func goldenPages() throws {
        // A path-only base_url: no QR codes, whose drawing is not what these pages are about.
        let config = clockConfig().replacingOccurrences(of: "\"https://www.example.gov.cn/xxgk/\"", with: "\"/xxgk/\"")
        let (site, report) = try builtClockSite(Self.files, today: "2025-04-10", config: config)
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        // The minimal site has warnings of its own (no 依申请公开, empty columns); none is about the clocks.
        #expect(!report.diagnostics.contains { $0.id.hasPrefix("consultation.") || $0.id.hasPrefix("publicity.") }, "\(report.diagnostics.map(\.formatted))")
        if ProcessInfo.processInfo.environment["GONGKAI_RECORD_GOLDEN"] == "1" {
            for page in Self.pages {
                let url = Self.golden.appendingPathComponent(page)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contentsOf: site.output.appendingPathComponent(page)).write(to: url)
            }
            Issue.record("clock golden pages re-recorded; review them and run the tests again without GONGKAI_RECORD_GOLDEN")
            return
        }
        for page in Self.pages {
            let actual = try Data(contentsOf: site.output.appendingPathComponent(page))
            let expected = try Data(contentsOf: Self.golden.appendingPathComponent(page))
            #expect(actual == expected, "\(page) differs from Fixtures/clock-golden (re-record with GONGKAI_RECORD_GOLDEN=1 if intended)")
        }
    }
}
