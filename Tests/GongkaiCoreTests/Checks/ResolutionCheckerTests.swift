import Foundation
import Testing
@testable import GongkaiCore

/// What the resolver could not resolve is recorded in the `Site`; checkers judge it, with
/// the ids, messages and positions the resolver used to report.
@Suite("checkers over what the resolver recorded")
struct ResolutionCheckerTests {
    /// The resolved site and what one checker finds in it; the site may have other errors.
    private func resolved(_ files: [String: String], config: String = TestSite.minimalConfig) throws -> (Site, BuildReport) {
        let site = try TestSite(files: files, config: config)
        defer { site.remove() }
        let (loaded, report) = site.load()
        return (try #require(loaded, "\(report.diagnostics.map(\.formatted))"), report)
    }

    static let policy = markdown("title: 规范性文件\nindex_no: 12345678-9/2024-00001\npublished: 2024-03-01")

    @Test("a top-level node named like a generated folder is an error at the node", arguments: ["search", "topics", "years", "publishers", "assets"])
    func reservedNode(_ id: String) throws {
        let config = TestSite.minimalConfig.replacingOccurrences(of: "{ \"id\": \"gzdt\", \"title\": \"工作动态\" }", with: "{ \"id\": \"\(id)\", \"title\": \"工作动态\" }")
        let (site, report) = try resolved([:], config: config)
        let found = ReservedNodeChecker().check(site)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "config.node-reserved" && d.severity == .error)
        #expect(d.message == "栏目 id \"\(id)\" 与 gongkai 生成的页面文件夹重名")
        #expect(d.hint == "保留的名称：assets、publishers、search、topics、years、zcwjk")
        #expect(d.file == "site.json" && d.line == 12 && d.column == 5, "\(d.formatted)")
        #expect(report.diagnostics.filter { $0.id == "config.node-reserved" } == found)
    }

    @Test("a reserved name below the top level is fine")
    func reservedNameBelow() throws {
        let config = TestSite.minimalConfig.replacingOccurrences(of: "{ \"id\": \"gfxwj\", \"title\": \"行政规范性文件\" }", with: "{ \"id\": \"search\", \"title\": \"检索\" }")
        let (site, _) = try resolved([:], config: config)
        #expect(ReservedNodeChecker().check(site).isEmpty)
    }

    @Test("a document in a page node is an error at the document")
    func pageDocument() throws {
        let (site, _) = try resolved(["content/zn/a.md": document(1), "content/zn/_index.md": markdown("title: 指南")])
        let found = PageNodeDocumentChecker().check(site)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "node.page-document" && d.severity == .error)
        #expect(d.message == "栏目“政府信息公开指南”是单页栏目，只能有 _index.md")
        #expect(d.hint == "把文件移到列表栏目，或把内容写进 _index.md")
        #expect(d.file == "content/zn/a.md" && d.line == 1 && d.column == 1)
        #expect(PageNodeDocumentChecker().check(try resolved(["content/gzdt/a.md": document(1)]).0).isEmpty)
    }

    @Test("an interpretation without interprets is an error at its file")
    func interpretsMissing() throws {
        let (site, _) = try resolved(["content/zcjd/j.md": document(2, title: "解读")])
        let found = InterpretationTargetChecker().check(site)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "interprets.missing" && d.file == "content/zcjd/j.md" && d.line == 1 && d.column == 1)
        #expect(d.message == "政策解读缺少字段 解读对象（interprets）")
        #expect(d.hint == "填写所解读文件的索引号，如 interprets: 12345678-9/2024-00001")
    }

    @Test("an interpretation of itself is recorded and reported at interprets")
    func interpretsSelf() throws {
        let (site, _) = try resolved(["content/zcjd/j.md": document(2, title: "解读", "interprets: 12345678-9/2024-00002")])
        #expect(site.unresolvedInterpretations.map(\.number) == ["12345678-9/2024-00002"])
        let d = try #require(InterpretationTargetChecker().check(site).first)
        #expect(d.id == "interprets.self" && d.message == "解读对象不能是文档自己" && d.hint == nil)
        #expect(d.file == "content/zcjd/j.md" && d.line == 5 && d.column == 1, "\(d.formatted)")
        #expect(site.interpretedDocuments.isEmpty)
    }

    @Test("an interpretation of a draft or future document names it")
    func interpretsUnpublished() throws {
        let (site, _) = try resolved([
            "content/fgwj/gfxwj/p.md": document(1, "draft: true"),
            "content/fgwj/gfxwj/f.md": document(5, published: "2030-03-01"),
            "content/zcjd/j.md": document(2, title: "解读", "interprets:\n  - 12345678-9/2024-00001\n  - 12345678-9/2024-00005"),
        ])
        let found = InterpretationTargetChecker().check(site)
        #expect(found.map(\.id) == ["interprets.unpublished", "interprets.unpublished"])
        #expect(found.map(\.message) == [
            "解读对象 \"12345678-9/2024-00001\" 是草稿或尚未到发布日期（content/fgwj/gfxwj/p.md），解读无法链接到它",
            "解读对象 \"12345678-9/2024-00005\" 是草稿或尚未到发布日期（content/fgwj/gfxwj/f.md），解读无法链接到它",
        ])
        #expect(found.allSatisfy { $0.file == "content/zcjd/j.md" && $0.line == 5 && $0.column == 1 && $0.hint == nil })
    }

    @Test("an unknown target suggests the closest published 索引号")
    func interpretsTargetMissing() throws {
        let (site, _) = try resolved(["content/fgwj/gfxwj/p.md": Self.policy,
                                      "content/zcjd/j.md": document(2, title: "解读", "interprets: 12345678-9/2024-00009")])
        let d = try #require(InterpretationTargetChecker().check(site).first)
        #expect(d.id == "interprets.target-missing" && d.severity == .error)
        #expect(d.message == "解读对象 \"12345678-9/2024-00009\" 找不到：没有文档使用这个索引号")
        #expect(d.hint == "是否应为 \"12345678-9/2024-00001\"？")
        #expect(d.line == 5 && d.column == 1)
    }

    @Test("a linked interpretation gives nothing")
    func interpretsLinked() throws {
        let (site, report) = try resolved(["content/fgwj/gfxwj/p.md": Self.policy,
                                           "content/zcjd/j.md": document(2, title: "解读", "interprets: 12345678-9/2024-00001")])
        #expect(site.unresolvedInterpretations.isEmpty)
        #expect(InterpretationTargetChecker().check(site).isEmpty)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.formatted))")
    }

    @Test("two documents with one URL: the resolver keeps the first, the checker reports the later file")
    func duplicateURL() throws {
        let (site, _) = try resolved(["content/gzdt/a.md": document(2, "slug: same"), "content/gzdt/b.md": document(3, "slug: same")])
        #expect(site.documents.count == 2 && site.duplicateOutputPaths.count == 1)
        let d = try #require(DuplicateURLChecker().check(site).first)
        #expect(d.id == "url.duplicate" && d.file == "content/gzdt/b.md" && d.line == 5 && d.column == 1, "\(d.formatted)")
        #expect(d.message == "两个文档的网址相同：/xxgk/gzdt/same.html（另一个是 content/gzdt/a.md）")
        #expect(d.hint == "给其中一个文档加一行 slug: 另一个英文名称")
    }

    @Test("two documents with one 索引号 are reported at the later file's index_no")
    func duplicateIndexNumber() throws {
        let (site, _) = try resolved(["content/fgwj/gfxwj/p.md": Self.policy, "content/gzdt/a.md": document(1, title: "另一个")])
        let found = DuplicateIndexNumberChecker().check(site)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "index-no.duplicate" && d.file == "content/gzdt/a.md" && d.line == 3 && d.column == 1, "\(d.formatted)")
        #expect(d.message == "索引号 \"12345678-9/2024-00001\" 重复：content/fgwj/gfxwj/p.md 与 content/gzdt/a.md")
        #expect(d.hint == "索引号在全站必须唯一；gongkai new 会分配下一个可用的索引号")
    }
}
