/// What rendering one `PageJob` produced.
struct PageOutput: Sendable {
    var files: [OutputFile]
    /// Problems found on the way (broken links in document bodies).
    var diagnostics: [Diagnostic] = []
    /// A document job's search terms, for `SearchIndexBuilder` (when search is on).
    var searchTerms: (document: Int, terms: SearchIndexBuilder.Collected)?
    /// A document's search fragment, when `SiteSession` has taken it out of `files`.
    var fragment: [UInt8]?
}
