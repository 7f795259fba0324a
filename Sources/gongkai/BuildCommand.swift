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

    @Option(name: .long, help: "站群：只构建这个成员（成员 id），结果写到 --parts 文件夹下的 <id>/，再用 --assemble 组装")
    var member: String?

    @Option(name: .customLong("member-index"), help: "站群：只构建 group.json 中第 N 个成员（从 0 数起，如 Kubernetes 的 $JOB_COMPLETION_INDEX）")
    var memberIndex: Int?

    @Option(name: .long, help: "站群：--member / --member-index 写入成员构建结果的文件夹（默认为站群文件夹下的 parts/）")
    var parts: String?

    @Option(name: .long, help: "站群：从这个文件夹中各成员的构建结果组装整个站群，写到 --output")
    var assemble: String?

    func validate() throws {
        let steps = [member != nil, memberIndex != nil, assemble != nil].count { $0 }
        if steps > 1 { throw ValidationError("--member、--member-index 和 --assemble 只能选一个") }
        if parts != nil && member == nil && memberIndex == nil { throw ValidationError("--parts 只和 --member 或 --member-index 一起用；组装时用 --assemble <文件夹>") }
        if assemble == nil && member == nil && memberIndex == nil { return }
        if member != nil || memberIndex != nil, output != nil { throw ValidationError("--member 的结果写到 --parts 文件夹（默认为站群文件夹下的 parts/），不用 --output") }
    }

    func run() throws {
        let started = Date()
        var options = try siteOptions.buildOptions(strict: strictOption.strict)
        if let output {
            options.outputFolder = Self.url(output)
        }
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.includeFuture = future
        // The process exits right after building: its exit reclaims the site at once.
        options.leavesSiteForExit = true
        let progress = ProgressLine(enabled: !quiet)
        let isGroup = GroupBuilder.isGroup(options.siteFolder)
        if !isGroup, member != nil || memberIndex != nil || assemble != nil {
            throw ValidationError("--member、--member-index 和 --assemble 只用于站群文件夹（有 group.json）：\(siteOptions.site) 不是站群")
        }
        let report: BuildReport
        var written = options.resolvedOutputFolder
        if let choice = member.map(GroupMemberChoice.id) ?? memberIndex.map(GroupMemberChoice.index) {
            // One member's part of a site group (README “站群”), for a later --assemble.
            let folder = parts.map(Self.url) ?? GroupBuilder.defaultPartsFolder(options)
            report = GroupBuilder.buildPart(options, member: choice, parts: folder, progress: progress.update)
            written = folder
        } else if let assemble {
            report = GroupBuilder.assemble(options, parts: Self.url(assemble), progress: progress.update)
        } else if isGroup {
            // A folder with group.json is a site group (README “站群”): every member and the portal, in one output.
            AllocatorOptions.keepFreedMemoryBetweenMembers()
            report = GroupBuilder.build(options, progress: progress.update)
        } else {
            report = SiteBuilder.build(options, progress: progress.update)
        }
        progress.finish()
        Console.printDiagnostics(report.diagnostics)
        Console.printSummary(report, output: written, elapsed: Date().timeIntervalSince(started))
        if !report.succeeded { throw ExitCode(1) }
    }

    /// A folder named on the command line, relative to the current folder.
    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}
