/// Finds the 落款 of a 公文 in its rendered body — a paragraph that is only a date
/// (`2024年7月8日`, also `二〇二四年七月八日`) and the one or two short paragraphs naming the
/// issuing agency just above it — and gives them `class="signature"`, so the theme can set
/// them right-aligned as on paper. Anything else is left as it is.
enum SignatureMarker {
    static func mark(_ html: [UInt8]) -> [UInt8] {
        // Fast path: no paragraph ends in 日 (most bodies written as Markdown notes).
        guard String(decoding: html, as: UTF8.self).containsUTF8("日</p>") else { return html }
        var lines = String(decoding: html, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for i in lines.indices {
            guard let text = paragraphText(lines[i]), isDate(text) else { continue }
            lines[i] = "<p class=\"signature\">" + text + "</p>"
            changed = true
            var j = i - 1
            while j >= 0, j >= i - 2, let signer = paragraphText(lines[j]), isSigner(signer) {
                lines[j] = "<p class=\"signature\">" + signer + "</p>"
                j -= 1
            }
        }
        return changed ? Array(lines.joined(separator: "\n").utf8) : html
    }

    /// The text of a one-line `<p>…</p>`, nil for anything else.
    static func paragraphText(_ line: String) -> String? {
        guard line.hasPrefix("<p>"), line.hasSuffix("</p>") else { return nil }
        return String(line.dropFirst(3).dropLast(4))
    }

    private static let digits = Set("0123456789〇零一二三四五六七八九十")

    /// `2024年7月8日`: four digits, 年, one to three digits, 月, one to three digits, 日.
    static func isDate(_ text: String) -> Bool {
        var rest = Substring(text)
        for (unit, count) in [("年", 4...4), ("月", 1...3), ("日", 1...3)] {
            let run = rest.prefix { digits.contains($0) }
            guard count.contains(run.count) else { return false }
            rest = rest.dropFirst(run.count)
            guard rest.first == Character(unit) else { return false }
            rest = rest.dropFirst()
        }
        return rest.isEmpty
    }

    /// A short line with no markup and no sentence punctuation: an agency's name (and 印章 note).
    static func isSigner(_ text: String) -> Bool {
        (2...30).contains(text.count) && !text.contains(where: { "<。，；：！？、.,;:".contains($0) })
    }
}
