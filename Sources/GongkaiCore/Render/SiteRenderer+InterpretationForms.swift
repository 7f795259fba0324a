/// 解读形式 on the 政策解读 column: each form its documents have, linking to the search page
/// filtered to the column and the form (README “解读形式”).
extension SiteRenderer {
    /// The forms of `documents` with their counts, in ``InterpretationForm/all``'s order.
    func interpretationForms(of documents: some Sequence<Int>) -> [(form: String, count: Int)] {
        var counts: [String: Int] = [:]
        for i in documents {
            if let form = site.documents[i].interpretationForm { counts[form, default: 0] += 1 }
        }
        return InterpretationForm.all.compactMap { form in counts[form].map { (form, $0) } }
    }

    /// The filter bar of an interpretations node, or `.absent` without search or forms.
    func formFilter(node: CatalogNode, documents: [Int]) -> TemplateValue {
        guard site.config.search, node.kind == .interpretations else { return .absent }
        let forms = interpretationForms(of: documents)
        guard !forms.isEmpty else { return .absent }
        return ["forms": .list(forms.map { entry -> TemplateValue in
            ["form": .text(entry.form), "count": .number(entry.count),
             "href": .text(site.urls.searchHref(filters: [(SearchFacet.node.rawValue, node.path), (SearchFacet.form.rawValue, entry.form)]))]
        })]
    }
}
