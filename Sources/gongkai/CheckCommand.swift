import ArgumentParser
import Foundation
import GongkaiCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "只检查，不生成网站：列出全部错误和警告")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "输出格式：text 或 json")
    var format: Format = .text

    func run() throws {
        let report = SiteBuilder.check(try siteOptions.buildOptions())
        switch format {
        case .text:
            for diagnostic in report.diagnostics { print(diagnostic.formatted) }
            print("检查完成：\(report.documentCount) 篇文档，\(report.diagnostics.errorCount) 个错误，\(report.diagnostics.warningCount) 个警告")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(report.diagnostics.map(JSONDiagnostic.init))
            print(String(decoding: data, as: UTF8.self))
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}

/// One diagnostic in `check --format json`: every key is always present, `hint` as null
/// when there is none, so CI scripts can rely on the shape.
struct JSONDiagnostic: Encodable {
    let diagnostic: Diagnostic

    enum CodingKeys: String, CodingKey {
        case file, line, column, severity, id, message, hint
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostic.file, forKey: .file)
        try container.encode(diagnostic.line, forKey: .line)
        try container.encode(diagnostic.column, forKey: .column)
        try container.encode(diagnostic.severity.rawValue, forKey: .severity)
        try container.encode(diagnostic.id, forKey: .id)
        try container.encode(diagnostic.message, forKey: .message)
        try container.encode(diagnostic.hint, forKey: .hint)
    }
}
