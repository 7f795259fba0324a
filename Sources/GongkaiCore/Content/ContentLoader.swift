import Foundation

/// Scans `content/`, maps folders to catalog nodes and parses every Markdown file.
struct ContentLoader {
    let siteFolder: URL
    let config: SiteConfig
    /// Whether `Result.reads` records what was read of each Markdown file (a group member's
    /// input digest takes it instead of reading the file again, `MemberInputs.Pending`).
    var recordsReads = false

    struct Result {
        var documents: [Document] = []
        /// Non-Markdown files under `content/` (site-relative paths), copied to the output.
        var assets: [String] = []
        var diagnostics: [Diagnostic] = []
        /// With `recordsReads`: per Markdown file read (site-relative path), the stat of the
        /// descriptor it was read from and the digest of the bytes parsed.
        var reads: [String: MemberInputStats.Entry] = [:]
    }

    func load() -> Result {
        var result = Result()
        let contentFolder = siteFolder.appendingPathComponent("content")
        var markdownFiles: [(path: String, node: Int)] = []
        for relative in FileWalker.files(under: contentFolder, root: siteFolder, diagnostics: &result.diagnostics) {
            guard relative.hasSuffix(".md") else {
                result.assets.append(relative)
                continue
            }
            guard let node = node(of: relative, diagnostics: &result.diagnostics) else { continue }
            markdownFiles.append((relative, node))
        }

        let parser = self.parser
        let files = markdownFiles
        // Joined as text: building a URL per file cost more than reading it.
        let folderPath = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        let records = recordsReads
        let parsed = Parallel.map(files.count) { i in
            parseFile(path: files[i].path, fullPath: folderPath + files[i].path, node: files[i].node, parser: parser, recording: records)
        }
        for (i, (document, diagnostics, read)) in parsed.enumerated() {
            if let document { result.documents.append(document) }
            result.diagnostics += diagnostics
            if let read { result.reads[files[i].path] = read }
        }
        return result
    }

    /// The catalog node of a Markdown file's folder; nil (and a diagnostic) when the folder is no node.
    func node(of relative: String, diagnostics: inout [Diagnostic]) -> Int? {
        let folder = String(relative.dropFirst("content/".count)).splitASCII("/").dropLast().joined(separator: "/")
        guard let node = config.catalog.index(ofPath: folder) else {
            let closest = ClosestMatch.closest(to: folder, in: config.catalog.allPaths)
            let message = folder.isEmpty
                ? "文档不能直接放在 content/ 下，应放在栏目文件夹中"
                : "文件夹 content/\(folder) 不是公开目录中的栏目"
            diagnostics.append(.error("node.unknown", message, at: SourcePosition(file: relative), hint: closest.map { "是否应放在 content/\($0)/ 中？栏目在 site.json 的 catalog 中定义" } ?? "栏目在 site.json 的 catalog 中定义"))
            return nil
        }
        return node
    }

    /// One Markdown file loaded as `load()` loads it (`SiteSession` re-reads changed files alone).
    func loadFile(_ relative: String) -> (Document?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let node = node(of: relative, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let folderPath = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        let (document, found, _) = parseFile(path: relative, fullPath: folderPath + relative, node: node, parser: parser, recording: false)
        return (document, found)
    }

    var parser: DocumentParser {
        DocumentParser(config: config, fileSize: { [siteFolder] path in FileWalker.regularFileSize(siteFolder.appendingPathComponent(path), inside: siteFolder) })
    }

    /// The document in the file and its problems; with `recording`, the entry of what was read.
    private func parseFile(path: String, fullPath: String, node: Int, parser: DocumentParser,
                           recording: Bool) -> (Document?, [Diagnostic], MemberInputStats.Entry?) {
        guard let file = FileBytes.read(fullPath) else {
            return (nil, [.error("file.unreadable", "无法读取文件", at: SourcePosition(file: path))], nil)
        }
        let (document, diagnostics) = parse(file.bytes, path: path, node: node, parser: parser)
        return (document, diagnostics, recording ? MemberInputStats.Entry(file) : nil)
    }

    private func parse(_ bytes: [UInt8], path: String, node: Int, parser: DocumentParser) -> (Document?, [Diagnostic]) {
        switch SourceFile.split(bytes, path: path) {
        case .failure(.notUTF8(let line, let column)):
            return (nil, [Diagnostic(file: path, line: line, column: column, severity: .error, id: "file.encoding",
                                     message: "文件不是 UTF-8 编码，可能是 GBK",
                                     hint: "请用编辑器把文件“另存为”UTF-8 编码（记事本：编码选 UTF-8；WPS/VS Code：右下角编码改为 UTF-8）")])
        case .failure(.unterminatedFrontMatter):
            return (nil, [.error("front-matter.unterminated", "front matter 没有结束：第 1 行的 --- 之后缺少另一行 ---", at: SourcePosition(file: path), hint: "在元数据最后加一行 ---，再写正文")])
        case .success(let file):
            return parser.parse(file, node: node)
        }
    }
}
