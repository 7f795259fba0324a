extension DocumentParser {
    /// The annual report of a document in a `reports` node, or of one that gives 报告年度 or
    /// has ```` ```年报表… ```` blocks; nil for any other document.
    func readReport(file: SourceFile, node: CatalogNode, isNodeIndex: Bool, title: String, reader: inout FieldReader)
        -> (report: AnnualReport?, diagnostics: [Diagnostic]) {
        guard !isNodeIndex else { return (nil, []) }
        let path = file.path
        let written = reader.string(.reportYear)
        let hasBlocks = file.body.containsUTF8(ReportBlockScanner.prefix)
        guard written != nil || node.kind == .reports || (hasBlocks && !ReportBlockScanner.blocks(in: file.body).isEmpty) else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        var year: Int?
        var yearPosition = reader.values[.reportYear].map { Self.position(of: $0, file: path) } ?? SourcePosition(file: path)
        if let written {
            year = Self.year(in: written, whole: true)
            if year == nil {
                reader.invalid(.reportYear, "报告年度 \"\(written)\" 不是年份", id: "report.year-invalid", hint: "写四位数字年份，如 报告年度: 2024")
            }
        }
        if year == nil, written == nil {
            let titlePosition = reader.values[.title].map { Self.position(of: $0, file: path) } ?? SourcePosition(file: path)
            if let inferred = Self.year(in: title, whole: false) {
                year = inferred
                yearPosition = titlePosition
                diagnostics.append(.warning("report.year-missing", "年度报告没有填写 报告年度，已按标题中的 \(inferred) 年处理", at: SourcePosition(file: path),
                                            hint: "在 front matter 中加一行：报告年度: \(inferred)"))
            } else {
                diagnostics.append(.error("report.year-unknown", "年度报告没有填写 报告年度，标题中也找不到年份", at: SourcePosition(file: path),
                                          hint: "在 front matter 中加一行：报告年度: 2024（报告的是哪一年的工作）"))
            }
        }
        guard let year else { return (nil, diagnostics) }
        var parser = ReportBlockParser(file: path, bodyLine: file.bodyLine)
        let report = parser.parse(body: file.body, year: year, yearPosition: yearPosition)
        return (report, diagnostics + parser.diagnostics)
    }

    /// A four-digit year: the whole value (`2024`, `2024年`, `2024年度`), or the first
    /// `YYYY年` in a title.
    static func year(in text: String, whole: Bool) -> Int? {
        let characters = Array(text.trimmingWhitespace())
        func fourDigits(at start: Int) -> Int? {
            guard start + 4 <= characters.count else { return nil }
            let digits = characters[start..<start + 4]
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(String(digits)), (1990...2999).contains(value) else { return nil }
            return value
        }
        if whole {
            guard let value = fourDigits(at: 0) else { return nil }
            let rest = String(characters.dropFirst(4))
            return ["", "年", "年度"].contains(rest) ? value : nil
        }
        for start in characters.indices where start + 4 < characters.count && characters[start + 4] == "年" {
            if start > 0, characters[start - 1].isASCII, characters[start - 1].isNumber { continue }
            if let value = fourDigits(at: start) { return value }
        }
        return nil
    }
}
