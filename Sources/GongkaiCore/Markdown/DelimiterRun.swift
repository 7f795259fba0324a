/// A maximal run of the same delimiter character, as the emphasis algorithm sees it.
struct DelimiterRun {
    var character: Unicode.Scalar
    /// Subject byte offset of the first character.
    var start: Int
    var length: Int
    /// Position of the run's first character in its container's token list.
    var tokenIndex: Int

    /// The characters around the run in `subject` (valid UTF-8); the ends count as line feeds.
    func surroundings(in subject: UnsafeBufferPointer<UInt8>) -> DelimiterFlanking.Surroundings {
        let before: Unicode.Scalar
        let beforeBefore: Unicode.Scalar?
        if start > 0 {
            let beforeStart = Self.scalarStart(subject, before: start)
            before = Self.scalar(subject, at: beforeStart)
            beforeBefore = beforeStart > 0 ? Self.scalar(subject, at: Self.scalarStart(subject, before: beforeStart)) : "\n"
        } else {
            before = "\n"
            beforeBefore = nil
        }
        // Every delimiter is one byte.
        let end = start + length
        let after: Unicode.Scalar = end < subject.count ? Self.scalar(subject, at: end) : "\n"
        return DelimiterFlanking.Surroundings(before: before, beforeBefore: beforeBefore, after: after)
    }

    /// Where the scalar that ends just before byte `index` (> 0) starts.
    @inline(__always)
    static func scalarStart(_ subject: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0, subject[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar starting at byte `index` of valid UTF-8.
    @inline(__always)
    static func scalar(_ subject: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        // Valid UTF-8: the value needs no check to be a scalar.
        unsafeBitCast(UTF8Scalars.decode(subject, at: index).value, to: Unicode.Scalar.self)
    }

    /// The runs among `tokens`: consecutive delimiter tokens of one character at consecutive indices.
    static func runs(in tokens: [InlineToken]) -> [DelimiterRun] {
        var runs: [DelimiterRun] = []
        runs.reserveCapacity(8)
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
