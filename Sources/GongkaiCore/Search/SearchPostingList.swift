/// One term's posting list, encoded as it is built: documents arrive in ascending order,
/// and each is appended as one varint `gap << 4 | fields` (see `SearchShardWriter`), so a
/// list costs about a byte per document while the index is built.
struct SearchPostingList: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0
    private var last = 0

    init() {}

    /// Appends `document` (not below the last one) with the fields the term was found in.
    mutating func append(document: Int, fields: UInt8) {
        let gap = document - last
        precondition(gap >= 0 && (gap > 0 || count == 0), "documents must be appended in ascending order")
        SearchShardWriter.appendVarint(UInt64(gap) << UInt64(SearchField.bitCount) | UInt64(fields), to: &bytes)
        last = document
        count += 1
    }
}
