import Foundation

/// Reads a page saved from an old government CMS: the metadata block such pages carry — a
/// label–value table, or a line `索引号:… 分  类:… 发文机关:… 成文日期:… 文 号:… 发布日期:… 时效性:`
/// — and the page's own text between its navigation and its footer.
///
/// Labels vary between CMSs; every common variant is accepted, with spaces inside
/// (`分  类`, `文 号`) and either colon. The page's navigation before the metadata (or before
/// the title, when there is none) is dropped, and so is everything from the first piece of
/// site furniture after the text (网站地图, 网站标识码, ICP 备案号, 打印本页, 扫一扫…).
enum LegacyPageMetadata {
    enum Field: Sendable {
        case title, indexNumber, topic, publisher, written, docNumber, published, status, keywords, genre
    }

    /// Labels by field; longer ones are tried first, so `主题分类` wins over `分类`.
    static let labels: [(label: String, field: Field)] = ([
        ("信息名称", .title), ("标题", .title), ("名称", .title),
        ("索引号", .indexNumber), ("索 引 号", .indexNumber),
        ("主题分类", .topic), ("信息分类", .topic), ("所属主题", .topic), ("主题", .topic), ("分类", .topic),
        ("体裁分类", .genre), ("体裁", .genre),
        ("发文机关", .publisher), ("发布机构", .publisher), ("发布单位", .publisher), ("公开单位", .publisher), ("发文单位", .publisher),
        ("成文日期", .written), ("生成日期", .written), ("成文时间", .written), ("印发日期", .written),
        ("发文字号", .docNumber), ("文号", .docNumber),
        ("发布日期", .published), ("发布时间", .published), ("公开日期", .published), ("公开时间", .published),
        ("时效性", .status), ("有效性", .status), ("效力状态", .status), ("时效", .status),
        ("主题词", .keywords), ("关键词", .keywords),
    ] as [(String, Field)]).map { (label: String, field: Field) in
        (label: ImportText.squeezed(label).replacingOccurrences(of: " ", with: ""), field: field)
    }.sorted { $0.label.count > $1.label.count }

    /// Texts that only a page's frame has; the page's text ends before the first block
    /// containing one.
    static let footerMarkers = [
        "扫一扫在手机打开当前页", "打印本页", "【打印", "关闭窗口", "【关闭", "网站地图", "网站标识码", "ICP备", "公网安备", "版权所有",
        "您访问的链接即将离开", "主办单位：", "主办单位:", "上一篇", "下一篇", "相关链接", "【字体", "分享到", "附件下载", "电脑版|手机版",
    ]

    /// The label–value pairs in one line, when it holds at least `minimum` labels each
    /// followed by a colon (values may be empty).
    static func pairs(in line: String, minimum: Int) -> [(Field, String)]? {
        let text = ImportText.squeezed(line).replacingOccurrences(of: "\u{3000}", with: " ")
        var found: [(range: Range<String.Index>, field: Field)] = []
        var index = text.startIndex
        while index < text.endIndex {
            var matched = false
            for (label, field) in labels where text[index...].hasPrefix(label) {
                var end = text.index(index, offsetBy: label.count)
                while end < text.endIndex, text[end] == " " { end = text.index(after: end) }
                guard end < text.endIndex, text[end] == ":" || text[end] == "：" else { continue }
                found.append((index..<text.index(after: end), field))
                index = text.index(after: end)
                matched = true
                break
            }
            if !matched { index = text.index(after: index) }
        }
        guard found.count >= minimum, let first = found.first,
              ImportText.trim(String(text[..<first.range.lowerBound])).isEmpty else { return nil }
        return found.enumerated().map { offset, item in
            let end = offset + 1 < found.count ? found[offset + 1].range.lowerBound : text.endIndex
            return (item.field, ImportText.trim(String(text[item.range.upperBound..<end])))
        }
    }

    /// The pairs in a metadata table: cells `索引号：` / value side by side, or a cell holding
    /// both.
    static func pairs(inTable rows: [[String]]) -> [(Field, String)] {
        var result: [(Field, String)] = []
        for row in rows {
            var column = 0
            while column < row.count {
                let cell = ImportText.squeezed(row[column]).replacingOccurrences(of: " ", with: "")
                let bare = cell.trimmingCharacters(in: CharacterSet(charactersIn: ":："))
                if let field = labels.first(where: { $0.label == bare })?.field {
                    let value = column + 1 < row.count ? ImportText.trim(row[column + 1]) : ""
                    // An empty value cell may be missing altogether: the next cell is a label then.
                    let valueIsLabel = labels.contains { $0.label == ImportText.squeezed(value).trimmingCharacters(in: CharacterSet(charactersIn: ":：")) }
                    result.append((field, valueIsLabel ? "" : value))
                    column += valueIsLabel ? 1 : 2
                    continue
                }
                if let inline = pairs(in: row[column], minimum: 1) { result += inline }
                column += 1
            }
        }
        return result
    }

    /// Takes the metadata out of `blocks` into `document` and cuts the page's frame off:
    /// returns the page's text, or nil when the page has no metadata and no title to start at
    /// (then it is read as it is).
    static func read(_ blocks: [ImportBlock], pageTitle: String?, into document: inout ImportedDocument) -> [ImportBlock] {
        var metadataEnd: Int?
        var pairs: [(Field, String)] = []
        // The metadata sits in the first part of the page.
        let searchEnd = max(min(blocks.count, 12), blocks.count / 2)
        for index in 0..<searchEnd {
            switch blocks[index] {
            case .table(let rows):
                let found = Self.pairs(inTable: rows)
                if found.count >= 2 {
                    pairs += found
                    metadataEnd = index
                }
            case .paragraph(let text, _), .heading(_, let text):
                if let found = Self.pairs(in: text, minimum: 2) ?? (index < 6 || index == (metadataEnd ?? -2) + 1 ? Self.pairs(in: text, minimum: 1) : nil),
                   found.allSatisfy({ !$0.1.isEmpty || found.count > 1 }) {
                    pairs += found
                    metadataEnd = index
                }
            default:
                continue
            }
        }
        apply(pairs, to: &document)
        var start = metadataEnd.map { $0 + 1 } ?? 0
        // The title as a line of its own before the metadata (a page saved as text starts with it).
        if document.title == nil, let metadataEnd, metadataEnd > 0, metadataEnd <= 3,
           case .paragraph(let text, _)? = blocks.first, text.count <= 80 {
            document.title = text
        }
        // A heading just above the metadata, which the page's <title> begins with.
        if document.title == nil, let metadataEnd, metadataEnd > 0, let text = blocks[metadataEnd - 1].text, text.count <= 80,
           pageTitle.map({ ImportText.squeezed($0).hasPrefix(ImportText.squeezed(text)) }) ?? false {
            document.title = text
        }
        if document.title == nil, let pageTitle = pageTitle.map(Self.titleWithoutSiteName), !pageTitle.isEmpty { document.title = pageTitle }
        if metadataEnd == nil, let title = document.title,
           let titleIndex = blocks.firstIndex(where: { $0.text.map(ImportText.squeezed) == ImportText.squeezed(title) }) {
            start = titleIndex + 1
        }
        let rest = blocks[start...]
        let end = rest.firstIndex { block in
            switch block {
            case .paragraph(let text, _), .heading(_, let text):
                return footerMarkers.contains { ImportText.squeezed(text).replacingOccurrences(of: " ", with: "").contains($0) }
            case .table(let rows):
                return rows.joined().contains { cell in footerMarkers.contains { cell.contains($0) } }
            default:
                return false
            }
        } ?? blocks.endIndex
        return Array(blocks[start..<end])
    }

    /// `标题_某某网站`, `标题 - 某某人民政府`, `标题-某某网` → `标题`: the part after the last
    /// `_`, `-`, `|` or `－` is dropped when it names a site (网, 政府, 门户).
    static func titleWithoutSiteName(_ title: String) -> String {
        let trimmed = ImportText.trim(title)
        guard let separator = trimmed.lastIndex(where: { "_-|－–—".contains($0) }) else { return trimmed }
        let site = trimmed[trimmed.index(after: separator)...]
        guard ["网", "政府", "门户"].contains(where: { site.contains($0) }) else { return trimmed }
        return ImportText.trim(String(trimmed[..<separator]))
    }

    private static func apply(_ pairs: [(Field, String)], to document: inout ImportedDocument) {
        for (field, value) in pairs where !value.isEmpty {
            switch field {
            case .title: document.title = document.title ?? value
            case .indexNumber: document.indexNumber = document.indexNumber ?? value.replacingOccurrences(of: " ", with: "")
            case .topic: document.topic = document.topic ?? value
            case .publisher: document.publisher = document.publisher ?? value
            case .written: document.written = document.written ?? ImportedDate.day(value)
            case .docNumber: document.docNumber = document.docNumber ?? ImportedDocumentNumber.find(in: value)?.number ?? value
            case .published: document.published = document.published ?? ImportedDate.day(value)
            case .status: document.status = document.status ?? status(value)
            case .keywords, .genre: break
            }
        }
    }

    /// 时效性 values of old CMSs as this site's 有效性.
    static func status(_ value: String) -> String? {
        if value.contains("废止") { return "废止" }
        if value.contains("失效") || value.contains("无效") || value.contains("过期") { return "失效" }
        if value.contains("修订") || value.contains("修改") { return "修订" }
        if value.contains("有效") { return "有效" }
        return nil
    }
}
