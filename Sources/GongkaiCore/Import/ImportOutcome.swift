/// What became of one input file (`gongkai import` prints one line per outcome, then what it
/// found and could not find).
public struct ImportOutcome: Sendable {
    public enum Result: Sendable {
        /// Written to `path` (site-relative) with this 索引号; `kept` when it is the old page's.
        case written(path: String, indexNumber: String, kept: Bool)
        /// `--dry-run`: would be written into the node, keeping this 索引号 or taking the next.
        case wouldWrite(keptIndexNumber: String?)
        /// Already in the site (or earlier in this import): the document it duplicates.
        case duplicate(of: String, reason: String)
        case failed
    }

    /// The input file as given (or found in a folder).
    public var source: String
    public var result: Result
    public var document: ImportedDocument?
    /// Site-relative paths of the files put beside the document: images, the original,
    /// attachments.
    public var files: [String] = []
    /// Each part of a 公文 or page recognised, as `文号：青政发〔2024〕3号`.
    public var found: [String] = []
    /// Each part looked for and not found, as `成文日期（用发布日期 2024-03-20 代替）`.
    public var missing: [String] = []
}
