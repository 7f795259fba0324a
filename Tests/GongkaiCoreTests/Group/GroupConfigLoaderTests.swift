import Testing
@testable import GongkaiCore

@Suite("group.json")
struct GroupConfigLoaderTests {
    private func load(_ text: String, baseURL: String? = nil) -> (GroupConfig?, [Diagnostic]) {
        GroupConfigLoader.load(Array(text.utf8), baseURL: baseURL)
    }

    @Test("reads the portal, the shared settings and the members in order")
    func readsEverything() throws {
        let (config, diagnostics) = load(TestGroup.twoMembers)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let group = try #require(config)
        #expect(group.title == "测试县政府信息公开平台")
        #expect(group.footer.siteCode == "1234560000")
        #expect(group.shared.map(\.key) == ["holidays", "interpretation_deadline_workdays"])
        #expect(group.members.map(\.id) == ["xzf", "mzj"])
        #expect(group.members.map(\.kind) == [.government, .department])
        #expect(group.members[1].path == "members/mzj")
        #expect(group.memberBaseURL("mzj") == "https://www.example.gov.cn/xxgk/mzj/")
    }

    @Test("--base-url replaces the portal's base URL, and with it every member's")
    func baseURLOverride() throws {
        let group = try #require(load(TestGroup.twoMembers, baseURL: "/staging/").0)
        #expect(group.memberBaseURL("xzf") == "/staging/xzf/")
    }

    @Test("an unknown key is an error at its line and column, with the closest key",
          arguments: [
            ("{\"title\": \"平台\", \"tilte\": 1, \"members\": []}", "tilte", 1, 17),
            ("{\"title\": \"平台\",\n \"shared\": {\"themes\": \"default\"}}", "themes", 2, 13),
            ("{\"title\": \"平台\",\n \"members\": [\n  {\"id\": \"a\", \"title\": \"甲\", \"path\": \"a\", \"knid\": \"部门\"}]}", "knid", 3, 42),
          ])
    func unknownKey(text: String, key: String, line: Int, column: Int) throws {
        let unknown = load(text).1.filter { $0.id == "config.unknown-key" }
        #expect(unknown.count == 1)
        let d = try #require(unknown.first)
        #expect(d.message.contains(key))
        #expect(d.file == "group.json")
        #expect((d.line, d.column) == (line, column))
        #expect(d.hint?.contains("是否应为") == true)
    }

    @Test("a shared value is checked as site.json checks it, at its place in group.json")
    func sharedValuesChecked() throws {
        let text = "{\"title\": \"平台\",\n \"shared\": {\"holidays\": [\"2025-02-30\"], \"search\": \"yes\"},\n \"members\": [{\"id\": \"a\", \"title\": \"甲\", \"path\": \"a\"}]}"
        let diagnostics = load(text).1
        let holidays = try #require(diagnostics.first { $0.id == "config.holidays" })
        #expect(holidays.file == "group.json")
        #expect(holidays.line == 2)
        let type = try #require(diagnostics.first { $0.id == "config.type" })
        #expect(type.message.contains("search"))
        #expect(type.line == 2)
    }

    @Test("a member with a bad field is an error at that field", arguments: [
        ("{\"id\": \"Bad Id\", \"title\": \"甲\", \"path\": \"a\"}", "group.member-id", 8),
        ("{\"id\": \"assets\", \"title\": \"甲\", \"path\": \"a\"}", "group.member-id", 8),
        ("{\"id\": \"a\", \"title\": \"甲\", \"kind\": \"街道\", \"path\": \"a\"}", "group.member-kind", 35),
        ("{\"id\": \"a\", \"path\": \"a\"}", "group.member-field", 1),
    ])
    func badMember(member: String, id: String, column: Int) throws {
        let text = "{\"title\": \"平台\", \"members\": [\n\(member)]}"
        let (config, diagnostics) = load(text)
        let d = try #require(diagnostics.first { $0.id == id }, "\(diagnostics.map(\.formatted))")
        #expect((d.file, d.line, d.column) == ("group.json", 2, column))
        #expect(config?.members.isEmpty == true)
    }

    @Test("two members with one id: an error at the second id naming the first member")
    func duplicateIDs() throws {
        let text = """
        {"title": "平台", "members": [
          {"id": "mzj", "title": "县民政局", "kind": "部门", "path": "a"},
          {"id": "mzj", "title": "县民宗局", "kind": "部门", "path": "b"}
        ]}
        """
        let (config, diagnostics) = load(text)
        let d = try #require(diagnostics.first { $0.id == "group.member-duplicate" })
        #expect((d.line, d.column) == (3, 10))
        #expect(d.message.contains("县民政局") && d.message.contains("县民宗局"))
        #expect(config?.members.count == 1)
    }

    @Test("a group without members or title is an error")
    func emptyGroup() {
        let diagnostics = load("{\"base_url\": \"/\"}").1
        #expect(diagnostics.contains { $0.id == "group.field" })
        #expect(load("{\"title\": \"平台\", \"members\": []}").1.contains { $0.id == "group.members-empty" })
    }

    @Test("broken JSON is a syntax error at its position")
    func syntax() throws {
        let d = try #require(load("{\"title\": \"平台\",\n}").1.first)
        #expect(d.id == "group.syntax")
        #expect((d.file, d.line) == ("group.json", 2))
    }
}
