/// One block of an imported document, whatever it came from (Word, HTML, PDF or text), before
/// and after the 公文 structure is recognised. Paragraph text is kept twice: `text` is plain (for
/// recognising 文号, dates and headings), `markdown` has bold and links written as Markdown.
enum ImportBlock: Sendable, Equatable {
    case paragraph(text: String, markdown: String)
    case heading(level: Int, text: String)
    case listItem(ordered: Bool, number: Int, markdown: String)
    case table(rows: [[String]])
    /// `source` is a path pandoc extracted the image to, or the image's address in a page.
    case image(source: String, alt: String)
    case code(String)

    /// A paragraph whose Markdown is its text with Markdown's special characters escaped.
    static func plain(_ text: String) -> ImportBlock {
        .paragraph(text: text, markdown: ImportText.escapeMarkdown(text))
    }

    /// The plain text of a paragraph or heading; nil for other blocks.
    var text: String? {
        switch self {
        case .paragraph(let text, _), .heading(_, let text): return text
        case .listItem(_, _, let markdown): return markdown
        case .table, .image, .code: return nil
        }
    }
}
