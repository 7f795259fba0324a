/// Decides from a subject's bytes alone, before anything is aligned, whether any delimiter
/// run of a paragraph or heading could flank differently under the CJK-friendly rules than
/// under CommonMark's. When none can, cmark's own tree is already the pass's result and the
/// block is left alone (bench/PERFORMANCE.md, "CJK emphasis pass (issue 18)").
///
/// Every delimiter run the emphasis algorithm sees is a stretch of one maximal run of `*`
/// or `_` in the subject: the whole run, or — when a backslash escapes its first character
/// — the run without that character. (No other inline construct ends in `*` or `_`, so
/// none can take the middle or end of a run.) So a run's surroundings are those of its
/// maximal run, except that an escaped run's rest has a `*` or `_` before it instead of the
/// `\`: both are ASCII punctuation, which both rules treat alike, so the maximal run
/// decides for it too. The rules differ only next to a CJK character or a variation
/// selector; elsewhere both sides agree without asking.
enum FlankingAgreement {
    /// True when some run of `subject` (valid UTF-8, the subject's bytes) may flank
    /// differently under the two rules; false only when every run flanks alike.
    static func mayDiffer(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = subject.baseAddress else { return false }
        let n = subject.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i < n {
            // Eight bytes of CJK text hold no `*` or `_`.
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & high == high {
                i &+= 8
                continue
            }
            let byte = base[i]
            guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else {
                i &+= 1
                continue
            }
            var end = i + 1
            while end < n, base[end] == byte { end += 1 }
            if runMayDiffer(subject, start: i, end: end) { return true }
            i = end
        }
        return false
    }

    /// Whether the run `subject[start..<end]` of one delimiter character flanks differently
    /// under the two rules.
    private static func runMayDiffer(_ subject: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let delimiter = Unicode.Scalar(subject[start])
        let beforeStart = start > 0 ? scalarStart(subject, before: start) : 0
        let before: Unicode.Scalar = start > 0 ? scalar(subject, at: beforeStart) : "\n"
        let after: Unicode.Scalar = end < subject.count ? scalar(subject, at: end) : "\n"
        guard CJKCharacterClass.mayAffectFlanking(before) || CJKCharacterClass.mayAffectFlanking(after) else { return false }
        let beforeBefore: Unicode.Scalar? = start == 0 ? nil : beforeStart > 0 ? scalar(subject, at: scalarStart(subject, before: beforeStart)) : "\n"
        let around = DelimiterFlanking.Surroundings(before: before, beforeBefore: beforeBefore, after: after)
        return DelimiterFlanking.commonMark(delimiter, around) != DelimiterFlanking.cjkFriendly(delimiter, around)
    }

    /// Where the scalar that ends just before byte `index` starts.
    @inline(__always)
    private static func scalarStart(_ subject: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0, subject[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    @inline(__always)
    private static func scalar(_ subject: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        // Valid UTF-8: the value needs no check to be a scalar.
        unsafeBitCast(UTF8Scalars.decode(subject, at: index).value, to: Unicode.Scalar.self)
    }
}
