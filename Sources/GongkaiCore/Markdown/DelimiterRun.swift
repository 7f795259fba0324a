/// A maximal run of the same delimiter character, as the emphasis algorithm sees it.
struct DelimiterRun {
    var character: Unicode.Scalar
    /// Subject index of the first character.
    var start: Int
    var length: Int
    /// Position of the run's first character in its container's token list.
    var tokenIndex: Int

    /// The characters around the run in `subject`; the ends count as line feeds.
    func surroundings(in subject: [Unicode.Scalar]) -> DelimiterFlanking.Surroundings {
        let before: Unicode.Scalar = start > 0 ? subject[start - 1] : "\n"
        let beforeBefore: Unicode.Scalar? = start > 1 ? subject[start - 2] : (start == 1 ? "\n" : nil)
        let end = start + length
        let after: Unicode.Scalar = end < subject.count ? subject[end] : "\n"
        return DelimiterFlanking.Surroundings(before: before, beforeBefore: beforeBefore, after: after)
    }

    /// The runs among `tokens`: consecutive delimiter tokens of one character at consecutive indices.
    static func runs(in tokens: [InlineToken]) -> [DelimiterRun] {
        var runs: [DelimiterRun] = []
        for (position, token) in tokens.enumerated() {
            guard case .delimiter(let character, let index) = token else { continue }
            if var last = runs.last, last.character == character, last.start + last.length == index,
               last.tokenIndex + last.length == position {
                last.length += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(DelimiterRun(character: character, start: index, length: 1, tokenIndex: position))
            }
        }
        return runs
    }
}
