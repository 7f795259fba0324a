/// 解读形式 on the 政策解读 column: each form its documents have, linking to the search page
/// filtered to the column and the form (README “解读形式”).
extension SiteRenderer {
    /// The forms of `documents` with their counts, in ``InterpretationForm/all``'s order.
    func interpretationForms(of documents: some Sequence<Int>) -> [(form: String, count: Int)] {
        Self.interpretationForms(of: documents, in: site)
    }

    static func interpretationForms(of documents: some Sequence<Int>, in site: Site) -> [(form: String, count: Int)] {
        var forms = StringNumbering()
        var counts: [Int] = []
        for i in documents {
            guard let form = site.documents[i].interpretationForm else { continue }
            let number = forms.number(of: form)
            if number == counts.count { counts.append(0) }
            counts[number] += 1
        }
        let byForm = Dictionary(uniqueKeysWithValues: zip(forms.values, counts))
        return InterpretationForm.all.compactMap { form in byForm[form].map { (form, $0) } }
    }

    /// Every interpretations node's forms (`formFilter`), by node index.
    static func interpretationFormsByNode(of site: Site) -> [Int: [(form: String, count: Int)]] {
        guard site.config.search else { return [:] }
        var byNode: [Int: [(form: String, count: Int)]] = [:]
        for (i, node) in site.catalog.nodes.enumerated() where node.kind == .interpretations && node.holdsDocuments {
            byNode[i] = interpretationForms(of: site.documents(inTreeOf: i), in: site)
        }
        return byNode
    }

    /// The filter bar of an interpretations node, or `.absent` without search or forms.
    func formFilter(node index: Int) -> TemplateValue {
        let node = site.catalog.nodes[index]
        guard site.config.search, node.kind == .interpretations, let forms = nodeForms[index], !forms.isEmpty else { return .absent }
        return ["forms": .list(forms.map { entry -> TemplateValue in
            ["form": .text(entry.form), "count": .number(entry.count),
             "href": .text(site.urls.searchHref(filters: [(SearchFacet.node.rawValue, node.path), (SearchFacet.form.rawValue, entry.form)]))]
        })]
    }
}
