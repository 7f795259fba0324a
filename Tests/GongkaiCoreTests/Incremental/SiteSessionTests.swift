import Foundation
import Testing
@testable import GongkaiCore

@Suite("one-document rebuilds (SiteSession)", .serialized)
struct SiteSessionTests {
    /// Every file of `folder` (hidden ones too) with its bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return result }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: base + "/" + relative)
            }
        }
        return result
    }

    /// The first path where two trees differ, nil when they are the same file for file and byte for byte.
    static func firstDifference(_ a: [String: Data], _ b: [String: Data]) -> String? {
        for path in Set(a.keys).union(b.keys).sorted() where a[path] != b[path] {
            return "\(path) (\(a[path] == nil ? "missing" : "\(a[path]!.count) bytes") incrementally, \(b[path] == nil ? "missing" : "\(b[path]!.count) bytes") in the clean build)"
        }
        return nil
    }

    @Test("after every step of seeded edits, additions, renames and deletions the output is byte-identical to a clean build",
          arguments: [1 as UInt64, 7, 42])
    func byteIdentity(seed: UInt64) throws {
        var fixture = try SessionFixture(seed: seed)
        defer { fixture.remove() }
        let session = SiteSession(fixture.options(output: fixture.sessionOutput))
        let first = session.update()
        #expect(first.report.wroteOutput && first.renderedEverything)
        var incremental = 0
        var kinds: Set<Substring> = []
        for _ in 0..<32 {
            let edit = fixture.edit()
            kinds.insert(edit.split(separator: " ")[0])
            let update = session.update()
            let clean = SiteBuilder.build(fixture.options(output: fixture.cleanOutput))
            #expect(update.report.wroteOutput == clean.wroteOutput, "seed \(seed), step \(fixture.step): \(edit)")
            #expect(update.report.diagnostics == clean.diagnostics, "seed \(seed), step \(fixture.step): \(edit)")
            if !update.renderedEverything { incremental += 1 }
            let difference = Self.firstDifference(Self.tree(fixture.sessionOutput), Self.tree(fixture.cleanOutput))
            #expect(difference == nil, "seed \(seed), step \(fixture.step): \(edit): first difference at \(difference ?? "")")
            if difference != nil { return }
        }
        // Most steps are edits that keep every page's catalog counts: rendered incrementally.
        #expect(incremental >= 8, "seed \(seed): only \(incremental) incremental steps")
        #expect(kinds.count >= 7, "seed \(seed): only \(kinds.sorted()) edits")
    }
}

@Suite("what a one-document rebuild renders")
struct SiteSessionScopeTests {
    /// 150 news items in one node, published on distinct days, a topic and a publisher each.
    static func newsSite() throws -> TestSite {
        var files: [String: String] = [:]
        for n in 1...150 {
            let day = Day(year: 2024, month: 1, day: 1)!.adding(days: n)
            files["content/gzdt/news-\(n).md"] = document(n, title: "工作动态第\(n)条", published: day.description,
                                                          "publisher: 测试镇\(n % 3 == 0 ? "财政所" : "党政办")\ntopic: 综合政务/政务公开",
                                                          body: "第\(n)条动态的正文，加强基层治理。")
        }
        return try TestSite(files: files)
    }

    /// The first file where the session's output differs from a clean build of the same files.
    func cleanBuildDifference(_ site: TestSite) -> String? {
        var clean = site.options(today: "2025-06-30")
        clean.outputFolder = site.folder.appendingPathComponent("clean")
        _ = SiteBuilder.build(clean)
        return SiteSessionTests.firstDifference(SiteSessionTests.tree(site.folder.appendingPathComponent("serve")), SiteSessionTests.tree(clean.outputFolder!))
    }

    func session(_ site: TestSite) -> SiteSession {
        var options = site.options(today: "2025-06-30")
        options.outputFolder = site.folder.appendingPathComponent("serve")
        return SiteSession(options)
    }

    @Test("editing one document's body renders its page alone: one document resolved, only the checkers that read bodies")
    func bodyEdit() throws {
        let site = try Self.newsSite()
        defer { site.remove() }
        let session = session(site)
        let first = session.update()
        #expect(first.report.wroteOutput && first.renderedEverything && first.documentPagesRendered == 150)
        #expect(first.documentsResolved == 150 && first.checkersRun == Checks.all.count)
        try site.write("content/gzdt/news-75.md", document(75, title: "工作动态第75条", published: "2024-03-16",
                                                             "publisher: 测试镇财政所\ntopic: 综合政务/政务公开", body: "改过的正文，加强基层治理。"))
        let edit = session.update()
        #expect(edit.report.wroteOutput && !edit.renderedEverything)
        // No other page shows a body: not a list, not the home page, feeds or sitemap.xml,
        // whose inputs are the same as before.
        #expect(edit.documentPagesRendered == 1 && edit.jobsRendered == 1, "\(edit.jobsRendered) of \(first.jobsRendered) jobs")
        #expect(edit.documentsResolved == 1)
        let readers = Checks.all.count { $0.readsDocumentBodies }
        #expect(edit.checkersRun == readers && readers < Checks.all.count / 4)
        // The personal-information scan looks at the edited document alone.
        let documentCheckers = Checks.all.count { $0.readsDocumentBodies && $0 is any DocumentChecker }
        #expect(documentCheckers >= 1 && first.documentsScanned >= 150 * documentCheckers && edit.documentsScanned == documentCheckers)
        #expect(edit.filesWritten < 30, "\(edit.filesWritten) files written")
        let page = try String(contentsOf: site.folder.appendingPathComponent("serve/gzdt/news-75.html"), encoding: .utf8)
        #expect(page.contains("改过的正文"))
    }

    @Test("body edits the checkers see give a clean build's diagnostics, and a failed one is caught up")
    func bodyEditDiagnostics() throws {
        let site = try Self.newsSite()
        defer { site.remove() }
        let session = session(site)
        _ = session.update()
        var clean = site.options(today: "2025-06-30")
        clean.outputFolder = site.folder.appendingPathComponent("clean")
        let fields = "publisher: 测试镇财政所\ntopic: 综合政务/政务公开"
        let steps: [(path: String, text: String, fails: Bool)] = [
            // A placeholder (a warning) and a mobile number (an error) in a body.
            ("content/gzdt/news-30.md", document(30, title: "工作动态第30条", published: "2024-01-31", fields, body: "联系人：【请填写联系人】。"), false),
            ("content/gzdt/news-45.md", document(45, title: "工作动态第45条", published: "2024-02-15", fields, body: "联系电话 13812345678。"), true),
            // The failed build left the kept site as it was: a title changed then, and a body
            // changed now, is not a body edit of the kept site.
            ("content/gzdt/news-30.md", document(30, title: "改过的第30条", published: "2024-01-31", fields, body: "联系人：张三。"), true),
            ("content/gzdt/news-45.md", document(45, title: "工作动态第45条", published: "2024-02-15", fields, body: "联系电话已删去。"), false),
            ("content/gzdt/news-30.md", document(30, title: "改过的第30条", published: "2024-01-31", fields, body: "联系人：李四。"), false),
        ]
        for (n, step) in steps.enumerated() {
            try site.write(step.path, step.text)
            let update = session.update()
            let report = SiteBuilder.build(clean)
            #expect(update.report.wroteOutput == !step.fails && report.wroteOutput == !step.fails, "step \(n)")
            #expect(update.report.diagnostics == report.diagnostics, "step \(n)")
            if n == 0 { #expect(update.report.diagnostics.contains { $0.id == "content.placeholder" } && update.documentsResolved == 1) }
            if n == 3 { #expect(update.documentsResolved == 150, "news-30's title changed since the last good build") }
            if n == 4 { #expect(update.documentsResolved == 1) }
            if !step.fails {
                #expect(SiteSessionTests.firstDifference(SiteSessionTests.tree(site.folder.appendingPathComponent("serve")),
                                                         SiteSessionTests.tree(clean.outputFolder!)) == nil, "step \(n)")
            }
        }
    }

    @Test("editing one document's title renders its page and its lists' pages, not the site")
    func titleEdit() throws {
        let site = try Self.newsSite()
        defer { site.remove() }
        let session = session(site)
        let first = session.update()
        try site.write("content/gzdt/news-75.md", document(75, title: "改过的标题", published: "2024-03-16",
                                                             "publisher: 测试镇财政所\ntopic: 综合政务/政务公开", body: "第75条动态的正文，加强基层治理。"))
        let edit = session.update()
        #expect(edit.report.wroteOutput && !edit.renderedEverything)
        #expect(edit.documentPagesRendered == 1 && edit.documentsResolved == 150 && edit.checkersRun == Checks.all.count)
        // The lists that show its title: the node's 8 pages (20 a page), its publisher's 5,
        // topic's 8 and year's 8, with the pages every rebuild renders: a small share of the site.
        #expect(edit.jobsRendered > 29 && edit.jobsRendered < first.jobsRendered / 4, "\(edit.jobsRendered) of \(first.jobsRendered) jobs")
        // Newest first, 20 a page: the 75th of 150 is on the node's fourth page.
        let list = try String(contentsOf: site.folder.appendingPathComponent("serve/gzdt/index_4.html"), encoding: .utf8)
        #expect(list.contains("改过的标题"))
    }

    @Test("told which files changed, a rebuild stamps those alone; an added file makes it walk the tree")
    func changedPathsHint() throws {
        let site = try Self.newsSite()
        defer { site.remove() }
        let session = session(site)
        let first = session.update()
        #expect(first.filesStamped > 150)
        let fields = "publisher: 测试镇财政所\ntopic: 综合政务/政务公开"
        try site.write("content/gzdt/news-75.md", document(75, title: "工作动态第75条", published: "2024-03-16", fields, body: "改过的正文，加强基层治理。"))
        let edit = session.update(changedPaths: ["content/gzdt/news-75.md"])
        #expect(edit.report.wroteOutput && edit.filesStamped == 1 && edit.jobsRendered == 1)
        // A failed build in between: the next one, told of another file only, still sees
        // the change the failed one saw (news-30's title).
        try site.write("content/gzdt/news-30.md", document(30, title: "改过的第30条", published: "2024-01-31", fields))
        try site.write("content/gzdt/news-45.md", document(45, title: "工作动态第45条", published: "2024-02-15", fields, body: "联系电话 13812345678。"))
        let failed = session.update(changedPaths: ["content/gzdt/news-30.md", "content/gzdt/news-45.md"])
        #expect(!failed.report.wroteOutput)
        try site.write("content/gzdt/news-45.md", document(45, title: "工作动态第45条", published: "2024-02-15", fields, body: "联系电话已删去。"))
        let fixed = session.update(changedPaths: ["content/gzdt/news-45.md"])
        #expect(fixed.report.wroteOutput && fixed.filesStamped == 1 && fixed.documentPagesRendered == 2)
        try site.write("content/gzdt/news-151.md", document(151, title: "新增动态", published: "2025-06-01"))
        let added = session.update(changedPaths: ["content/gzdt/news-151.md"])
        #expect(added.report.wroteOutput && added.renderedEverything && added.filesStamped > 150)
        #expect(cleanBuildDifference(site) == nil)
    }

    @Test("a save that changes nothing writes nothing, and adding a document renders everything")
    func noChangeAndAddition() throws {
        let site = try Self.newsSite()
        defer { site.remove() }
        let session = session(site)
        _ = session.update()
        let same = session.update()
        #expect(same.report.wroteOutput && !same.renderedEverything && same.documentPagesRendered == 0 && same.filesWritten == 0)
        try site.write("content/gzdt/news-151.md", document(151, title: "新增动态", published: "2025-06-01"))
        let added = session.update()
        #expect(added.report.wroteOutput && added.renderedEverything && added.documentPagesRendered == 151)
    }

    @Test("a failed rebuild leaves the output as it was, and the next good one catches up")
    func failedRebuild() throws {
        let site = try Self.newsSite()
        defer { site.remove() }
        let session = session(site)
        _ = session.update()
        let output = site.folder.appendingPathComponent("serve")
        let before = SiteSessionTests.tree(output)
        try site.write("content/gzdt/news-10.md", document(10, title: "工作动态第10条", published: "2024-13-45"))
        let failed = session.update()
        #expect(!failed.report.wroteOutput && failed.report.diagnostics.hasErrors)
        #expect(SiteSessionTests.tree(output) == before)
        try site.write("content/gzdt/news-10.md", document(10, title: "改好的标题", published: "2024-01-11",
                                                             "publisher: 测试镇党政办\ntopic: 综合政务/政务公开"))
        let fixed = session.update()
        #expect(fixed.report.wroteOutput && !fixed.renderedEverything)
        #expect(cleanBuildDifference(site) == nil)
    }
}
