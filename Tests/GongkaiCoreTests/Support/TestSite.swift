import Foundation
@testable import GongkaiCore

/// A throwaway site folder written from a dictionary of files, for loading and build tests.
struct TestSite {
    let folder: URL

    /// The smallest valid site.json, with a catalog of one list node per entry of `nodes`
    /// plus a page, an interpretations and a reports node.
    static let minimalConfig = """
    {
      "title": "测试镇信息公开",
      "base_url": "https://www.example.gov.cn/xxgk/",
      "agency": { "name": "测试镇人民政府", "code": "12345678-9" },
      "footer": { "sponsor": "测试镇人民政府", "site_code": "1234567890" },
      "catalog": [
        { "id": "zn", "title": "政府信息公开指南", "kind": "page" },
        { "id": "fgwj", "title": "法规文件", "children": [
          { "id": "gfxwj", "title": "行政规范性文件" }
        ] },
        { "id": "zcjd", "title": "政策解读", "kind": "interpretations" },
        { "id": "gzdt", "title": "工作动态" },
        { "id": "nb", "title": "年报", "kind": "reports" }
      ]
    }
    """

    init(files: [String: String], config: String = TestSite.minimalConfig) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("site.json", config)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    var output: URL { folder.appendingPathComponent("public") }

    func options(today: String = "2025-06-30") -> BuildOptions {
        var options = BuildOptions(siteFolder: folder)
        options.today = Day(iso: today)
        return options
    }

    func build(_ configure: (inout BuildOptions) -> Void = { _ in }) -> BuildReport {
        var options = options()
        configure(&options)
        return SiteBuilder.build(options)
    }

    func load(_ configure: (inout BuildOptions) -> Void = { _ in }) -> (Site?, BuildReport) {
        var options = options()
        configure(&options)
        let (site, _, report) = SiteBuilder.load(options)
        return (site, report)
    }

    func read(_ outputPath: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(outputPath), encoding: .utf8)
    }

    /// Every file of the output with its bytes, for byte-for-byte comparisons.
    func snapshot(of folder: URL? = nil) -> [String: Data] {
        folderSnapshot(folder ?? output)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Every file under `root` (by its path relative to `root`) with its bytes, for byte-for-byte
/// comparisons of outputs.
func folderSnapshot(_ root: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return result }
    for case let url as URL in enumerator where !url.hasDirectoryPath {
        let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
        result[relative] = try? Data(contentsOf: url)
    }
    return result
}

/// A document file with the given front matter lines and body.
func markdown(_ frontMatter: String, body: String = "正文内容。") -> String {
    "---\n\(frontMatter)\n---\n\(body)\n"
}

extension BuildReport {
    func diagnostic(_ id: String) -> Diagnostic? { diagnostics.first { $0.id == id } }
}
