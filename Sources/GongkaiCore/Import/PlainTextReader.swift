/// Reads text files and `pdftotext` output into paragraphs.
///
/// In a text file (a page saved as text) every non-empty line is a paragraph. In PDF text
/// a paragraph is wrapped over several lines, so a line continues the one before when that
/// line ends in a comma or reaches nearly the longest line's width without ending a
/// sentence — unless the line starts a heading (`一、`, `（一）`…). Page numbers
/// (`— 2 —`, `-2-`, a line holding only a number) are dropped.
enum PlainTextReader {
    static func read(_ text: String, joinWrappedLines: Bool) -> [ImportBlock] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0C}", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        let widest = lines.map { ImportText.trim($0).count }.max() ?? 0
        var paragraphs: [String] = []
        var previousLength = 0
        var previousBlank = true
        for raw in lines {
            let line = ImportText.trim(raw)
            if line.isEmpty || isPageNumber(line) {
                previousBlank = true
                continue
            }
            if joinWrappedLines, !previousBlank, let last = paragraphs.last,
               continues(last, previousLength: previousLength, widest: widest), HeadingPattern.level(of: line) == nil {
                paragraphs[paragraphs.count - 1] = last + "\n" + line
            } else {
                paragraphs.append(line)
            }
            previousLength = line.count
            previousBlank = false
        }
        return paragraphs.map { ImportBlock.plain(ImportText.normalize($0)) }.filter { $0.text?.isEmpty == false }
    }

    /// Whether the paragraph so far goes on into the next line.
    private static func continues(_ paragraph: String, previousLength: Int, widest: Int) -> Bool {
        guard let last = paragraph.last else { return false }
        if "，、（《“‘,(".contains(last) { return true }
        if "。！？；：!?;:”）》)".contains(last) { return false }
        return widest >= 20 && previousLength * 100 >= widest * 85
    }

    /// `5`, `-2-`, `— 2 —`, `- 12 -`.
    static func isPageNumber(_ line: String) -> Bool {
        let core = line.filter { !"-—–－ ".contains($0) }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
