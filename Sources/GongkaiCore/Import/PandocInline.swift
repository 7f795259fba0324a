/// The inline nodes of pandoc's JSON AST (`pandoc -t json`, API 1.22/1.23) that an import
/// reads; every other node type decodes as `.other` and is dropped.
indirect enum PandocInline: Decodable, Sendable, Equatable {
    case text(String)
    case space
    /// A soft break: a line end inside a paragraph.
    case lineBreak
    /// A hard break: Word's Shift+Enter, HTML's `<br>`. Joined like a soft one in a
    /// paragraph, kept in a table cell.
    case hardBreak
    /// Emphasis, strong, underline, quotes, spans…: containers whose text is kept.
    case styled(strong: Bool, [PandocInline])
    case link([PandocInline], target: String)
    case image(alt: [PandocInline], source: String)
    case code(String)
    case note([PandocBlock])
    case other

    private enum Keys: String, CodingKey { case t, c }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .t)
        switch type {
        case "Str":
            self = .text(try container.decode(String.self, forKey: .c))
        case "Space":
            self = .space
        case "SoftBreak":
            self = .lineBreak
        case "LineBreak":
            self = .hardBreak
        case "Strong":
            self = .styled(strong: true, try container.decode([PandocInline].self, forKey: .c))
        case "Emph", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
            self = .styled(strong: false, try container.decode([PandocInline].self, forKey: .c))
        case "Quoted":
            // [QuoteType, [Inline]]
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            let quote = try content.decode(PandocTag.self)
            let inner = try content.decode([PandocInline].self)
            let (open, close) = quote.t == "SingleQuote" ? ("‘", "’") : ("“", "”")
            self = .styled(strong: false, [.text(open)] + inner + [.text(close)])
        case "Span", "Cite":
            // Span: [Attr, [Inline]]; Cite: [[Citation], [Inline]]
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            self = .styled(strong: false, try content.decode([PandocInline].self))
        case "Link", "Image":
            // [Attr, [Inline], Target], Target = [url, title]
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            let inner = try content.decode([PandocInline].self)
            let target = try content.decode([String].self)
            let url = target.first ?? ""
            self = type == "Link" ? .link(inner, target: url) : .image(alt: inner, source: url)
        case "Code":
            var content = try container.nestedUnkeyedContainer(forKey: .c)
            _ = try content.decode(PandocIgnored.self)
            self = .code(try content.decode(String.self))
        case "Note":
            self = .note(try container.decode([PandocBlock].self, forKey: .c))
        default:
            self = .other
        }
    }
}

/// A `{"t": …}` value whose contents do not matter (alignments, list styles, quote types).
struct PandocTag: Decodable, Sendable {
    let t: String
}

/// Any JSON value, skipped (attributes, citations, widths).
struct PandocIgnored: Decodable, Sendable {
    init(from decoder: Decoder) throws {}
}
