/// Writes an imported document's body blocks as Markdown that reads like something a person
/// wrote: a blank line between blocks, list items together, tables as pipe tables (a ```` ```csv ````
/// block when a cell holds a line break, which a pipe table cannot), images with their alt text.
enum ImportMarkdownWriter {
    /// The alt text written for an image that has none: a `【请填写…】` placeholder, which
    /// `check` and `build` warn about until it is replaced.
    static let missingAltText = "【请填写图片说明】"

    /// `imagePath` maps an image's source to the path the document links it by (relative to
    /// the document); images it returns nil for are left out.
    static func markdown(_ blocks: [ImportBlock], imagePath: (String) -> String?) -> String {
        var parts: [String] = []
        var list: [String] = []
        func flushList() {
            if !list.isEmpty { parts.append(list.joined(separator: "\n")) }
            list = []
        }
        for block in blocks {
            if case .listItem(let ordered, let number, let markdown) = block {
                // Word's numbering already written in the text is not doubled.
                let text = HeadingPattern.level(of: markdown) == 3 ? ImportText.escapeBlockStart(markdown) : markdown
                list.append(ordered ? "\(number). \(text)" : "- \(text)")
                continue
            }
            flushList()
            switch block {
            case .paragraph(_, let markdown):
                parts.append(ImportText.escapeBlockStart(markdown))
            case .heading(let level, let text):
                parts.append(String(repeating: "#", count: level) + " " + ImportText.escapeMarkdown(text))
            case .table(let rows):
                parts.append(table(rows))
            case .image(let source, let alt):
                guard let path = imagePath(source) else { continue }
                let text = alt.isEmpty ? missingAltText : ImportText.escapeMarkdown(alt)
                parts.append("![\(text)](<\(path)>)")
            case .code(let code):
                parts.append("```\n" + code + "\n```")
            case .listItem:
                break
            }
        }
        flushList()
        return parts.joined(separator: "\n\n")
    }

    static func table(_ rows: [[String]]) -> String {
        let width = rows.map(\.count).max() ?? 0
        let padded = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        if padded.joined().contains(where: { $0.contains("\n") }) {
            let lines = padded.map { row in row.map(csvField).joined(separator: ",") }
            return "```csv\n" + lines.joined(separator: "\n") + "\n```"
        }
        var lines = padded.map { row in "| " + row.map { ImportText.escapeMarkdown($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
        lines.insert("|" + Array(repeating: "---|", count: width).joined(), at: min(1, lines.count))
        return lines.joined(separator: "\n")
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
