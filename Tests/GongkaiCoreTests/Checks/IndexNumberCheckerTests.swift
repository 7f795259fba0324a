import Testing
@testable import GongkaiCore

@Suite("索引号 pattern checker")
struct IndexNumberCheckerTests {
    private func check(_ number: String, config: String = TestSite.minimalConfig) throws -> [Diagnostic] {
        try findings(of: IndexNumberChecker(), files: ["content/gzdt/a.md": markdown("title: 文件\nindex_no: \(number)\npublished: 2024-03-01")], config: config)
    }

    @Test("索引号 in the default pattern pass", arguments: ["12345678-9/2024-00001", "12345678-9/2023-00017", "12345678-9/2024-123456"])
    func good(_ number: String) throws {
        #expect(try check(number).isEmpty)
    }

    @Test("索引号 off the pattern warn at the value, saying what is wrong", arguments: [
        ("12345678-9/2024-17", "序号应为 5 位数字（不足 5 位时前面补 0）"),
        ("12345678-8/2024-00017", "应以本机关的机构代码 \"12345678-9\" 开头"),
        ("12345678-9-2024-00017", "此处应为 \"/\""),
        ("12345678-9/24-00017", "年份应为四位数字"),
        ("12345678-9/２０２４-00017", "年份应使用半角阿拉伯数字"),
        ("12345678-9/2024-00017号", "末尾多了 \"号\""),
        ("12345678-9/2024", "此处应为 \"-\"，但索引号到此就结束了"),
    ])
    func bad(_ number: String, _ reason: String) throws {
        let found = try check(number)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "index-no.pattern" && d.severity == .warning)
        #expect(d.line == 3 && d.column == 11, "\(d.formatted)")
        #expect(d.message.contains(reason), "\(d.message)")
        #expect(d.hint?.contains("12345678-9/2024-00001") == true, "\(d.hint ?? "")")
    }

    @Test("a site's own pattern is used")
    func customPattern() throws {
        let custom = config(adding: "\"index_number\": { \"pattern\": \"QS-{year}-{serial:3}\" }")
        #expect(try check("QS-2024-017", config: custom).isEmpty)
        let d = try #require(try check("12345678-9/2024-00017", config: custom).first)
        #expect(d.message.contains("QS-{year}-{serial:3}"))
        #expect(d.hint?.contains("QS-2024-001") == true)
    }
}
