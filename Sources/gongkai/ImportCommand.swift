import ArgumentParser
import Foundation
import GongkaiCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入 Word、PDF、旧网站页面和文本文件：每个文件成为栏目中的一篇文档，并立即检查",
        discussion: """
        可以导入 .docx，.doc 和 .wps（需要 LibreOffice），有文字层的 .pdf，从旧网站保存的 .html 和 .txt。
        Word 和 PDF 需要 pandoc 和 pdftotext：sudo apt-get install pandoc poppler-utils。
        公文的发文字号、标题、发文机关署名、成文日期、附件说明和一、（一）、1.、（1）小标题自动识别；
        旧网站页面沿用原来的索引号和日期。原件（Word、PDF）默认作为附件保留。
        同一索引号、或标题和成文日期相同的文档不会重复导入，可以放心再运行一次。
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Argument(help: "要导入的文件或文件夹；附件（如 .xlsx）与正文文件一起给出，按附件说明附上")
    var files: [String]

    @Option(name: .long, help: "导入到哪个栏目：路径或 id，如 fdzdgknr/fgwj/gfxwj 或 gfxwj")
    var node: String

    @Flag(name: .long, help: "也导入子文件夹中的文件")
    var recursive = false

    @Flag(name: .customLong("dry-run"), help: "只列出每个文件会导入成什么，不写入")
    var dryRun = false

    @Flag(name: .customLong("keep-original"), inversion: .prefixedNo, help: "把原文件作为附件保留（默认：Word 和 PDF 保留，网页和文本不保留）")
    var keepOriginal: Bool?

    @Option(name: .customLong("heading-levels"), help: "一、（一）1.（1）四级小标题分别用几级 Markdown 标题，默认 2,3,4,5")
    var headingLevels: String?

    @Option(name: .long, help: "没有发布日期的文件（Word、PDF）用的发布日期，默认今天")
    var date: String?

    @Option(name: .long, help: "所解读文件的索引号（导入到政策解读栏目时必填）")
    var interprets: [String] = []

    func run() throws {
        let options = try siteOptions.buildOptions()
        let today = options.resolvedToday()
        var importOptions = DocumentImporter.Options(
            node: node, inputs: files.map { URL(fileURLWithPath: $0).standardizedFileURL },
            date: try SiteOptions.documentDay(date, option: "--date") ?? today, today: today
        )
        importOptions.recursive = recursive
        importOptions.dryRun = dryRun
        importOptions.keepOriginal = keepOriginal
        importOptions.interprets = interprets
        if let headingLevels {
            guard let levels = HeadingLevels(parsing: headingLevels) else {
                throw ValidationError("--heading-levels \"\(headingLevels)\" 应为四个 1 到 6 的数字，如 2,3,4,5")
            }
            importOptions.headingLevels = levels
        }
        let report: DocumentImporter.Report
        do {
            report = try DocumentImporter(siteFolder: options.siteFolder).run(importOptions)
        } catch {
            if case .config(let diagnostics) = error {
                Console.printDiagnostics(diagnostics)
            } else {
                FileHandle.standardError.write(Data("错误: \(error.message)\n".utf8))
            }
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
        print(report.summary(dryRun: dryRun))
        Console.printDiagnostics(report.diagnostics)
        if report.hasErrors { throw ExitCode(1) }
    }
}
