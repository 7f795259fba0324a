import Foundation

/// `gongkai init`: a new site that builds at once (README “命令”).
///
/// It writes site.json with the four standard columns and their usual sub-nodes, a
/// 政府信息公开指南 page with the headings 条例 Art. 12 requires, two sample documents with
/// 索引号 recorded in the ledger, and a `.gitignore`. The default theme is built in; with
/// `copyTheme` its files are also written to `themes/default/` for customising. Values the
/// editor must supply are `【请填写…】` placeholders, which `PlaceholderChecker` reports.
public struct SiteInitializer: Sendable {
    public struct Options: Sendable {
        /// 机关名称; a placeholder when nil.
        public var agencyName: String?
        /// 组织机构代码 or 统一社会信用代码; a placeholder when nil.
        public var agencyCode: String?
        /// Also write the built-in theme's files to `themes/default/`.
        public var copyTheme = false
        /// The date of the sample documents.
        public var today: Day
        /// Which 公开目录 to write (`--catalog`).
        public var catalog: CatalogPreset = .basic

        public init(today: Day) {
            self.today = today
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        case notEmpty(String)
        case notAFolder(String)
        case io(String)

        public var message: String {
            switch self {
            case .notEmpty(let path): return "文件夹 \(path) 不是空的；gongkai init 只在新文件夹或空文件夹中创建网站，以免覆盖已有文件"
            case .notAFolder(let path): return "\(path) 是一个文件，不是文件夹"
            case .io(let message): return message
            }
        }
    }

    /// Every placeholder starts with this, so one search finds them all.
    public static let placeholderMarker = "【请填写"

    /// Whether a value is still an init placeholder.
    public static func isPlaceholder(_ value: String) -> Bool {
        value.containsUTF8(placeholderMarker)
    }

    /// What `gongkai init` tells the editor to do next, one line each; `folder` as typed.
    public static func nextSteps(folder: String, options: Options) -> [String] {
        var lines = ["下一步："]
        lines.append("  1. 打开 \(folder)/site.json，把所有【请填写…】改为本机关的信息（机关名称、机构代码、办公地址、联系电话、页脚备案号等）")
        lines.append("  2. 打开 \(folder)/content/xxgkzn/_index.md（政府信息公开指南），把其中的【请填写…】改为实际内容（工作机构名称、其他公开场所、上级主管部门，以及办公地址、电话等）")
        if options.agencyName == nil || options.agencyCode == nil {
            lines.append("     两篇示例文档的索引号、发布机构中也有【请填写…】：改为实际信息，或者删除示例文档")
        }
        lines.append("  3. gongkai check --site \(folder)          # 列出还没填的【请填写…】")
        lines.append("  4. gongkai serve --site \(folder)          # 预览，改了文件页面会自动刷新")
        lines.append("  5. gongkai new --site \(folder) gzdt \"标题\"  # 新建一篇文档，自动分配索引号")
        return lines
    }

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Creates the site; returns the site-relative paths written, sorted.
    @discardableResult
    public func create(_ options: Options) throws(Failure) -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(folder.path) }
            // An empty git repository (only `.git`) counts as empty.
            let entries = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != ".git" }
            guard entries.isEmpty else { throw .notEmpty(folder.path) }
        }
        let name = options.agencyName ?? "【请填写机关名称】"
        let code = options.agencyCode ?? "【请填写机构代码】"
        var written: [String] = []
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            func write(_ path: String, _ text: String) throws {
                try writeFile(path, Data(text.utf8))
                written.append(path)
            }
            try write("site.json", InitialSiteFiles.siteJSON(name: name, code: code, preset: options.catalog))
            try write(".gitignore", InitialSiteFiles.gitignore)
            try write("content/xxgkzn/_index.md", InitialSiteFiles.guide(name: name, code: code, date: options.today))
            try write("themes/README.md", InitialSiteFiles.themesReadme)
            if options.catalog != .basic {
                // One line per column saying what belongs there; an empty column shows it
                // above "本栏目暂无信息" and still counts as 空白栏目 for check.
                for (path, column) in options.catalog.flattened where !column.about.isEmpty {
                    try write("content/\(path)/_index.md", column.about + "\n")
                }
            }
            if options.copyTheme {
                for (path, encoded) in DefaultThemeFiles.base64.sorted(by: { $0.key < $1.key }) {
                    try writeFile("themes/default/" + path, Data(base64Encoded: encoded) ?? Data())
                    written.append("themes/default/" + path)
                }
            }
            written += try writeSamples(name: name, code: code, today: options.today)
            written.append(IndexNumberAllocator.ledgerPath)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .io("创建网站失败：\(error.localizedDescription)")
        }
        return written.sorted()
    }

    private func writeFile(_ path: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .withoutOverwriting)
    }

    /// The two sample documents, numbered through the allocator so the ledger starts right.
    private func writeSamples(name: String, code: String, today: Day) throws -> [String] {
        let pattern = (try? IndexNumberPattern(IndexNumberPattern.standard))!
        let allocator = IndexNumberAllocator(siteFolder: folder, pattern: pattern, code: code)
        var paths: [String] = []
        for sample in InitialSiteFiles.samples(name: name, year: today.year) {
            let path: String = try allocator.allocate(year: today.year, date: today) { number in
                let fileName = DocumentCreator.fileName(for: number)
                let path = "content/\(sample.node)/\(fileName).md"
                var template = DocumentTemplate(
                    title: sample.title, indexNumber: number, date: today, publisher: name, docNumber: sample.docNumber,
                    kind: .list, fileName: fileName, topics: .standard, genres: Genres.standard, publishDeadlineWorkdays: 20
                )
                template.body = sample.body
                template.topic = sample.topic
                try writeFile(path, Data(template.text.utf8))
                return (path, sample.title, path)
            }
            paths.append(path)
        }
        return paths
    }
}
