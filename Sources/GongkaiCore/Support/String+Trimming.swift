/// Trimming without Foundation's `CharacterSet` bridging, which showed up in profiles of
/// loading 10,000 documents. Same sets as Foundation's `.whitespaces` (tab and the
/// Unicode space separators) and `.whitespacesAndNewlines` (those, line and paragraph
/// separators, U+000A–U+000D and U+0085).
extension StringProtocol {
    func trimmingWhitespace(andNewlines: Bool = true) -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = andNewlines ? Self.isWhitespaceOrNewline : Self.isWhitespace
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !isSpace($0) })!)
        // Scalar indices are string indices: slice, don't rebuild scalar by scalar.
        return String(self[first..<end])
    }

    var isBlank: Bool {
        unicodeScalars.allSatisfy(Self.isWhitespaceOrNewline)
    }

    /// Tab and the space separators (Unicode category Zs, a set fixed since Unicode 4.0),
    /// listed rather than looked up: a Chinese value's first and last characters were
    /// each a general-category lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `isWhitespace`, line and paragraph separators, U+000A–U+000D and U+0085.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isWhitespace(scalar)
        }
    }
}
