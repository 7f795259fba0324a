import ArgumentParser
import Foundation
import GongkaiCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "新建一篇文档：填好全部元数据，自动分配下一个索引号",
        discussion: """
        栏目写路径（fdzdgknr/gzdt）或只有一个栏目使用的 id（gzdt）。文件写到 content/<栏目>/<文件名>.md，
        文件名默认取索引号的最后一段（如 2024-00018）。分配过的索引号记在 content/.index-numbers 中，
        文档删除后也不会再次分配。
        年度报告：gongkai new xxgknb --report 2025 生成 2025 年度报告的骨架（标题可省略），
        表二“行政规范性文件”一行按网站统计，表三、表四各行为 0，上年结转取自上年度报告。
        站群文件夹（有 group.json）中用 --member 指定成员 id，文档写到该成员的网站文件夹；
        不写 --member 时在终端里列出成员供选择。
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: "栏目路径或 id，如 fdzdgknr/gzdt 或 gzdt")
    var node: String

    @Argument(help: "标题（信息名称）；用 --report 时可省略")
    var title: String?

    @Option(name: .long, help: "生成这一年度的政府信息公开工作年度报告骨架，如 2025（栏目须为年报栏目）")
    var report: Int?

    @Option(name: .long, help: "所解读文件的索引号（政策解读栏目必填，可重复）")
    var interprets: [String] = []

    @Option(name: .customLong("doc-no"), help: "文号，如 青政办〔2024〕3号")
    var docNo: String?

    @Option(name: .long, help: "发布日期，如 2024-03-19、2024/3/19、2024.3.19 或 2024年3月19日（默认今天），它的年份决定索引号的年份")
    var date: String?

    @Option(name: .long, help: "站群中的成员 id，如 mzj（在站群文件夹中运行时用；不写时列出成员供选择）")
    var member: String?

    @Option(name: .customLong("file-name"), help: "文件名（不含 .md，英文字母、数字、- 和 _），默认取索引号的最后一段")
    var fileName: String?

    func run() throws {
        let options = try siteOptions.buildOptions()
        let target = try NewDocumentTarget.target(options: options, member: member)
        var skeleton: AnnualReportSkeleton?
        if let report {
            guard (1990...2999).contains(report) else { throw ValidationError("--report \(report) 不是有效年份，应为四位数字如 2025") }
            let (site, diagnostics) = target.loadSite(options)
            guard let site else {
                Console.printDiagnostics(diagnostics)
                throw ExitCode(1)
            }
            skeleton = AnnualReportSkeleton(site: site, year: report)
        }
        guard let title = title ?? skeleton?.title else { throw ValidationError("请给出标题（信息名称）") }
        var request = DocumentCreator.Request(node: node, title: title, date: try SiteOptions.documentDay(date, option: "--date") ?? options.resolvedToday())
        request.reportYear = report
        request.body = skeleton?.body
        request.interprets = interprets
        request.docNumber = docNo?.trimmingCharacters(in: .whitespaces).nonEmpty
        request.fileName = fileName
        do {
            let created = try target.creator.create(request)
            Console.printDiagnostics(created.notes.map { note in
                var note = note
                note.file = note.file.map { target.prefix + $0 }
                return note
            })
            print(target.prefix + created.path)
            if let taken = created.takenPath {
                FileHandle.standardError.write(Data("文件 \(target.prefix + taken) 已经存在，新文档改用文件名 \(target.prefix + created.path)\n".utf8))
            }
            FileHandle.standardError.write(Data("已在栏目“\(created.nodeTitle)”新建文档，索引号 \(created.indexNumber)；用编辑器打开上面的文件填写正文\n".utf8))
        } catch {
            if case .config(let diagnostics) = error {
                Console.printDiagnostics(diagnostics)
            } else {
                FileHandle.standardError.write(Data("错误: \(error.message)\n".utf8))
            }
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
    }
}
