/// "Did you mean …?": the candidate closest to a misspelt word, by edit distance.
///
/// Distance is Levenshtein distance over `Character`s (grapheme clusters), so
/// `综合正务` is one edit from `综合政务` just as `index_n0` is one edit from
/// `index_no`. Comparison is exact: case and full-width/half-width forms count as edits.
///
/// A candidate is "reasonably close" when its distance is at most
/// `max(2, word.count / 2)`; when several are equally close the first in
/// candidate order wins, so callers control ties by ordering their list.
///
/// ```swift
/// let keys = ClosestMatch(candidates: ["title", "index_no", "published"])
/// keys.closest(to: "index_n0")   // "index_no"
/// keys.closest(to: "colour")     // nil
/// ```
public struct ClosestMatch: Sendable {
    /// The names a word is compared against, in tie-breaking order.
    public let candidates: [String]

    private let prepared: [[Character]]

    /// A matcher over a fixed list of names (known keys, node ids, topic classes…).
    public init(candidates: [String]) {
        self.candidates = candidates
        self.prepared = candidates.map(Array.init)
    }

    /// The closest candidate to `word`, or nil when the word is empty or nothing is within
    /// `maximumDistance(forLength: word.count)`. An exact match is returned as is.
    public func closest(to word: String) -> String? {
        let a = Array(word)
        guard !a.isEmpty else { return nil }
        let limit = Self.maximumDistance(forLength: a.count)
        var best: (index: Int, distance: Int)?
        for (index, b) in prepared.enumerated() {
            // The length difference is a lower bound; skip candidates that cannot win.
            let bound = best.map { $0.distance - 1 } ?? limit
            if abs(a.count - b.count) > bound { continue }
            let d = Self.distance(a, b)
            if d <= bound {
                best = (index, d)
                if d == 0 { break }
            }
        }
        return best.map { candidates[$0.index] }
    }

    /// The closest of `candidates` to `word`; see ``closest(to:)``.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        ClosestMatch(candidates: candidates).closest(to: word)
    }

    /// The largest distance still offered as a suggestion for a word of `length` characters:
    /// `max(2, length / 2)`.
    public static func maximumDistance(forLength length: Int) -> Int {
        max(2, length / 2)
    }

    /// Levenshtein distance between two strings, counted in `Character`s
    /// (insertions, deletions and substitutions each cost 1).
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a), Array(b))
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
