import Testing
@testable import GongkaiCore

@Suite("publish deadline checker")
struct PublishDeadlineCheckerTests {
    private func check(written: String?, published: String, extra: String = "", holidays: String = "[]") throws -> [Diagnostic] {
        let lines = [written.map { "written: \($0)" }, extra.isEmpty ? nil : extra].compactMap { $0 }.joined(separator: "\n")
        return try findings(of: PublishDeadlineChecker(), files: ["content/gzdt/a.md": document(1, published: published, lines)],
                            config: config(adding: "\"holidays\": \(holidays)"))
    }

    @Test("20 working days after 成文日期 is on time")
    func onTime() throws {
        // 2024-03-01 is a Friday; the 20th working day after it is Friday 2024-03-29.
        #expect(try check(written: "2024-03-01", published: "2024-03-29").isEmpty)
        #expect(try check(written: "2024-03-01", published: "2024-03-01").isEmpty)
    }

    @Test("the 21st working day warns at 发布日期 with both dates and the count")
    func late() throws {
        let found = try check(written: "2024-03-01", published: "2024-04-01")
        let d = try #require(found.first)
        #expect(d.id == "publish.late" && d.severity == .warning)
        #expect(d.line == 4 && d.column == 12, "\(d.formatted)")
        #expect(d.message == "发布日期 2024-04-01 比成文日期 2024-03-01 晚 21 个工作日，超过了 20 个工作日的公开时限")
        #expect(d.hint?.contains("第二十六条") == true)
    }

    @Test("a public holiday is not a working day, a make-up day (调休) is")
    func holidays() throws {
        #expect(try check(written: "2024-03-01", published: "2024-04-01", holidays: "[\"2024-03-25\"]").isEmpty)
        #expect(try check(written: "2024-03-01", published: "2024-03-29", holidays: "[\"+2024-03-23\"]").count == 1)
    }

    @Test("the built-in calendar counts 国庆 2024 with no holidays in site.json")
    func officialCalendar() throws {
        // Friday 09-27 → Monday 10-28 is 21 weekdays; the notice takes off 10-01…10-04 and 10-07
        // and adds Sunday 09-29 and Saturday 10-12: 18 working days.
        #expect(try check(written: "2024-09-27", published: "2024-10-28").isEmpty)
        #expect(try check(written: "2024-09-27", published: "2024-10-30").isEmpty)  // the 20th
        let late = try check(written: "2024-09-27", published: "2024-10-31")
        #expect(late.first?.message.contains("晚 21 个工作日") == true, "\(late.map(\.message))")
    }

    @Test("documents without 成文日期, or 依申请公开, are not checked")
    func notChecked() throws {
        #expect(try check(written: nil, published: "2024-09-01").isEmpty)
        #expect(try check(written: "2024-01-02", published: "2024-09-02", extra: "disclosure: 依申请公开").isEmpty)
    }

    @Test("the deadline comes from site.json")
    func configured() throws {
        let found = try findings(of: PublishDeadlineChecker(), files: ["content/gzdt/a.md": document(1, published: "2024-03-06", "written: 2024-03-01")],
                                 config: config(adding: "\"publish_deadline_workdays\": 2"))
        #expect(found.first?.message.contains("晚 3 个工作日，超过了 2 个工作日") == true)
    }
}
