/// Whether a run of `*` or `_` can open or close emphasis, from the characters around it.
struct DelimiterFlanking: Hashable {
    var canOpen: Bool
    var canClose: Bool

    /// The characters around a delimiter run in the inline text; the start and end of
    /// the text count as a line feed.
    struct Surroundings {
        var before: Unicode.Scalar
        /// The character before `before`, for sequences ending in a variation selector.
        var beforeBefore: Unicode.Scalar?
        var after: Unicode.Scalar
    }

    /// CommonMark 0.30 as cmark implements it.
    static func commonMark(_ delimiter: Unicode.Scalar, _ around: Surroundings) -> DelimiterFlanking {
        typealias C = CJKCharacterClass
        let before = around.before
        let after = around.after
        let left = !C.isWhitespace(after) && (!C.isPunctuation(after) || C.isWhitespace(before) || C.isPunctuation(before))
        let right = !C.isWhitespace(before) && (!C.isPunctuation(before) || C.isWhitespace(after) || C.isPunctuation(after))
        if delimiter == "_" {
            return DelimiterFlanking(canOpen: left && (!right || C.isPunctuation(before)),
                                     canClose: right && (!left || C.isPunctuation(after)))
        }
        return DelimiterFlanking(canOpen: left, canClose: right)
    }

    /// The "CommonMark CJK-friendly Amendments": CJK characters and CJK punctuation
    /// next to a run no longer stop it from flanking.
    static func cjkFriendly(_ delimiter: Unicode.Scalar, _ around: Surroundings) -> DelimiterFlanking {
        typealias C = CJKCharacterClass
        let before = around.before
        let after = around.after
        // A sequence is a character optionally followed by a non-emoji variation selector.
        let hasSelector = C.isNonEmojiVariationSelector(before)
        let sequenceBase: Unicode.Scalar? = hasSelector ? around.beforeBefore : before
        // Quotes followed by U+FE01 ask for their full-width form: CJK punctuation.
        let isFullWidthQuote = before == "\u{FE01}" && sequenceBase.map(C.isAmbiguousWidthQuote) == true
        let beforeIsNonCJKPunctuationSequence = !isFullWidthQuote && (sequenceBase.map(C.isNonCJKPunctuation) ?? false)
        let beforeIsCJKSequence = isFullWidthQuote || (sequenceBase.map(C.isCJK) ?? false)
        let beforeIsPunctuationSequence = sequenceBase.map(C.isPunctuation) ?? false

        let left = !C.isWhitespace(after)
            && (!C.isNonCJKPunctuation(after)
                || C.isWhitespace(before)
                || beforeIsNonCJKPunctuationSequence
                || beforeIsCJKSequence
                || C.isIdeographicVariationSelector(before))
        let right = !C.isWhitespace(before)
            && (!beforeIsNonCJKPunctuationSequence
                || C.isWhitespace(after)
                || C.isNonCJKPunctuation(after)
                || C.isCJK(after))
        if delimiter == "_" {
            return DelimiterFlanking(canOpen: left && (!right || beforeIsPunctuationSequence),
                                     canClose: right && (!left || C.isPunctuation(after)))
        }
        return DelimiterFlanking(canOpen: left, canClose: right)
    }

    /// Both rules at once, each character class looked up once: what `commonMark` and
    /// `cjkFriendly` give, for the pass, which needs both for every run
    /// (bench/PERFORMANCE.md, "The CJK emphasis pass (issue 18, part 3)").
    static func bothRules(_ delimiter: Unicode.Scalar, _ around: Surroundings) -> (commonMark: DelimiterFlanking, cjkFriendly: DelimiterFlanking) {
        typealias C = CJKCharacterClass
        let before = around.before
        let after = around.after
        let whitespaceBefore = C.isWhitespace(before)
        let whitespaceAfter = C.isWhitespace(after)
        let punctuationBefore = C.isPunctuation(before)
        let punctuationAfter = C.isPunctuation(after)
        let cjkAfter = C.isCJK(after)
        let nonCJKPunctuationAfter = punctuationAfter && !cjkAfter

        let left = !whitespaceAfter && (!punctuationAfter || whitespaceBefore || punctuationBefore)
        let right = !whitespaceBefore && (!punctuationBefore || whitespaceAfter || punctuationAfter)

        let hasSelector = C.isNonEmojiVariationSelector(before)
        let sequenceBase: Unicode.Scalar? = hasSelector ? around.beforeBefore : before
        let basePunctuation = hasSelector ? (sequenceBase.map(C.isPunctuation) ?? false) : punctuationBefore
        let baseCJK = sequenceBase.map(C.isCJK) ?? false
        let isFullWidthQuote = before == "\u{FE01}" && sequenceBase.map(C.isAmbiguousWidthQuote) == true
        let beforeIsNonCJKPunctuationSequence = !isFullWidthQuote && basePunctuation && !baseCJK
        let beforeIsCJKSequence = isFullWidthQuote || baseCJK
        let amendedLeft = !whitespaceAfter
            && (!nonCJKPunctuationAfter || whitespaceBefore || beforeIsNonCJKPunctuationSequence || beforeIsCJKSequence
                || C.isIdeographicVariationSelector(before))
        let amendedRight = !whitespaceBefore
            && (!beforeIsNonCJKPunctuationSequence || whitespaceAfter || nonCJKPunctuationAfter || cjkAfter)

        if delimiter == "_" {
            return (DelimiterFlanking(canOpen: left && (!right || punctuationBefore), canClose: right && (!left || punctuationAfter)),
                    DelimiterFlanking(canOpen: amendedLeft && (!amendedRight || basePunctuation),
                                      canClose: amendedRight && (!amendedLeft || punctuationAfter)))
        }
        return (DelimiterFlanking(canOpen: left, canClose: right), DelimiterFlanking(canOpen: amendedLeft, canClose: amendedRight))
    }
}
