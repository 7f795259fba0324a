/// Small formatting helpers shared by page contexts.
enum Format {
    /// `12.3 KB`, `1.2 MB`, `512 字节`.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        let kb = Double(bytes) / 1024
        if kb < 1024 { return oneDecimal(kb) + " KB" }
        return oneDecimal(kb / 1024) + " MB"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The file type shown beside an attachment, from its extension.
    static func fileType(_ name: String) -> String {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "pdf": return "PDF"
        case "doc", "docx", "wps": return "Word"
        case "xls", "xlsx", "et": return "Excel"
        case "csv": return "CSV"
        case "ppt", "pptx": return "PPT"
        case "ofd": return "OFD"
        case "zip", "rar", "7z": return "压缩包"
        case "jpg", "jpeg", "png", "gif", "webp", "svg": return "图片"
        case "txt": return "文本"
        default: return ext.isEmpty ? "文件" : ext.uppercased()
        }
    }

    /// Cuts text at `limit` characters, adding `…` when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.count <= limit ? collapsed : String(collapsed.prefix(limit)) + "…"
    }

    /// A path segment for a facet value: no `/`, `\`, or leading dot.
    static func segment(_ name: String) -> String {
        var s = String(name.map { $0 == "/" || $0 == "\\" || $0 == "?" || $0 == "#" ? "-" : $0 })
        while s.hasPrefix(".") { s = "-" + s.dropFirst() }
        return s.isEmpty ? "-" : s
    }
}
