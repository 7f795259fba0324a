import Foundation
import Testing
@testable import GongkaiCore

@Suite struct DocumentCreatorTests {
    @Test func twoNewCallsInARowGetConsecutiveNumbers() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        // init's two samples took serials 1 and 2 of 2024.
        let first = try site.new("gzdt", "关于召开防汛工作会议的通知")
        let second = try site.new("fdzdgknr/gzdt", "春耕生产工作动态")
        #expect(first.indexNumber == "12345678-9/2024-00003")
        #expect(second.indexNumber == "12345678-9/2024-00004")
        #expect(first.path == "content/fdzdgknr/gzdt/2024-00003.md")
    }

    @Test func serialsStartAgainAtOneInANewYear() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        try site.new("gzdt", "去年的动态", date: "2024-12-30")
        let created = try site.new("gzdt", "新年第一条动态", date: "2025-01-02")
        #expect(created.indexNumber == "12345678-9/2025-00001")
    }

    @Test func aDeletedDocumentsNumberIsNeverGivenAgain() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let doomed = try site.new("gzdt", "将被删除的文档")
        try site.remove(doomed.path)
        let next = try site.new("gzdt", "后来的文档")
        #expect(next.indexNumber == "12345678-9/2024-00004")
        let ledger = try #require(site.read(IndexNumberAllocator.ledgerPath))
        #expect(ledger.contains("12345678-9/2024-00003\t2024-03-20\t\(doomed.path)\t将被删除的文档"))
    }

    @Test func numbersWrittenByHandAreSkipped() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let path = "content/fdzdgknr/gzdt/by-hand.md"
        try Data("---\n标题: 手写的\n索引号: \"12345678-9/2024-00041\"\n发布日期: 2024-03-01\n---\n正文\n".utf8)
            .write(to: site.folder.appendingPathComponent(path))
        #expect(try site.new("gzdt", "之后的文档").indexNumber == "12345678-9/2024-00042")
    }

    @Test func theSerialHasThePatternsWidth() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let url = site.folder.appendingPathComponent("site.json")
        let json = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "{serial:5}", with: "{serial:3}")
        try Data(json.utf8).write(to: url)
        #expect(try site.new("gzdt", "三位流水号").indexNumber == "12345678-9/2024-003")
    }

    @Test func theNewFileHasEveryFrontMatterFieldFilledInOrCommented() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let created = try site.new("gfxwj", "关于印发《测试镇村庄规划管理办法》的通知", docNumber: "测政〔2024〕5号")
        let text = try #require(site.read(created.path))
        for key in FrontMatterKey.allCases {
            // Any of the key's names counts: the file uses the most familiar Chinese alias.
            let names = [key.rawValue] + key.aliases
            #expect(names.contains { text.contains("\($0):") }, "missing \(key.rawValue)")
        }
        #expect(text.contains("文号: \"测政〔2024〕5号\""))
        #expect(text.contains("体裁分类: \"通知\""))
        #expect(text.contains("发布机构: \"测试镇人民政府\""))
    }

    @Test func anInterpretationNeedsTheDocumentItInterprets() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        #expect {
            try site.new("zcjd", "解读")
        } throws: { ($0 as? DocumentCreator.Failure).map { if case .interpretsRequired = $0 { true } else { false } } ?? false }
        #expect {
            try site.new("zcjd", "解读", interprets: ["12345678-9/2024-00099"])
        } throws: { ($0 as? DocumentCreator.Failure).map { if case .interpretsTargetMissing = $0 { true } else { false } } ?? false }
        let policy = try site.new("gfxwj", "关于印发《办法》的通知")
        let interpretation = try site.new("zcjd", "《办法》解读", interprets: [policy.indexNumber])
        let text = try #require(site.read(interpretation.path))
        #expect(text.contains("解读对象: \"\(policy.indexNumber)\""))
    }

    @Test func aPageNodeAndAnUnknownNodeAreRefusedWithoutWritingAnything() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        #expect(throws: DocumentCreator.Failure.self) { try site.new("xxgkzn", "指南") }
        do {
            try site.new("gzdtt", "标题")
            Issue.record("expected a failure")
        } catch let failure as DocumentCreator.Failure {
            #expect(failure.isUsageError)
            #expect(failure.message.contains("gzdt"))
        }
        let ledger = try #require(site.read(IndexNumberAllocator.ledgerPath))
        #expect(!ledger.contains("2024-00003"))
    }

    @Test func theInitPlaceholderCodeMustBeReplacedBeforeNumbersAreGiven() throws {
        let site = try EditingSite(agency: nil, code: nil)
        defer { site.cleanUp() }
        do {
            try site.new("gzdt", "标题")
            Issue.record("expected a failure")
        } catch let failure as DocumentCreator.Failure {
            guard case .placeholderCode = failure else { Issue.record("wrong failure \(failure)"); return }
        }
    }

    @Test(arguments: ["gzdt", "xxgknb"])
    func theDefaultBodyIsAPlaceholderThatCheckWarnsAbout(node: String) throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let created = try site.new(node, "还没写正文的文档")
        let (_, _, report) = SiteBuilder.load(site.options())
        let warnings = report.diagnostics.filter { $0.file == created.path && $0.id == "content.placeholder" }
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.line > 20 })
    }

    @Test func anInterpretationsDefaultBodyIsAPlaceholderToo() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let policy = try site.new("gfxwj", "关于印发《办法》的通知")
        let created = try site.new("zcjd", "《办法》解读", interprets: [policy.indexNumber])
        let text = try #require(site.read(created.path))
        #expect(text.components(separatedBy: SiteInitializer.placeholderMarker).count - 1 == 3)
    }

    @Test("an unusable 索引号 pattern stops new with the site.json error at the pattern")
    func anUnusablePatternIsTheConfigError() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        try site.editSiteJSON(replacing: "{serial:5}", with: "{serial:five}")
        do {
            try site.new("gzdt", "动态")
            Issue.record("new succeeded with an unusable pattern")
        } catch let failure as DocumentCreator.Failure {
            guard case .config(let diagnostics) = failure else {
                Issue.record("unexpected \(failure.message)")
                return
            }
            let d = try #require(diagnostics.first { $0.id == "config.index-number-pattern" })
            let line = try #require(site.read("site.json")?.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{serial:five}") })
            #expect(d.file == "site.json" && d.line == line + 1, "\(d.formatted)")
        }
        #expect(site.read("content/fdzdgknr/gzdt/2024-00003.md") == nil)
    }
}
