import Foundation

/// Puts the files that go with an imported document into a folder of its own beside it,
/// `content/<node>/files/<original name>/` — its images, the original file (kept so readers
/// can download the signed version) and the attachments its 附件说明 names — and makes the
/// `DocumentCreator.Request` that links them. Existing files are never replaced: a taken
/// folder name gets `-2`, `-3`…; `removePlacedFiles` takes them away again when the document
/// cannot be written.
struct ImportedFilePlacement {
    let siteFolder: URL
    let nodePath: String
    let source: URL
    /// Site-relative paths of the files placed.
    private(set) var placedFiles: [String] = []
    /// Image sources that were not found (a page's images left on the old site).
    private(set) var missingImages: [String] = []
    private var folder: String?

    init(siteFolder: URL, nodePath: String, source: URL) {
        self.siteFolder = siteFolder
        self.nodePath = nodePath
        self.source = source
    }

    mutating func place(_ document: ImportedDocument, original: URL?, attachments: [(name: String, file: URL)], config: SiteConfig,
                        node: String, published: Day, interprets: [String], source display: String) throws -> DocumentCreator.Request {
        var imagePaths: [String: String] = [:]
        for case .image(let imageSource, _) in document.blocks where imagePaths[imageSource] == nil {
            guard let url = resolve(imageSource) else {
                missingImages.append(imageSource)
                continue
            }
            imagePaths[imageSource] = try copy(url)
        }
        var linked: [DocumentTemplate.Attachment] = []
        for attachment in attachments {
            linked.append(.init(file: try copy(attachment.file), title: attachment.name))
        }
        if let original {
            let kind = original.pathExtension.lowercased() == "pdf" ? "PDF" : "Word"
            linked.append(.init(file: try copy(original), title: "\(document.title ?? original.deletingPathExtension().lastPathComponent)（原件，\(kind) 版）"))
        }
        var request = DocumentCreator.Request(node: node, title: document.title ?? source.deletingPathExtension().lastPathComponent, date: published)
        request.body = ImportMarkdownWriter.markdown(document.blocks) { imagePaths[$0] }
        request.docNumber = document.docNumber
        request.written = document.written
        request.publisher = document.publisher
        request.topic = document.topic.flatMap { config.topics.contains($0) ? $0 : nil }
        request.status = document.status.flatMap { Document.Status(rawValue: $0) != nil ? $0 : nil }
        request.indexNumber = document.indexNumber
        request.attachments = linked
        request.importedFrom = display
        request.interprets = interprets
        return request
    }

    /// Removes what `place` copied (the document could not be written).
    func removePlacedFiles() {
        guard let folder else { return }
        try? FileManager.default.removeItem(at: siteFolder.appendingPathComponent("content/\(nodePath)/\(folder)"))
    }

    /// An image source as a local file: pandoc's extracted path, or a path relative to the
    /// saved page (a browser's “网页，全部” puts them in `<page>_files/`).
    private func resolve(_ imageSource: String) -> URL? {
        guard !imageSource.contains("://"), !imageSource.hasPrefix("data:") else { return nil }
        let path = imageSource.removingPercentEncoding ?? imageSource
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : source.deletingLastPathComponent().appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Copies `file` into the document's folder; returns its path relative to the document.
    private mutating func copy(_ file: URL) throws -> String {
        let fm = FileManager.default
        let folder = try documentFolder()
        var name = file.lastPathComponent
        var counter = 1
        let base = file.deletingPathExtension().lastPathComponent
        while fm.fileExists(atPath: siteFolder.appendingPathComponent("content/\(nodePath)/\(folder)/\(name)").path) {
            counter += 1
            name = "\(base)-\(counter)" + (file.pathExtension.isEmpty ? "" : ".\(file.pathExtension)")
        }
        try fm.copyItem(at: file, to: siteFolder.appendingPathComponent("content/\(nodePath)/\(folder)/\(name)"))
        placedFiles.append("content/\(nodePath)/\(folder)/\(name)")
        return "\(folder)/\(name)"
    }

    /// `files/<original name>`, created on first use; a name already there gets `-2`, `-3`….
    private mutating func documentFolder() throws -> String {
        if let folder { return folder }
        let stem = source.deletingPathExtension().lastPathComponent
            .map { "/\\:*?\"<>|#%".contains($0) || $0.isWhitespace ? "-" : $0 }
        var name = "files/" + String(stem.prefix(60))
        var counter = 1
        let fm = FileManager.default
        while fm.fileExists(atPath: siteFolder.appendingPathComponent("content/\(nodePath)/\(name)").path) {
            counter += 1
            name = "files/" + String(stem.prefix(60)) + "-\(counter)"
        }
        try fm.createDirectory(at: siteFolder.appendingPathComponent("content/\(nodePath)/\(name)"), withIntermediateDirectories: true)
        folder = name
        return name
    }
}
