import ArgumentParser
import Foundation
import GongkaiCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "年度统计：各栏目、主题、体裁的发布数，主动公开总数，年报表二的行政规范性文件件数",
        discussion: """
        每个数字都写明了怎么算出来的；草稿和发布日期在“今天”之后的文档不计。
        在站群文件夹（有 group.json）中运行时，每个成员一行加一行合计：本年发布数、各月发布数、空白栏目、
        不更新栏目和年度报告是否逾期；--format html 生成一个带柱状图的独立网页。
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var strictOption: StrictOption

    @Option(name: .long, help: "年份，如 2024")
    var year: Int

    @Option(name: .long, help: "输出格式：text、json、csv，站群还可用 html（带柱状图的独立网页）")
    var format: Format = .text

    func validate() throws {
        guard (1000...9999).contains(year) else { throw ValidationError("--year \(year) 不是有效年份，应为四位数字如 2024") }
    }

    func run() throws {
        let options = try siteOptions.buildOptions(strict: strictOption.strict)
        if GroupBuilder.isGroup(options.siteFolder) { return try runGroup(options) }
        guard format != .html else { throw ValidationError("--format html 只用于站群文件夹（有 group.json）；单个网站请用 text、json 或 csv") }
        let (site, _, report) = SiteBuilder.load(options)
        guard let site, report.succeeded else {
            Console.printDiagnostics(report.diagnostics)
            FileHandle.standardError.write(Data("网站有 \(report.diagnostics.errorCount) 个错误，统计可能不准确，请先改正（gongkai check 可查看）\n".utf8))
            throw ExitCode(1)
        }
        let statistics = YearStatistics(site: site, year: year)
        switch format {
        case .text: print(statistics.text)
        case .json: print(statistics.json)
        case .csv: print(statistics.csv, terminator: "")
        case .html: break
        }
    }

    /// A site group: one row per member and a total (README “站群”).
    private func runGroup(_ options: BuildOptions) throws {
        let (statistics, report) = GroupStatistics.load(options, year: year)
        guard let statistics else {
            Console.printDiagnostics(report.diagnostics)
            FileHandle.standardError.write(Data("站群有 \(report.diagnostics.errorCount) 个错误，统计可能不准确，请先改正（gongkai check 可查看）\n".utf8))
            throw ExitCode(1)
        }
        switch format {
        case .text: print(statistics.text)
        case .json: print(statistics.json)
        case .csv: print(statistics.csv, terminator: "")
        case .html: print(statistics.html, terminator: "")
        }
    }
}
