import ArgumentParser
import Foundation
import GongkaiCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "构建网站：检查全部内容，生成公开专栏到输出文件夹")

    @OptionGroup var siteOptions: SiteOptions
    @OptionGroup var strictOption: StrictOption

    @Option(name: .long, help: "输出文件夹（默认为网站文件夹下的 public/）")
    var output: String?

    @Option(name: .customLong("base-url"), help: "覆盖 site.json 的 base_url，例如 https://www.example.gov.cn/xxgk/")
    var baseURL: String?

    @Flag(name: .long, help: "包含草稿")
    var drafts = false

    @Flag(name: .long, help: "包含发布日期在今天之后的文档")
    var future = false

    @Flag(name: .long, help: "不显示构建进度（只输出摘要）；不在终端上运行时本来就不显示")
    var quiet = false

    func run() throws {
        let started = Date()
        var options = try siteOptions.buildOptions(strict: strictOption.strict)
        if let output {
            options.outputFolder = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        }
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.includeFuture = future
        let progress = ProgressLine(enabled: !quiet)
        // A folder with group.json is a site group (README “站群”): every member and the portal, in one output.
        let report = GroupBuilder.isGroup(options.siteFolder)
            ? GroupBuilder.build(options, progress: progress.update)
            : SiteBuilder.build(options, progress: progress.update)
        progress.finish()
        Console.printDiagnostics(report.diagnostics)
        Console.printSummary(report, output: options.resolvedOutputFolder, elapsed: Date().timeIntervalSince(started))
        if !report.succeeded { throw ExitCode(1) }
    }
}
