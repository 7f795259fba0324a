import Foundation

/// `gongkai new`: writes `content/<node>/<name>.md` with every front-matter field and the
/// next free 索引号 (README “命令”), recording the number in the ledger.
public struct DocumentCreator: Sendable {
    /// What the editor asked for.
    public struct Request: Sendable {
        /// A node path (`fdzdgknr/fgwj`) or an id only one node has.
        public var node: String
        public var title: String
        /// 索引号 of the documents interpreted; required in an `interpretations` node.
        public var interprets: [String] = []
        public var docNumber: String?
        /// 发布日期 and 成文日期; its year picks the 索引号's year.
        public var date: Day
        /// File name without `.md`; default the 索引号's last part (`2024-00017`).
        public var fileName: String?
        /// 报告年度 of an annual report, and its body (`AnnualReportSkeleton`).
        public var reportYear: Int?
        public var body: String?
        /// What `gongkai import` found (README “导入 Word、PDF 和旧网站页面”): a 索引号 kept from an
        /// old page instead of a new one, 成文日期 when it differs from `date`, 发布机构, 主题分类,
        /// 有效性, attachments (paths relative to the document) and the file imported from.
        public var indexNumber: String?
        public var written: Day?
        public var publisher: String?
        public var topic: String?
        public var status: String?
        public var attachments: [DocumentTemplate.Attachment] = []
        public var importedFrom: String?

        public init(node: String, title: String, date: Day) {
            self.node = node
            self.title = title
            self.date = date
        }
    }

    /// The document written.
    public struct Created: Sendable, Hashable {
        /// Site-relative, e.g. `content/fdzdgknr/gzdt/2024-00018.md`.
        public var path: String
        public var indexNumber: String
        public var nodeTitle: String
        /// The path first chosen, when a file was already there and another name was taken.
        public var takenPath: String?
        /// Warnings about the 索引号 ledger: recreated because it was missing, or lines
        /// that could not be read. Nothing to stop for, but the editor should know.
        public var notes: [Diagnostic] = []
    }

    /// Why nothing was written. `isUsageError` ones are mistakes in the command line.
    public enum Failure: Error, Sendable {
        case config([Diagnostic])
        case emptyTitle
        case unknownNode(String, suggestion: String?)
        case pageNode(CatalogNode)
        case interpretsRequired(CatalogNode)
        case interpretsNotAllowed(CatalogNode)
        case interpretsTargetMissing(String, suggestion: String?)
        case reportNodeRequired(CatalogNode)
        case badFileName(String)
        case placeholderCode
        case indexNumberTaken(String)
        case io(String)

        public var isUsageError: Bool {
            switch self {
            case .emptyTitle, .unknownNode, .pageNode, .interpretsRequired, .interpretsNotAllowed, .interpretsTargetMissing, .badFileName, .reportNodeRequired:
                return true
            case .config, .placeholderCode, .indexNumberTaken, .io:
                return false
            }
        }

        public var message: String {
            switch self {
            case .config(let diagnostics):
                return diagnostics.filter { $0.severity == .error }.map(\.formatted).joined(separator: "\n")
            case .emptyTitle:
                return "标题不能为空"
            case .unknownNode(let node, let suggestion):
                return "公开目录中没有栏目 \"\(node)\"" + (suggestion.map { "，是否应为 \"\($0)\"？" } ?? "") + "（栏目写路径如 fdzdgknr/gzdt，或只有一个栏目使用的 id 如 gzdt）"
            case .pageNode(let node):
                return "栏目“\(node.title)”（\(node.path)）是单页栏目，不能添加文档；请直接编辑 content/\(node.path)/_index.md"
            case .interpretsRequired(let node):
                return "栏目“\(node.title)”是政策解读栏目，请用 --interprets 给出所解读文件的索引号"
            case .interpretsNotAllowed(let node):
                return "--interprets 只能用于政策解读栏目；栏目“\(node.title)”（\(node.path)）不是政策解读栏目"
            case .interpretsTargetMissing(let number, let suggestion):
                return "解读对象 \"\(number)\" 找不到：没有文档使用这个索引号" + (suggestion.map { "，是否应为 \"\($0)\"？" } ?? "")
            case .reportNodeRequired(let node):
                return "--report 只能用于年报栏目；栏目“\(node.title)”（\(node.path)）不是年报栏目（site.json 中 \"kind\": \"reports\"）"
            case .badFileName(let name):
                return "文件名 \"\(name)\" 只能包含英文字母、数字、- 和 _（它也是网址的一部分）"
            case .placeholderCode:
                return "site.json 中 agency.code（机构代码）还是 gongkai init 生成的占位内容；索引号要用到它，请先填写本机关的组织机构代码或统一社会信用代码"
            case .indexNumberTaken(let number):
                return "索引号 \(number) 已被其他文档使用或已记入登记簿 \(IndexNumberAllocator.ledgerPath)，没有写入"
            case .io(let message):
                return message
            }
        }
    }

    public let siteFolder: URL
    /// A group's `shared` settings (README “站群”), inherited where the member's site.json is silent.
    public var inherited: [JSONValue.Member] = []

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    /// For a member of a site group: its folder, with the group's shared settings.
    public init(member: GroupMember, of group: GroupConfig, groupFolder: URL) {
        self.init(siteFolder: group.folder(of: member, groupFolder: groupFolder))
        inherited = group.shared
    }

    public func create(_ request: Request) throws(Failure) -> Created {
        let config = try loadConfig()
        let title = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw .emptyTitle }
        guard let node = config.catalog.resolve(request.node) else {
            let names = config.catalog.allPaths + config.catalog.nodes.map(\.id)
            throw .unknownNode(request.node, suggestion: ClosestMatch.closest(to: request.node.trimmingSlashes, in: names))
        }
        guard node.holdsDocuments else { throw .pageNode(node) }
        let interprets = request.interprets.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if node.kind == .interpretations, interprets.isEmpty { throw .interpretsRequired(node) }
        if node.kind != .interpretations, !interprets.isEmpty { throw .interpretsNotAllowed(node) }
        if request.reportYear != nil, node.kind != .reports { throw .reportNodeRequired(node) }
        if let fileName = request.fileName, !DocumentParser.isSafeSlug(fileName) { throw .badFileName(fileName) }
        if !interprets.isEmpty {
            let known = existingIndexNumbers(config: config)
            for number in interprets where !known.contains(number) {
                throw .interpretsTargetMissing(number, suggestion: ClosestMatch.closest(to: number, in: known.sorted()))
            }
        }
        if SiteInitializer.isPlaceholder(config.agency.code) { throw .placeholderCode }
        let pattern = config.indexNumberPattern

        let allocator = IndexNumberAllocator(siteFolder: siteFolder, pattern: pattern, code: config.agency.code)
        do {
            var notes: [Diagnostic] = []
            if !allocator.ledgerExists { notes.append(try recreateLedger(allocator, config: config)) }
            notes += allocator.ledgerProblems()
            let write = { (number: String) throws -> (path: String, title: String, result: Created) in
                let wanted = request.fileName ?? Self.fileName(for: number)
                let fileName = freeFileName(wanted, in: node.path)
                let path = "content/\(node.path)/\(fileName).md"
                let url = siteFolder.appendingPathComponent(path)
                var template = DocumentTemplate(
                    title: title, indexNumber: number, date: request.date, publisher: request.publisher ?? config.agency.name,
                    docNumber: request.docNumber, kind: node.kind, fileName: fileName, topics: config.topics,
                    genres: config.genres, publishDeadlineWorkdays: config.publishDeadlineWorkdays
                )
                template.interprets = interprets
                template.reportYear = request.reportYear
                template.body = request.body
                template.written = request.written
                template.topic = request.topic
                template.status = request.status
                template.attachments = request.attachments
                template.importedFrom = request.importedFrom
                template.keptIndexNumber = request.indexNumber != nil
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // Written whole or not at all; a file that appeared meanwhile is never replaced.
                try NewFile.create(Data(template.text.utf8), at: url)
                let taken = fileName == wanted ? nil : "content/\(node.path)/\(wanted).md"
                return (path, title, Created(path: path, indexNumber: number, nodeTitle: node.title, takenPath: taken))
            }
            var created: Created
            if let kept = request.indexNumber {
                do {
                    created = try allocator.record(kept, date: request.date) { try write(kept) }
                } catch is IndexNumberAllocator.NumberTaken {
                    throw Failure.indexNumberTaken(kept)
                }
            } else {
                created = try allocator.allocate(year: request.date.year, date: request.date, write)
            }
            created.notes = notes
            return created
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .io("写入失败：\(error.localizedDescription)")
        }
    }

    /// `name`, or `name-2`, `name-3`… when a file of that name is already in the node's folder.
    private func freeFileName(_ name: String, in nodePath: String) -> String {
        let folder = siteFolder.appendingPathComponent("content/\(nodePath)")
        var candidate = name
        var suffix = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(candidate + ".md").path) {
            suffix += 1
            candidate = "\(name)-\(suffix)"
        }
        return candidate
    }

    /// A missing ledger is written again from the documents in `content/`, so their numbers
    /// are on record; numbers of documents deleted before cannot be recovered, which the
    /// returned warning says.
    private func recreateLedger(_ allocator: IndexNumberAllocator, config: SiteConfig) throws -> Diagnostic {
        let documents = ContentLoader(siteFolder: siteFolder, config: config).load().documents
        let entries = documents.compactMap { document -> IndexNumberAllocator.Entry? in
            guard let number = document.indexNumber, allocator.pattern.matchAnyCode(number) != nil else { return nil }
            return .init(number: number, date: document.published.day.description, path: document.sourcePath, title: document.title)
        }.sorted { ($0.number, $0.path) < ($1.number, $1.path) }
        try allocator.createLedger(entries)
        return .warning(
            "ledger.recreated",
            "索引号登记簿 \(IndexNumberAllocator.ledgerPath) 不存在，已根据 content/ 中现有的文档重新建立（记入 \(entries.count) 个索引号）",
            at: SourcePosition(file: IndexNumberAllocator.ledgerPath),
            hint: "已删除文档的索引号无法从 content/ 找回，可能被再次分配；网站在 git 中时，可用 git log -p -- \(IndexNumberAllocator.ledgerPath) 查看原来的登记簿，把缺少的行补回来。登记簿要随网站一起提交"
        )
    }

    /// The file name README “网址规则” would derive as slug: the 索引号's part after the last `/`,
    /// other characters replaced by `-` (`00822061-4/2024-00017` → `2024-00017`).
    public static func fileName(for indexNumber: String) -> String {
        let last = indexNumber.split(separator: "/").last.map(String.init) ?? indexNumber
        let name = String(last.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
        return DocumentParser.isSafeSlug(name) ? name : "doc-" + name
    }

    func loadConfig() throws(Failure) -> SiteConfig {
        guard let data = FileManager.default.contents(atPath: siteFolder.appendingPathComponent("site.json").path) else {
            throw .config([.error("config.missing", "找不到 site.json", hint: "在网站文件夹中运行，或用 --site 指定网站文件夹；gongkai init 可创建新网站")])
        }
        let (config, diagnostics) = SiteConfigLoader.load(Array(data), inherited: inherited)
        guard let config, !diagnostics.hasErrors else { throw .config(diagnostics) }
        return config
    }

    /// 索引号 of every document, drafts and future ones included.
    private func existingIndexNumbers(config: SiteConfig) -> Set<String> {
        Set(ContentLoader(siteFolder: siteFolder, config: config).load().documents.compactMap(\.indexNumber))
    }
}
