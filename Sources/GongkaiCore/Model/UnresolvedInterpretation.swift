/// An `interprets` entry of a published interpretation that links to no published document;
/// the resolver records it, ``InterpretationTargetChecker`` judges it.
public struct UnresolvedInterpretation: Sendable {
    public enum Reason: Sendable {
        /// The 索引号 is the interpretation's own.
        case itself
        /// The 索引号 belongs to a draft or a document not published yet, left out of the build.
        case leftOut(Document)
        /// No document has the 索引号.
        case unknown
    }

    /// Index of the interpretation in `Site.documents`.
    public let document: Int
    /// The 索引号 as written.
    public let number: String
    public let reason: Reason
}
