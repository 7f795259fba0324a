/// Typed access to front-matter values, collecting a diagnostic for each bad one.
struct FieldReader {
    let values: [FrontMatterKey: FrontMatterNode]
    let positions: [FrontMatterKey: SourcePosition]
    let file: String
    var diagnostics: [Diagnostic] = []

    init(values: [FrontMatterKey: FrontMatterNode], positions: [FrontMatterKey: SourcePosition], file: String) {
        self.values = values
        self.positions = positions
        self.file = file
    }

    private func position(_ key: FrontMatterKey) -> SourcePosition {
        positions[key] ?? SourcePosition(file: file)
    }

    private func valuePosition(_ key: FrontMatterKey) -> SourcePosition {
        values[key].map { DocumentParser.position(of: $0, file: file) } ?? position(key)
    }

    mutating func missing(_ key: FrontMatterKey, hint: String) {
        diagnostics.append(.error("field.missing", "缺少必填字段 \(key.chineseName)（\(key.rawValue)）", at: SourcePosition(file: file), hint: hint))
    }

    mutating func invalid(_ key: FrontMatterKey, _ message: String, id: String? = nil, hint: String? = nil) {
        diagnostics.append(.error(id ?? "field.invalid", message, at: valuePosition(key), hint: hint))
    }

    /// A scalar as text; empty values count as absent.
    mutating func string(_ key: FrontMatterKey) -> String? {
        guard let node = values[key] else { return nil }
        guard let scalar = node.scalar else {
            invalid(key, "字段 \(key.chineseName) 应为一段文字，而不是列表或映射", id: "field.type")
            return nil
        }
        if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty { return nil }
        let text = scalar.string.trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    mutating func date(_ key: FrontMatterKey) -> DocumentDate? {
        guard let text = string(key) else { return nil }
        guard let date = DocumentDate(parsing: text) else {
            invalid(key, "\(key.chineseName) \"\(text)\" 不是有效日期（应为 \(DocumentDate.acceptedForms)）", id: "date.invalid")
            return nil
        }
        return date
    }

    /// 公示期: `2025-11-10至2025-11-16`, one date (a start only), or a list of one or two dates.
    mutating func publicityPeriod() -> PublicityPeriod? {
        let key = FrontMatterKey.publicityPeriod
        guard let node = values[key] else { return nil }
        let hint = "写作 公示期: 2025-11-10至2025-11-16（首尾两天都算在内），或列表 [2025-11-10, 2025-11-16]"
        let text: String
        if let sequence = node.sequence {
            let items = sequence.compactMap { $0.scalar?.string.trimmingWhitespace() }
            guard items.count == sequence.count, (1...2).contains(items.count) else {
                invalid(key, "公示期应为开始和结束两个日期", id: "publicity.period-invalid", hint: hint)
                return nil
            }
            text = items.joined(separator: "至")
        } else {
            guard let value = string(key) else { return nil }
            text = value
        }
        guard let period = PublicityPeriod(parsing: text) else {
            invalid(key, "公示期 \"\(text)\" 无法识别", id: "publicity.period-invalid", hint: hint)
            return nil
        }
        if let end = period.end, end < period.start {
            invalid(key, "公示期的结束日期 \(end) 早于开始日期 \(period.start)", id: "publicity.period-invalid", hint: "多半是年份或月份写错")
            return nil
        }
        return period
    }

    mutating func bool(_ key: FrontMatterKey) -> Bool {
        guard let text = string(key) else { return false }
        switch text.lowercased() {
        case "true", "yes", "on", "是": return true
        case "false", "no", "off", "否": return false
        default:
            invalid(key, "\(key.chineseName) 应为 true 或 false", id: "field.type")
            return false
        }
    }

    /// A YAML list, or one string split on `,` `，` `、` `;` `；` when `splitting`.
    mutating func list(_ key: FrontMatterKey, splitting: Bool) -> [String] {
        guard let node = values[key] else { return [] }
        if let sequence = node.sequence {
            return sequence.compactMap { item in
                guard let text = item.scalar?.string.trimmingWhitespace(andNewlines: false), !text.isEmpty else {
                    diagnostics.append(.error("field.type", "\(key.chineseName) 的每一项应为一段文字", at: DocumentParser.position(of: item, file: file)))
                    return nil
                }
                return text
            }
        }
        guard let text = string(key) else { return [] }
        guard splitting else { return [text] }
        return text.split(whereSeparator: { ",，、;；".contains($0) }).map { $0.trimmingWhitespace(andNewlines: false) }.filter { !$0.isEmpty }
    }

    /// `attachments`: paths relative to the document, or `{file, title}`; each must exist inside the site.
    mutating func attachments(config: SiteConfig, fileSize: (String) -> Int?) -> [Document.Attachment] {
        guard let node = values[.attachments] else { return [] }
        let items = node.sequence ?? [node]
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)])
        var result: [Document.Attachment] = []
        for item in items {
            let itemPosition = DocumentParser.position(of: item, file: file)
            var relative: String?
            var title: String?
            if let scalar = item.scalar {
                relative = scalar.string
            } else if let mapping = item.mapping {
                for pair in mapping {
                    let k = pair.key, v = pair.value
                    switch k.scalar?.string {
                    case "file", "文件": relative = v.scalar?.string
                    case "title", "标题", "名称": title = v.scalar?.string
                    default:
                        diagnostics.append(.warning("front-matter.unknown-key", "附件中的未知字段 \"\(k.scalar?.string ?? "")\"", at: DocumentParser.position(of: k, file: file), hint: "附件写作 {file: 文件路径, title: 显示名称}"))
                    }
                }
            }
            guard let relative, !relative.isEmpty else {
                diagnostics.append(.error("attachment.invalid", "附件应为文件路径，或 {file: 路径, title: 名称}", at: itemPosition))
                continue
            }
            guard let sitePath = SitePath.resolve(relative, from: folder) else {
                diagnostics.append(.error("attachment.outside", "附件 \"\(relative)\" 的路径超出了网站文件夹", at: itemPosition, hint: "附件应放在 content/ 下，路径相对于本文件"))
                continue
            }
            guard let size = fileSize(sitePath) else {
                diagnostics.append(.error("attachment.missing", "附件 \"\(relative)\" 不存在（查找位置：\(sitePath)）", at: itemPosition, hint: "检查文件名和路径，路径相对于本文件所在文件夹"))
                continue
            }
            let name = String(sitePath.split(separator: "/").last ?? "")
            result.append(.init(sourcePath: sitePath, outputPath: SitePath.outputPath(forSitePath: sitePath), title: title ?? name, byteCount: size))
        }
        return result
    }
}
