import ArgumentParser
import Foundation
import GongkaiCore

/// Options every command shares (`--strict` is apart: `new` and `init` have nothing to be strict about).
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "网站文件夹（默认为当前文件夹）")
    var site: String = "."

    @Option(name: .long, help: "“今天”的日期 YYYY-MM-DD，用于未到期、失效和栏目更新的判断")
    var today: String?

    /// Checks the site folder exists and builds the core's options; usage errors exit 2.
    func buildOptions(strict: Bool = false) throws -> BuildOptions {
        let url = URL(fileURLWithPath: site, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("网站文件夹 \(site) 不存在")
        }
        var options = BuildOptions(siteFolder: url)
        options.strict = strict
        options.today = try Self.day(today, option: "--today")
        return options
    }

    /// A `YYYY-MM-DD` option value; a usage error when it is not a real date.
    static func day(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else { throw ValidationError("\(option) \"\(text)\" 不是有效日期，应为 YYYY-MM-DD") }
        return day
    }

    /// A date as front matter accepts it (`2024-03-19`, `2024/3/19`, `2024.3.19`, `2024年3月19日`), without a time.
    static func documentDay(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let date = DocumentDate(parsing: text), date.minutes == nil else {
            throw ValidationError("\(option) \"\(text)\" 不是有效日期，应为 \(DocumentDate.acceptedDayForms)")
        }
        return date.day
    }
}

/// `--strict`, for the commands that check the site.
struct StrictOption: ParsableArguments {
    @Flag(name: .long, help: "把警告当作错误")
    var strict = false
}
