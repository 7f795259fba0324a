/// Why one input file could not be imported; each becomes an error diagnostic at the file
/// (`diagnostic(for:)`), and the other files are still imported.
public enum ImportProblem: Error, Sendable, Equatable {
    case converterMissing(ExternalTool, purpose: String)
    case conversionFailed(ExternalTool, message: String)
    /// A PDF with no text layer: a scan.
    case scannedPDF
    case unsupported(extension: String)
    case unreadable(String)
    case notUTF8
    /// Nothing but empty paragraphs.
    case empty

    public func diagnostic(for file: String) -> Diagnostic {
        switch self {
        case .converterMissing(let tool, let purpose):
            return .error(
                "import.converter-missing", "\(purpose)需要 \(tool.command)，但本机没有安装",
                at: SourcePosition(file: file),
                hint: "安装 Debian 软件包 \(tool.package)：sudo apt-get install \(tool.package)，然后再运行一次 gongkai import"
            )
        case .conversionFailed(let tool, let message):
            return .error(
                "import.conversion-failed", "\(tool.command) 无法读取这个文件" + (message.isEmpty ? "" : "：\(message)"),
                at: SourcePosition(file: file), hint: "文件可能已损坏或有密码保护；用 Word 或 WPS 打开后另存为 .docx 再导入"
            )
        case .scannedPDF:
            return .error(
                "import.scanned-pdf", "这个 PDF 没有文字层（是扫描件或图片），读不出文字，没有导入",
                at: SourcePosition(file: file),
                hint: "请向发文单位要 Word 版或可复制文字的 PDF 再导入；只能拿到扫描件时，用 gongkai new 新建文档、录入正文，把扫描件作为附件"
            )
        case .unsupported(let ext):
            return .error(
                "import.unsupported", "不能导入 .\(ext) 文件",
                at: SourcePosition(file: file),
                hint: "可以导入 .docx、.doc、.wps、.pdf、.html、.htm 和 .txt；附件（如 .xlsx）与正文文件一起给出时，按附件说明附在文档后"
            )
        case .unreadable(let message):
            return .error("import.unreadable", "文件无法读取：\(message)", at: SourcePosition(file: file), hint: "检查文件是否存在、是否有读取权限")
        case .notUTF8:
            return .error(
                "import.encoding", "文件不是 UTF-8 编码，也不是 GB18030（GBK），无法读取",
                at: SourcePosition(file: file), hint: "用编辑器打开后“另存为”UTF-8 编码再导入"
            )
        case .empty:
            return .error("import.empty", "文件中没有文字，没有导入", at: SourcePosition(file: file), hint: "检查是否选错了文件")
        }
    }
}
