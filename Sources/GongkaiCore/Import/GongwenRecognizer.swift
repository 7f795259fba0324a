import Foundation

/// Recognises the parts of a 公文 (GB/T 9704-2012) in imported blocks: the 发文机关标志
/// (`…文件`) and 发文字号 above the title, the title, the 附件说明, the 发文机关署名 and
/// 成文日期 at the end, and the 版记 (抄送, 印发) after them. The 文号, title and 版记 leave the
/// body (they are metadata, shown in the page's metadata box); the 署名 and 成文日期 stay, as
/// the 落款 of the page. Numbered paragraphs become headings.
struct GongwenRecognizer {
    var headingLevels: HeadingLevels = .standard
    /// The site's agency and the publishers its documents already use: a 署名 is matched to
    /// the closest of them.
    var knownPublishers: [String] = []

    /// How many leading blocks may hold the 发文机关标志, 文号 and title.
    private static let headLength = 6

    func recognize(_ input: [ImportBlock], into document: inout ImportedDocument, titleHint: String? = nil) {
        var blocks = input
        recognizeHead(&blocks, into: &document, titleHint: titleHint)
        recognizeTail(&blocks, into: &document)
        let attachmentLines = recognizeAttachments(blocks, into: &document)
        document.blocks = blocks.enumerated().map { attachmentLines.contains($0.offset) ? $0.element : heading($0.element) }
    }

    // MARK: - Head

    private func recognizeHead(_ blocks: inout [ImportBlock], into document: inout ImportedDocument, titleHint: String?) {
        var index = 0
        var titleParts: [String] = []
        var sawTitle = document.title != nil
        while index < min(blocks.count, Self.headLength + titleParts.count) {
            guard let text = paragraphOrHeadingText(blocks[index]) else { break }
            if document.docNumber == nil, let found = ImportedDocumentNumber.find(in: text), found.wholeLine {
                document.docNumber = found.number
                blocks.remove(at: index)
                continue
            }
            if !sawTitle, titleParts.isEmpty, isIssuerMark(text) {
                document.removed.append("发文机关标志“\(text)”")
                blocks.remove(at: index)
                continue
            }
            if let hint = titleHint, ImportText.squeezed(text) == ImportText.squeezed(hint) {
                if document.title == nil { document.title = text }
                sawTitle = true
                blocks.remove(at: index)
                continue
            }
            if sawTitle || text.hasSuffix("：") || text.hasSuffix(":") || text.count > 80 || HeadingPattern.level(of: text) != nil
                || ImportedDate.day(text) != nil { break }
            // A title ends with its genre (…的通知); a long one may be set over two lines.
            titleParts.append(text)
            blocks.remove(at: index)
            if endsLikeTitle(text) || titleParts.count == 2 { sawTitle = true }
        }
        if !titleParts.isEmpty {
            if document.title == nil {
                document.title = titleParts.joined()
            } else {
                // The title was known (a page's metadata): what was taken is body after all.
                blocks.insert(contentsOf: titleParts.map(ImportBlock.plain), at: index - titleParts.count)
            }
        }
        if document.title == nil, let titleHint { document.title = titleHint }
    }

    /// `青山镇人民政府文件`, `中共青山镇委员会 青山镇人民政府文件`.
    private func isIssuerMark(_ text: String) -> Bool {
        text.hasSuffix("文件") && text.count <= 30 && !text.contains("关于") && !text.contains("《")
    }

    private func endsLikeTitle(_ text: String) -> Bool {
        let endings = ["决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "办法", "规定", "细则", "方案", "规划", "计划", "情况", "公示", "答复", "要点", "总结"]
        return endings.contains { text.hasSuffix($0) } || text.hasSuffix("》") || text.hasSuffix("）")
    }

    // MARK: - Tail

    private func recognizeTail(_ blocks: inout [ImportBlock], into document: inout ImportedDocument) {
        // 版记 and the 公开属性 note, from the end.
        while let last = blocks.last, let text = paragraphOrHeadingText(last), isImprintLine(text) {
            document.removed.insert("版记“\(text)”", at: 0)
            blocks.removeLast()
        }
        // The 成文日期 and the 署名 above it, within the last blocks.
        let start = max(0, blocks.count - 4)
        for index in stride(from: blocks.count - 1, through: start, by: -1) {
            guard let text = paragraphOrHeadingText(blocks[index]), let day = ImportedDate.day(text) else { continue }
            if document.written == nil { document.written = day }
            if index > 0, let signature = paragraphOrHeadingText(blocks[index - 1]), isSignature(signature), document.publisher == nil {
                document.publisher = matchPublisher(signature)
            }
            break
        }
    }

    /// 版记 lines (`抄送：…`, `…办公室 2024年3月19日印发`) and notes such as `（此件公开发布）`.
    private func isImprintLine(_ text: String) -> Bool {
        let squeezed = ImportText.squeezed(text)
        if squeezed.hasPrefix("抄送") || squeezed.hasPrefix("抄报") || squeezed.hasPrefix("分送") { return true }
        if squeezed.hasSuffix("印发"), squeezed.contains("年") { return true }
        if squeezed.hasPrefix("（此件") || squeezed.hasPrefix("(此件") { return true }
        return false
    }

    private func isSignature(_ text: String) -> Bool {
        text.count <= 40 && !text.contains(where: { "，。：；,:;！？".contains($0) }) && HeadingPattern.level(of: text) == nil
    }

    /// The known publisher the 署名 names (equal, or one containing the other, ignoring
    /// spaces); else the closest by edit distance; else the 署名 as written.
    func matchPublisher(_ signature: String) -> String {
        let wanted = ImportText.squeezed(signature).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: "")
        if let equal = knownPublishers.first(where: { ImportText.squeezed($0) == wanted }) { return equal }
        let containing = knownPublishers.filter { $0.contains(wanted) || wanted.contains($0) }
        if let best = containing.min(by: { abs($0.count - wanted.count) < abs($1.count - wanted.count) }),
           abs(best.count - wanted.count) <= 2 { return best }
        // A typo (one character off) is corrected; another office keeps its own name.
        if let close = ClosestMatch.closest(to: wanted, in: knownPublishers), ClosestMatch.distance(close, wanted) <= 1 { return close }
        return wanted
    }

    // MARK: - Attachments and headings

    /// `附件：1．名称` and the following `2．名称` paragraphs; returns the indexes of those
    /// paragraphs, which stay paragraphs (a `2．` there numbers an attachment, not a heading).
    private func recognizeAttachments(_ blocks: [ImportBlock], into document: inout ImportedDocument) -> Set<Int> {
        guard document.attachmentNames.isEmpty else { return [] }
        for (index, block) in blocks.enumerated() {
            guard let text = paragraphOrHeadingText(block) else { continue }
            let squeezed = ImportText.squeezed(text)
            guard squeezed.hasPrefix("附件：") || squeezed.hasPrefix("附件:") else { continue }
            var names = [Self.attachmentName(String(squeezed.dropFirst(3)))]
            var lines: Set<Int> = [index]
            for (offset, next) in blocks[(index + 1)...].enumerated() {
                guard let line = paragraphOrHeadingText(next).map(ImportText.squeezed), let first = line.first,
                      first.isNumber, line.count <= 60 else { break }
                names.append(Self.attachmentName(line))
                lines.insert(index + 1 + offset)
            }
            document.attachmentNames = names.filter { !$0.isEmpty }
            return lines
        }
        return []
    }

    /// `1．青山镇……分工表` → `青山镇……分工表`.
    static func attachmentName(_ text: String) -> String {
        var name = Substring(ImportText.trim(text))
        name = name.drop { $0.isNumber }
        if let first = name.first, "．.、 ".contains(first) { name = name.dropFirst() }
        return ImportText.trim(String(name)).trimmingCharacters(in: CharacterSet(charactersIn: "。；;，,《》"))
    }

    private func heading(_ block: ImportBlock) -> ImportBlock {
        switch block {
        case .paragraph(let text, _):
            guard let level = HeadingPattern.headingLevel(of: text) else { return block }
            return .heading(level: headingLevels.markdownLevel(level), text: text)
        case .heading(let level, let text):
            if let numbered = HeadingPattern.level(of: text) { return .heading(level: headingLevels.markdownLevel(numbered), text: text) }
            return .heading(level: min(6, max(2, level + 1)), text: text)
        default:
            return block
        }
    }

    private func paragraphOrHeadingText(_ block: ImportBlock) -> String? {
        switch block {
        case .paragraph(let text, _), .heading(_, let text): return text
        default: return nil
        }
    }
}
