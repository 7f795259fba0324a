import Foundation
import Testing
@testable import GongkaiCore

@Suite("personal information checker")
struct PersonalInfoCheckerTests {
    /// Runs the checker over one 工作动态 document with `body` (body starts on line 6).
    private func scan(body: String, _ extra: String = "") throws -> [Diagnostic] {
        try findings(of: PersonalInfoChecker(), files: ["content/gzdt/a.md": document(1, extra, body: body)])
    }

    struct Leak: Sendable, CustomTestStringConvertible {
        var body: String
        var full: String
        var id: String
        var masked: String
        var column: Int
        var testDescription: String { "\(id) in \(body)" }
    }

    static let leaks: [Leak] = [
        Leak(body: "申请人身份证号11010519491231002X。", full: "11010519491231002X", id: "privacy.resident-id", masked: "110105********002X", column: 8),
        Leak(body: "身份证：350102198001011233", full: "350102198001011233", id: "privacy.resident-id", masked: "350102********1233", column: 5),
        Leak(body: "出生于闰日 110105200002290013 的申请人", full: "110105200002290013", id: "privacy.resident-id", masked: "110105********0013", column: 7),
        Leak(body: "联系电话：13812345678", full: "13812345678", id: "privacy.mobile", masked: "138****5678", column: 6),
        Leak(body: "联系人手机 138 1234 5678", full: "138 1234 5678", id: "privacy.mobile", masked: "138****5678", column: 7),
        Leak(body: "全角号码１３８１２３４５６７８也算", full: "１３８１２３４５６７８", id: "privacy.mobile", masked: "138****5678", column: 5),
        Leak(body: "补贴打入卡号 6222021234567894", full: "6222021234567894", id: "privacy.bank-card", masked: "6222 **** **** 7894", column: 8),
        Leak(body: "账号：6217000000000000012。", full: "6217000000000000012", id: "privacy.bank-card", masked: "6217 **** **** 0012", column: 4),
    ]

    @Test("a full number in the body is an error at its line and column, shown masked", arguments: leaks)
    func leakInBody(_ leak: Leak) throws {
        let found = try scan(body: "第一段。\n\n" + leak.body)
        #expect(found.count == 1, "\(found.map(\.formatted))")
        let d = try #require(found.first)
        #expect(d.id == leak.id)
        #expect(d.severity == .error)
        #expect(d.file == "content/gzdt/a.md")
        #expect(d.line == 8 && d.column == leak.column, "\(d.formatted)")
        #expect(d.message.contains(leak.masked), "\(d.message)")
        #expect(!d.formatted.contains(leak.full))
        #expect(!d.formatted.contains(leak.full.filter { !$0.isWhitespace }))
    }

    static let harmless: [String] = [
        "号码 350102198001011234 的校验位不对",          // wrong check digit
        "号码 350102198013011230 的出生月份是 13 月",     // right check digit, no such date
        "号码 110105200102290010 的出生日期是平年 2 月 29 日",
        "已遮蔽的手机号 138****5678 可以公开",
        "已遮蔽的身份证 35*************123 可以公开",
        "已遮蔽的身份证 110105********002X 可以公开",
        "更长的数字串 913812345678 不是手机号",
        "更长的数字串 1381234567812 也不是",
        "订单号 NO13812345678 是编码的一部分",
        "卡号校验不对 6222021234567895",
        "不以发卡行号段开头的 1234567890123452",
        "办公电话 0599-5231001，传真 0599-5231002",
        "索引号 00822061-4/2024-00017，文号 青政办〔2024〕3号",
        "金额 15000000000元，人口 13812345678人",
        "日期 20240319，时间 2024-03-19 09:30",
    ]

    @Test("numbers that are not personal information do not fire", arguments: harmless)
    func harmlessNumbers(_ body: String) throws {
        #expect(try scan(body: body).isEmpty)
    }

    @Test("a reason in privacy_exempt lets the document publish the numbers")
    func exemptWithReason() throws {
        let found = try scan(body: "低保对象 张三 13812345678", "privacy_exempt: 依《最低生活保障审核确认办法》公示低保对象")
        #expect(found.isEmpty)
        let chinese = try scan(body: "低保对象 张三 13812345678", "公开理由: 依法公示")
        #expect(chinese.isEmpty)
    }

    @Test("privacy_exempt without a reason does not exempt", arguments: ["true", "是", "yes"])
    func exemptWithoutReason(_ flag: String) throws {
        let found = try scan(body: "13812345678", "privacy_exempt: \(flag)")
        let d = try #require(found.first)
        #expect(d.id == "privacy.mobile")
        #expect(d.hint?.contains("须写明") == true)
    }

    @Test("the title and summary are scanned and reported at their line")
    func titleAndSummary() throws {
        let files = ["content/gzdt/a.md": markdown("title: 关于张三（13812345678）的公示\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-01\nsummary: 身份证 11010519491231002X")]
        let found = try findings(of: PersonalInfoChecker(), files: files)
        #expect(found.map(\.id).sorted() == ["privacy.mobile", "privacy.resident-id"])
        let title = try #require(found.first { $0.id == "privacy.mobile" })
        #expect(title.line == 2 && title.column == 8 + 5, "\(title.formatted)")
        #expect(title.message.hasPrefix("标题中有手机号码 138****5678"))
        let summary = try #require(found.first { $0.id == "privacy.resident-id" })
        #expect(summary.line == 5, "\(summary.formatted)")
        #expect(summary.message.hasPrefix("内容概述中有身份证号码"))
    }

    @Test("a quoted title is reported at the number, not the quote")
    func quotedTitle() throws {
        let files = ["content/gzdt/a.md": markdown("title: \"张三 13812345678\"\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-01")]
        let d = try #require(try findings(of: PersonalInfoChecker(), files: files).first)
        #expect(d.line == 2 && d.column == 12, "\(d.formatted)")
    }

    @Test("a node introduction is scanned too")
    func introduction() throws {
        let found = try findings(of: PersonalInfoChecker(), files: [
            "content/gzdt/a.md": document(1),
            "content/zn/_index.md": "---\ntitle: 指南\n---\n咨询电话 13812345678\n",
        ])
        let d = try #require(found.first)
        #expect(d.file == "content/zn/_index.md" && d.line == 4 && d.column == 6)
    }

    @Test("a future-dated document is scanned before it is published")
    func futureDocument() throws {
        let found = try findings(of: PersonalInfoChecker(), files: ["content/gzdt/a.md": document(1, published: "2030-01-01", body: "13812345678")])
        #expect(found.map(\.id) == ["privacy.mobile"])
    }

    @Test("several numbers on several lines are each reported, in order")
    func several() throws {
        let found = try scan(body: "甲 13812345678\n乙 13987654321、11010519491231002X")
        #expect(found.map(\.line) == [6, 7, 7])
        #expect(found.map(\.column) == [3, 3, 15])
    }
}
