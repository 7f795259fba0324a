/// A published document whose output path another document, or a catalog node, already
/// has; the resolver keeps the first and records the other here for ``DuplicateURLChecker``.
public struct DuplicateOutputPath: Sendable {
    /// The output path both want.
    public let path: String
    /// The one to report: the later of two documents by source path, else the document.
    public let document: Document
    /// The other owner as the editor knows it: a source path, or `site.json 栏目 <title>`.
    public let other: String
}
