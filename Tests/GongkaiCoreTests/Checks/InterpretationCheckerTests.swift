import Testing
@testable import GongkaiCore

/// A 行政规范性文件 and, when `interpretation` is given, its 政策解读 published that day.
private func policyFiles(policyPublished: String = "2024-03-01", interpretation: String?, status: String? = nil) -> [String: String] {
    var files = ["content/fgwj/gfxwj/p.md": document(1, title: "管理办法", published: policyPublished, status.map { "status: \($0)" } ?? "")]
    if let interpretation {
        files["content/zcjd/j.md"] = document(2, title: "《管理办法》解读", published: interpretation, "interprets: 12345678-9/2024-00001")
    }
    return files
}

@Suite("interpretation deadline checker")
struct InterpretationDeadlineCheckerTests {
    @Test("an interpretation within 3 working days of its policy is on time", arguments: ["2024-03-01", "2024-03-06"])
    func onTime(_ published: String) throws {
        #expect(try findings(of: InterpretationDeadlineChecker(), files: policyFiles(interpretation: published)).isEmpty)
    }

    @Test("a later interpretation warns at its 发布日期, naming the policy")
    func late() throws {
        // 2024-03-01 is a Friday: 03-07 is the 4th working day after it.
        let found = try findings(of: InterpretationDeadlineChecker(), files: policyFiles(interpretation: "2024-03-07"))
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "interpretation.late" && d.severity == .warning)
        #expect(d.file == "content/zcjd/j.md" && d.line == 4 && d.column == 12, "\(d.formatted)")
        #expect(d.message == "政策解读发布于 2024-03-07，比所解读的《管理办法》（2024-03-01 发布）晚 4 个工作日，超过了 3 个工作日的时限")
    }

    @Test("the built-in 国庆 holidays stretch the deadline with no holidays in site.json")
    func holidays() throws {
        // Monday 2024-09-30 → Wednesday 10-09: 6 weekdays, but 10-01…10-07 are 国庆 (国办发明电〔2023〕7号).
        #expect(try findings(of: InterpretationDeadlineChecker(), files: policyFiles(policyPublished: "2024-09-30", interpretation: "2024-10-09")).isEmpty)
        // 2024-10-10 is the 3rd working day, 10-11 the 4th.
        #expect(try findings(of: InterpretationDeadlineChecker(), files: policyFiles(policyPublished: "2024-09-30", interpretation: "2024-10-10")).isEmpty)
        let late = try findings(of: InterpretationDeadlineChecker(), files: policyFiles(policyPublished: "2024-09-30", interpretation: "2024-10-11"))
        #expect(late.first?.message.contains("晚 4 个工作日") == true, "\(late.map(\.message))")
    }

    @Test("site.json holidays override the built-in calendar day by day")
    func holidaysOverride() throws {
        // Working on 10-07 (a `+` entry) makes 10-09 the 3rd working day, 10-10 the 4th.
        let found = try findings(of: InterpretationDeadlineChecker(), files: policyFiles(policyPublished: "2024-09-30", interpretation: "2024-10-10"),
                                 config: config(adding: "\"holidays\": [\"+2024-10-07\"]"))
        #expect(found.first?.message.contains("晚 4 个工作日") == true, "\(found.map(\.message))")
    }

    @Test("the deadline comes from site.json")
    func configured() throws {
        let found = try findings(of: InterpretationDeadlineChecker(), files: policyFiles(interpretation: "2024-03-04"),
                                 config: config(adding: "\"interpretation_deadline_workdays\": 0"))
        #expect(found.first?.message.contains("晚 1 个工作日，超过了 0 个工作日") == true)
    }
}

@Suite("holiday coverage of interpretation deadlines")
struct InterpretationHolidayCoverageTests {
    @Test("an interpretation of a policy in a year the calendar does not know warns at the interpretation")
    func unknownYear() throws {
        let found = try findings(of: HolidayCoverageChecker(), files: policyFiles(policyPublished: "2019-03-01", interpretation: "2019-03-04"))
        #expect(found.map(\.id) == ["holidays.unknown-year"])
        #expect(found.first?.file == "content/zcjd/j.md")
        #expect(try findings(of: HolidayCoverageChecker(), files: policyFiles(policyPublished: "2024-03-01", interpretation: "2024-03-04")).isEmpty)
    }
}

@Suite("missing interpretation checker")
struct MissingInterpretationCheckerTests {
    @Test("a 行政规范性文件 without interpretation warns at its title")
    func missing() throws {
        let found = try findings(of: MissingInterpretationChecker(), files: policyFiles(interpretation: nil))
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "interpretation.missing" && d.severity == .warning)
        #expect(d.file == "content/fgwj/gfxwj/p.md" && d.line == 2 && d.column == 1)
        #expect(d.message == "行政规范性文件《管理办法》没有政策解读")
        #expect(d.hint?.contains("gongkai new zcjd 标题 --interprets 12345678-9/2024-00001") == true, "\(d.hint ?? "")")
    }

    @Test("an interpreted one does not", arguments: ["2024-03-01", "2024-05-01"])
    func interpreted(_ published: String) throws {
        #expect(try findings(of: MissingInterpretationChecker(), files: policyFiles(interpretation: published)).isEmpty)
    }

    @Test("an interpretation that is not published yet does not count")
    func futureInterpretation() throws {
        let found = try findings(of: MissingInterpretationChecker(), files: policyFiles(interpretation: "2030-01-01"))
        #expect(found.map(\.id) == ["interpretation.missing"])
    }

    @Test("abolished and expired documents are left alone", arguments: ["废止", "失效"])
    func notInForce(_ status: String) throws {
        #expect(try findings(of: MissingInterpretationChecker(), files: policyFiles(interpretation: nil, status: status)).isEmpty)
    }

    @Test("documents outside the 行政规范性文件 node are not asked for interpretations")
    func otherNodes() throws {
        #expect(try findings(of: MissingInterpretationChecker(), files: ["content/gzdt/a.md": document(1)]).isEmpty)
    }

    @Test("a node titled 行政规范性文件 counts whatever its id, and so do its sub-nodes")
    func byTitle() throws {
        let catalog = """
        {
          "title": "测试", "base_url": "/", "agency": { "name": "测试镇人民政府", "code": "12345678-9" },
          "catalog": [
            { "id": "wj", "title": "行政规范性文件", "children": [ { "id": "y2024", "title": "2024年" } ] },
            { "id": "jd", "title": "政策解读", "kind": "interpretations" }
          ]
        }
        """
        let found = try findings(of: MissingInterpretationChecker(), files: ["content/wj/a.md": document(1), "content/wj/y2024/b.md": document(2)], config: catalog)
        #expect(Set(found.map(\.file)) == ["content/wj/a.md", "content/wj/y2024/b.md"])
        #expect(found.allSatisfy { $0.hint?.contains("gongkai new jd") == true })
    }
}
