import Foundation
import Testing
@testable import GongkaiCore

/// The example site on the day it is a snapshot of (2025-11-22): a consultation in each state,
/// and the 2025 公益性岗位 公示 withdrawn without a trace.
@Suite("the example site's clocks")
struct ExampleSiteClockTests {
    @Test("on 2025-11-22 the example has a consultation in each state and the ended 公示 is gone from every file")
    func snapshotDay() throws {
        let output = ExampleSite.temporaryOutput("clocks")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var options = ExampleSite.options(output: output)
        options.today = Day(year: 2025, month: 11, day: 22)
        let report = SiteBuilder.build(options)
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.diagnostics.map(\.formatted))")
        func page(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        for (file, state) in [("2025-11-yanglao-fuwu-zhengqiu", "未开始"), ("2025-11-cunguiminyue-zhengqiu", "征集中（剩余 18 天）"),
                              ("2025-10-heli-guanli-zhengqiu", "已结束"), ("2025-08-laji-shoufei-zhengqiu", "已反馈")] {
            #expect(try page("fdzdgknr/yjzj/\(file).html").contains("<span class=\"consultation-state\">\(state)</span>"), "\(file)")
        }
        #expect(try page("fdzdgknr/rsxx/2025-05-gongyixing-gangwei-gongshi.html").contains("本公示已于 2025年5月20日 期满，依法不再公开。"))
        #expect(try page("fdzdgknr/rsxx/2025-11-renqian-gongshi.html").contains("本公示正在公示期内（2025年11月20日至2025年11月26日）。"))
        #expect(report.withdrawn.map(\.path) == ["content/fdzdgknr/rsxx/2025-05-gongyixing-gangwei-gongshi.md"])
        let tester = try TestSite(files: [:])
        defer { tester.remove() }
        for name in ["黄春梅", "林长生", "公益性岗位拟聘用人员"] {
            let needle = Data(name.utf8)
            let found = tester.snapshot(of: output).filter { $0.value.range(of: needle) != nil }.keys.sorted()
            #expect(found.isEmpty, "\(name) remains in \(found)")
        }
    }
}
