extension DocumentBodyRenderer {
    /// A 图解 (README “解读形式”) must be readable without its pictures: a text version in
    /// the body, and alt text on every image (`![说明](图.png)`). Errors, found where the body
    /// is rendered so that positions come from cmark's nodes.
    func graphicProblems(_ d: Document, _ rendered: RenderedMarkdown) -> [Diagnostic] {
        guard d.interpretationForm == InterpretationForm.graphic else { return [] }
        var diagnostics: [Diagnostic] = []
        if !rendered.hasTextOutsideImages {
            diagnostics.append(.error(
                "interpretation.graphic-text", "图解只有图片，没有文字版本，看不到图片的人无法了解内容",
                at: d.valuePosition(of: .interpretationForm),
                hint: "在正文中用文字写出图中的要点（标题、数字、结论），图片作为补充"))
        }
        let missing = rendered.links.filter { $0.isImage && $0.text.allSatisfy(\.isWhitespace) }
        guard !missing.isEmpty else { return diagnostics }
        var columns = ScalarColumns(d.body)
        for image in missing {
            diagnostics.append(Diagnostic(
                file: d.sourcePath, line: d.bodyLine + image.line - 1, column: columns.column(line: image.line, byteColumn: image.column),
                severity: .error, id: "interpretation.graphic-alt",
                message: "图解中的图片 \"\(image.url)\" 没有替代文字",
                hint: "在方括号中写出图片的内容，如 ![2024年预算收入构成：镇级收入3050万元，上级补助3320万元](files/收入.png)"))
        }
        return diagnostics
    }
}
