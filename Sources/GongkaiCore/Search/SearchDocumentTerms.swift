/// The terms of one document with the fields each was found in.
///
/// CJK characters and bigrams, which are most of the terms, are kept as packed integers
/// (`CJKTermKey`) rather than strings, so collecting 10,000 documents stays cheap.
struct SearchDocumentTerms: Sendable {
    let cjk: SearchKeyTable<UInt8>
    var other: [SearchTermKey: UInt8] = [:]
    /// The position the next CJK character takes (`SearchTermScanner`): texts added one
    /// after another are numbered on, so a phrase is found in any field but never across
    /// two of them.
    private(set) var position: Int32 = 0

    init(expectedCJK: Int = 0) {
        cjk = SearchKeyTablePool.take(expected: expectedCJK)
    }

    /// Adds the index terms of `text` (see `SearchTokenizer.indexTerms`), and the exact
    /// terms of any 文号 written in it, as found in `field`.
    mutating func add(_ text: String, _ field: SearchField) {
        var text = text
        text.withUTF8 { add(utf8: $0, field) }
    }

    /// `add(_:_:)` for text given as valid UTF-8.
    mutating func add(utf8 text: UnsafeBufferPointer<UInt8>, _ field: SearchField) {
        guard !text.isEmpty else { return }
        let bit = field.rawValue
        var scanner = SearchTermScanner(cjk: cjk, other: other, bit: bit, position: position)
        other = [:]   // the scanner holds the only reference, so adding to it copies nothing
        scanner.scan(text)
        other = scanner.other
        position = scanner.position
        guard scanner.mayHoldDocumentNumber else { return }
        for term in SearchTokenizer.documentNumberTerms(normalized: SearchTokenizer.normalized(utf8: text)) {
            other[SearchTermKey(term), default: 0] |= bit
        }
    }

    /// The CJK terms as `key << 4 | fields` (keys fit in 45 bits), for compact keeping.
    var packedCJK: [UInt64] { cjk.packed }

    /// `packedCJK`, giving the key table back to `SearchKeyTablePool`: no CJK term can be
    /// added or read afterwards.
    func drainPackedCJK() -> [UInt64] {
        drainCJK().packed
    }

    /// `packedCJK` with the positions of each bigram (`SearchKeyTable.drainPositions`):
    /// term `k`'s are `positions[positionStarts[k]..<positionStarts[k + 1]]`, none for a
    /// single character. Gives the key table back to `SearchKeyTablePool`.
    func drainCJK() -> (packed: [UInt64], positionStarts: [Int32], positions: [Int32]) {
        let (starts, positions) = cjk.drainPositions()
        let packed = cjk.drainPacked()
        SearchKeyTablePool.give(cjk)
        return (packed, starts, positions)
    }

    /// Adds an exact term (an identifier or a facet value) as found in `field`.
    mutating func addExact(_ term: String, _ field: SearchField) {
        other[SearchTermKey(term), default: 0] |= field.rawValue
    }
}
