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
            let data = try encoder.encode(report.diagnostics)
            print(String(decoding: data, as: UTF8.self))
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}
