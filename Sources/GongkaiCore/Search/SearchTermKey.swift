/// A term as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// A `String` key is hashed and compared by Unicode canonical equivalence, which for
/// Chinese text means normalizing it on every lookup; the terms are normalized already
/// (`SearchTokenizer`) and the index is keyed by bytes (`SearchShardWriter`), so their
/// bytes are what must match.
struct SearchTermKey: Hashable {
    let text: String
    private let fnv: UInt32

    init(_ text: String) {
        self.text = text
        // Over the string's own bytes where it has them (native strings do): iterating a
        // `UTF8View` cost ≈ 450 instructions a term (bench/PERFORMANCE.md).
        fnv = text.utf8.withContiguousStorageIfAvailable { SearchHash.fnv1a32($0) } ?? SearchHash.fnv1a32(text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fnv)
    }

    static func == (a: SearchTermKey, b: SearchTermKey) -> Bool {
        a.fnv == b.fnv && a.text.hasSameUTF8(as: b.text)
    }
}
