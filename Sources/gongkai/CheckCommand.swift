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
        let options = try siteOptions.buildOptions(strict: strictOption.strict)
        // A folder with group.json is a site group (README “站群”): every member and the checks across them.
        let report = GroupBuilder.isGroup(options.siteFolder) ? GroupBuilder.check(options) : SiteBuilder.check(options)
        switch format {
        case .text:
            let limit = isatty(STDOUT_FILENO) == 1 ? Console.linesPerIDOnTerminal : nil
            print(report.diagnostics.textReport(documentCount: report.documentCount, limitPerID: limit))
        case .json: print(report.diagnostics.jsonReport())
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}
