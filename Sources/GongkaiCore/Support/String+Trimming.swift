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

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }

    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85: return true
        case 0..<0x80: return false
        default:
            let category = scalar.properties.generalCategory
            return category == .spaceSeparator || category == .lineSeparator || category == .paragraphSeparator
        }
    }
}
