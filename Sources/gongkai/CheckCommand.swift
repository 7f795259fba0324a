import ArgumentParser
import Foundation
import GongkaiCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "只检查，不生成网站：列出全部错误和警告")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var strictOption: StrictOption

    @Option(name: .long, help: "输出格式：text 或 json")
    var format: Format = .text

    func run() throws {
        let report = SiteBuilder.check(try siteOptions.buildOptions(strict: strictOption.strict))
        switch format {
        case .text:
            let limit = isatty(STDOUT_FILENO) == 1 ? Console.linesPerIDOnTerminal : nil
            print(report.diagnostics.textReport(documentCount: report.documentCount, limitPerID: limit))
        case .json: print(report.diagnostics.jsonReport())
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}
