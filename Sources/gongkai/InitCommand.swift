import ArgumentParser
import Foundation
import GongkaiCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "新建网站：site.json（公开目录）、政府信息公开指南、两篇示例文档",
        discussion: "文件夹必须不存在或为空。没有用 --agency、--code 给出的信息写成【请填写…】，gongkai check 会一直提醒，直到填好为止。"
    )

    @Argument(help: "新网站的文件夹")
    var folder: String

    @Option(name: .long, help: "机关名称，如 青山镇人民政府")
    var agency: String?

    @Option(name: .long, help: "组织机构代码或统一社会信用代码（用于索引号），如 00822061-4")
    var code: String?

    @Flag(name: .customLong("theme-files"), help: "把内置默认主题的全部文件也写到 themes/default/，便于修改")
    var themeFiles = false

    @Option(name: .long, help: "公开目录：乡镇、县级部门、县政府（按《条例》第二十条、第二十一条列出适用的栏目）；不写时是四个标准一级栏目的基本目录")
    var catalog: CatalogPreset = .basic

    @Option(name: .long, help: "示例文档的日期 YYYY-MM-DD（默认今天）")
    var today: String?

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        var options = SiteInitializer.Options(today: try SiteOptions.day(today, option: "--today") ?? BuildOptions(siteFolder: url).resolvedToday())
        options.agencyName = agency?.trimmingCharacters(in: .whitespaces).nonEmpty
        options.agencyCode = code?.trimmingCharacters(in: .whitespaces).nonEmpty
        options.copyTheme = themeFiles
        options.catalog = catalog
        do {
            let written = try SiteInitializer(folder: url).create(options)
            var lines = ["已创建网站 \(folder)（\(written.count) 个文件）："]
            lines += written.filter { !$0.hasPrefix("themes/default/") }.map { "  \($0)" }
            if themeFiles { lines.append("  themes/default/…（内置默认主题的全部文件）") }
            lines.append("")
            lines += SiteInitializer.nextSteps(folder: folder, options: options)
            print(lines.joined(separator: "\n"))
        } catch {
            FileHandle.standardError.write(Data("错误: \(error.message)\n".utf8))
            if case .io = error { throw ExitCode(1) }
            throw ExitCode(2)
        }
    }
}

extension CatalogPreset: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
