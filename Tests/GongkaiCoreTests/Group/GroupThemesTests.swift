import Foundation
import Synchronization
import Testing
@testable import GongkaiCore

@Suite("a group's members sharing one compiled theme")
struct GroupThemesTests {
    /// Two members loaded by one loader, as one group build loads them.
    private func loadBoth(_ files: [String: String], group text: String = TestGroup.twoMembers) throws -> (xzf: Theme, mzj: Theme, site: Site) {
        let group = try TestGroup(group: text, files: files)
        defer { group.remove() }
        var report = BuildReport()
        let config = try #require(GroupBuilder.loadGroup(group.options(), into: &report))
        let loader = GroupMemberLoader(group: config, groupFolder: group.folder, options: group.options())
        let xzf = try #require(loader.load(config.members[0], into: &report.diagnostics))
        let mzj = try #require(loader.load(config.members[1], into: &report.diagnostics))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.formatted))")
        return (xzf.theme, mzj.theme, xzf.site)
    }

    static let cases: [(String, [String: String], Bool)] = {
        var ownCopy = TestGroup.twoMemberFiles
        ownCopy["members/mzj/themes/default/static/extra.css"] = "p { margin: 0; }\n"
        var language = TestGroup.twoMemberFiles
        language["members/mzj/site.json"] = TestGroup.memberConfig(agency: "测试县民政局", code: "22222222-2", extra: ",\n  \"language\": \"zh-TW\"")
        return [("the group's default theme", TestGroup.twoMemberFiles, true),
                ("a member with its own themes/default copy", ownCopy, false),
                ("a member in another language", language, false)]
    }()

    @Test("members with one theme folder, theme name and language share one compiled theme; a member's own copy or language is another", arguments: cases)
    func sharing(_ name: String, files: [String: String], shared: Bool) throws {
        let (xzf, mzj, _) = try loadBoth(files)
        #expect((ObjectIdentifier(xzf.library.program) == ObjectIdentifier(mzj.library.program)) == shared, "\(name)")
        #expect((xzf.copies === mzj.copies) == shared, "\(name)")
        #expect(xzf.copies != nil && mzj.copies != nil)
    }

    @Test("a theme in the group folder shared by members still dresses each of them with its files")
    func sharedGroupThemeFiles() throws {
        let text = TestGroup.twoMembersSharingCountyTheme
        var files = TestGroup.twoMemberFiles
        files["themes/county/static/style.css"] = "/* 县平台样式 */\n"
        let (xzf, mzj, _) = try loadBoth(files, group: text)
        #expect(xzf.copies === mzj.copies)
        #expect(xzf.staticFiles["style.css"] == Array("/* 县平台样式 */\n".utf8))
    }

    @Test("a shared theme's errors are reported for every member that uses it, each in its member's name")
    func diagnosticsForEveryMember() throws {
        let text = TestGroup.twoMembersSharingCountyTheme
        var files = TestGroup.twoMemberFiles
        files["themes/county/templates/page.mustache"] = "<p>{{#title}}</p>\n"
        let group = try TestGroup(group: text, files: files)
        defer { group.remove() }
        let report = group.build()
        #expect(!report.wroteOutput)
        let syntax = report.diagnostics.filter { $0.id == "theme.template-syntax" }
        for member in ["xzf", "mzj"] {
            #expect(syntax.contains { $0.file == "members/\(member)/themes/county/templates/page.mustache" && $0.line == 2 },
                    "\(member): \(syntax.map(\.formatted))")
        }
    }

    @Test("every rendering thread of a shared theme works with a copy no other thread holds, given back when its pages are done")
    func renderersTakeCopies() throws {
        let (theme, other, site) = try loadBoth(TestGroup.twoMemberFiles)
        let first = SiteRenderer.workers(2, site: site, theme: theme)
        let second = SiteRenderer.workers(2, site: site, theme: other)   // a second member rendering at once
        let programs = (first + second).map { ObjectIdentifier($0.theme.library.program) }
        #expect(Set(programs).count == 4)
        #expect(!programs.contains(ObjectIdentifier(theme.library.program)))
        #expect((first + second).allSatisfy { $0.theme.copies == nil })
        SiteRenderer.returnThemes(of: first, to: theme)
        let third = SiteRenderer.workers(2, site: site, theme: theme)
        #expect(Set(third.map { ObjectIdentifier($0.theme.library.program) }) == Set(programs.prefix(2)))
        // The copies render what the theme renders.
        #expect(third[0].theme.render("tree-root", [:]) == theme.render("tree-root", [:]))
    }

    @Test("copies taken on many threads at once are never held by two of them")
    func copiesExclusive() throws {
        let (theme, _, _) = try loadBoth(TestGroup.twoMemberFiles)
        let copies = try #require(theme.copies)
        let held = Mutex<Set<ObjectIdentifier>>([])
        let clashes = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            for _ in 0..<5 {
                let taken = copies.take(2, of: theme)
                let ids = taken.map { ObjectIdentifier($0.library.program) }
                held.withLock { set in
                    for id in ids where !set.insert(id).inserted { clashes.add(1, ordering: .relaxed) }
                }
                held.withLock { set in for id in ids { set.remove(id) } }
                copies.giveBack(taken)
            }
        }
        #expect(clashes.load(ordering: .relaxed) == 0)
    }
}
