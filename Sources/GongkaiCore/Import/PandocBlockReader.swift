/// Turns pandoc's blocks into `ImportBlock`s: paragraphs with their text cleaned
/// (`ImportText.normalize`), images taken out of paragraphs into blocks of their own,
/// Word's automatic numbering kept as list items, data tables as rows of cell text and
/// layout tables (a whole page laid out in a table, as old CMS pages are) read as the blocks
/// inside them.
struct PandocBlockReader {
    private(set) var blocks: [ImportBlock] = []

    static func read(_ blocks: [PandocBlock]) -> [ImportBlock] {
        var reader = PandocBlockReader()
        for block in blocks { reader.add(block) }
        return reader.blocks
    }

    /// Plain text of inlines (for table cells, alt text and titles).
    static func text(_ inlines: [PandocInline]) -> String {
        ImportText.normalize(render(inlines, markdown: false))
    }

    private mutating func add(_ block: PandocBlock) {
        switch block {
        case .paragraph(let inlines):
            addParagraph(inlines)
        case .header(let level, let inlines):
            let text = Self.text(inlines)
            if !text.isEmpty { blocks.append(.heading(level: level, text: text)) }
        case .lines(let lines):
            for line in lines { addParagraph(line) }
        case .code(let code):
            blocks.append(.code(code))
        case .list(let ordered, let items):
            for (offset, item) in items.enumerated() {
                guard case .paragraph(let inlines)? = item.first else {
                    for inner in item { add(inner) }
                    continue
                }
                let markdown = ImportText.normalize(Self.render(inlines.filter { if case .image = $0 { false } else { true } }, markdown: true))
                if !markdown.isEmpty { blocks.append(.listItem(ordered: ordered, number: offset + 1, markdown: markdown)) }
                for case .image(let alt, let source) in inlines { blocks.append(.image(source: source, alt: Self.text(alt))) }
                for inner in item.dropFirst() { add(inner) }
            }
        case .container(let inner):
            for block in inner { add(block) }
        case .table(let rows, _):
            if Self.isLayout(rows) {
                for row in rows { for cell in row { for block in cell { add(block) } } }
            } else {
                let cells = rows.map { row in row.map(Self.cellText) }
                if cells.contains(where: { $0.contains { !$0.isEmpty } }) { blocks.append(.table(rows: cells)) }
            }
        case .other:
            break
        }
    }

    /// A cell's text: its paragraphs, and the lines of a paragraph broken by hard line breaks,
    /// one per line.
    static func cellText(_ blocks: [PandocBlock]) -> String {
        let split = blocks.flatMap { block -> [PandocBlock] in
            guard case .paragraph(let inlines) = block else { return [block] }
            return inlines.split(whereSeparator: { $0 == .hardBreak }).map { .paragraph(Array($0)) }
        }
        return read(split).compactMap(\.text).joined(separator: "\n")
    }

    /// A table used to lay out a page rather than hold data: a single column, or a cell with
    /// a table, heading or list in it, or more than three blocks.
    static func isLayout(_ rows: [[[PandocBlock]]]) -> Bool {
        if rows.allSatisfy({ $0.count <= 1 }) { return true }
        return rows.joined().contains { cell in
            cell.count > 3 || cell.contains { block in
                switch block {
                case .table, .header, .list, .container: return true
                default: return false
                }
            }
        }
    }

    /// A paragraph, split where images stand in it.
    private mutating func addParagraph(_ inlines: [PandocInline]) {
        var run: [PandocInline] = []
        func flush(_ blocks: inout [ImportBlock]) {
            let text = Self.text(run)
            if !text.isEmpty { blocks.append(.paragraph(text: text, markdown: ImportText.normalize(Self.render(run, markdown: true)))) }
            run = []
        }
        for inline in inlines {
            if case .image(let alt, let source) = inline {
                flush(&blocks)
                blocks.append(.image(source: source, alt: Self.text(alt)))
            } else if case .styled(_, let inner) = inline, inner.count == 1, case .image(let alt, let source) = inner[0] {
                flush(&blocks)
                blocks.append(.image(source: source, alt: Self.text(alt)))
            } else {
                run.append(inline)
            }
        }
        flush(&blocks)
    }

    /// Inlines as text, or as Markdown (bold as `**…**`, web links as `[…](…)`, notes in
    /// brackets). Links to anything but a web address keep only their text: a page saved
    /// from an old site links to that site's pages, which the new site does not have.
    static func render(_ inlines: [PandocInline], markdown: Bool) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text):
                out += markdown ? ImportText.escapeMarkdown(text) : text
            case .space:
                out += " "
            case .lineBreak, .hardBreak:
                out += "\n"
            case .styled(let strong, let inner):
                let text = render(inner, markdown: markdown)
                if markdown, strong, !ImportText.trim(text).isEmpty {
                    out += "**" + ImportText.trim(text) + "**"
                } else {
                    out += text
                }
            case .link(let inner, let target):
                let text = render(inner, markdown: markdown)
                if markdown, target.hasPrefix("http://") || target.hasPrefix("https://"), !text.isEmpty {
                    out += "[\(text)](<\(target.replacingOccurrences(of: ">", with: "%3E"))>)"
                } else {
                    out += text
                }
            case .code(let code):
                out += markdown ? ImportText.escapeMarkdown(code) : code
            case .note(let blocks):
                let text = PandocBlockReader.read(blocks).compactMap(\.text).joined(separator: " ")
                if !text.isEmpty { out += "（注：\(text)）" }
            case .image(let alt, _):
                out += render(alt, markdown: markdown)
            case .other:
                break
            }
        }
        return out
    }
}
