import Foundation
import Testing
@testable import GongkaiCore

@Suite("listing a site's files")
struct FileWalkerTests {
    /// A throwaway site folder with `files` (site-relative paths) written into it.
    private func folder(_ files: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-walker-\(UUID().uuidString)")
        for path in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    @Test("files are listed sorted, site-relative, without hidden ones")
    func sortedAndRelative() throws {
        let root = try folder(["content/b/2.md", "content/a/1.md", "content/.hidden/3.md", "content/a/.x.md", "content/c.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        var diagnostics: [Diagnostic] = []
        let files = FileWalker.files(under: root.appendingPathComponent("content"), root: root, diagnostics: &diagnostics)
        #expect(files == ["content/a/1.md", "content/b/2.md", "content/c.md"])
        #expect(diagnostics.isEmpty)
    }

    @Test("a folder reached twice through a link inside the site is listed once, and a link back up does not loop")
    func linkedFolderOnce() throws {
        let root = try folder(["content/gzdt/a.md", "content/gzdt/sub/b.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        // `zlink` (listed after `gzdt`) is the same folder as `gzdt`; `gzdt/sub/up` leads back to `content`.
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("zlink").path, withDestinationPath: content.appendingPathComponent("gzdt").path)
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("gzdt/sub/up").path, withDestinationPath: "../..")
        var diagnostics: [Diagnostic] = []
        let files = FileWalker.files(under: content, root: root, diagnostics: &diagnostics)
        #expect(files == ["content/gzdt/a.md", "content/gzdt/sub/b.md"])
        #expect(diagnostics.isEmpty)
    }

    @Test("a link to a folder outside the site is reported and skipped")
    func linkOutside() throws {
        let root = try folder(["content/a.md"])
        let outside = try folder(["secret.md"])
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/out").path, withDestinationPath: outside.path)
        var diagnostics: [Diagnostic] = []
        let files = FileWalker.files(under: root.appendingPathComponent("content"), root: root, diagnostics: &diagnostics)
        #expect(files == ["content/a.md"])
        #expect(diagnostics.map(\.id) == ["path.outside"])
        #expect(diagnostics.first?.file == "content/out")
    }
}
