import Yams

/// Reads the annual-report blocks of a document body (```` ```年报表二 ```` … ```` ```年报表四 ````)
/// into an `AnnualReport`, each number with its file:line:column; every problem is a
/// diagnostic at the place in the file where it is.
struct ReportBlockParser {
    let file: String
    /// The file line of the body's first line.
    let bodyLine: Int
    var diagnostics: [Diagnostic] = []

    init(file: String, bodyLine: Int) {
        self.file = file
        self.bodyLine = bodyLine
    }

    /// The report of `body`, reporting on `year`.
    mutating func parse(body: String, year: Int, yearPosition: SourcePosition) -> AnnualReport {
        var report = AnnualReport(year: year, yearPosition: yearPosition)
        for block in ReportBlockScanner.blocks(in: body) {
            let fence = SourcePosition(file: file, line: bodyLine + block.fenceLine - 1, column: block.fenceColumn)
            guard let table = AnnualReport.Table(rawValue: block.name) else {
                let names = AnnualReport.Table.allCases.map(\.rawValue)
                let suggestion = ClosestMatch.closest(to: block.name, in: names)
                diagnostics.append(.error("report.block-unknown", "没有名为“\(block.name)”的年报表格", at: fence,
                                          hint: (suggestion.map { "是否应为 \($0)？" } ?? "") + "可用：\(names.joined(separator: "、"))"))
                continue
            }
            if report.blockLines.values.contains(table) {
                diagnostics.append(.error("report.block-duplicate", "\(table.rawValue) 写了两次", at: fence, hint: "每个表格只写一个数据块"))
                continue
            }
            guard let pairs = mapping(of: block, table: table, fence: fence) else { continue }
            report.blockLines[block.fenceLine] = table
            switch table {
            case .two: report.two = readTwo(pairs, fence: fence)
            case .three: report.three = readThree(pairs, fence: fence)
            case .four: report.four = readFour(pairs, fence: fence)
            }
        }
        return report
    }

    // MARK: YAML

    private func position(of node: Node, in block: ReportBlockScanner.Block) -> SourcePosition {
        guard let mark = node.mark else { return SourcePosition(file: file, line: bodyLine + block.contentLine - 1) }
        return SourcePosition(file: file, line: bodyLine + block.contentLine - 1 + mark.line - 1, column: mark.column)
    }

    /// A key or value of the block, with its position in the file.
    private struct Item {
        var node: Node
        var position: SourcePosition
    }

    private var currentBlock: ReportBlockScanner.Block?

    private mutating func mapping(of block: ReportBlockScanner.Block, table: AnnualReport.Table, fence: SourcePosition) -> [(key: Item, value: Item)]? {
        currentBlock = block
        if let line = FrontMatterDepth.lineExceedingLimit(block.content) {
            diagnostics.append(.error("report.block-syntax", "\(table.rawValue) 的数据嵌套过深，无法读取", at: SourcePosition(file: file, line: bodyLine + block.contentLine + line - 2),
                                      hint: "每行写“行名: [数字, 数字, …]”"))
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: block.content)
        } catch let error as YamlError {
            diagnostics.append(syntaxDiagnostic(error, table: table, block: block, fence: fence))
            return nil
        } catch {
            diagnostics.append(.error("report.block-syntax", "\(table.rawValue) 的数据无法读取", at: fence))
            return nil
        }
        guard let root else { return [] }
        guard case .mapping(let mapping) = root else {
            diagnostics.append(.error("report.block-syntax", "\(table.rawValue) 的数据应为“行名: 数字”的形式，每行一行", at: position(of: root, in: block),
                                      hint: example(table)))
            return nil
        }
        return mapping.map { (Item(node: $0.key, position: position(of: $0.key, in: block)), Item(node: $0.value, position: position(of: $0.value, in: block))) }
    }

    private func syntaxDiagnostic(_ error: YamlError, table: AnnualReport.Table, block: ReportBlockScanner.Block, fence: SourcePosition) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let known: [(String, String)] = [
                ("mapping values are not allowed", "这里不能出现冒号"),
                ("could not find expected ':'", "缺少英文冒号 :（应为“行名: 数字”）"),
                ("did not find expected key", "缩进不一致"),
                ("did not find expected ',' or ']'", "列表 […] 没有闭合"),
                ("did not find expected ',' or '}'", "映射 {…} 没有闭合"),
                ("found character that cannot start any token", "出现了不能作为开头的字符（例如 Tab 缩进）"),
            ]
            let explained = known.first { problem.contains($0.0) }.map(\.1) ?? "格式有误"
            let position = SourcePosition(file: file, line: bodyLine + block.contentLine - 1 + mark.line - 1, column: mark.column)
            return .error("report.block-syntax", "\(table.rawValue) 的数据格式有误：\(explained)", at: position, hint: example(table))
        default:
            return .error("report.block-syntax", "\(table.rawValue) 的数据无法读取", at: fence, hint: example(table))
        }
    }

    private func example(_ table: AnnualReport.Table) -> String {
        switch table {
        case .two: return "例如：行政许可: 52，或 规章: [0, 0, 0]（本年制发、本年废止、现行有效）"
        case .three: return "例如：本年新收: [9, 2, 0, 0, 1, 0, 12]（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）"
        case .four: return "例如：行政复议: [1, 0, 0, 0, 1]（结果维持、结果纠正、其他结果、尚未审结、总计）"
        }
    }

    // MARK: Tables

    private mutating func readTwo(_ pairs: [(key: Item, value: Item)], fence: SourcePosition) -> AnnualReport.TableTwo {
        var table = AnnualReport.TableTwo(position: fence)
        let rows = AnnualReportForm.TwoRow.allCases
        var seen: [Int: SourcePosition] = [:]
        for (key, value) in pairs {
            guard let index = rowIndex(key, in: rows.map(\.entry), labels: rows.map(\.entry.label), table: .two, seen: &seen) else { continue }
            let row = rows[index]
            let numbers = row.width == 3
                ? numbers(value, columns: AnnualReportForm.documentColumns, table: .two, rowLabel: row.entry.label, money: false, totalOptional: false)
                : single(value, rowLabel: row.entry.label, money: row.isMoney)
            for (column, number) in numbers.enumerated() { table[row, column] = number }
        }
        return table
    }

    private mutating func readThree(_ pairs: [(key: Item, value: Item)], fence: SourcePosition) -> AnnualReport.TableThree {
        var table = AnnualReport.TableThree(position: fence)
        var seen: [Int: SourcePosition] = [:]
        for (key, value) in pairs {
            guard let index = rowIndex(key, in: AnnualReportForm.threeRows.map(\.entry), labels: AnnualReportForm.threeRows.map(\.fullLabel), table: .three, seen: &seen) else { continue }
            let row = AnnualReportForm.threeRows[index]
            table.values[index] = numbers(value, columns: AnnualReportForm.applicantColumns, table: .three, rowLabel: row.fullLabel, money: false, totalOptional: true)
        }
        return table
    }

    private mutating func readFour(_ pairs: [(key: Item, value: Item)], fence: SourcePosition) -> AnnualReport.TableFour {
        var table = AnnualReport.TableFour(position: fence)
        var seen: [Int: SourcePosition] = [:]
        for (key, value) in pairs {
            guard let index = rowIndex(key, in: AnnualReportForm.fourGroups, labels: AnnualReportForm.fourGroups.map(\.label), table: .four, seen: &seen) else { continue }
            table.values[index] = numbers(value, columns: AnnualReportForm.fourColumns, table: .four, rowLabel: AnnualReportForm.fourGroups[index].label, money: false, totalOptional: true)
        }
        return table
    }

    /// The row a key names; unknown and repeated rows are reported.
    private mutating func rowIndex(_ key: Item, in entries: [AnnualReportForm.Entry], labels: [String], table: AnnualReport.Table, seen: inout [Int: SourcePosition]) -> Int? {
        let name = key.node.scalar?.string ?? ""
        let (index, suggestion) = AnnualReportForm.match(name, in: entries)
        guard let index else {
            diagnostics.append(.error("report.row-unknown", "\(table.rawValue) 中没有“\(name)”这一行" + (suggestion.map { "，是否应为“\(labels[$0])”？" } ?? ""),
                                      at: key.position, hint: "行名用年报格式中的名称或简称，如 \(entries.prefix(3).map(\.label).joined(separator: "、"))；README“年度报告”一节列出了全部行名和简称"))
            return nil
        }
        if let first = seen[index] {
            diagnostics.append(.error("report.row-duplicate", "\(table.rawValue) 的“\(labels[index])”一行写了两次（第一次在第 \(first.line) 行）", at: key.position, hint: "删去其中一行"))
            return nil
        }
        seen[index] = key.position
        return index
    }

    /// The numbers of a row: a list in the columns' order, or a mapping by column name.
    private mutating func numbers(_ value: Item, columns: [AnnualReportForm.Entry], table: AnnualReport.Table, rowLabel: String,
                                  money: Bool, totalOptional: Bool) -> [AnnualReport.Value?] {
        var result: [AnnualReport.Value?] = Array(repeating: nil, count: columns.count)
        let order = columns.map(\.label).joined(separator: "、")
        switch value.node {
        case .sequence(let sequence):
            let items = Array(sequence)
            let allowed = totalOptional ? [columns.count - 1, columns.count] : [columns.count]
            guard allowed.contains(items.count) else {
                diagnostics.append(.error("report.row-shape", "“\(rowLabel)”应有 \(columns.count) 个数字（\(order)），这里有 \(items.count) 个", at: value.position,
                                          hint: totalOptional ? "总计可以不写，由 gongkai 相加；其余各列都要写，没有的写 0" : "没有的写 0"))
                return result
            }
            for (column, item) in items.enumerated() {
                result[column] = number(Item(node: item, position: nodePosition(item, fallback: value.position)), rowLabel: "\(rowLabel)（\(columns[column].label)）", money: money)
            }
        case .mapping(let mapping):
            for pair in mapping {
                let name = pair.key.scalar?.string ?? ""
                let keyPosition = nodePosition(pair.key, fallback: value.position)
                let match = AnnualReportForm.match(name, in: columns)
                guard let column = match.index else {
                    diagnostics.append(.error("report.column-unknown", "“\(rowLabel)”中没有“\(name)”这一列" + (match.suggestion.map { "，是否应为“\(columns[$0].label)”？" } ?? ""),
                                              at: keyPosition, hint: "各列为：\(order)"))
                    continue
                }
                result[column] = number(Item(node: pair.value, position: nodePosition(pair.value, fallback: keyPosition)), rowLabel: "\(rowLabel)（\(columns[column].label)）", money: money)
            }
        case .scalar:
            diagnostics.append(.error("report.row-shape", "“\(rowLabel)”应为 \(columns.count) 个数字的列表（\(order)）", at: value.position, hint: example(table)))
        }
        return result
    }

    /// The number of a one-number row: `行政许可: 52`, `[52]` or `{本年处理决定数量: 52}`.
    private mutating func single(_ value: Item, rowLabel: String, money: Bool) -> [AnnualReport.Value?] {
        switch value.node {
        case .sequence(let sequence) where sequence.count == 1:
            return [number(Item(node: sequence[0], position: nodePosition(sequence[0], fallback: value.position)), rowLabel: rowLabel, money: money)]
        case .mapping(let mapping) where mapping.count == 1:
            let pair = mapping.first!
            let name = pair.key.scalar?.string ?? ""
            guard AnnualReportForm.singleValueNames.map(AnnualReportForm.normalized).contains(AnnualReportForm.normalized(name)) else {
                diagnostics.append(.error("report.column-unknown", "“\(rowLabel)”中没有“\(name)”这一列", at: nodePosition(pair.key, fallback: value.position),
                                          hint: "直接写数字，如 \(rowLabel): 12"))
                return [nil]
            }
            return [number(Item(node: pair.value, position: nodePosition(pair.value, fallback: value.position)), rowLabel: rowLabel, money: money)]
        case .scalar:
            return [number(value, rowLabel: rowLabel, money: money)]
        default:
            diagnostics.append(.error("report.row-shape", "“\(rowLabel)”只有一个数字", at: value.position, hint: "直接写数字，如 \(rowLabel): 12"))
            return [nil]
        }
    }

    private func nodePosition(_ node: Node, fallback: SourcePosition) -> SourcePosition {
        guard let block = currentBlock, node.mark != nil else { return fallback }
        return position(of: node, in: block)
    }

    /// A count (a whole number, not negative) or, with `money`, 万元 with at most two decimals.
    private mutating func number(_ item: Item, rowLabel: String, money: Bool) -> AnnualReport.Value? {
        guard let scalar = item.node.scalar else {
            diagnostics.append(.error("report.number-invalid", "\(rowLabel) 应为一个数字", at: item.position))
            return nil
        }
        let text = String(scalar.string.trimmingWhitespace().map { character -> Character in
            // Full-width digits and point, as Chinese input methods type them.
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
            if (0xFF10...0xFF19).contains(scalar.value) { return Character(UnicodeScalar(scalar.value - 0xFF10 + 0x30)!) }
            if scalar.value == 0xFF0E { return "." }
            return character
        })
        let what = money ? "金额（万元）" : "件数"
        if text.isEmpty || text == "~" || text == "null" {
            diagnostics.append(.error("report.number-invalid", "\(rowLabel) 没有填写数字", at: item.position, hint: "没有的写 0"))
            return nil
        }
        var digits = Substring(text)
        if digits.hasPrefix("-") {
            diagnostics.append(.error("report.number-invalid", "\(rowLabel) 是负数 \(text)，\(what)不能为负", at: item.position))
            return nil
        }
        if digits.hasPrefix("+") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count <= 2, isDigits(parts[0]), parts.count == 1 || isDigits(parts[1]), parts[0].count <= 12 else {
            diagnostics.append(.error("report.number-invalid", "\(rowLabel) 的值“\(scalar.string)”不是数字", at: item.position, hint: money ? "金额以万元为单位，如 0 或 1.25" : "写阿拉伯数字，如 12；没有的写 0"))
            return nil
        }
        let whole = Int(parts[0])!
        guard parts.count == 2 else { return AnnualReport.Value(amount: money ? whole * 100 : whole, position: item.position) }
        let fraction = parts[1]
        guard money else {
            if fraction.allSatisfy({ $0 == "0" }) { return AnnualReport.Value(amount: whole, position: item.position) }
            diagnostics.append(.error("report.number-invalid", "\(rowLabel) 的值 \(text) 不是整数，\(what)应为整数", at: item.position))
            return nil
        }
        let significant = fraction.count > 2 ? fraction.dropFirst(2) : ""
        guard significant.allSatisfy({ $0 == "0" }) else {
            diagnostics.append(.error("report.number-invalid", "\(rowLabel) 的值 \(text) 超过两位小数", at: item.position, hint: "金额以万元为单位，最多保留两位小数，如 1.25"))
            return nil
        }
        let hundredths = Int(String(fraction.prefix(2)).padding(toLength: 2, withPad: "0", startingAt: 0))!
        return AnnualReport.Value(amount: whole * 100 + hundredths, position: item.position)
    }
}
