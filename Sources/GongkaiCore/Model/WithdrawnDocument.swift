/// A 公示 whose 公示期 (plus the site's grace days) has passed (README “公示期”): it is in no
/// list, feed, sitemap, search index or facet, and its URL serves only the notice that it
/// has been withdrawn.
public struct WithdrawnDocument: Sendable {
    public let document: Document
    /// The URL path the document had, where the notice now stands.
    public let outputPath: String
    /// The last day of its 公示期.
    public let end: Day
}
