/// A document in a page node (`kind: page`), which shows only its `_index.md`: an error
/// at the document.
struct PageNodeDocumentChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.catalog.nodes.enumerated().flatMap { node, info -> [Diagnostic] in
            guard !info.holdsDocuments else { return [] }
            return site.documentsByNode[node].map { i -> Diagnostic in
                .error("node.page-document", "栏目“\(info.title)”是单页栏目，只能有 _index.md", at: SourcePosition(file: site.documents[i].sourcePath),
                       hint: "把文件移到列表栏目，或把内容写进 _index.md")
            }
        }
    }
}
