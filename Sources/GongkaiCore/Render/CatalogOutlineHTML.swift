/// The 公开目录 as a nested list of links, for a ```` ```公开目录 ```` block in a node's
/// `_index.md`: the 公开指南's 分类、编排体系 section then always shows the catalog as it
/// is, instead of a description typed once that goes stale when the catalog changes.
struct CatalogOutlineHTML {
    /// The fenced block's info word.
    static let blockName = "公开目录"

    let site: Site

    var html: String {
        "<ul class=\"catalog-outline\">\n" + site.catalog.roots.map(item).joined() + "</ul>\n"
    }

    private func item(_ index: Int) -> String {
        let node = site.catalog.nodes[index]
        var text = "<li><a href=\"\(XMLText.escape(site.urls.href(URLBuilder.nodePath(node.path))))\">\(XMLText.escape(node.title))</a>"
        if !node.children.isEmpty {
            text += "\n<ul>\n" + node.children.map(item).joined() + "</ul>\n"
        }
        return text + "</li>\n"
    }
}
