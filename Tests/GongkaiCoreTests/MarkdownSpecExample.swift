import Foundation
import Testing

/// One example from a CommonMark-style spec file: Markdown in, HTML out.
struct MarkdownSpecExample: Sendable, CustomTestStringConvertible {
    var number: Int
    var line: Int
    var section: String
    /// The last `##` heading before the example.
    var chapter: String
    /// The word after `example` on the opening fence, such as `table`; empty for plain examples.
    var kind: String
    var markdown: String
    var html: String

    var testDescription: String { "example \(number) (line \(line), \(section))" }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/markdown")

    /// Reads every example of a spec file in `Fixtures/markdown`; `→` stands for a tab.
    static func load(_ file: String) -> [MarkdownSpecExample] {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8) else { return [] }
        let fence = String(repeating: "`", count: 32)
        var examples: [MarkdownSpecExample] = []
        var section = ""
        var chapter = ""
        var state = 0 // 0 outside, 1 markdown, 2 html
        var markdown = ""
        var html = ""
        var kind = ""
        var start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch state {
            case 0:
                if line.hasPrefix(fence + " example") {
                    state = 1
                    kind = line.dropFirst(fence.count + " example".count).trimmingCharacters(in: .whitespaces)
                    markdown = ""
                    html = ""
                    start = index + 1
                } else if line.hasPrefix("#") {
                    section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                    if line.hasPrefix("## ") { chapter = section }
                }
            case 1:
                if line == "." {
                    state = 2
                } else {
                    markdown += line + "\n"
                }
            default:
                if line == fence {
                    state = 0
                    examples.append(MarkdownSpecExample(
                        number: examples.count + 1, line: start, section: section, chapter: chapter, kind: kind,
                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                        html: html.replacingOccurrences(of: "→", with: "\t")))
                } else {
                    html += line + "\n"
                }
            }
        }
        return examples
    }
}
