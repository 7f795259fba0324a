extension String {
    /// `split(separator:maxSplits:)` (empty pieces omitted) for an ASCII separator, found by its
    /// byte. Splitting by `Character` walks grapheme clusters (≈ 8,000 instructions for a
    /// `class/subclass` topic; bench/PERFORMANCE.md); over text whose every scalar is ASCII or a
    /// CJK character that never joins a cluster, each separator byte is a `Character` of its own,
    /// so the pieces are the same. Any other text is split by `Character`, as before.
    func splitASCII(_ separator: Unicode.Scalar, maxSplits: Int = .max) -> [Substring] {
        guard Self.joinsNoCluster(unicodeScalars) else {
            return split(separator: Character(separator), maxSplits: maxSplits)
        }
        let byte = UInt8(separator.value)
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == byte && pieces.count < maxSplits {
                if i != start { pieces.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { pieces.append(self[start...]) }
        return pieces
    }

    /// Whether every scalar is printable ASCII or in U+3000–U+9FFF or U+FF01–U+FF5E, apart from
    /// the combining marks there (U+302A–U+302F, U+3099, U+309A): scalars that start a grapheme
    /// cluster and never extend one, with no CR, LF or controls.
    private static func joinsNoCluster(_ scalars: String.UnicodeScalarView) -> Bool {
        scalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xFF01...0xFF5E: true
            default: false
            }
        }
    }
}
