/// Accessibility checks on every rendered body (README “无障碍检查”; GB/T 37668, 适老化): warnings,
/// errors under `--strict`, at the file, line and column of what they are about. Positions come
/// from cmark's nodes, as for `link.broken`. Tables without a header row are found while the
/// tables are built (``TableHeaderProblem``).
extension DocumentBodyRenderer {
    /// Link texts that say nothing of where the link goes, compared without white space and
    /// punctuation, in lower case.
    static let vagueLinkTexts: Set<String> = [
        "点击这里", "点击此处", "点这里", "点此", "点此处", "请点击", "请点击这里", "请点击此处", "点击", "单击这里", "单击此处",
        "这里", "此处", "详见", "详情", "详细", "更多", "查看", "查看详情", "查看更多", "了解更多", "阅读全文", "链接", "网址",
        "here", "clickhere", "click", "more", "readmore", "link", "thislink",
    ]

    /// The most characters a vague link text has once white space and punctuation are gone.
    static let longestVagueLinkText = vagueLinkTexts.map(\.unicodeScalars.count).max() ?? 0

    /// `vagueLinkTexts` as UTF-8 bytes, for cores of ASCII and CJK text alone (see `isVague`).
    static let vagueLinkTextBytes = Set(vagueLinkTexts.map { Array($0.utf8) })

    static func isVague(_ text: String) -> Bool {
        // Most link texts are titles, far longer than any vague text: stop counting as soon as
        // the text is longer than the longest, instead of filtering the whole title
        // (≈ 8,000 instructions a link; bench/PERFORMANCE.md).
        let longest = longestVagueLinkText
        var core: [UInt8] = []
        var count = 0
        var asciiAndCJK = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x4E00...0x9FFF).contains(value) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                // Ideographs, ASCII letters and digits: neither white space nor punctuation.
            } else if scalar.properties.isWhitespace || CJKCharacterClass.isPunctuation(scalar) {
                continue
            }
            count += 1
            if count > longest { return false }
            if value < 0x80 {
                core.append((0x41...0x5A).contains(value) ? UInt8(value) + 0x20 : UInt8(value))
            } else {
                asciiAndCJK = asciiAndCJK && ((0x3000...0x303F).contains(value) || (0x4E00...0x9FFF).contains(value))
                UTF8.encode(scalar) { core.append($0) }
            }
        }
        // ASCII and these CJK blocks have no case but A–Z and no canonical decompositions: their
        // bytes, A–Z lowered, are what `lowercased()` and a `Set<String>` would compare.
        if asciiAndCJK { return vagueLinkTextBytes.contains(core) }
        return vagueLinkTexts.contains(String(decoding: core, as: UTF8.self).lowercased())
    }

    func accessibilityProblems(_ d: Document, _ rendered: RenderedMarkdown) -> [Diagnostic] {
        let graphic = d.interpretationForm == InterpretationForm.graphic
        var diagnostics: [Diagnostic] = []
        var columns: ScalarColumns?
        // cmark counts columns in bytes; editors count characters.
        func column(_ line: Int, _ byteColumn: Int) -> Int {
            if columns == nil { columns = ScalarColumns(d.body) }
            return columns!.column(line: line, byteColumn: byteColumn)
        }
        for link in rendered.links {
            let line = d.bodyLine + link.line - 1
            if link.isImage {
                // A 图解's image without alt text is an error of its own (interpretation.graphic-alt).
                guard !graphic, link.text.allSatisfy(\.isWhitespace) else { continue }
                diagnostics.append(Diagnostic(file: d.sourcePath, line: line, column: column(link.line, link.column), severity: .warning, id: "a11y.image-alt",
                                              message: "图片 \"\(link.url)\" 没有替代文字，看不到图片的人不知道图中的内容",
                                              hint: "在方括号中写出图片的内容，如 ![镇政府办公楼外景](files/楼.jpg)；纯装饰的图片可以删去"))
            } else if Self.isVague(link.text) {
                diagnostics.append(Diagnostic(file: d.sourcePath, line: line, column: column(link.line, link.column), severity: .warning, id: "a11y.link-text",
                                              message: "链接文字“\(link.text)”没有说明链接到哪里，读屏软件单独读出链接时无法理解",
                                              hint: "把链接放在说明内容的文字上，如“详见[《青山镇2024年财政预算》](../czxx/2024.md)”，而不是“[点击这里](…)”"))
            }
        }
        var previous = 1  // the page's title is the one <h1>
        for (heading, position) in zip(rendered.headings, rendered.headingPositions) {
            if heading.level > previous + 1 {
                let marks = { (n: Int) in String(repeating: "#", count: n) }
                diagnostics.append(Diagnostic(file: d.sourcePath, line: d.bodyLine + position.line - 1, column: column(position.line, position.column), severity: .warning, id: "a11y.heading-skip",
                                              message: "标题从第 \(previous) 级跳到了第 \(heading.level) 级（\(marks(heading.level)) \(heading.text)），读屏软件按层级导航时会迷失",
                                              hint: "标题逐级使用：文件标题是第 1 级，正文从 ## 开始，## 下面用 ###；这里可改为 \(marks(previous + 1))"))
            }
            previous = heading.level
        }
        if !graphic, !d.isNodeIndex, !rendered.hasTextOutsideImages, let scan = scanOnly(d, rendered) {
            diagnostics.append(scan)
        }
        return diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// A body with no text of its own that shows only images or PDF/image files (a scan): the
    /// finding at the first of them, or at `attachments` when the body is empty.
    private func scanOnly(_ d: Document, _ rendered: RenderedMarkdown) -> Diagnostic? {
        let message = "正文没有文字，只有图片或扫描件（PDF、图片），看不到图片、用读屏软件的人无法阅读"
        let hint = "把文件的文字贴进正文（可从原件复制或识别），扫描件作为附件保留"
        if let first = rendered.links.first(where: { $0.isImage || MarkdownTextCollector.isScan($0.url) }) {
            var columns = ScalarColumns(d.body)
            let column = columns.column(line: first.line, byteColumn: first.column)
            return Diagnostic(file: d.sourcePath, line: d.bodyLine + first.line - 1, column: column, severity: .warning, id: "a11y.scan-only", message: message, hint: hint)
        }
        guard !d.attachments.isEmpty, d.attachments.allSatisfy({ MarkdownTextCollector.isScan($0.outputPath) }) else { return nil }
        return .warning("a11y.scan-only", message, at: d.valuePosition(of: .attachments), hint: hint)
    }
}
