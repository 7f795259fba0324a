/// Two published documents with one 索引号; the resolver links interpretations to the first
/// (newest) and records the pair here for ``DuplicateIndexNumberChecker``.
public struct DuplicateIndexNumber: Sendable {
    public let number: String
    /// The two documents, ordered by source path: `second` is where it is reported.
    public let first: Document
    public let second: Document
}
