import Foundation
import Testing
@testable import GongkaiCore

/// The `gongkai import` test inputs: Word and PDF files made once per test run by
/// `Tests/import-fixtures/make_fixtures.py` (python-docx and reportlab, installed by
/// scripts/ensure-test-deps.sh), and the committed HTML pages and real pages saved as text.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("import-fixtures")

    /// The generated files' folder, or why it could not be made.
    static let generated: Result<URL, GenerationFailure> = {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-import-fixtures-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder.appendingPathComponent("make_fixtures.py").path, output.path]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch { return .failure(GenerationFailure(message: "python3 无法运行：\(error)")) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return .failure(GenerationFailure(message: message)) }
        return .success(output)
    }()

    struct GenerationFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { "测试用的 Word/PDF 文件无法生成（运行 scripts/ensure-test-deps.sh 安装 python-docx 和 reportlab）：\(message)" }
    }

    /// A generated file by name.
    static func generated(_ name: String) throws -> URL {
        try generated.get().appendingPathComponent(name)
    }

    static let notice = "关于印发青山镇农村人居环境整治实施办法的通知.docx"
    static let letter = "植树活动的函.docx"
    static let textPDF = "森林防火通知.pdf"
    static let scannedPDF = "扫描件.pdf"

    static func page(_ name: String) -> URL { folder.appendingPathComponent("pages/\(name)") }
    static func realPage(_ name: String) -> URL { folder.appendingPathComponent("real-pages/\(name)") }
}

/// An `EditingSite` for 青山镇人民政府 (code 00822061-4, the code the real pages' 索引号 use)
/// with an import helper.
struct ImportSite {
    let site: EditingSite

    init() throws {
        site = try EditingSite(agency: "青山镇人民政府", code: "00822061-4", today: Day(year: 2024, month: 3, day: 19)!)
    }

    var folder: URL { site.folder }

    func run(_ inputs: [URL], node: String = "gfxwj", date: String = "2024-03-20", today: String = "2024-03-25",
             configure: (inout DocumentImporter.Options) -> Void = { _ in }) throws -> DocumentImporter.Report {
        var options = DocumentImporter.Options(node: node, inputs: inputs, date: Day(iso: date)!, today: Day(iso: today)!)
        configure(&options)
        return try DocumentImporter(siteFolder: folder).run(options)
    }

    /// The text of the document written for the only outcome that was written.
    func writtenText(_ report: DocumentImporter.Report, source: String? = nil) throws -> String {
        let paths = report.outcomes.compactMap { outcome -> String? in
            guard source.map({ outcome.source.hasSuffix($0) }) ?? true, case .written(let path, _, _) = outcome.result else { return nil }
            return path
        }
        let path = try #require(paths.count == 1 ? paths.first : nil, "one written document expected, got \(paths)")
        return try #require(site.read(path))
    }

    /// The front matter's value of a key, as written (without quotes and comment).
    static func field(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix("\(key): ") {
            var value = line.dropFirst(key.count + 2)
            if let comment = value.range(of: "  # ") { value = value[..<comment.lowerBound] }
            return value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The body after the front matter.
    static func body(_ text: String) -> String {
        let parts = text.components(separatedBy: "\n---\n")
        return parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text
    }

    func cleanUp() { site.cleanUp() }
}
