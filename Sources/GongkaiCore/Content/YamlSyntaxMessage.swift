import Yams

/// Yams' errors as diagnostics in Chinese, without the parser's English.
///
/// libyaml names a problem ("mapping values are not allowed in this context") and what it
/// was reading ("while scanning a quoted scalar", with where that began). Each problem an
/// editor can meet gets a Chinese sentence and, where a general one would mislead, its own
/// hint; the rest are grouped by the character they are about. The slips that have a
/// better position than libyaml's are found first by `FrontMatterMistake`.
enum YamlSyntaxMessage {
    /// The 1-based lines of the YAML text where Yams stopped and where what it was reading
    /// began; nil when it gave none.
    static func lines(of error: YamlError) -> (stop: Int, start: Int?)? {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            return (mark.line, context?.mark.line)
        default:
            return nil
        }
    }

    static let quotingHint = "值中含有英文冒号、# 或以 [ { * & ! | > ' \" % @ ` 开头时，请用英文引号括起来"

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let (message, hint) = explain(problem, context: context?.text ?? "")
            // The YAML starts on the file's second line.
            if problem.hasPrefix("could not find expected ':'"), let context {
                // libyaml notices at the next line; the line without `: ` is where the key began.
                return .error("yaml.syntax", "元数据写法有误：\(message)", at: SourcePosition(file: file, line: context.mark.line + 1, column: context.mark.column), hint: hint)
            }
            let start = context.map { "（从第 \($0.mark.line + 1) 行第 \($0.mark.column) 列开始）" } ?? ""
            return .error("yaml.syntax", "元数据写法有误：\(message)\(start)", at: SourcePosition(file: file, line: mark.line + 1, column: mark.column), hint: hint)
        case .reader(_, let offset, _, let yaml):
            // libyaml refuses control characters such as NUL; offset counts Characters.
            var line = 2, column = 1
            for character in yaml.prefix(offset ?? 0) {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return .error("yaml.syntax", "元数据中有不可见的控制字符（如 NUL），无法读取", at: SourcePosition(file: file, line: line, column: column),
                          hint: "多见于从其他软件复制的文字：删去这一处重新输入，或用编辑器的“显示不可见字符”找到它")
        default:
            return .error("yaml.syntax", "元数据无法解析", at: SourcePosition(file: file, line: 2), hint: quotingHint)
        }
    }

    /// The Chinese sentence and hint for libyaml's `problem`, read in `context`.
    static func explain(_ problem: String, context: String) -> (message: String, hint: String) {
        let tabHint = "删去 Tab，改用空格缩进：顶层的键前面不留空格，列表项和附件用两个空格缩进"
        let known: [(String, String, String?)] = [
            ("mapping values are not allowed", "这里不能出现冒号（值中含有英文冒号时请给整个值加英文引号）", "例如 title: \"关于……: ……的通知\"；如果这里是新的一行“键: 值”，键前面不要留空格"),
            ("could not find expected ':'", "这一行不是“键: 值”的形式，找不到键后面的英文冒号", "每行写成 键: 值（英文冒号后加一个空格）；接着上一行写的值要比键多缩进两个空格"),
            ("found a tab character", "用 Tab 键缩进了，元数据中只能用空格缩进", tabHint),
            ("found character that cannot start any token", "出现了不能作为开头的字符（例如 Tab 缩进，或未加引号的 @、`）", "值以 @ 或 ` 开头时请加英文引号；缩进只能用空格"),
            ("did not find expected key", "缩进不一致，找不到下一个键", "同一层的键要对齐：顶层的键前面不留空格"),
            ("did not find expected '-' indicator", "列表项的缩进不一致", "列表的每一项都以“- ”开头，并且对齐"),
            ("block sequence entries are not allowed", "这里不能开始“- ”列表项", "列表项应另起一行，写在键的下面并缩进两个空格"),
            ("mapping keys are not allowed", "这里不能出现以 ? 开头的键", quotingHint),
            ("found undefined alias", "使用了未定义的别名 *", "值以 * 开头时请加英文引号"),
            ("found unexpected end of stream", context.contains("quoted") ? "引号没有闭合" : "内容没有写完就结束了（引号或括号没有闭合）", "检查引号是否成对，成对的引号之间不能再用同一种引号"),
            ("did not find expected ',' or ']'", "列表 […] 没有闭合", "在列表最后补上 ]，各项之间用英文逗号分隔"),
            ("did not find expected ',' or '}'", "映射 {…} 没有闭合", "在最后补上 }，各项之间用英文逗号分隔"),
            ("did not find expected node content", "这里缺少值", quotingHint),
            ("did not find expected comment or line break", "引号或括号闭合之后还有多余的文字", "把整个值放在一对引号里"),
            ("found unknown escape character", "双引号中的反斜杠 \\ 后面是无效的转义字符", "要写反斜杠本身，请写成 \\\\，或改用单引号"),
            ("found invalid Unicode character escape code", "双引号中的 \\u 转义写法不对", "要写反斜杠本身，请写成 \\\\，或改用单引号"),
            ("did not find expected hexdecimal number", "双引号中的 \\x 或 \\u 转义写法不对", "要写反斜杠本身，请写成 \\\\，或改用单引号"),
            ("found unexpected document indicator", "值中出现了单独的 --- 或 ...", "把整个值放在一对引号里"),
            ("control characters are not allowed", "有不可见的控制字符", "删去这一处重新输入"),
            ("found an indentation indicator equal to 0", "| 或 > 后面的数字不能是 0", "一般只写 | 或 >，后面不加数字"),
            ("found unexpected ':'", "出现了多余的冒号", quotingHint),
        ]
        for (english, chinese, hint) in known where problem.contains(english) { return (chinese, hint ?? quotingHint) }
        // Anchors, aliases, tags and directives: values starting with `&`, `*`, `!` or `%`.
        if context.contains("anchor") || context.contains("alias") { return ("& 或 * 后面的名称写法不对", "值以 & 或 * 开头时请加英文引号") }
        if context.contains("tag") { return ("以 ! 开头的值写法不对", "值以 ! 开头时请加英文引号") }
        if context.contains("directive") || problem.contains("directive") { return ("以 % 开头的行写法不对", "值以 % 开头时请加英文引号") }
        if context.contains("block scalar") { return ("| 或 > 后面的写法不对", "多行文字写成 | 后面换行，下面的行缩进两个空格") }
        if problem.contains("UTF-8") || problem.contains("Unicode") { return ("有无法识别的字符", "删去这一处重新输入") }
        return ("写法不符合 YAML 语法", quotingHint)
    }
}
