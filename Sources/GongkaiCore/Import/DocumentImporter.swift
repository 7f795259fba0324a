import Foundation

/// `gongkai import`: one Markdown document per input file in a catalog node, written by
/// `DocumentCreator` (the next 索引号 from the ledger, every front-matter field `new`
/// writes), with what the file's 公文 layout or old page's metadata gave filled in, images,
/// the original and the attachments beside it, and the build's checks run over the new
/// documents at once (README “导入 Word、PDF 和旧网站页面”).
///
/// A file whose 索引号, or whose title and date, the site already has is reported as a
/// duplicate and not imported again, so running the same import twice adds nothing.
public struct DocumentImporter: Sendable {
    public struct Options: Sendable {
        public var node: String
        /// Files and folders, as given.
        public var inputs: [URL]
        /// Also import the files in folders below the folders given.
        public var recursive = false
        /// List what each file would become without writing.
        public var dryRun = false
        /// Keep the original file as an attachment; nil: for Word and PDF files only.
        public var keepOriginal: Bool?
        public var headingLevels: HeadingLevels = .standard
        /// 发布日期 for documents whose input has none (Word, PDF, text): `--date`, else today.
        public var date: Day
        /// "Today" for the checks run on arrival.
        public var today: Day
        /// 解读对象, for an import into a 政策解读 node.
        public var interprets: [String] = []
        /// Where the converters are looked for (`PATH`).
        public var searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"

        public init(node: String, inputs: [URL], date: Day, today: Day) {
            self.node = node
            self.inputs = inputs
            self.date = date
            self.today = today
        }
    }

    public struct Report: Sendable {
        public var outcomes: [ImportOutcome] = []
        /// Files that could not be imported, notes about the ledger, and the checks' findings
        /// in the documents written.
        public var diagnostics: [Diagnostic] = []

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public let siteFolder: URL

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    public func run(_ options: Options) throws(DocumentCreator.Failure) -> Report {
        let creator = DocumentCreator(siteFolder: siteFolder)
        let config = try creator.loadConfig()
        guard let node = config.catalog.resolve(options.node) else {
            let names = config.catalog.allPaths + config.catalog.nodes.map(\.id)
            throw .unknownNode(options.node, suggestion: ClosestMatch.closest(to: options.node.trimmingSlashes, in: names))
        }
        guard node.holdsDocuments else { throw .pageNode(node) }
        if node.kind == .interpretations, options.interprets.isEmpty { throw .interpretsRequired(node) }
        if node.kind != .interpretations, !options.interprets.isEmpty { throw .interpretsNotAllowed(node) }

        var report = Report()
        let (files, extras) = gather(options, diagnostics: &report.diagnostics)
        var site = ImportedSiteIndex(siteFolder: siteFolder, config: config)
        let workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-import-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workFolder) }
        let reader = ImportReader(
            searchPath: options.searchPath, workFolder: workFolder,
            recognizer: GongwenRecognizer(headingLevels: options.headingLevels, knownPublishers: site.publishers)
        )
        var written: [String] = []
        for file in files {
            let source = displayPath(file)
            var outcome = ImportOutcome(source: source, result: .failed)
            let document: ImportedDocument
            do {
                document = try reader.read(file)
            } catch {
                report.diagnostics.append(error.diagnostic(for: source))
                report.outcomes.append(outcome)
                continue
            }
            outcome.document = document
            let attachments = Self.matchAttachments(document.attachmentNames, in: extras)
            let published = document.published ?? options.date
            (outcome.found, outcome.missing) = Self.describe(document, published: published, attachments: attachments, config: config)
            if let duplicate = site.duplicate(of: document, published: published) {
                outcome.result = .duplicate(of: duplicate.path, reason: duplicate.reason)
                report.outcomes.append(outcome)
                continue
            }
            if options.dryRun {
                outcome.result = .wouldWrite(keptIndexNumber: document.indexNumber)
                site.add(document, published: published, path: "（\(source)）")
                report.outcomes.append(outcome)
                continue
            }
            let keep = options.keepOriginal ?? ImportReader.kind(of: file)?.keepsOriginal ?? false
            var placement = ImportedFilePlacement(siteFolder: siteFolder, nodePath: node.path, source: file)
            do {
                let request = try placement.place(document, original: keep ? file : nil, attachments: attachments, config: config,
                                                  node: node.path, published: published, interprets: options.interprets, source: source)
                let created = try creator.create(request)
                report.diagnostics += created.notes
                outcome.result = .written(path: created.path, indexNumber: created.indexNumber, kept: document.indexNumber != nil)
                outcome.files = placement.placedFiles
                outcome.missing += placement.missingImages.map { "图片 \($0)（原文件旁找不到，没有导入）" }
                written.append(created.path)
                site.add(document, published: published, path: created.path)
            } catch let failure as DocumentCreator.Failure {
                placement.removePlacedFiles()
                report.diagnostics.append(.error("import.write-failed", "没有写入：\(failure.message)", at: SourcePosition(file: source)))
            } catch {
                placement.removePlacedFiles()
                report.diagnostics.append(.error("import.write-failed", "没有写入：\(error.localizedDescription)", at: SourcePosition(file: source)))
            }
            report.outcomes.append(outcome)
        }
        if !written.isEmpty { report.diagnostics += checksOnArrival(written, today: options.today) }
        return report
    }

    /// The build's checks (those `gongkai check` runs) over the site with the new documents,
    /// keeping what they find in the new documents.
    private func checksOnArrival(_ paths: [String], today: Day) -> [Diagnostic] {
        var options = BuildOptions(siteFolder: siteFolder)
        options.today = today
        let wanted = Set(paths)
        return SiteBuilder.check(options).diagnostics.filter { $0.file.map(wanted.contains) ?? false }
    }

    /// Importable files (folders expanded, sorted by path) and the other files given, which
    /// may be attachments.
    private func gather(_ options: Options, diagnostics: inout [Diagnostic]) -> (files: [URL], extras: [URL]) {
        var files: [URL] = []
        var extras: [URL] = []
        let fm = FileManager.default
        for input in options.inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input.path, isDirectory: &isDirectory) else {
                diagnostics.append(ImportProblem.unreadable("文件不存在").diagnostic(for: displayPath(input)))
                continue
            }
            if isDirectory.boolValue {
                files += folderFiles(input, recursive: options.recursive)
            } else if ImportReader.kind(of: input) != nil {
                files.append(input)
            } else {
                extras.append(input)
            }
        }
        var seen: Set<String> = []
        let unique = files.filter { seen.insert($0.standardizedFileURL.path).inserted }
        return (unique, extras)
    }

    private func folderFiles(_ folder: URL, recursive: Bool) -> [URL] {
        let fm = FileManager.default
        let urls: [URL]
        if recursive {
            urls = (fm.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])?.compactMap { $0 as? URL }) ?? []
        } else {
            urls = (try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])) ?? []
        }
        return urls.filter { ImportReader.kind(of: $0) != nil && !$0.hasDirectoryPath }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The files among `extras` the 附件说明 names: a file whose name (without `附件1`-style
    /// prefix and extension) is one of `names`, or contains it.
    static func matchAttachments(_ names: [String], in extras: [URL]) -> [(name: String, file: URL)] {
        names.compactMap { name in
            let wanted = ImportText.squeezed(name)
            let match = extras.first { url in
                var stem = ImportText.squeezed(url.deletingPathExtension().lastPathComponent)
                if stem.hasPrefix("附件") { stem = String(stem.dropFirst(2).drop { $0.isNumber || "-_．.、：: ".contains($0) }) }
                return !stem.isEmpty && (stem == wanted || stem.contains(wanted) || wanted.contains(stem))
            }
            return match.map { (name, $0) }
        }
    }

    /// The input path as the editor gave it, relative to the current folder when inside it.
    private func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
