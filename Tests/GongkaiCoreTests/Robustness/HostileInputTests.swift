import Foundation
import Testing
@testable import GongkaiCore

/// Every input of ``HostileInputCorpus`` ends in a diagnostic or a correct page; the build
/// never crashes, never hangs and never writes outside its output folder.
@Suite("hostile inputs")
struct HostileInputTests {
    /// The site folder's files outside `public/`, with their bytes.
    private func sourceSnapshot(_ site: TestSite) -> [String: Data] {
        site.snapshot(of: site.folder).filter { !$0.key.hasPrefix("public/") }
    }

    @Test("a hostile input ends in a diagnostic or a correct page", arguments: HostileInputCorpus.cases)
    func hostile(_ input: HostileInputCorpus.Case) throws {
        let site = try TestSite(files: ["content/gzdt/ok.md": document(1)])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = site.snapshot()

        switch input.content {
        case .bytes(let bytes):
            try site.write(input.path, bytes: bytes)
        case .linkOutside(let target):
            try FileManager.default.createSymbolicLink(atPath: site.folder.appendingPathComponent(input.path).path, withDestinationPath: target)
        }
        let sources = sourceSnapshot(site)
        let topLevel = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).sorted()

        let report = site.build()
        // Nothing outside the output folder changed, and no staging folder (hidden, beside
        // the output) was left behind.
        #expect(sourceSnapshot(site) == sources)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.folder.path).sorted() == topLevel)

        switch input.outcome {
        case .error(let id, let file):
            let d = try #require(report.diagnostics.first { $0.id == id }, "\(report.diagnostics.map(\.formatted).prefix(5))")
            #expect(d.severity == .error && d.file == file, "\(d.formatted)")
            #expect(!report.wroteOutput)
            #expect(site.snapshot() == before)
        case .page(let path, let warning):
            #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error }.map(\.formatted).prefix(5))")
            let page = try #require(site.read(path), "no \(path)")
            #expect(page.contains("</html>"))
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("javascript:alert"))
            if let warning { #expect(report.diagnostics.contains { $0.id == warning }) }
        }
    }

    @Test("the YAML depth guard accepts ordinary front matter")
    func depthGuardAcceptsOrdinaryFrontMatter() {
        let yaml = "title: \"[括号] 与 {花括号}\"\nkeywords: [a, b, c]\nattachments:\n  - file: a.pdf\n    title: 附件\n  - b.pdf\nsummary: |\n  第一行\n    缩进的行\n# 注释 [[[[[[\n"
        #expect(FrontMatterDepth.lineExceedingLimit(yaml) == nil)
        #expect(FrontMatterDepth.lineExceedingLimit("a: " + String(repeating: "[", count: 65)) == 1)
        #expect(FrontMatterDepth.lineExceedingLimit("a: '" + String(repeating: "[", count: 100) + "'") == nil)
    }
}
