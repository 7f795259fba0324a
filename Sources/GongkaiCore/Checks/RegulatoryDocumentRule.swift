/// Which documents are 行政规范性文件, for the "no interpretation" check (SPEC §6).
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
}
