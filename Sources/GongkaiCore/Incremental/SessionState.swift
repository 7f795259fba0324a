/// What `SiteSession` keeps of its last good build, to render only what a change affects.
struct SessionState {
    /// Every source file as it was read (``SourceStamp``), by site-relative path.
    var stamps: [String: SourceStamp]
    var today: Day
    var config: SiteConfig
    var configDiagnostics: [Diagnostic]
    var theme: Theme
    var themeDiagnostics: [Diagnostic]
    var site: Site
    /// The checkers' findings, and the summary the CLI prints (no diagnostics): a body edit
    /// keeps the summary and the findings of the checkers that read no body.
    var checks: KeptChecks
    var summary = BuildReport()
    /// The site's page jobs and their ``PageJob/sessionKey(in:)``, in job order: a body edit
    /// keeps them (the site's documents keep their numbers and lists).
    var jobs: [PageJob]
    var keys: [String]
    /// A renderer of the site, whose facet groups and policy library a body edit keeps.
    var renderer: SiteRenderer?
    /// Each page job's files and diagnostics, by ``PageJob/sessionKey(in:)``.
    var jobFiles: [String: [String]]
    var jobDiagnostics: [String: [Diagnostic]]
    /// Each list's documents (``AffectedPages/Lists``).
    var lists: [String: [String]]
    /// Each document's search terms and search fragment, by source path: a document whose
    /// page is not rendered again keeps them, at its new number when it moved in the order.
    var terms: [String: SearchIndexBuilder.Collected]
    var fragments: [String: [UInt8]]
    /// What each search entry's result shows, in entry order.
    var shown: [[UInt8]] = []
    /// The assembled search index, patched per document while documents keep their numbers.
    var searchIndex: KeptSearchIndex?
    /// The files of `static/`, copied when something outside `content/` changed.
    var staticFiles: [String]
    /// Every path of the output folder, and how many of them are pages.
    var produced: Set<String>
    var pagesProduced = 0
    /// Set by a rebuild whose output paths are the last build's, every one (`produced` is
    /// then the last build's set, not built again).
    var producedAsBefore = false
}
