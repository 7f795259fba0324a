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
        for _ in 0..<32 {
            let edit = fixture.edit()
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
    }
}
