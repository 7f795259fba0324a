import Foundation
import Testing
@testable import GongkaiCore

/// The 意见征集 checks (README “意见征集”), each with cases that must and must not fire.
@Suite("consultation checks")
struct ConsultationCheckerTests {
    func ids(_ files: [(String, String)], today: String = "2025-03-10", config: String = clockConfig()) throws -> [String] {
        try consultationFindings(files, today: today, config: config).map(\.id)
    }

    @Test("a window shorter than 30 days needs a 缩短理由", arguments: [
        ("2025-03-01", "2025-03-30", "", false),            // 30 days, both ends counted
        ("2025-03-01", "2025-03-29", "", true),             // 29 days
        ("2025-03-01", "2025-03-15", "缩短理由: 涉及汛期安全，须在汛前出台", false),
    ])
    func shortWindow(start: String, end: String, extra: String, fires: Bool) throws {
        let found = try consultationFindings([consultation(1, start, end, extra)], today: "2025-03-10")
        #expect(found.contains { $0.id == "consultation.window-short" } == fires)
        if let d = found.first(where: { $0.id == "consultation.window-short" }) {
            #expect(d.severity == .error)
            #expect(d.message.contains("29 天"))
            #expect(d.line == 6, "points at 征集截止")
        }
    }

    @Test("the minimum comes from site.json consultations.min_days", arguments: [(15, false), (16, true), (0, false)])
    func configuredMinimum(minDays: Int, fires: Bool) throws {
        let config = clockConfig("\"consultations\": { \"min_days\": \(minDays) }")
        #expect(try ids([consultation(1, "2025-03-01", "2025-03-15")], config: config).contains("consultation.window-short") == fires)
    }

    @Test("征集截止 before 征集开始 is an error, the same day is not")
    func reversed() throws {
        #expect(try ids([consultation(1, "2025-03-10", "2025-03-09", "缩短理由: 测试")]).contains("consultation.window-reversed"))
        #expect(!(try ids([consultation(1, "2025-03-10", "2025-03-10", "缩短理由: 测试")])).contains("consultation.window-reversed"))
    }

    @Test("a consultation published after its 征集截止 is an error, on the last day it is not", arguments: [
        ("2025-03-31", true), ("2025-03-30", false), ("2025-02-20", false),
    ])
    func publishedAfterEnd(published: String, fires: Bool) throws {
        let found = try ids([consultation(1, "2025-03-01", "2025-03-30", published: published)], today: "2025-04-01")
        #expect(found.contains("consultation.published-after-end") == fires)
    }

    @Test("a consultation without both window days is an error")
    func missingWindow() throws {
        let file = ("content/yjzj/c1.md", document(1, "征集开始: 2025-03-01"))
        let found = try consultationFindings([file])
        #expect(found.map(\.id) == ["consultation.window-missing"])
        #expect(found.first?.message.contains("征集截止") == true)
        #expect(try ids([consultation(1, "2025-03-01", "2025-03-30")]).isEmpty)
    }

    @Test("no 采纳情况 more than 30 days after the end is a warning; 30 days or a feedback is fine", arguments: [
        ("2025-04-29", false, false),   // 30 days after 2025-03-30
        ("2025-04-30", false, true),    // 31 days
        ("2025-04-30", true, false),    // with feedback
    ])
    func overdueFeedback(today: String, answered: Bool, fires: Bool) throws {
        var files = [consultation(1, "2025-03-01", "2025-03-30")]
        if answered { files.append(feedback(2, of: 1, published: "2025-04-20")) }
        let found = try consultationFindings(files, today: today)
        #expect(found.contains { $0.id == "consultation.feedback-overdue" && $0.severity == .warning } == fires)
    }

    @Test("the feedback period comes from site.json consultations.feedback_days; 0 turns it off", arguments: [(10, true), (0, false), (60, false)])
    func configuredFeedbackDays(days: Int, fires: Bool) throws {
        let config = clockConfig("\"consultations\": { \"feedback_days\": \(days) }")
        #expect(try ids([consultation(1, "2025-03-01", "2025-03-30")], today: "2025-04-25", config: config).contains("consultation.feedback-overdue") == fires)
    }

    @Test("a 采纳情况 must name a published consultation")
    func feedbackTarget() throws {
        let unknown = try consultationFindings([consultation(1, "2025-03-01", "2025-03-30"), ("content/yjzj/f2.md", document(2, published: "2025-04-01", "采纳情况: 12345678-9/2024-00009"))], today: "2025-04-01")
        #expect(unknown.map(\.id) == ["consultation.feedback-target"])
        #expect(unknown.first?.hint?.contains(number(1)) == true, "suggests the closest 索引号")
        let notConsultation = try ids([("content/gzdt/n1.md", document(1)), ("content/yjzj/f2.md", document(2, published: "2025-04-01", "采纳情况: \(number(1))"))], today: "2025-04-01")
        #expect(notConsultation == ["consultation.feedback-target"])
        #expect(try ids([consultation(1, "2025-03-01", "2025-03-30"), feedback(2, of: 1, published: "2025-04-01")], today: "2025-04-01").isEmpty)
    }

    @Test("a 决策文件 must be published")
    func decision() throws {
        let window = consultation(1, "2025-03-01", "2025-03-30", "决策文件: \(number(3))")
        #expect(try ids([window], today: "2025-04-01") == ["consultation.decision-missing"])
        #expect(try ids([window, ("content/gzdt/d3.md", document(3, published: "2025-04-01"))], today: "2025-04-01").isEmpty)
    }

    @Test("window keys outside a consultation column are a warning")
    func outside() throws {
        let found = try consultationFindings([("content/gzdt/n1.md", document(1, "征集开始: 2025-03-01\n征集截止: 2025-03-30"))])
        #expect(found.map(\.id) == ["consultation.window-outside"])
        #expect(found.first?.severity == .warning)
    }

    @Test("site.json consultations and publicity are read, and unknown keys in them are errors")
    func config() throws {
        let (loaded, diagnostics) = SiteConfigLoader.load(Array(clockConfig("\"consultations\": { \"min_days\": 20, \"feedback_days\": 15 }, \"publicity\": { \"grace_days\": 3 }").utf8))
        let config = try #require(loaded)
        #expect(diagnostics.isEmpty)
        #expect(config.consultations.minDays == 20 && config.consultations.feedbackDays == 15 && config.publicity.graceDays == 3)
        #expect(config.catalog.nodes.contains { $0.kind == .consultations })
        let (_, bad) = SiteConfigLoader.load(Array(clockConfig("\"publicity\": { \"grace\": 3 }").utf8))
        #expect(bad.contains { $0.id == "config.unknown-key" })
        let defaults = SiteConfig()
        #expect(defaults.consultations.minDays == 30 && defaults.consultations.feedbackDays == 30 && defaults.publicity.graceDays == 0)
    }
}
