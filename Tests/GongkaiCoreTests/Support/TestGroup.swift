import Foundation
@testable import GongkaiCore

/// A throwaway group folder: group.json and member site folders written from strings.
struct TestGroup {
    let folder: URL

    /// A member site.json: `TestSite.minimalConfig` with the member's own agency, code and title.
    static func memberConfig(agency: String, code: String, extra: String = "") -> String {
        TestSite.minimalConfig
            .replacingOccurrences(of: "\"title\": \"测试镇信息公开\"", with: "\"title\": \"\(agency)信息公开\"\(extra)")
            .replacingOccurrences(of: "\"name\": \"测试镇人民政府\", \"code\": \"12345678-9\"", with: "\"name\": \"\(agency)\", \"code\": \"\(code)\"")
    }

    /// A 工作动态 document of a member.
    static func news(_ title: String, number: String, published: String) -> String {
        "---\ntitle: \(title)\nindex_no: \"\(number)\"\npublished: \(published)\n---\n\n\(title)。\n"
    }

    /// `twoMembers` with the theme `county` (a folder `themes/county/` of the group) in `shared`.
    static let twoMembersSharingCountyTheme = twoMembers.replacingOccurrences(of: "\"shared\": {", with: "\"shared\": {\"theme\": \"county\", ")

    /// Two members by default: 测试县人民政府 (`xzf`, 政府) and 测试县民政局 (`mzj`, 部门), one document each.
    static let twoMembers = """
    {
      "title": "测试县政府信息公开平台",
      "base_url": "https://www.example.gov.cn/xxgk/",
      "footer": { "sponsor": "测试县人民政府办公室", "site_code": "1234560000" },
      "shared": { "interpretation_deadline_workdays": 5, "holidays": ["2025-06-02"] },
      "members": [
        { "id": "xzf", "title": "测试县人民政府", "kind": "政府", "path": "members/xzf" },
        { "id": "mzj", "title": "测试县民政局", "kind": "部门", "path": "members/mzj" }
      ]
    }
    """

    static var twoMemberFiles: [String: String] {
        [
            "members/xzf/site.json": memberConfig(agency: "测试县人民政府", code: "11111111-1"),
            "members/xzf/content/gzdt/a.md": news("县政府召开常务会议", number: "11111111-1/2025-00001", published: "2025-06-20"),
            "members/mzj/site.json": memberConfig(agency: "测试县民政局", code: "22222222-2"),
            "members/mzj/content/gzdt/b.md": news("县民政局开展走访慰问", number: "22222222-2/2025-00001", published: "2025-06-25"),
        ]
    }

    init(group: String = TestGroup.twoMembers, files: [String: String] = TestGroup.twoMemberFiles) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("group.json", group)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var output: URL { folder.appendingPathComponent("public") }

    func options(today: String = "2025-06-30") -> BuildOptions {
        var options = BuildOptions(siteFolder: folder)
        options.today = Day(iso: today)
        return options
    }

    func build(today: String = "2025-06-30") -> BuildReport { GroupBuilder.build(options(today: today)) }

    func check(today: String = "2025-06-30") -> BuildReport { GroupBuilder.check(options(today: today)) }

    func read(_ outputPath: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(outputPath), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
