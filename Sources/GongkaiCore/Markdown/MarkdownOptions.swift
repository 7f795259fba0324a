/// Options that change how Markdown becomes HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Keep raw HTML and unsafe link schemes (site.json `unsafe_html`). Off by default.
    public var unsafeHTML: Bool
    /// Write `id` attributes on headings and fill `RenderedMarkdown.tableOfContents`. On by
    /// default; off only where the exact CommonMark output is wanted (the conformance tests).
    public var headingIDs: Bool
    /// GFM pipe tables and `csv` fenced blocks as tables. On by default.
    public var tables: Bool
    /// Emphasis next to CJK characters and full-width punctuation, per the "CommonMark
    /// CJK-friendly Amendments". On by default; text without CJK is unaffected either way.
    public var cjkFriendlyEmphasis: Bool
    /// How many `##` headings a document needs, at least, before it gets a table of contents.
    public var tableOfContentsMinimumSections: Int

    public init(unsafeHTML: Bool = false, headingIDs: Bool = true, tables: Bool = true,
                cjkFriendlyEmphasis: Bool = true, tableOfContentsMinimumSections: Int = 4) {
        self.unsafeHTML = unsafeHTML
        self.headingIDs = headingIDs
        self.tables = tables
        self.cjkFriendlyEmphasis = cjkFriendlyEmphasis
        self.tableOfContentsMinimumSections = tableOfContentsMinimumSections
    }
}
