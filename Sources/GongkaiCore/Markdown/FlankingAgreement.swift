/// Decides from a subject's bytes alone, before anything is aligned, whether any delimiter
/// run of a paragraph or heading could flank differently under the CJK-friendly rules than
/// under CommonMark's. When none can, cmark's own tree is already the pass's result and the
/// block is left alone (bench/PERFORMANCE.md, "The CJK emphasis pass (issue 18, part 3)").
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
        var i = 0
        while i < n {
            // Eight bytes of CJK text hold no `*` or `_`.
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).hasOnlyHighBytes {
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
        let run = DelimiterRun(character: delimiter, start: start, length: end - start, tokenIndex: 0)
        let around = run.surroundings(in: subject)
        guard CJKCharacterClass.mayAffectFlanking(around.before) || CJKCharacterClass.mayAffectFlanking(around.after) else { return false }
        let both = DelimiterFlanking.bothRules(delimiter, around)
        return both.commonMark != both.cjkFriendly
    }
}
