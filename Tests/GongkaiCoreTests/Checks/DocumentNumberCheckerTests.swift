import Testing
@testable import GongkaiCore

@Suite("文号 checker")
struct DocumentNumberCheckerTests {
    private func check(_ docNo: String, key: String = "doc_no") throws -> [Diagnostic] {
        try findings(of: DocumentNumberChecker(), files: ["content/gzdt/a.md": document(1, "\(key): \(docNo)")])
    }

    @Test("文号 in 机关代字〔YYYY〕N号 form pass", arguments: ["青政办〔2024〕3号", "青政办函〔2023〕12号", "国办发明电〔2020〕1号"])
    func good(_ docNo: String) throws {
        #expect(try check(docNo).isEmpty)
    }

    @Test("other forms warn at the value with the corrected form", arguments: [
        ("青政办[2024]3号", "不能用\"[]\"", "青政办〔2024〕3号"),
        ("青政办（2024）3号", "不能用\"（）\"", "青政办〔2024〕3号"),
        ("青政办〔2024〕03号", "不编虚位", "青政办〔2024〕3号"),
        ("青政办〔2024〕第3号", "序号前不加\"第\"", "青政办〔2024〕3号"),
    ])
    func bad(_ docNo: String, _ reason: String, _ suggestion: String) throws {
        let found = try check(docNo)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "doc-no.format" && d.severity == .warning)
        #expect(d.line == 5 && d.column == 9, "\(d.formatted)")
        #expect(d.message.contains(reason), "\(d.message)")
        #expect(d.hint == "应为 \"\(suggestion)\"")
    }

    @Test("the Chinese key 文号 points at its own value")
    func chineseKey() throws {
        let d = try #require(try check("青政办[2024]3号", key: "文号").first)
        #expect(d.line == 5 && d.column == 5)
    }

    @Test("a document without 文号 gives nothing")
    func none() throws {
        #expect(try findings(of: DocumentNumberChecker(), files: ["content/gzdt/a.md": document(1)]).isEmpty)
    }
}
