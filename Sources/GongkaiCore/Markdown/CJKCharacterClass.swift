/// Character classes used to decide whether a `*` or `_` run can open or close emphasis:
/// CommonMark 0.30's whitespace and punctuation as cmark implements them, and the CJK
/// classes of the "CommonMark CJK-friendly Amendments".
enum CJKCharacterClass {
    /// Unicode whitespace as cmark 0.30 defines it (Zs plus tab, line feed, form feed, carriage return).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 9, 10, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// ASCII punctuation or a character in a Unicode P category, as in CommonMark 0.30.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isASCIIPunctuation(scalar)
        }
        // Ideographs and Hangul syllables, the usual neighbours of a run, are letters:
        // no need to look up the general category.
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return false
        case 0...0xFFFF: return bmpPunctuation[Int(scalar.value) >> 6] & (1 << (UInt64(scalar.value) & 63)) != 0
        default: return isPunctuationCategory(scalar)
        }
    }

    /// `isPunctuationCategory` of every character of the Basic Multilingual Plane, one bit
    /// each, looked up once: Chinese punctuation such as `，。（）` sits next to most
    /// delimiter runs, and the general-category lookup cost more than the rest of the test.
    private static let bmpPunctuation: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        // Ideographs and Hangul syllables are answered before the table is asked.
        for value in 0x80..<0x10000 where !(0x3400...0x4DBF).contains(value) && !(0x4E00...0x9FFF).contains(value) && !(0xAC00...0xD7A3).contains(value) {
            if let scalar = Unicode.Scalar(UInt32(value)), isPunctuationCategory(scalar) { bits[value >> 6] |= 1 << UInt64(value & 63) }
        }
        return bits
    }()

    static func isPunctuationCategory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }

    /// A CJK character: East Asian Width W, F or H and not an emoji shown as emoji by
    /// default, or a character of the Hangul script.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        // The common cases first: CJK punctuation, kana, ideographs, full-width forms.
        if (0x3000...0x303E).contains(value) || (0x3041...0x3247).contains(value) || (0x3250...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value) {
            return true
        }
        if isHangul(value) { return true }
        return EastAsianWideRanges.contains(value) && !scalar.properties.isEmojiPresentation
    }

    /// Punctuation that is also a CJK character, such as `。`, `、`, `（` and `《`.
    static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        isPunctuation(scalar) && isCJK(scalar)
    }

    /// Punctuation that is not CJK, such as ASCII punctuation and the quotes `“”`.
    static func isNonCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        isPunctuation(scalar) && !isCJK(scalar)
    }

    /// The quotes `‘’“”`, whose width is ambiguous; with U+FE01 they are the full-width
    /// form (a "CJK ambiguous punctuation sequence").
    static func isAmbiguousWidthQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201C, 0x201D: true
        default: false
        }
    }

    /// U+E0100–U+E01EF, the ideographic variation selectors.
    static func isIdeographicVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// U+FE00–U+FE0E: variation selectors other than the emoji presentation selector.
    static func isNonEmojiVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0E).contains(scalar.value)
    }

    /// True for characters whose presence can make the CJK-friendly rules differ from
    /// CommonMark's: CJK characters and variation selectors.
    static func mayAffectFlanking(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        return isCJK(scalar) || isNonEmojiVariationSelector(scalar) || isIdeographicVariationSelector(scalar)
    }

    private static func isHangul(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF, 0x302E...0x302F, 0x3131...0x318E, 0x3200...0x321E, 0x3260...0x327E,
             0xA960...0xA97C, 0xAC00...0xD7A3, 0xD7B0...0xD7C6, 0xD7CB...0xD7FB, 0xFFA0...0xFFBE,
             0xFFC2...0xFFC7, 0xFFCA...0xFFCF, 0xFFD2...0xFFD7, 0xFFDA...0xFFDC:
            true
        default:
            false
        }
    }
}
