import Foundation
import Testing
@testable import GongkaiCore

/// `gongkai new` in a 意见征集 column writes the window filled in (30 days from the date) and
/// the ways to respond as lines to enable; elsewhere the consultation keys are commented out.
@Suite("consultation template")
struct ConsultationTemplateTests {
    func template(_ kind: CatalogNode.Kind) -> String {
        DocumentTemplate(title: "关于《测试办法（征求意见稿）》公开征求意见的公告", indexNumber: "12345678-9/2025-00001", date: Day(iso: "2025-03-01")!,
                         publisher: "测试镇人民政府", docNumber: nil, kind: kind, fileName: "2025-00001", topics: .standard,
                         genres: Genres.standard, publishDeadlineWorkdays: 20).text
    }

    @Test("a consultation's window is filled in: 30 days, both ends counted")
    func consultationWindow() {
        let text = template(.consultations)
        #expect(text.contains("\n征集开始: \"2025-03-01\""))
        #expect(text.contains("\n征集截止: \"2025-03-30\""))
        #expect(text.contains("\n# 意见邮箱: "))
        #expect(text.contains("【请填写：征求意见的事项和起草说明"))
    }

    @Test("in other columns the window keys are only comments")
    func elsewhere() {
        let text = template(.list)
        #expect(text.contains("\n# 征集开始: \"2025-03-01\""))
        #expect(!text.contains("\n征集开始:"))
        #expect(text.contains("\n# 公示期: \"2025-03-01至2025-03-07\""))
    }

    @Test("the filled-in consultation loads as an open consultation without a window diagnostic")
    func loads() throws {
        let site = try clockSite([("content/yjzj/c1.md", template(.consultations))], today: "2025-03-01")
        #expect(site.consultationStates[0] == .open(remainingDays: 30))
        #expect(ConsultationChecker().check(site).isEmpty)
    }
}
