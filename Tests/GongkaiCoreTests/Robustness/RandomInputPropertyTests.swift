import Foundation
import PropertyBased
import Testing
@testable import GongkaiCore

/// Random bytes and random front matter fed to the loader: whatever comes in, the result is
/// a document or an error diagnostic, and every diagnostic points inside the file.
@Suite("random input to the loader")
struct RandomInputPropertyTests {
    static let config: SiteConfig = {
        let (config, diagnostics) = SiteConfigLoader.load(Array(TestSite.minimalConfig.utf8))
        precondition(!diagnostics.hasErrors)
        return config!
    }()

    static let parser = DocumentParser(config: config, fileSize: { _ in nil })
    static let gzdt = config.catalog.index(ofPath: "gzdt")!

    /// Splits and parses `bytes` as `content/gzdt/x.md`, checking the invariants.
    static func load(_ bytes: [UInt8]) {
        let path = "content/gzdt/x.md"
        let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
        var diagnostics: [Diagnostic] = []
        var document: Document?
        switch SourceFile.split(bytes, path: path) {
        case .failure(.notUTF8(let line, let column)):
            #expect(line >= 1 && line <= lineCount && column >= 1)
            return
        case .failure(.unterminatedFrontMatter):
            return
        case .success(let file):
            (document, diagnostics) = parser.parse(file, node: gzdt)
            if let document {
                // The scanners and checkers that look at text must cope with it too.
                _ = PersonalInfoScanner().scan(document.body)
                _ = PersonalInfoChecker().findings(in: document)
                #expect(document.bodyLine >= 1 && document.bodyLine <= lineCount + 1)
            }
        }
        #expect(document != nil || diagnostics.hasErrors, "no document and no error")
        for d in diagnostics {
            #expect(d.file == path)
            #expect(d.line >= 1 && d.line <= lineCount + 1, "\(d.formatted) beyond \(lineCount) lines")
            #expect(d.column >= 1)
            #expect(!d.message.isEmpty)
        }
    }

    static let keys = FrontMatterKey.allNames + ["index_n0", "tilte", "a", "", "-", "? x", "&a k", "*a", "!!binary k", "<<"]
    static let fragments = [
        "", " ", "2024-03-19", "2024/3/19", "2024年3月19日", "2024-13-45", "09:30", "12345678-9/2024-00001", "青政办〔2024〕3号",
        "[", "]", "{", "}", ":", ": ", "#", "&a", "*a", "!", "|", ">", "'", "\"", "\\", "%", "@", "`", ",", "-", "- ", "~",
        "\n", "\n  ", "\t", "true", "null", "1e999", "99999999999999999999", "-0", "0x1F", ".inf", "中文", "１３８１２３４５６７８",
        "13812345678", "11010519491231002X", "\u{0}", "\u{FEFF}", "\u{202E}", "---", "...", "\r", "é", "𠀀", "<script>",
    ]

    static func frontMatter() -> Generator<String, some SendableSequenceType> {
        zip(
        Gen<String?>.element(of: keys).compactMap { $0 }.array(of: 0...8),
        Gen<String?>.element(of: fragments).compactMap { $0 }.array(of: 0...24)
    ).map { keys, values in
        var lines: [String] = []
        var rest = values[...]
        for key in keys {
            let take = min(rest.count, 3)
            lines.append("\(key): " + rest.prefix(take).joined())
            rest = rest.dropFirst(take)
        }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + rest.joined() + "\n"
    }
    }

    static func bytes(_ count: ClosedRange<Int>) -> Generator<[UInt8], some SendableSequenceType> {
        Gen.int(in: 0...255).map { UInt8($0) }.array(of: count)
    }

    @Test("random bytes never crash the loader")
    func randomBytes() async {
        await propertyCheck(count: 400, input: Self.bytes(0...600)) { bytes in
            Self.load(bytes)
            Self.load(Array("---\n".utf8) + bytes)
            Self.load(Array("---\ntitle: x\n---\n".utf8) + bytes)
        }
    }

    @Test("random front matter gives a document or an error, at a place in the file")
    func randomFrontMatter() async {
        await propertyCheck(count: 1_000, input: Self.frontMatter()) { text in
            Self.load(Array(text.utf8))
        }
    }

    @Test("random sites go through the whole check without crashing")
    func randomSites() async throws {
        await propertyCheck(count: 15, input: zip(Self.frontMatter().array(of: 1...4), Self.bytes(0...200))) { texts, bytes in
            var files: [String: String] = [:]
            for (i, text) in texts.enumerated() { files["content/gzdt/f\(i).md"] = text }
            guard let site = try? TestSite(files: files) else { return }
            defer { site.remove() }
            try? site.write("content/gzdt/raw.md", bytes: bytes)
            let report = SiteBuilder.check(site.options())
            #expect(report.diagnostics == report.diagnostics.sortedForReport())
            #expect(!FileManager.default.fileExists(atPath: site.output.path))
        }
    }
}
