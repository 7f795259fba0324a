import Foundation

/// Reads one input file into an `ImportedDocument`: Word through pandoc (old .doc/.wps
/// converted to .docx by LibreOffice first), PDF through pdftotext, pages saved from an old
/// column (.html through pandoc, or saved as .txt) with their metadata block and frame, and
/// plain text. Converted images are left in `workFolder`.
struct ImportReader {
    enum Kind: Sendable, Equatable {
        case word, legacyWord, pdf, html, text

        /// Whether the original file is kept as an attachment by default: the signed version
        /// readers may want to download.
        var keepsOriginal: Bool { self == .word || self == .legacyWord || self == .pdf }
    }

    static func kind(of url: URL) -> Kind? {
        switch url.pathExtension.lowercased() {
        case "docx": return .word
        case "doc", "wps": return .legacyWord
        case "pdf": return .pdf
        case "html", "htm", "shtml", "xhtml": return .html
        case "txt": return .text
        default: return nil
        }
    }

    let searchPath: String
    let workFolder: URL
    let recognizer: GongwenRecognizer

    func read(_ url: URL) throws(ImportProblem) -> ImportedDocument {
        guard let kind = Self.kind(of: url) else { throw .unsupported(extension: url.pathExtension) }
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw .unreadable(url.path) }
        var document = ImportedDocument()
        switch kind {
        case .word:
            let pandoc = try pandocDocument(url, from: "docx", purpose: "读取 Word 文件（.docx）")
            recognizer.recognize(PandocBlockReader.read(pandoc.blocks), into: &document, titleHint: pandoc.title.map(PandocBlockReader.text))
        case .legacyWord:
            let converted = try convertToDocx(url)
            let pandoc = try pandocDocument(converted, from: "docx", purpose: "读取 Word 文件（.docx）")
            recognizer.recognize(PandocBlockReader.read(pandoc.blocks), into: &document, titleHint: pandoc.title.map(PandocBlockReader.text))
        case .pdf:
            let data = try ExternalTool.pdftotext.run(["-enc", "UTF-8", "-eol", "unix", url.path, "-"], searchPath: searchPath, purpose: "读取 PDF 文件")
            let text = String(decoding: data, as: UTF8.self)
            guard text.unicodeScalars.contains(where: { !ImportText.isSpace($0) }) else { throw .scannedPDF }
            recognizer.recognize(PlainTextReader.read(text, joinWrappedLines: true), into: &document)
        case .html:
            let utf8 = try utf8Copy(url)
            let pandoc = try pandocDocument(utf8, from: "html", purpose: "读取网页文件（.html）")
            let blocks = LegacyPageMetadata.read(PandocBlockReader.read(pandoc.blocks), pageTitle: pandoc.title.map(PandocBlockReader.text), into: &document)
            recognizer.recognize(blocks, into: &document, titleHint: document.title)
        case .text:
            guard let data = FileManager.default.contents(atPath: try utf8Copy(url).path) else { throw .unreadable(url.path) }
            let text = String(decoding: data, as: UTF8.self)
            let blocks = LegacyPageMetadata.read(PlainTextReader.read(text, joinWrappedLines: false), pageTitle: nil, into: &document)
            recognizer.recognize(blocks, into: &document, titleHint: document.title)
        }
        guard !document.blocks.isEmpty || document.title != nil else { throw .empty }
        return document
    }

    /// Word's images are extracted into `workFolder`; a page's images are not (pandoc would
    /// fetch them from the old site), they are looked up beside the saved page instead.
    private func pandocDocument(_ url: URL, from format: String, purpose: String) throws(ImportProblem) -> PandocDocument {
        let media = workFolder.appendingPathComponent("media-\(UUID().uuidString)")
        let extract = format == "docx" ? ["--extract-media=\(media.path)"] : []
        let data = try ExternalTool.pandoc.run(
            ["-f", format, "-t", "json"] + extract + [url.path], searchPath: searchPath, purpose: purpose
        )
        guard let document = PandocDocument.decode(data) else {
            throw .conversionFailed(.pandoc, message: "输出不是可以识别的 pandoc JSON（需要 pandoc 2.11 或更新的版本）")
        }
        return document
    }

    private func convertToDocx(_ url: URL) throws(ImportProblem) -> URL {
        let folder = workFolder.appendingPathComponent("docx-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try ExternalTool.libreOffice.run(
            ["--headless", "--convert-to", "docx", "--outdir", folder.path, url.path], searchPath: searchPath,
            purpose: "读取旧版 Word 或 WPS 文件（.\(url.pathExtension.lowercased())）要先转换为 .docx，"
        )
        let converted = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".docx")
        guard FileManager.default.fileExists(atPath: converted.path) else {
            throw .conversionFailed(.libreOffice, message: "没有生成 .docx 文件")
        }
        return converted
    }

    /// The file itself when it is UTF-8; else a copy converted from GB18030 (GBK, which old
    /// pages and Notepad files often are) by iconv.
    private func utf8Copy(_ url: URL) throws(ImportProblem) -> URL {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(url.path) }
        if String(validating: data, as: UTF8.self) != nil { return url }
        let iconv = ExternalTool(command: "iconv", package: "libc-bin")
        guard let converted = try? iconv.run(["-f", "GB18030", "-t", "UTF-8", url.path], searchPath: searchPath, purpose: "转换编码") else {
            throw .notUTF8
        }
        var text = String(decoding: converted, as: UTF8.self)
        // The page's own charset declaration would make pandoc read it as GBK again.
        for declaration in ["charset=gb2312", "charset=gbk", "charset=GB2312", "charset=GBK", "charset=\"gb2312\"", "charset=\"gbk\""] {
            text = text.replacingOccurrences(of: declaration, with: "charset=utf-8")
        }
        let copy = workFolder.appendingPathComponent(UUID().uuidString + "." + url.pathExtension)
        do { try Data(text.utf8).write(to: copy) } catch { throw .unreadable(error.localizedDescription) }
        return copy
    }
}
