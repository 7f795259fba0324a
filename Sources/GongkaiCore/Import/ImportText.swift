/// Text clean-up shared by every import reader: spaces and line breaks between Chinese
/// characters dropped (a line break inside a Chinese sentence is a soft wrap, not a space),
/// indentation (ASCII, full-width and no-break spaces) trimmed, Markdown's special characters
/// escaped.
enum ImportText {
    /// Whether `scalar` is a CJK character or full-width punctuation, where a space between
    /// two of them is never meant.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x2E80...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFFEF).contains(value) || (0x2014...0x2026).contains(value) || value >= 0x20000
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{3000}" || scalar == "\n" || scalar == "\r"
            || scalar == "\u{2002}" || scalar == "\u{2003}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{0C}"
    }

    /// Runs of ASCII spaces, tabs and line breaks inside `text` become one space, or nothing
    /// when both neighbours are wide characters; full-width spaces inside the text are kept
    /// (a signature line's gap), leading and trailing space of any kind removed.
    static func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" || scalar == "\u{0C}" else {
                out.append(scalar)
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, [" ", "\t", "\n", "\r", "\u{A0}", "\u{0C}"].contains(scalars[end]) { end += 1 }
            let before = out.last
            let after = end < scalars.count ? scalars[end] : nil
            if let before, let after, !(isWide(before) && isWide(after)), !isSpace(before) {
                out.append(" ")
            }
            index = end
        }
        return trim(String(out))
    }

    /// `text` without leading and trailing spaces of any kind (indentation).
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// `text` without any space between wide characters and with every other run of spaces
    /// as one: labels such as `分  类` and `文 号` compare equal to `分类`, `文号`.
    static func squeezed(_ text: String) -> String {
        normalize(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{3000}" ? " " : $0 })))
    }

    /// Escapes the characters that would make plain text Markdown syntax.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escapes what would start a Markdown block at the beginning of a paragraph: `#`, `>`,
    /// `-`, `+`, `=`, `|`, and `1.` / `1)` list markers (a paragraph `1. 到2025年…` stays a
    /// paragraph, as it was in the document).
    static func escapeBlockStart(_ markdown: String) -> String {
        guard let first = markdown.first else { return markdown }
        if "#>-+=|~".contains(first) { return "\\" + markdown }
        let digits = markdown.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = markdown.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first.map({ $0 == " " }) ?? true {
                return digits + "\\" + rest
            }
        }
        return markdown
    }
}
