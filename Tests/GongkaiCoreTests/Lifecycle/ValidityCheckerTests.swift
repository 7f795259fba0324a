import Foundation
import Testing
@testable import GongkaiCore

@Suite("validity checks")
struct ValidityCheckerTests {
    private func ids(_ files: [(String, String)], today: String = "2025-06-30", config: String = TestSite.minimalConfig) throws -> [String] {
        try lifecycleFindings(of: ValidityChecker(), files, today: today, config: config).map(\.id)
    }

    @Test("a 行政规范性文件 without 有效期至 warns; one with it, or another document, does not")
    func missing() throws {
        let found = try findings(of: ValidityChecker(), files: Dictionary(uniqueKeysWithValues: [policy(1)]))
        let d = try #require(found.first)
        #expect(d.id == "validity.missing" && d.severity == .warning)
        #expect(d.message == "行政规范性文件《测试办法》没有写明有效期")
        #expect(d.hint?.contains("有效期至: 2029-02-28") == true)
        #expect(try ids([policy(1, "有效期至: 2027-02-28")]).isEmpty)
        #expect(try ids([("content/gzdt/a.md", document(1))]).isEmpty)
        // A 体裁分类 of 行政规范性文件 counts wherever the document is.
        #expect(try ids([("content/gzdt/a.md", document(1, "genre: 规范性文件"))], config: config(adding: "\"genres\": [\"通知\", \"规范性文件\"]")) == ["validity.missing"])
    }

    @Test("the requirement can be turned off in site.json")
    func missingOff() throws {
        #expect(try ids([policy(1)], config: config(adding: "\"policy_documents\": { \"require_validity\": false }")).isEmpty)
    }

    @Test("试行 or 暂行: at most 2 years, the last allowed day included", arguments: [
        ("2026-02-28", false), ("2026-03-01", true),
    ])
    func trial(until: String, fires: Bool) throws {
        let found = try ids([policy(1, title: "测试办法（试行）", "施行日期: 2024-03-01\n有效期至: \(until)")], today: "2024-03-01")
        #expect(found.contains("validity.trial-too-long") == fires)
    }

    @Test("a period starting on 29 February ends 2 years later on 28 February", arguments: [("2026-02-28", false), ("2026-03-01", true)])
    func trialLeap(until: String, fires: Bool) throws {
        let found = try ids([policy(1, title: "暂行规定", published: "2024-02-29", "valid_until: \(until)")], today: "2024-03-01")
        #expect(found.contains("validity.trial-too-long") == fires)
    }

    @Test("any document: at most 5 years; the limits come from site.json", arguments: [("2029-02-28", false), ("2029-03-01", true)])
    func tooLong(until: String, fires: Bool) throws {
        #expect(try ids([policy(1, "valid_from: 2024-03-01\nvalid_until: \(until)")], today: "2024-03-01").contains("validity.too-long") == fires)
    }

    @Test("the limits and the warning period are configurable")
    func configured() throws {
        let custom = config(adding: "\"policy_documents\": { \"max_years\": 3, \"trial_max_years\": 1, \"expiry_warning_days\": 0 }")
        #expect(try ids([policy(1, "valid_from: 2024-03-01\nvalid_until: 2027-03-01")], today: "2024-03-01", config: custom) == ["validity.too-long"])
        #expect(try ids([policy(1, title: "试行办法", "valid_from: 2024-03-01\nvalid_until: 2025-03-01")], today: "2024-03-01", config: custom) == ["validity.trial-too-long"])
        #expect(try ids([policy(1, "valid_from: 2024-03-01\nvalid_until: 2024-03-05")], today: "2024-03-01", config: custom).isEmpty)
    }

    @Test("即将到期: within 90 days of 有效期至, up to the day itself, not after", arguments: [
        ("2025-10-01", false), ("2025-10-02", true), ("2025-12-31", true), ("2026-01-01", false),
    ])
    func expiring(today: String, fires: Bool) throws {
        let found = try findings(of: ValidityChecker(), files: Dictionary(uniqueKeysWithValues: [policy(1, "有效期至: 2025-12-31")]), today: today)
        #expect(found.contains { $0.id == "validity.expiring" } == fires)
        if fires {
            let d = try #require(found.first { $0.id == "validity.expiring" })
            #expect(d.message.contains("即将到期，请组织评估"))
            #expect(d.line == 5)
        }
    }

    @Test("a replaced document is not flagged as expiring")
    func replacedNotExpiring() throws {
        let found = try ids([policy(1, published: "2023-03-01", "有效期至: 2025-07-31"), policy(2, published: "2025-03-01", "有效期至: 2030-02-28\nreplaces: [\"\(number(1))\"]")])
        #expect(!found.contains("validity.expiring"))
    }

    @Test("a declared 有效 after 有效期至, or while replaced, contradicts the derived status")
    func statusConflict() throws {
        let found = try findings(of: ValidityChecker(), files: Dictionary(uniqueKeysWithValues: [policy(1, "status: 有效\nvalid_until: 2025-06-29")]))
        let d = try #require(found.first { $0.id == "validity.status-conflict" })
        #expect(d.message.contains("有效期至 2025-06-29 已过"))
        #expect(d.line == 5)
        // The day of 有效期至 itself is still 有效.
        #expect(try ids([policy(1, "status: 有效\nvalid_until: 2025-06-30")]) == ["validity.expiring"])
        #expect(try ids([policy(1, published: "2023-03-01", "status: 有效\nvalid_until: 2027-01-01"), policy(2, "valid_until: 2029-01-01\nreplaces: \(number(1))")]) == ["validity.status-conflict"])
        // Not written: nothing to contradict.
        #expect(try ids([policy(1, "valid_until: 2025-06-29")]).isEmpty)
        // 失效 declared while the period still runs.
        #expect(try ids([policy(1, "status: 失效\nvalid_until: 2026-01-01")]) == ["validity.status-conflict"])
        // 废止 declared ahead of a later 废止日期 is fine.
        #expect(try ids([policy(1, "status: 废止\nabolished: 2025-09-01\nvalid_until: 2027-01-01")]).isEmpty)
    }

    @Test("有效期至 before 施行日期 is an error")
    func order() throws {
        let found = try lifecycleFindings(of: ValidityChecker(), [policy(1, "valid_from: 2025-03-01\nvalid_until: 2025-02-28")])
        #expect(found.map(\.id) == ["validity.order"])
        #expect(found.first?.severity == .error)
    }
}
