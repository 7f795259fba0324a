/// Two documents, or a document and a catalog node, with one URL: an error at the later
/// document's `slug` (README “写一篇文件”), naming the other.
struct DuplicateURLChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        site.duplicateOutputPaths.map { duplicate -> Diagnostic in
            .error("url.duplicate", "两个文档的网址相同：\(site.urls.href(duplicate.path))（另一个是 \(duplicate.other)）",
                   at: duplicate.document.position(of: .slug), hint: "给其中一个文档加一行 slug: 另一个英文名称")
        }
    }
}
