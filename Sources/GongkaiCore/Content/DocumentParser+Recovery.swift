import Yams

extension DocumentParser {
    /// Front matter Yams could not read as a mapping: the editors' slips at their own
    /// positions (`FrontMatterMistake`), else Yams' problem in Chinese.
    ///
    /// Colon slips (`标题：…`, `title:测试`) are read as meant when, with `: ` in their place,
    /// the text composes and each such line's key is a key of the result: the fields are
    /// then read and the file's other problems reported, and each slip is an error. A slip
    /// that does not start a key there (a line inside a `|` block, say) is left as written.
    static func recover(_ yaml: String, from failure: ComposeFailure, file: String) -> Composed {
        let lastLine: Int
        switch failure {
        case .yaml(let error):
            guard let lines = YamlSyntaxMessage.lines(of: error) else { return .failure([diagnostic(for: failure, file: file)]) }
            lastLine = lines.stop
        case .notMapping:
            lastLine = .max
        case .other:
            return .failure([diagnostic(for: failure, file: file)])
        }
        let mistakes = FrontMatterMistake.scan(yaml, through: lastLine)
        guard !mistakes.isEmpty else { return .failure([diagnostic(for: failure, file: file)]) }

        var colonSlips = mistakes.filter { $0.repair != nil }
        while !colonSlips.isEmpty, case .success(let pairs) = composeMapping(repairing(yaml, colonSlips)) {
            var keys: [FrontMatterNode.Mark] = []
            collectKeyMarks(pairs, into: &keys)
            let real = colonSlips.filter { keys.contains(FrontMatterNode.Mark(line: $0.line, column: $0.keyColumn)) }
            if real.count == colonSlips.count {
                return .pairs(pairs.map { shifted($0, by: real) }, real.map { $0.diagnostic(file: file) })
            }
            colonSlips = real
        }

        // Not read as meant: report the slips that are surely mistakes — those on
        // unindented lines (no value or block text continues there), and a Tab on the line
        // where Yams stopped (libyaml places Tab errors exactly).
        let sure = mistakes.filter { mistake in
            switch mistake.kind {
            case .tabIndent: return mistake.line == lastLine
            case .fullWidthSpace: return true
            case .chineseColon, .missingSpace, .fullWidthSpaceAfterColon: return mistake.keyColumn == 1
            }
        }
        guard !sure.isEmpty else { return .failure([diagnostic(for: failure, file: file)]) }
        // What else is wrong: where Yams stops once the sure colon slips read as meant, or
        // where it stopped at first when that is not at a slip.
        let sureColons = sure.filter { $0.repair != nil }
        var remaining: ComposeFailure? = failure
        if !sureColons.isEmpty {
            if case .failure(let after) = composeMapping(repairing(yaml, sureColons)) { remaining = after } else { remaining = nil }
        }
        var further: [Diagnostic] = []
        if case .yaml(let error)? = remaining, let lines = YamlSyntaxMessage.lines(of: error), !sure.contains(where: { $0.explains(lines) }) {
            further.append(YamlSyntaxMessage.diagnostic(for: error, file: file))
        }
        return .failure(sure.map { $0.diagnostic(file: file) } + further)
    }

    static func diagnostic(for failure: ComposeFailure, file: String) -> Diagnostic {
        switch failure {
        case .yaml(let error):
            return YamlSyntaxMessage.diagnostic(for: error, file: file)
        case .other:
            return .error("yaml.syntax", "元数据无法解析", at: SourcePosition(file: file, line: 2), hint: YamlSyntaxMessage.quotingHint)
        case .notMapping:
            return .error("yaml.not-mapping", "元数据应为“键: 值”的形式", at: SourcePosition(file: file, line: 2), hint: "例如：title: 关于……的通知")
        }
    }

    /// `yaml` with `: ` in place of each slip's colon (and the spaces after it).
    private static func repairing(_ yaml: String, _ slips: [FrontMatterMistake]) -> String {
        var bytes = Array(yaml.utf8)
        // Back to front, so earlier offsets stay valid.
        for slip in slips.sorted(by: { $0.line > $1.line }) {
            guard let repair = slip.repair else { continue }
            bytes.replaceSubrange(repair.bytes, with: [UInt8(ascii: ":"), UInt8(ascii: " ")])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func collectKeyMarks(_ pairs: [FrontMatterNode.Pair], into marks: inout [FrontMatterNode.Mark]) {
        for pair in pairs {
            if let mark = pair.key.mark { marks.append(mark) }
            collectKeyMarks(pair.value, into: &marks)
        }
    }

    private static func collectKeyMarks(_ node: FrontMatterNode, into marks: inout [FrontMatterNode.Mark]) {
        switch node.content {
        case .mapping(let pairs): collectKeyMarks(pairs, into: &marks)
        case .sequence(let items): for item in items { collectKeyMarks(item, into: &marks) }
        case .scalar: break
        }
    }

    /// The pair with the columns on repaired lines moved back to where the text was written.
    private static func shifted(_ pair: FrontMatterNode.Pair, by slips: [FrontMatterMistake]) -> FrontMatterNode.Pair {
        FrontMatterNode.Pair(key: shifted(pair.key, by: slips), value: shifted(pair.value, by: slips))
    }

    private static func shifted(_ node: FrontMatterNode, by slips: [FrontMatterMistake]) -> FrontMatterNode {
        var node = node
        if let mark = node.mark, let slip = slips.first(where: { $0.line == mark.line }), let repair = slip.repair {
            // The repaired line has the value at the colon's column + 2.
            let repairedValueColumn = slip.column + 2
            if mark.column >= repairedValueColumn { node.mark?.column += repair.valueColumn - repairedValueColumn }
        }
        switch node.content {
        case .mapping(let pairs): node.content = .mapping(pairs.map { shifted($0, by: slips) })
        case .sequence(let items): node.content = .sequence(items.map { shifted($0, by: slips) })
        case .scalar: break
        }
        return node
    }
}
