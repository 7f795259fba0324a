/// Reads the front matter most files have — one `key: value` per line, values plain,
/// quoted without escapes, or a one-line `[…]` list — without a YAML parser.
///
/// Anything else (comments, escapes, block lists, multi-line values, indentation,
/// characters YAML treats specially) returns nil, and the caller hands the text to Yams.
/// Where it answers, the answer is what Yams would compose, marks included; a test
/// compares the two on generated front matter.
enum SimpleFrontMatter {
    /// The key-value pairs of `yaml`, or nil when it is not in the simple form.
    static func parse(_ yaml: String) -> [FrontMatterNode.Pair]? {
        var yaml = yaml
        return yaml.withUTF8 { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [FrontMatterNode.Pair]? {
        var pairs: [FrontMatterNode.Pair] = []
        var line = 1
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            if end > start {
                guard let pair = parseLine(bytes, start, end, line: line) else { return nil }
                pairs.append(pair)
            }
            start = end + 1
            line += 1
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// `key: value` on one line.
    private static func parseLine(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> FrontMatterNode.Pair? {
        var i = start
        var column = 1
        while i < end, isKeyCharacter(b, i) {
            i += length(b[i])
            column += 1
        }
        guard i > start, i + 1 < end, b[i] == UInt8(ascii: ":"), b[i + 1] == UInt8(ascii: " ") else { return nil }
        let key = FrontMatterNode(.scalar(UTF8Scalars.knownString(in: b, start, i), .plain), mark: .init(line: line, column: 1))
        i += 2
        column += 2
        guard i < end else { return nil }
        let value: FrontMatterNode
        switch b[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let (node, after) = quoted(b, i, end, line: line, column: column), after == end else { return nil }
            value = node
        case UInt8(ascii: "["):
            guard let node = list(b, i, end, line: line, column: column) else { return nil }
            value = node
        default:
            guard isPlain(b, i, end) else { return nil }
            value = FrontMatterNode(.scalar(UTF8Scalars.knownString(in: b, i, end), .plain), mark: .init(line: line, column: column))
        }
        return FrontMatterNode.Pair(key: key, value: value)
    }

    /// `"…"` or `'…'` from `i` without escapes, line breaks, tabs or the other quote
    /// inside; the node and the offset after the closing quote.
    private static func quoted(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, line: Int, column: Int) -> (FrontMatterNode, Int)? {
        let quote = b[i]
        var j = i + 1
        while j < end, b[j] != quote {
            let byte = b[j]
            guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'"),
                  !isSpecialNonASCII(b, j) else { return nil }
            j += length(byte)
        }
        guard j < end else { return nil }
        return (FrontMatterNode(.scalar(UTF8Scalars.knownString(in: b, i + 1, j), .quoted), mark: .init(line: line, column: column)), j + 1)
    }

    /// `["a", "b"]` or `[甲, 乙]`: quoted items or plain items without ASCII punctuation,
    /// separated by a comma and spaces.
    private static func list(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, line: Int, column: Int) -> FrontMatterNode? {
        var items: [FrontMatterNode] = []
        var j = i + 1
        var col = column + 1
        func skipSpaces() {
            while j < end, b[j] == UInt8(ascii: " ") { j += 1; col += 1 }
        }
        skipSpaces()
        if j < end, b[j] == UInt8(ascii: "]") {
            return j + 1 == end ? FrontMatterNode(.sequence([]), mark: .init(line: line, column: column)) : nil
        }
        while true {
            guard j < end else { return nil }
            if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                guard let (node, after) = quoted(b, j, end, line: line, column: col) else { return nil }
                items.append(node)
                col += UTF8Scalars.count(in: b, j, after)
                j = after
            } else {
                let itemStart = j
                while j < end, isFlowPlainCharacter(b, j) { j += length(b[j]) }
                guard j > itemStart else { return nil }
                items.append(FrontMatterNode(.scalar(UTF8Scalars.knownString(in: b, itemStart, j), .plain), mark: .init(line: line, column: col)))
                col += UTF8Scalars.count(in: b, itemStart, j)
            }
            skipSpaces()
            guard j < end else { return nil }
            if b[j] == UInt8(ascii: "]") {
                return j + 1 == end ? FrontMatterNode(.sequence(items), mark: .init(line: line, column: column)) : nil
            }
            guard b[j] == UInt8(ascii: ",") else { return nil }
            j += 1
            col += 1
            skipSpaces()
        }
    }

    // MARK: Characters

    /// Keys: ASCII letters, digits and `_`, or Han characters.
    private static func isKeyCharacter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let byte = b[i]
        if byte < 0x80 { return isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "_") }
        return isHan(b, i)
    }

    /// A block plain value: starts with a letter, digit or non-ASCII character; then
    /// also spaces (not last) and `- . / ( ) + _`; no `:` or `#`.
    private static func isPlain(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard b[end - 1] != UInt8(ascii: " ") else { return false }
        var i = start
        while i < end {
            let byte = b[i]
            if byte >= 0x80 {
                if isSpecialNonASCII(b, i) { return false }
            } else if !isASCIIAlphanumeric(byte) {
                guard i > start else { return false }
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"),
                     UInt8(ascii: "+"), UInt8(ascii: "_"):
                    break
                default:
                    return false
                }
            }
            i += length(byte)
        }
        return true
    }

    /// A plain list item: letters, digits and non-ASCII characters only.
    private static func isFlowPlainCharacter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let byte = b[i]
        if byte < 0x80 { return isASCIIAlphanumeric(byte) }
        return !isSpecialNonASCII(b, i)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// U+4E00–U+9FFF.
    private static func isHan(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] >= 0xE4 && b[i] <= 0xE9 && !(b[i] == 0xE4 && b[i + 1] < 0xB8)
    }

    /// Non-ASCII characters YAML treats as line breaks or a byte order mark, and the C1
    /// controls and no-break space, which the simple form leaves to Yams: U+0080–U+00A0,
    /// U+2028, U+2029, U+FEFF. Anything else non-ASCII is ordinary text to YAML.
    private static func isSpecialNonASCII(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        switch b[i] {
        case 0xC2: return b[i + 1] <= 0xA0
        case 0xE2: return b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)
        case 0xEF: return b[i + 1] == 0xBB && b[i + 2] == 0xBF
        default: return false
        }
    }

    /// Bytes of the UTF-8 sequence led by `byte` (the text is valid UTF-8).
    private static func length(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

}
