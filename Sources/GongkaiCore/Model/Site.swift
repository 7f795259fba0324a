/// The whole site after loading and resolving: built once, then only read.
public struct Site: Sendable {
    public let config: SiteConfig
    public let urls: URLBuilder
    /// "Today" for future-dated, expired and freshness rules (SPEC §5).
    public let today: Day
    /// Published documents (not node introductions), newest first.
    public let documents: [Document]
    /// `_index.md` of each node that has one, by node index.
    public let nodeIntroductions: [Int: Document]
    /// Document indexes directly in each node, newest first; indexed like `catalog.nodes`.
    public let documentsByNode: [[Int]]
    /// Output path of each document, parallel to `documents`.
    public let outputPaths: [String]
    /// For each document, the documents that interpret it (newest first).
    public let interpretations: [Int: [Int]]
    /// For each interpretation, the documents it interprets, in the order written.
    public let interpretedDocuments: [Int: [Int]]
    /// Site-relative source path → output path, for Markdown files and assets, to rewrite links.
    public let outputPathBySource: [String: String]
    /// Non-Markdown files under `content/`, site-relative.
    public let assets: [String]
    /// Documents left out of this build, named in the summary.
    public let drafts: [Document]
    public let futureDocuments: [Document]

    /// Document indexes of each node and all nodes below it, newest first; indexed like `catalog.nodes`.
    public let documentsInTree: [[Int]]

    public var catalog: Catalog { config.catalog }

    /// Documents of a node and all nodes below it, newest first.
    public func documents(inTreeOf node: Int) -> [Int] { documentsInTree[node] }

    /// Number of documents in a node and its descendants.
    public func count(inTreeOf node: Int) -> Int { documentsInTree[node].count }
}
