/// The portal's search page (`search/index.html`, README “站群”): the members' search page
/// with the 机构 filter before the others, over the combined index `SearchIndexMerger` wrote.
extension PortalRenderer {
    func searchPage() -> OutputFile {
        let labels = theme.labels
        let path = URLBuilder.searchPath
        let title = labels["search_title"] ?? "站内搜索"
        let searchable = members.filter(\.search)
        let filters = searchable.dropFirst().reduce(searchable.first?.searchFilters ?? PortalSearchFilters()) { $0.merged(with: $1.searchFilters) }
        let agencies: TemplateValue = [
            "name": .text(SearchFacet.member.rawValue),
            "label": .text(labels["search_filter_member"] ?? "机构"),
            "options": .list(searchable.map { ["value": .text($0.member.id), "title": .text($0.member.title)] }),
        ]
        let values: TemplateObject = [
            "searchApp": [
                "data": .text(urls.href(URLBuilder.searchDataFolder)),
                "script": .text(urls.href(URLBuilder.assetPath("search.js"))),
                "perPage": .number(SiteRenderer.searchResultsPerPage),
            ],
            "filters": .list([agencies] + filters.templateValues(labels: labels)),
            "breadcrumbs": .list([["title": .text(labels["portal_front"] ?? "平台首页"), "href": .text(urls.href(URLBuilder.homePath))],
                                  ["title": .text(title), "href": .absent]]),
        ]
        return OutputFile(path: path, contents: .bytes(theme.render("search", common(title: title, path: path).merging(values))))
    }
}
