/// Which documents are 行政规范性文件, for the "no interpretation" check (README “写一篇文件”（政策解读）).
///
/// A document is a 行政规范性文件 when it sits in a catalog node whose id is `gfxwj`
/// (the usual folder name) or whose title is `行政规范性文件` or `规范性文件`, or in any
/// node below such a node (e.g. `fgwj/gfxwj/2024`).
enum RegulatoryDocumentRule {
    static let nodeIDs: Set<String> = ["gfxwj"]
    static let nodeTitles: Set<String> = ["行政规范性文件", "规范性文件"]

    /// Whether documents in the node at `index` are 行政规范性文件.
    static func isRegulatory(node index: Int, in catalog: Catalog) -> Bool {
        catalog.ancestry(of: index).contains { nodeIDs.contains($0.id) || nodeTitles.contains($0.title) }
    }

    /// 体裁分类 values that make a document a 行政规范性文件 wherever it sits.
    static let genres: Set<String> = ["行政规范性文件", "规范性文件"]

    /// Whether `document` is a 行政规范性文件: in such a node, or with such a 体裁分类. The one
    /// rule `stats`, the annual report and the validity checks share.
    static func isRegulatory(_ document: Document, in catalog: Catalog) -> Bool {
        isRegulatory(node: document.node, in: catalog) || document.genre.map(genres.contains) == true
    }
}
