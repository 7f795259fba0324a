/// The search page (`search/index.html`): a GET form with `q` and the filters (解读形式 only
/// when some document has one),
/// and the place where `assets/search.js` shows results (in a site group, from the portal's
/// index with the 机构 filter fixed to the member: `data-member`). Without JavaScript the page
/// says so and links to the catalog and the 网站地图.
extension SiteRenderer {
    /// Results per page of the search page.
    static let searchResultsPerPage = 20

    func renderSearchPage() -> OutputFile {
        let labels = theme.labels
        let urls = site.urls
        let path = URLBuilder.searchPath
        let title = labels["search_title"] ?? "站内搜索"

        func filter(_ facet: SearchFacet, _ label: String, _ options: [(value: String, title: String)]) -> TemplateValue {
            ["name": .text(facet.rawValue), "label": .text(labels[label] ?? label), "options": .list(options.map { ["value": .text($0.value), "title": .text($0.title)] })]
        }
        let nodes = site.catalog.nodes.enumerated()
            .filter { $0.element.holdsDocuments && site.count(inTreeOf: $0.offset) > 0 }
            .map { (value: $0.element.path, title: String(repeating: "\u{3000}", count: $0.element.depth) + $0.element.title) }
        let years = facetGroups(.year).map { (value: $0.0, title: $0.0 + (labels["year_suffix"] ?? "年")) }
        let topics = facetGroups(.topic).map { (value: $0.0, title: $0.0) }
        let publishers = facetGroups(.publisher).map { (value: $0.0, title: $0.0) }
        let shown = Set(site.lifecycles.map(\.status))
        let statuses = Document.Status.allCases.filter(shown.contains).map { (value: $0.rawValue, title: $0.rawValue) }
        let forms = interpretationForms(of: site.documents.indices).map { (value: $0.form, title: $0.form) }

        let values: TemplateObject = [
            "searchApp": [
                "data": .text(site.config.portalSearch?.dataHref ?? urls.href(URLBuilder.searchDataFolder)),
                "member": site.config.portalSearch.map { .text($0.member) } ?? .absent,
                "script": .text(urls.href(URLBuilder.assetPath("search.js"))),
                "perPage": .number(Self.searchResultsPerPage),
            ],
            "filters": .list([
                filter(.node, "search_filter_node", nodes),
                filter(.year, "search_filter_year", years),
                filter(.topic, "search_filter_topic", topics),
                filter(.publisher, "search_filter_publisher", publishers),
                filter(.validity, "search_filter_status", statuses),
            ] + (forms.isEmpty ? [] : [filter(.form, "search_filter_form", forms)])),
            "breadcrumbs": context.breadcrumbs([(title, nil)]),
        ]
        return page("search", path: path, values, common: context.common(pageTitle: title, columnName: title, currentRoot: nil, outputPath: path))
    }
}

extension SiteRenderer {
    /// What the search page shows for document `i` (`search/d/<i>.json`), written beside
    /// its page from the body text (UTF-8) the page job has already rendered.
    func searchFragmentFile(_ i: Int, text: [UInt8]) -> OutputFile {
        let d = site.documents[i]
        let status = site.status(of: i)
        let fragment = SearchFragment(
            title: d.title, href: site.urls.href(site.outputPaths[i]), published: d.published.day.description,
            docNumber: d.docNumber, indexNumber: d.indexNumber, publisher: d.publisher,
            node: site.catalog.nodes[d.node].title, status: status == .valid ? nil : status.rawValue,
            text: text)
        return OutputFile(path: URLBuilder.searchFragmentPath(i), contents: .bytes(fragment.json()))
    }
}

extension SiteRenderer {
    /// A single page's search fragment and terms, from its `_index.md` and rendered text;
    /// nil when the site has no search or the page is not searchable.
    func pageSearch(_ node: Int, _ intro: Document, text: [UInt8]) -> (file: OutputFile, terms: (document: Int, terms: SearchIndexBuilder.Collected))? {
        guard site.config.search, let entry = site.searchEntry(ofPage: node) else { return nil }
        let n = site.catalog.nodes[node]
        let path = URLBuilder.nodePath(n.path)
        let fragment = SearchFragment(
            title: n.title, href: site.urls.href(path),
            published: intro.keyPositions[.published] == nil ? "" : intro.published.day.description,
            docNumber: nil, indexNumber: nil, publisher: intro.publisher, node: n.title, status: nil, text: text)
        return (OutputFile(path: URLBuilder.searchFragmentPath(entry), contents: .bytes(fragment.json())),
                (entry, SearchIndexBuilder.collect(intro, outputPath: path, status: intro.status(on: site.today), text: text, site: site)))
    }
}
