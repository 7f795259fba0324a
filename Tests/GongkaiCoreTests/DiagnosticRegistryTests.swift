import Foundation
import Testing
@testable import GongkaiCore

/// The registry is the one table of diagnostics: the code may use only ids it lists, with the
/// severity it lists, every id it lists is used, and the README's tables are made from it.
@Suite("the diagnostics registry")
struct DiagnosticRegistryTests {
    static let readmeStart = "<!-- 检查项目表：由 DiagnosticRegistry 生成，GONGKAI_RECORD=1 swift test --filter DiagnosticRegistryTests 更新 -->"
    static let readmeEnd = "<!-- 检查项目表结束 -->"

    /// Each `id` the sources create a diagnostic with, and the severity written beside it.
    /// Ids made from a pattern (`privacy.\(…)`) are expanded by hand.
    static func idsInSources() throws -> [String: Set<Diagnostic.Severity>] {
        let sources = ExampleSite.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let patterns = [
            #/\.(?<severity>error|warning)\(\s*"(?<id>[a-z][a-z0-9-]*\.[a-z0-9.-]+)"/#,
            #/severity:\s*\.(?<severity>error|warning),\s*id:\s*"(?<id>[a-z][a-z0-9-]*\.[a-z0-9.-]+)"/#,
        ]
        var found: [String: Set<Diagnostic.Severity>] = [:]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in patterns {
                for match in text.matches(of: pattern) {
                    found[String(match.id), default: []].insert(match.severity == "error" ? .error : .warning)
                }
            }
            // `reader.invalid(key, message, id: "…")` always reports an error.
            for match in text.matches(of: #/invalid\([^\n]*id:\s*"(?<id>[a-z][a-z0-9-]*\.[a-z0-9.-]+)"/#) {
                found[String(match.id), default: []].insert(.error)
            }
            // Markdown passes' problems become warnings (RenderedMarkdown.Problem).
            for match in text.matches(of: #/problems\.append\(\.init\([^\n]*id:\s*"(?<id>[a-z][a-z0-9-]*\.[a-z0-9.-]+)"/#) {
                found[String(match.id), default: []].insert(.warning)
            }
            if text.contains("\"privacy.\\(") {
                for suffix in ["resident-id", "mobile", "bank-card"] { found["privacy.\(suffix)", default: []].insert(.error) }
            }
        }
        return found
    }

    @Test("every id the code reports is in the registry with the severity the code gives it")
    func codeUsesRegisteredIDs() throws {
        let used = try Self.idsInSources()
        #expect(used.count > 50)
        for (id, severities) in used.sorted(by: { $0.key < $1.key }) {
            let kind = DiagnosticRegistry.kind(id)
            #expect(kind != nil, "\(id) is reported but not in DiagnosticRegistry")
            if let kind { #expect(severities == [kind.severity], "\(id): the code says \(severities), the registry \(kind.severity)") }
        }
    }

    @Test("every id in the registry is reported somewhere, once, with a title and an explanation")
    func registryHasNoStaleEntries() throws {
        let used = try Self.idsInSources()
        let ids = DiagnosticRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count, "an id is listed twice")
        for kind in DiagnosticRegistry.all {
            #expect(used[kind.id] != nil, "\(kind.id) is registered but no code reports it")
            #expect(!kind.title.isEmpty && !kind.explanation.isEmpty && !kind.explanation.contains("\n"))
        }
    }

    @Test("the README's 检查项目 tables are the registry's, row for row")
    func readmeTablesMatchTheRegistry() throws {
        let readme = ExampleSite.root.appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.readmeStart), "README lacks the start marker")
        let end = try #require(text.range(of: Self.readmeEnd), "README lacks the end marker")
        let generated = "\n\n" + DiagnosticRegistry.markdownTables
        if ProcessInfo.processInfo.environment["GONGKAI_RECORD"] == "1" {
            let updated = text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: generated)
            try updated.write(to: readme, atomically: true, encoding: .utf8)
        }
        #expect(String(text[start.upperBound..<end.lowerBound]) == generated,
                "README.md's check tables differ from DiagnosticRegistry; run GONGKAI_RECORD=1 swift test --filter DiagnosticRegistryTests")
    }

    @Test("a rendered table row keeps a vertical bar in an explanation as text")
    func pipesAreEscaped() {
        #expect(!DiagnosticRegistry.markdownTables.split(separator: "\n").contains { line in
            line.hasPrefix("| `") && line.filter { $0 == "|" }.count - line.components(separatedBy: "\\|").count + 1 != 4
        })
    }
}
