/// How deeply front matter nests, measured on the text before the YAML parser sees it.
///
/// The YAML composer recurses once per level, so thousands of `[` or indentation levels
/// would overflow the stack. Real front matter nests two or three levels; anything past
/// ``limit`` is refused with a diagnostic instead.
enum FrontMatterDepth {
    /// The deepest nesting accepted.
    static let limit = 64

    /// The 1-based line on which the nesting first exceeds ``limit``, or nil when it never does.
    ///
    /// Flow collections count their open brackets outside quotes and comments; block
    /// collections count the indentation levels open on a line plus its leading `- ` / `? `
    /// indicators. The estimate may be higher than the parser's depth, never lower.
    static func lineExceedingLimit(_ yaml: String) -> Int? {
        var yaml = yaml
        return yaml.withUTF8(lineExceedingLimit)
    }

    private static func lineExceedingLimit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var flow = 0
        var indents: [Int] = []
        var line = 1
        var atLineStart = true
        var indent = 0
        var indicators = 0
        var quote: UInt8?
        var comment = false
        var previous: UInt8 = 0x0A
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                atLineStart = true
                indent = 0
                indicators = 0
                comment = false
                previous = byte
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    previous = byte
                    continue
                }
                if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) && quote == nil {
                    // Counted when followed by a space; a `-` in `-1` is harmless either way.
                    indicators += 1
                    indent += 1
                    previous = byte
                    continue
                }
                atLineStart = false
                if quote == nil {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                    if indents.count + indicators > limit { return line }
                }
            }
            if comment { previous = byte; continue }
            if let open = quote {
                if byte == open && !(open == UInt8(ascii: "\"") && previous == UInt8(ascii: "\\")) { quote = nil }
            } else {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    quote = byte
                case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || previous == 0x0A:
                    comment = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    if flow + indents.count > limit { return line }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flow = max(0, flow - 1)
                default:
                    break
                }
            }
            previous = byte
        }
        return nil
    }
}
