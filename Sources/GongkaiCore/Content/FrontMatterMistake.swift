/// A slip editors make in front matter, found on the raw text at the character where it is.
///
/// YAML reports these a line late and in parser English, or not at all (a full-width space
/// just makes a new, unknown key): `标题：…` with a Chinese colon, `title:测试` without the
/// space after the colon, a Tab in a line's indentation, a full-width space (U+3000) before
/// a key. They are looked for only when Yams fails, composes something other than a
/// mapping, or composes a key that is not a field, so front matter without them pays nothing.
///
/// A colon slip has one reading — the key, `: `, the value — so the line is read that way
/// (`DocumentParser.recover`) and the file's other fields and problems are still reported;
/// it stays an error. A Tab has no such reading: how deep was the line meant to be?
struct FrontMatterMistake: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `标题：…`: `：` (U+FF1A) where `: ` belongs.
        case chineseColon
        /// `title:测试`: nothing between the colon and the value.
        case missingSpace
        /// `title:　测试`: a full-width space between the colon and the value.
        case fullWidthSpaceAfterColon
        /// A Tab in a line's indentation.
        case tabIndent
        /// A full-width space (U+3000) before or inside a key, or at the start of a line.
        case fullWidthSpace
    }

    var kind: Kind
    /// The 1-based line in the YAML text, which starts on the file's second line.
    var line: Int
    /// The 1-based column, in characters, of the offending character.
    var column: Int
    /// The key the slip is next to, when there is one.
    var key: String?
    /// The value after a colon slip, for the hint.
    var value: String = ""
    /// The column of the key's first character.
    var keyColumn: Int = 1
    /// For the colon slips on a line of their own: how to read the line as meant.
    var repair: Repair?

    /// `: ` in place of the UTF-8 offsets `bytes` (from the colon to the value); the value
    /// starts at `valueColumn` in the line as written.
    struct Repair: Sendable, Equatable {
        var bytes: Range<Int>
        var valueColumn: Int
    }

    init(kind: Kind, line: Int, column: Int, key: String?) {
        self.kind = kind
        self.line = line
        self.column = column
        self.key = key
    }

    /// The error at the slip, in Chinese, with the corrected line in the hint.
    func diagnostic(file: String) -> Diagnostic {
        let position = SourcePosition(file: file, line: line + 1, column: column)
        let corrected = "\(key ?? "键"): \(value.isEmpty ? "…" : Self.shortened(value))"
        switch kind {
        case .chineseColon:
            return .error("yaml.syntax", "“\(key ?? "")”后面是中文冒号“：”，键和值之间应为英文冒号“:”加一个空格", at: position,
                          hint: "把“：”改为英文冒号并在后面加一个空格，写成 \(corrected)")
        case .missingSpace:
            return .error("yaml.syntax", "“\(key ?? "")”后面的英文冒号和值之间缺少空格，这一行不会被当作“键: 值”", at: position,
                          hint: "在冒号后面加一个空格，写成 \(corrected)")
        case .fullWidthSpaceAfterColon:
            return .error("yaml.syntax", "“\(key ?? "")”后面的冒号和值之间是全角空格“　”，应为英文空格", at: position,
                          hint: "把全角空格换成一个英文空格，写成 \(corrected)")
        case .tabIndent:
            return .error("yaml.syntax", "这一行用 Tab 键缩进，元数据中不能用 Tab 缩进，只能用空格", at: position,
                          hint: "删去这个 Tab，改用空格：顶层的键前面不留空格，列表项和附件用两个空格缩进")
        case .fullWidthSpace:
            guard let key else {
                return .error("yaml.syntax", "这一行开头有全角空格“　”，元数据只能用英文空格缩进", at: position, hint: "删去这个全角空格；需要缩进时用英文空格")
            }
            let what = column == keyColumn ? "“\(key)”前面有全角空格“　”" : "键“\(key)”中夹有全角空格“　”"
            return .error("yaml.syntax", "\(what)，键的前后和缩进只能用英文空格", at: position,
                          hint: "删去这个全角空格，写成 \(key): …")
        }
    }

    /// The slip inside a plain key Yams composed — `　publisher`, `发布　日期`, `标题：关于`
    /// (from `标题：关于: 通知`), `title:a` — or nil when the key has none; `line` and
    /// `column` are the key's.
    init?(key name: String, line: Int, column: Int) {
        var offset = 0
        let scalars = Array(name.unicodeScalars)
        for (index, character) in scalars.enumerated() {
            switch character {
            case "\u{3000}":
                let understood = name.unicodeScalars.filter { $0 != "\u{3000}" }
                self.init(kind: .fullWidthSpace, line: line, column: column + offset, key: String(String.UnicodeScalarView(understood)))
                keyColumn = column
                return
            case "：", ":":
                // `http://…` is a URL, not a key.
                guard offset > 0, !(character == ":" && scalars.dropFirst(index + 1).first == "/") else { return nil }
                let key = String(String.UnicodeScalarView(name.unicodeScalars.prefix(offset)))
                self.init(kind: character == ":" ? .missingSpace : .chineseColon, line: line, column: column + offset, key: key)
                keyColumn = column
                return
            default:
                offset += 1
            }
        }
        return nil
    }

    /// Whether this slip is why libyaml stopped at line `lines.stop`, reading from
    /// `lines.start`: it stops on a Tab's line, and on a colon slip's line or the next or
    /// reads from it. What it began reading on an earlier line (an open `[` or quote) is a
    /// problem of its own.
    func explains(_ lines: (stop: Int, start: Int?)) -> Bool {
        if kind == .tabIndent { return line == lines.stop }
        return (line == lines.stop || line == lines.stop - 1 || line == lines.start) && (lines.start ?? line) >= line
    }

    /// `value`, cut to about twenty characters for a hint.
    private static func shortened(_ value: String) -> String {
        value.count <= 24 ? value : String(value.prefix(20)) + "……"
    }
}

extension FrontMatterMistake {
    /// The slips on lines 1 through `last` of `yaml`, by a byte scan.
    ///
    /// A line is a slip when it starts, after spaces, with a Tab; when it starts with a
    /// full-width space; or when its first thing is a key (ASCII letters, digits, `_`, `-`,
    /// or Han characters) followed by `：`, or by `:` and neither a space nor `//` (a URL).
    /// Whether a slip on an indented line is real the caller decides by parsing.
    static func scan(_ yaml: String, through last: Int) -> [FrontMatterMistake] {
        var yaml = yaml
        return yaml.withUTF8 { scan($0, through: last) }
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>, through last: Int) -> [FrontMatterMistake] {
        var found: [FrontMatterMistake] = []
        var line = 1
        var start = 0
        while start < b.count, line <= last {
            var end = start
            while end < b.count, b[end] != 0x0A { end += 1 }
            if let mistake = lineMistake(b, start, end, line: line) { found.append(mistake) }
            start = end + 1
            line += 1
        }
        return found
    }

    private static func lineMistake(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> FrontMatterMistake? {
        var i = start
        while i < end, b[i] == 0x20 || b[i] == 0x09 {
            if b[i] == 0x09 { return FrontMatterMistake(kind: .tabIndent, line: line, column: i - start + 1, key: nil) }
            i += 1
        }
        let indent = i - start
        if indent == 0, isFullWidthSpace(b, i, end) {
            var j = i
            while isFullWidthSpace(b, j, end) { j += 3 }
            let keyEnd = keyRunEnd(b, j, end)
            let key = keyEnd > j && keyEnd < end && (b[keyEnd] == UInt8(ascii: ":") || isChineseColon(b, keyEnd, end)) ? UTF8Scalars.string(in: b, j, keyEnd) : nil
            return FrontMatterMistake(kind: .fullWidthSpace, line: line, column: 1, key: key)
        }
        let keyEnd = keyRunEnd(b, i, end)
        guard keyEnd > i, keyEnd < end else { return nil }
        let kind: Kind
        var valueStart: Int
        if isChineseColon(b, keyEnd, end) {
            kind = .chineseColon
            valueStart = keyEnd + 3
        } else if b[keyEnd] == UInt8(ascii: ":"), keyEnd + 1 < end, b[keyEnd + 1] != 0x20, b[keyEnd + 1] != 0x09 {
            if b[keyEnd + 1] == UInt8(ascii: "/") && keyEnd + 2 < end && b[keyEnd + 2] == UInt8(ascii: "/") { return nil }
            kind = isFullWidthSpace(b, keyEnd + 1, end) ? .fullWidthSpaceAfterColon : .missingSpace
            valueStart = keyEnd + 1
        } else {
            return nil
        }
        while valueStart < end, b[valueStart] == 0x20 || isFullWidthSpace(b, valueStart, end) {
            valueStart += b[valueStart] == 0x20 ? 1 : 3
        }
        let keyColumn = indent + 1
        let colonColumn = keyColumn + UTF8Scalars.count(in: b, i, keyEnd)
        var mistake = FrontMatterMistake(kind: kind, line: line, column: colonColumn, key: UTF8Scalars.string(in: b, i, keyEnd))
        mistake.keyColumn = keyColumn
        // The value for the hint, without a trailing comment.
        var valueEnd = valueStart
        while valueEnd < end, !(b[valueEnd] == UInt8(ascii: "#") && valueEnd > valueStart && b[valueEnd - 1] == 0x20) { valueEnd += 1 }
        while valueEnd > valueStart, b[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        mistake.value = UTF8Scalars.string(in: b, valueStart, valueEnd)
        mistake.repair = Repair(bytes: keyEnd..<valueStart, valueColumn: colonColumn + UTF8Scalars.count(in: b, keyEnd, valueStart))
        return mistake
    }

    /// The end of a key from `i`: ASCII letters, digits, `_` and (not first) `-`, and Han
    /// characters (U+4E00–U+9FFF); `i` when there is none.
    private static func keyRunEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end {
            let byte = b[j]
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
                || (byte == UInt8(ascii: "-") && j > i) {
                j += 1
            } else if byte >= 0xE4, byte <= 0xE9, !(byte == 0xE4 && j + 1 < end && b[j + 1] < 0xB8), j + 2 < end {
                j += 3
            } else {
                break
            }
        }
        return j
    }

    /// `：` U+FF1A, EF BC 9A.
    private static func isChineseColon(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && b[i] == 0xEF && b[i + 1] == 0xBC && b[i + 2] == 0x9A
    }

    /// `　` U+3000, E3 80 80.
    private static func isFullWidthSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && b[i] == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80
    }

}
