import Foundation
import Testing
@testable import GongkaiCore

/// `new` after `init` without `--code`, and `new` with a missing or damaged ledger.
@Suite struct IndexNumberLedgerTests {
    /// init without --code, then agency.code filled in site.json as init's next steps say.
    static func siteWithCodeFilledInLater() throws -> EditingSite {
        let site = try EditingSite(agency: nil, code: nil)
        try site.editSiteJSON(replacing: "\"code\": \"【请填写机构代码】\"", with: "\"code\": \"12345678-9\"")
        return site
    }

    @Test func serialsGivenUnderThePlaceholderCodeStillCountAfterTheCodeIsFilledIn() throws {
        let site = try Self.siteWithCodeFilledInLater()
        defer { site.cleanUp() }
        #expect(site.read("content/fdzdgknr/gzdt/2024-00002.md")?.contains("【请填写机构代码】/2024-00002") == true)
        let first = try site.new("gzdt", "第一条动态")
        let second = try site.new("gzdt", "第二条动态")
        #expect(first.indexNumber == "12345678-9/2024-00003")
        #expect(second.indexNumber == "12345678-9/2024-00004")
        #expect(second.path == "content/fdzdgknr/gzdt/2024-00004.md")
        #expect(second.takenPath == nil)
    }

    @Test func aNumberUnderAnotherCodeInContentIsNotGivenAgain() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        try site.write("content/fdzdgknr/gzdt/old.md", "---\n标题: 旧代码时的文档\n索引号: \"00000000-0/2024-00007\"\n发布日期: 2024-03-01\n---\n正文\n")
        #expect(try site.new("gzdt", "新文档").indexNumber == "12345678-9/2024-00008")
    }

    @Test func aFileAlreadyNamedLikeTheNewNumberGetsAFreeNameInsteadOfAFailure() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        try site.write("content/fdzdgknr/gzdt/2024-00003.md", "---\n标题: 手写的，没有索引号\n发布日期: 2024-03-01\n---\n正文\n")
        let created = try site.new("gzdt", "新文档")
        #expect(created.indexNumber == "12345678-9/2024-00003")
        #expect(created.path == "content/fdzdgknr/gzdt/2024-00003-2.md")
        #expect(created.takenPath == "content/fdzdgknr/gzdt/2024-00003.md")
        #expect(site.read(created.path)?.contains("标题: \"新文档\"") == true)
        #expect(site.read("content/fdzdgknr/gzdt/2024-00003.md")?.contains("手写的") == true)
        let named = try site.new("gzdt", "再一篇", fileName: "2024-00003")
        #expect(named.path == "content/fdzdgknr/gzdt/2024-00003-3.md")
    }

    @Test func aMissingLedgerIsRecreatedFromTheDocumentsAndSaysSo() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        try site.remove(IndexNumberAllocator.ledgerPath)
        let created = try site.new("gzdt", "登记簿丢失后的文档")
        #expect(created.indexNumber == "12345678-9/2024-00003")
        let note = try #require(created.notes.first { $0.id == "ledger.recreated" })
        #expect(note.severity == .warning)
        #expect(note.file == IndexNumberAllocator.ledgerPath)
        #expect(note.message.contains("不存在") && note.message.contains("重新建立"))
        let ledger = try #require(site.read(IndexNumberAllocator.ledgerPath))
        #expect(ledger.hasPrefix("# gongkai 索引号登记簿"))
        #expect(ledger.contains("12345678-9/2024-00001\t2024-03-19\tcontent/xxgkzd/2024-00001.md\t"))
        #expect(ledger.contains("12345678-9/2024-00002\t"))
        #expect(ledger.contains("12345678-9/2024-00003\t2024-03-20\t\(created.path)\t登记簿丢失后的文档"))
        // Once recreated, the next call has nothing to report.
        #expect(try site.new("gzdt", "之后的文档").notes.isEmpty)
    }

    @Test func aMalformedLedgerLineIsAWarningAtItsLine() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        let ledger = try #require(site.read(IndexNumberAllocator.ledgerPath))
        let lineNumber = ledger.split(separator: "\n", omittingEmptySubsequences: false).count
        try site.write(IndexNumberAllocator.ledgerPath, ledger + "2024-00009\t手写的一行\n")
        let created = try site.new("gzdt", "新文档")
        let note = try #require(created.notes.first { $0.id == "ledger.malformed" })
        #expect(note.severity == .warning)
        #expect(note.formatted.hasPrefix("content/.index-numbers:\(lineNumber):1: 警告: "))
        #expect(note.message.contains("2024-00009"))
    }

    @Test func aNormalNewHasNoLedgerNotes() throws {
        let site = try EditingSite()
        defer { site.cleanUp() }
        #expect(try site.new("gzdt", "新文档").notes.isEmpty)
    }

    @Test func initsNextStepsMentionTheGuidesPlaceholders() {
        var options = SiteInitializer.Options(today: Day(year: 2024, month: 3, day: 19)!)
        let steps = SiteInitializer.nextSteps(folder: "mysite", options: options).joined(separator: "\n")
        #expect(steps.contains("mysite/content/xxgkzn/_index.md（政府信息公开指南）"))
        #expect(steps.contains("示例文档"))
        options.agencyName = "测试镇人民政府"
        options.agencyCode = "12345678-9"
        #expect(!SiteInitializer.nextSteps(folder: "mysite", options: options).joined().contains("示例文档"))
    }
}
